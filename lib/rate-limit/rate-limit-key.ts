import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/http/is-private-address";

// Which counter a client address draws on. The address is the one scripts/serve.ts resolved from
// the connection and TRUSTED_PROXIES (decision 0005) and wrote as the only X-Forwarded-For entry;
// outside that server Next sets the header from the connection, and the last entry is the one
// the nearest hop wrote. Nothing further left, which a client can write, is ever read.

/** The client address from an X-Forwarded-For value: its last entry, or "unknown". */
export function addressFromForwardedFor(value: string | string[] | null | undefined): string {
  const last = [value ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return (last ?? "unknown").slice(0, 64);
}

/**
 * The counter's key for an address, or null when the address isn't limited: a loopback, private
 * or unknown address is a proxy the store wasn't told about (or this machine), and a limit on it
 * would be a limit on every shopper behind it at once (as decision 0014's hold limits). IPv6 is
 * counted per /64: one household or phone gets a whole /64, so per address it would get 2^64
 * fresh counters.
 */
export function rateLimitKey(address: string): string | null {
  if (isPrivateAddress(address)) return null;
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}

/** "2001:db8:1:2::/64" for any address in that /64. */
function ipv6Prefix64(address: string): string {
  const [head = "", tail] = address.toLowerCase().split("::");
  const groups = (part: string) =>
    part
      ? part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group])) // a dotted IPv4 tail is two groups
      : [];
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}
