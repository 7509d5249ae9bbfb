import fs from "node:fs";
import path from "node:path";

// Reads the .eml files the file transport writes (EMAIL_OUTBOX_DIR) into headers and decoded
// parts: enough MIME for the store's own messages (one multipart/alternative, or one text part).

export type EmlPart = { contentType: string; body: string };
export type Eml = { headers: Record<string, string>; parts: EmlPart[] };

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, " ");
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at).replace(/^\r?\n\r?\n/, "") };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

export function parseEml(raw: string): Eml {
  const { headers, body } = splitHeaders(raw);
  const type = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!boundary)
    return { headers, parts: [{ contentType: type, body: decode(body, headers["content-transfer-encoding"]) }] };
  const parts = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .map((chunk) => {
      const part = splitHeaders(chunk.replace(/^\r?\n/, ""));
      return {
        contentType: part.headers["content-type"] ?? "text/plain",
        body: decode(part.body.replace(/\r?\n$/, ""), part.headers["content-transfer-encoding"]),
      };
    });
  return { headers, parts };
}

export function readEml(dir: string, emailId: string): Eml {
  return parseEml(fs.readFileSync(path.join(dir, `${emailId}.eml`), "utf8"));
}
