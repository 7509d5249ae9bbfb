import { BlockList, isIP } from "node:net";

// Who is the client? The connection's peer, unless that peer is a proxy we were told to trust
// (TRUSTED_PROXIES); only then does X-Forwarded-For count, read from the right (the entry the
// nearest proxy appended) past every trusted proxy. Anything further left was written by the
// client and is ignored, so a client can't choose its address by sending the header itself.

/**
 * Parses TRUSTED_PROXIES: comma-separated IPv4/IPv6 addresses and CIDR ranges, plus "loopback"
 * for 127.0.0.0/8 and ::1. Empty trusts no proxy. Throws on an entry it can't read.
 */
export function parseTrustedProxies(setting: string): BlockList {
  const trusted = new BlockList();
  for (const entry of setting
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (entry.toLowerCase() === "loopback") {
      trusted.addSubnet("127.0.0.0", 8, "ipv4");
      trusted.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", prefix, extra] = entry.split("/");
    const normalized = isIP(address) && !address.includes("%") ? canonicalAddress(address) : null;
    const bits = prefix === undefined ? null : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    const family = normalized && isIP(normalized) === 6 ? "ipv6" : "ipv4";
    if (
      !normalized ||
      extra !== undefined ||
      Number.isNaN(bits) ||
      (bits !== null && bits > (family === "ipv6" ? 128 : 32))
    ) {
      throw new Error(`"${entry}" is not an IP address, a CIDR range or "loopback"`);
    }
    if (bits === null) trusted.addAddress(normalized, family);
    else trusted.addSubnet(normalized, bits, family);
  }
  return trusted;
}

/**
 * The client's address, normalized (IPv4-mapped IPv6 as plain IPv4, IPv6 in its short lowercase
 * form) so one client always gets one key. `remoteAddress` is the socket's peer; `forwardedFor`
 * the X-Forwarded-For header as received. An entry that isn't an address ends the walk at the
 * last trusted hop: a proxy that writes garbage gets its own address, never the garbage.
 */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  let client = normalizeAddress(remoteAddress ?? "");
  if (!client) return "unknown";
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .filter((hop) => hop.trim() !== "");
  while (isTrusted(client, trusted) && hops.length > 0) {
    const hop = normalizeAddress(hops.pop() as string);
    if (!hop) break;
    client = hop;
  }
  return client;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** A bare address from a hop (also "[v6]:port", "v4:port" and a "%zone"), or null. */
function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1] as string;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%[\w.-]+$/, ""); // an IPv6 zone names the local interface, not the client
  return isIP(value) ? canonicalAddress(value) : null;
}

/** One spelling per address: IPv4 as is, IPv4-mapped IPv6 as IPv4, other IPv6 short and lowercase. */
function canonicalAddress(value: string): string {
  if (isIP(value) === 4) return value;
  const short = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(short);
  if (!mapped) return short;
  const [high, low] = [parseInt(mapped[1] as string, 16), parseInt(mapped[2] as string, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}
