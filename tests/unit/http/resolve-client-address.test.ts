import { parseTrustedProxies, resolveClientAddress } from "@/lib/http/resolve-client-address";

describe("the client address: X-Forwarded-For counts only when a trusted proxy sent it", () => {
  const none = parseTrustedProxies("");
  const loopback = parseTrustedProxies("loopback");
  const resolve = (peer: string | undefined, forwardedFor: string | undefined, trusted = loopback) =>
    resolveClientAddress(peer, forwardedFor, trusted);

  it("ignores X-Forwarded-For entirely when no proxy is trusted (the default)", () => {
    expect(resolve("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(resolve("198.51.100.7", undefined, none)).toBe("198.51.100.7");
    // A client on the same machine is not a proxy either until configured as one.
    expect(resolve("127.0.0.1", "203.0.113.1", none)).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that isn't a trusted proxy", () => {
    expect(resolve("198.51.100.7", "203.0.113.1, 10.0.0.1")).toBe("198.51.100.7");
  });

  it("takes the entry the trusted proxy appended and ignores what the client put before it", () => {
    expect(resolve("127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    // The client sent "X-Forwarded-For: 1.1.1.1, 2.2.2.2"; the proxy appended the address it saw.
    expect(resolve("127.0.0.1", "1.1.1.1, 2.2.2.2, 203.0.113.9")).toBe("203.0.113.9");
    // The client pretends to be a trusted proxy itself: its real address is still the answer.
    expect(resolve("127.0.0.1", "1.1.1.1, 127.0.0.1, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("walks past a chain of trusted proxies, and stops at the first untrusted hop", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.1");
    expect(resolve("10.1.2.3", "1.1.1.1, 203.0.113.9, 192.168.1.1, 10.9.9.9", trusted)).toBe("203.0.113.9");
    expect(resolve("10.1.2.3", "10.0.0.5, 10.0.0.6", trusted)).toBe("10.0.0.5");
    expect(resolve("10.1.2.3", undefined, trusted)).toBe("10.1.2.3");
    expect(resolve("11.0.0.1", "203.0.113.9", trusted)).toBe("11.0.0.1");
  });

  it("never returns an entry that isn't an address: a garbage hop leaves the last trusted one", () => {
    expect(resolve("127.0.0.1", "203.0.113.9, not-an-ip")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "' OR 1=1 --")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "1.1.1.1, , 203.0.113.9,")).toBe("203.0.113.9");
    expect(resolve(undefined, "203.0.113.9")).toBe("unknown");
  });

  it("handles IPv6 peers, entries and ranges, in one short lowercase form", () => {
    const trusted = parseTrustedProxies("2001:db8:aaaa::/48, ::1");
    expect(resolve("2001:db8:aaaa::10", "2001:DB8:0:0:0:0:0:77", trusted)).toBe("2001:db8::77");
    expect(resolve("2001:db8:aaaa:1::1", "1.1.1.1, 2001:db8:bbbb::1", trusted)).toBe("2001:db8:bbbb::1");
    expect(resolve("2001:db8:bbbb::1", "203.0.113.9", trusted)).toBe("2001:db8:bbbb::1");
    expect(resolve("0:0:0:0:0:0:0:1", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolve("::1", "[2001:db8::5]:4711", trusted)).toBe("2001:db8::5");
    expect(resolve("fe80::1%eth0", undefined, none)).toBe("fe80::1");
  });

  it("treats IPv4-mapped IPv6 (a dual-stack socket's view of an IPv4 client) as the IPv4 address", () => {
    // Trusted as loopback, and the proxy's own IPv4 entry comes out as plain IPv4.
    expect(resolve("::ffff:127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    expect(resolve("::ffff:198.51.100.7", "203.0.113.9")).toBe("198.51.100.7");
    expect(resolve("127.0.0.1", "::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(resolve("::FFFF:7F00:1", "::ffff:cb00:7109")).toBe("203.0.113.9");
    const trusted = parseTrustedProxies("::ffff:10.0.0.1, 172.16.0.0/12");
    expect(resolve("10.0.0.1", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolve("::ffff:172.20.1.1", "203.0.113.9", trusted)).toBe("203.0.113.9");
  });

  it("reads CIDRs exactly: the range's edges are in, the next address is out", () => {
    const trusted = parseTrustedProxies("192.0.2.0/25");
    expect(resolve("192.0.2.0", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolve("192.0.2.127", "203.0.113.9", trusted)).toBe("203.0.113.9");
    expect(resolve("192.0.2.128", "203.0.113.9", trusted)).toBe("192.0.2.128");
  });

  it("refuses a setting it can't read, naming the entry", () => {
    for (const bad of [
      "10.0.0.0/33",
      "::/129",
      "10.0.0.0/8/1",
      "proxy.internal",
      "10.0.0",
      "10.0.0.0/x",
      "1.2.3.4:80/8",
      "[::1]",
      "fe80::1%eth0",
    ]) {
      expect(() => parseTrustedProxies(bad)).toThrow(`"${bad}"`);
    }
    expect(() => parseTrustedProxies(" loopback , 10.0.0.0/8 ,, 2001:db8::/32 ")).not.toThrow();
  });
});
