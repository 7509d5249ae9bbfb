import { isPrivateAddress } from "@/lib/http/is-private-address";

it("treats loopback, private, link-local and CGNAT addresses, and non-addresses, as private", () => {
  for (const address of [
    "127.0.0.1",
    "10.1.2.3",
    "172.20.0.1",
    "192.168.1.1",
    "169.254.0.9",
    "100.64.0.1",
    "::1",
    "fd00::1",
    "fe80::1",
    "unknown",
    "",
  ]) {
    expect([address, isPrivateAddress(address)]).toEqual([address, true]);
  }
  for (const address of ["203.0.113.9", "198.51.100.1", "8.8.8.8", "172.32.0.1", "2001:db8::1"]) {
    expect([address, isPrivateAddress(address)]).toEqual([address, false]);
  }
});
