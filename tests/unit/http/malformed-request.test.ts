import http from "node:http";
import type { AddressInfo } from "node:net";
import { answerMalformedRequest, hasBadRouterState, isMalformedPath } from "@/lib/http/answer-malformed-request";
import { isDecodableReply } from "@/lib/http/is-decodable-reply";

// Review F7/F8: paths Next can't decode, router-state headers it can't parse and Server Action
// arguments React can't decode were 500s from inside Next. The production server answers them
// 4xx first (scripts/serve.ts), and hands every other request on, its body intact.

/** What the production server puts after the check: here, an echo of the method, path and body. */
async function echo(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  res
    .writeHead(200, { "content-type": "text/plain" })
    .end(`${req.method} ${req.url} ${Buffer.concat(chunks).toString("utf8")}`);
}

async function withServer(work: (origin: string) => Promise<void>): Promise<void> {
  const server = http.createServer((req, res) => {
    void (answerMalformedRequest(req, res, echo) ?? echo(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const ACTION_HEADERS = {
  "next-action": "60c43ef42f698fbcb7b572af1bfddd4da26305def0",
  "content-type": "text/plain;charset=UTF-8",
};

describe("malformed requests", () => {
  it("finds percent-escapes that aren't UTF-8, and NUL bytes, in the path only", () => {
    for (const path of [
      "/shoes/%FF",
      "/collections/%C0%AF",
      "/fit/results/%ED%A0%80",
      "/orders/%ED%A0%80?token=x",
      "/api/cart/items/%ED%A0%80",
      "/shoes/%",
      "/shoes/%zz",
      "/api/products/a%00b",
      "/collections/a%00b",
    ]) {
      expect([path, isMalformedPath(path)]).toEqual([path, true]);
    }
    for (const path of [
      "/",
      "/shoes/trail-walker",
      "/shoes/%E2%82%AC",
      "/shoes/%2F",
      "/shoes?size=%FF",
      "/shoes?q=%00",
      "/admin/products?q=%ED%A0%80",
    ]) {
      expect([path, isMalformedPath(path)]).toEqual([path, false]);
    }
  });

  it("finds router-state headers Next can't parse, on RSC requests only", () => {
    expect(hasBadRouterState({ rsc: "1", "next-router-state-tree": "%5B%22%22%5D" })).toBe(true);
    expect(hasBadRouterState({ rsc: "1", "next-router-state-tree": "garbage" })).toBe(true);
    expect(hasBadRouterState({ rsc: "1", "next-router-state-tree": "%E0%A4%A" })).toBe(true);
    expect(
      hasBadRouterState({
        rsc: "1",
        "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])),
      }),
    ).toBe(false);
    expect(hasBadRouterState({ rsc: "1" })).toBe(false);
    expect(hasBadRouterState({ "next-router-state-tree": "garbage" })).toBe(false);
  });

  it("answers them 400 (JSON under /api/) and passes every other request on", async () => {
    await withServer(async (origin) => {
      const page = await fetch(`${origin}/shoes/%FF`);
      expect([page.status, page.headers.get("content-type"), page.headers.get("x-content-type-options")]).toEqual([
        400,
        "text/html; charset=utf-8",
        "nosniff",
      ]);
      expect(await page.text()).toContain("We couldn't read that address");
      const api = await fetch(`${origin}/api/cart/items/%ED%A0%80`, { method: "PATCH" });
      expect([api.status, await api.json()]).toEqual([400, { error: "invalid_request" }]);
      const rsc = await fetch(`${origin}/index/admin`, {
        headers: { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" },
      });
      expect(rsc.status).toBe(400);
      // (TRACK and CONNECT never get this far: Node's parser and server refuse them.)
      const trace = await new Promise<http.IncomingMessage>((resolve) =>
        http.request(`${origin}/api/cart`, { method: "TRACE" }, resolve).end(),
      );
      expect([trace.statusCode, trace.headers.allow]).toEqual([405, expect.stringContaining("GET")]);
      trace.resume();
      const fine = await fetch(`${origin}/shoes/trail-walker?size=%FF`);
      expect([fine.status, await fine.text()]).toEqual([200, "GET /shoes/trail-walker?size=%FF "]);
    });
  });

  it("accepts exactly the one-row replies React encodes from plain values", () => {
    for (const reply of [
      '["SKU",1]',
      "[]",
      '[null,{"a":[1,"$$x"]}]',
      '["$undefined","$NaN","$Infinity","$-Infinity","$-0","$D2026-01-01T00:00:00.000Z","$n-123"]',
      '[{"__proto__":{"x":1}}]',
    ]) {
      expect([reply, isDecodableReply(reply)]).toEqual([reply, true]);
    }
    const deep = "[".repeat(65) + "]".repeat(65);
    for (const reply of [
      '[["true","${7*7}"]]',
      '["$Q1"]',
      '["$@1"]',
      '["$"]',
      '["$K1"]',
      '["$n12x"]',
      `["$n${"9".repeat(301)}"]`,
      "garbage{",
      "5",
      '"SKU"',
      "{}",
      deep,
      `[${"0,".repeat(1000)}0]`,
    ]) {
      expect([reply.slice(0, 40), isDecodableReply(reply)]).toEqual([reply.slice(0, 40), false]);
    }
  });

  it("answers an undecodable Server Action body 400 (413 over 1 MB), and hands a decodable one on with its body intact", async () => {
    await withServer(async (origin) => {
      const post = (body: string, headers: Record<string, string> = ACTION_HEADERS) =>
        fetch(`${origin}/admin/products/new`, { method: "POST", headers, body });
      expect((await post('[["true","${7*7}"]]')).status).toBe(400);
      expect((await post("garbage{")).status).toBe(400);
      expect((await post(`["${"a".repeat(1024 * 1024)}"]`)).status).toBe(413);
      const passed = await post('[["true","$${7*7}"]]');
      expect([passed.status, await passed.text()]).toEqual([200, 'POST /admin/products/new [["true","$${7*7}"]]']);
      // A FormData argument comes as a multipart reply: its root row and the form's fields.
      const multipart = (fields: Record<string, string>) => {
        const body = new FormData();
        for (const [key, value] of Object.entries(fields)) body.set(key, value);
        return fetch(`${origin}/cart`, {
          method: "POST",
          headers: { "next-action": ACTION_HEADERS["next-action"] },
          body,
        });
      };
      // As React 19.2 sends a useActionState form: its fields, and the form's own "$ACTION" fields.
      const cartForm = await multipart({
        "0": '[null,"$K1"]',
        _1_$ACTION_REF_3: "",
        "_1_$ACTION_3:0": '{"id":"60ab","bound":"$@1"}',
        _1_sku: "ABC",
        _1_quantity: "2",
      });
      expect(cartForm.status).toBe(200);
      expect(await cartForm.text()).toMatch(/^POST \/cart -+\S+\r\nContent-Disposition: form-data; name="0"/);
      const undecodable: Record<string, string>[] = [
        { "0": '[null,"$Q5"]', "1_sku": "ABC" },
        { "0": "garbage" },
        { "1_sku": "ABC" },
        { "0": '[null,"$K1"]', "1": '"$@2"' },
        { "0": "[]", $ACTION_ID_x: "" },
      ];
      for (const fields of undecodable) {
        expect([fields, (await multipart(fields)).status]).toEqual([fields, 400]);
      }
      // A form post without JavaScript only has to be multipart; urlencoded ones and route handlers are none of its business.
      const noScript = new FormData();
      noScript.set("$ACTION_ID_60c43ef42f698fbcb7b572af1bfddd4da26305def0", "");
      noScript.set("sku", "ABC");
      expect((await fetch(`${origin}/cart`, { method: "POST", body: noScript })).status).toBe(200);
      const notMultipart = await fetch(`${origin}/shoes`, {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "garbage{--x",
      });
      expect(notMultipart.status).toBe(400);
      const plainForm = await fetch(`${origin}/cart`, { method: "POST", body: new URLSearchParams({ sku: "ABC" }) });
      expect(plainForm.status).toBe(200);
      const api = await fetch(`${origin}/api/cart/items`, {
        method: "POST",
        headers: ACTION_HEADERS,
        body: "garbage{",
      });
      expect([api.status, await api.text()]).toEqual([200, "POST /api/cart/items garbage{"]);
    });
  });
});
