import { redactAddresses } from "@/lib/email/redact-addresses";

// The last pass over every log line the production server writes (lib/logging/create-logger.ts,
// decision 0018): whatever a message carries, these shapes never reach the log. Structured fields
// are kept to safe ones in the first place; this catches what lib code or a library puts into a
// message or an error (a mail server quoting a recipient, a driver quoting its connection string).

const SCRUBBERS: [RegExp, string][] = [
  // Credentials in a URL: postgresql://store:secret@db/store, smtps://user:pass@mail.
  [/([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*:)[^\s@/"']*@/gi, "$1[secret]@"],
  // Stripe secret and restricted keys, webhook signing secrets, signature headers.
  [/\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]+/g, "[secret]"],
  [/\bwhsec_[A-Za-z0-9+/=]+/g, "[secret]"],
  [/\bt=\d+,v1=[0-9a-f]+(?:,v[01]=[0-9a-f]+)*/g, "[signature]"],
  [/\bBearer\s+[^\s"',;]+/gi, "Bearer [token]"],
  // 256-bit base64url tokens: staff sessions, order access links (lib/staff/session-token.ts,
  // lib/orders/order-access.ts). 43 characters, nothing of that shape is worth logging.
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, "[token]"],
];

/** The text with credentials, secrets, tokens and email addresses replaced by placeholders. */
export function scrubLogText(text: string, extraSecrets: readonly string[] = []): string {
  let scrubbed = text;
  for (const secret of extraSecrets) if (secret) scrubbed = scrubbed.split(secret).join("[secret]");
  for (const [pattern, replacement] of SCRUBBERS) scrubbed = scrubbed.replace(pattern, replacement);
  return redactAddresses(scrubbed);
}
