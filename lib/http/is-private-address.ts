import { BlockList, isIP } from "node:net";

// Addresses that never belong to one member of the public: loopback, private networks (RFC 1918,
// RFC 4193), link-local, and carrier-grade NAT. A store seeing these as its client addresses is
// being reached through a proxy it wasn't told about (TRUSTED_PROXIES), or from a test on this
// machine, so a limit per such address would be a limit on everyone at once.
const PRIVATE = new BlockList();
PRIVATE.addSubnet("127.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("10.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("172.16.0.0", 12, "ipv4");
PRIVATE.addSubnet("192.168.0.0", 16, "ipv4");
PRIVATE.addSubnet("169.254.0.0", 16, "ipv4");
PRIVATE.addSubnet("100.64.0.0", 10, "ipv4");
PRIVATE.addAddress("::1", "ipv6");
PRIVATE.addSubnet("fc00::", 7, "ipv6");
PRIVATE.addSubnet("fe80::", 10, "ipv6");

/** True for a loopback, private, link-local or CGNAT address, and for anything that isn't an IP. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 6 ? "ipv6" : "ipv4");
}
