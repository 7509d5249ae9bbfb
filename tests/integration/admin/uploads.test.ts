/** @jest-environment-options {"template":"seeded"} */
import "../../support/next-request-mocks";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { sanitizeSvg } from "@/lib/admin/uploads/sanitize-svg";
import { adminRequest, createStaff, signInCookie } from "./support";

const uploadDir = mkdtempSync(path.join(tmpdir(), "uploads-test-"));
process.env.UPLOAD_DIR = uploadDir;

import { POST as upload } from "@/app/api/admin/uploads/route";
import { GET as serveUpload } from "@/app/api/uploads/[file]/route";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const EVIL_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <rect width="10" height="10" fill="#17553a" style="background:url(https://evil.example/x)"/>
  <a href="javascript:alert(3)"><circle r="2" fill="url(https://evil.example/p)"/></a>
  <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
  <use href="https://evil.example/sprite.svg#x"/>
</svg>`;

let cookie: string;
let productId: string;

function post(file: Uint8Array | string, alt = "Grey walking shoe, side view") {
  const form = new FormData();
  form.set("productId", productId);
  form.set("alt", alt);
  form.set("file", new Blob([file as BlobPart]), "picture");
  return upload(adminRequest("/api/admin/uploads", { method: "POST", cookie, body: form }));
}

describe("image uploads: type and size checks, SVG sanitized, served by a route", () => {
  beforeAll(async () => {
    await createStaff("clerk@example.com");
    cookie = await signInCookie("clerk@example.com");
    productId = (await getDb().product.findFirstOrThrow()).id;
  });
  afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

  it("stores a PNG under UPLOAD_DIR with a random name, adds it to the product, and serves it with safe headers", async () => {
    const response = await post(PNG);
    expect(response.status).toBe(201);
    const { url } = await response.json();
    expect(url).toMatch(/^\/api\/uploads\/[a-f0-9]{24}\.png$/);
    const name = url.split("/").pop() as string;
    expect(readFileSync(path.join(uploadDir, name))).toEqual(Buffer.from(PNG));
    expect(await getDb().productImage.count({ where: { productId, url } })).toBe(1);
    const served = await serveUpload(adminRequest(url), { params: Promise.resolve({ file: name }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(PNG));
  });

  it("sanitizes SVG: no script, handlers, javascript: links, foreign HTML or outside references survive", async () => {
    const response = await post(EVIL_SVG);
    expect(response.status).toBe(201);
    const name = (await response.json()).url.split("/").pop() as string;
    const stored = readFileSync(path.join(uploadDir, name), "utf8");
    expect(stored).toContain("<rect");
    expect(stored).toContain('viewBox="0 0 10 10"');
    for (const bad of [
      "<script",
      "onload",
      "alert",
      "javascript:",
      "foreignObject",
      "iframe",
      "<use",
      "evil.example",
      "style=",
    ])
      expect(stored).not.toContain(bad);
    expect(sanitizeSvg('<svg><linearGradient id="g"/><rect fill="url(#g)"/></svg>')).toContain('fill="url(#g)"');
  });

  it("refuses files that aren't images (whatever their name), oversized files and missing descriptions, storing nothing", async () => {
    const before = await getDb().productImage.count();
    const html = await post("<html><script>alert(1)</script></html>");
    expect(html.status).toBe(415);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expect((await post(big)).status).toBe(413);
    const noAlt = await post(PNG, "");
    expect(noAlt.status).toBe(400);
    expect((await noAlt.json()).fields).toHaveProperty("alt");
    expect(await getDb().productImage.count()).toBe(before);
  });

  it("serves only generated names, never a path", async () => {
    for (const file of ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "a.png", `${"a".repeat(24)}.html`]) {
      const response = await serveUpload(adminRequest(`/api/uploads/${file}`), { params: Promise.resolve({ file }) });
      expect(response.status).toBe(404);
    }
  });
});
