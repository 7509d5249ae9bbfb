import { ADMIN } from "@/lib/routes/admin";
import { emailHtml } from "./email-html";

type Attempts = {
  /** The staff account's email address. */
  account: string;
  failures: number;
  /** Addresses the failures came from, most failures first. */
  addresses: string[];
};

/** Addresses named in the email; the rest are only counted, so the email stays readable. */
const NAMED_ADDRESSES = 3;

/**
 * Subject and plain-text body of the email a staff member gets when sign-in to their account hit
 * a limit (decision 0005). Plain facts and what to do; never a password, token or link that signs in.
 */
export function signInLimitText(attempts: Attempts, storeName: string, origin: string) {
  const { account, failures, addresses } = attempts;
  const named = addresses.slice(0, NAMED_ADDRESSES).join(", ");
  const others = addresses.length - NAMED_ADDRESSES;
  const from =
    addresses.length === 1
      ? `from one network address (${named})`
      : `from ${addresses.length} network addresses (${named}${others > 0 ? ` and ${others} more` : ""})`;
  const text = [
    `Someone tried to sign in to your ${storeName} staff account (${account}) with a wrong password ${failures === 1 ? "once" : `${failures} times`} in the last 15 minutes, ${from}. None of these attempts signed in.`,
    "",
    "For your security, sign-in to your account from those addresses is paused for up to 15 minutes. Your own sign-in still works from the device and network you usually use.",
    "",
    "If this was you (a mistyped password, say), wait 15 minutes and try again.",
    "",
    `If it wasn't you, sign in as usual and change your password on your account page: ${origin}${ADMIN.account}. Changing it also signs you out on every other device.`,
    "",
    "We send this email at most once every 15 minutes.",
  ].join("\n");
  return {
    subject: `${storeName}: failed sign-in attempts on your staff account`,
    text,
    // A staff email: no order and no shopper policy links.
    html: emailHtml(text, { storeName, origin }),
  };
}
