import { safeNextPath } from "@/lib/staff/safe-next-path";

describe("the sign-in next path stays under /admin", () => {
  it("keeps ordinary admin paths, with their query", () => {
    expect(safeNextPath("/admin")).toBe("/admin");
    expect(safeNextPath("/admin/orders")).toBe("/admin/orders");
    expect(safeNextPath("/admin/orders?status=PAID&page=2")).toBe("/admin/orders?status=PAID&page=2");
    expect(safeNextPath("/admin?tab=1")).toBe("/admin?tab=1");
    expect(safeNextPath("/admin/products/abc-123")).toBe("/admin/products/abc-123");
  });

  it("resolves dot segments that stay inside /admin", () => {
    expect(safeNextPath("/admin/orders/../products")).toBe("/admin/products");
    expect(safeNextPath("/admin/./orders")).toBe("/admin/orders");
    expect(safeNextPath("/admin/orders/%2e%2e/products")).toBe("/admin/products");
  });

  it("refuses dot segments, plain or percent-encoded, that climb out of /admin", () => {
    for (const value of [
      "/admin/.%2e/%2e%2e/x", // the review's shape
      "/admin/.%2e/%2e%2e/evil",
      "/admin/..",
      "/admin/../x",
      "/admin/%2e%2e",
      "/admin/%2e%2e/x",
      "/admin/%2E%2E/x",
      "/admin/%2E./x",
      "/admin/.%2E/x",
      "/admin/orders/../../x",
      "/admin%2f..%2fx",
      "/admin/%2f..%2f..%2fx",
      "/admin/x/%2e%2e%2f%2e%2e%2fevil",
    ]) {
      expect([value, safeNextPath(value)]).toEqual([value, "/admin"]);
    }
  });

  it("refuses double encoding, invalid encoding, backslashes, doubled slashes and controls", () => {
    for (const value of [
      "/admin/%252e%252e/x",
      "/admin/%ff",
      "/admin/%E0%A4%A",
      "/admin/%",
      "/admin\\..\\x",
      "/admin/%5c..%5cx",
      "/admin/%5C%5Cevil",
      "//evil.example",
      "/admin//evil.example",
      "/admin/%2f%2fevil.example",
      "/admin/%2F/evil",
      "/admin/%0d%0aSet-Cookie:x",
      "/admin/%09x",
      "/admin/%3fx",
      "/admin/%23x",
    ]) {
      expect([value, safeNextPath(value)]).toEqual([value, "/admin"]);
    }
  });

  it("refuses other sites, other paths, the sign-in page itself and non-strings", () => {
    for (const value of [
      "https://evil.example/admin",
      "/\\evil.example",
      "/adminx",
      "/",
      "/shoes",
      "javascript:alert(1)",
      "/admin/login",
      "/admin/./login",
      "/admin/%6cogin",
      undefined,
      42,
      ["/admin/orders"],
      "/admin/" + "a".repeat(3000),
    ]) {
      expect(safeNextPath(value)).toBe("/admin");
    }
  });
});
