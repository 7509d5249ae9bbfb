import { IncomingMessage, type ServerResponse } from "node:http";
import { isDecodableReply } from "./is-decodable-reply";

// A Server Action whose body Next can't decode is a 500 from inside Next. The production server
// reads such a body first, answers 400 when it can't be decoded (413 when it is over Next's 1 MB
// limit, which Next also answers 500), and otherwise hands Next the same bytes.
// - A fetch action (next-action header): one JSON row (text/plain, is-decodable-reply.ts says
//   which rows decode), or multipart when an argument is a FormData (the cart's forms): then the
//   root row is field "0" and the FormData's fields are "_<id>_<name>"; any other field would be a
//   row of a kind our actions never take.
// - Any other multipart post to a page, which Next tries as a form action (no JavaScript): Next
//   copes with its fields, but not with a body that isn't multipart at all.

/**
 * A field of a FormData argument: React 19.2 names them "_<id>_<name>" (a form's own hidden
 * "_1_$ACTION_…" fields among them); earlier releases wrote "<id>_<name>".
 */
const FORM_DATA_FIELD = /^_?[0-9a-f]{1,8}_/;

/** Next's default serverActions.bodySizeLimit. */
const MAX_ACTION_BODY_BYTES = 1024 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** True for a POST to a page that Next will try as a Server Action (it leaves a urlencoded one alone). */
export function isPossibleActionRequest(req: IncomingMessage): boolean {
  if (req.method !== "POST" || (req.url ?? "").startsWith("/api/")) return false;
  const type = req.headers["content-type"] ?? "";
  return (
    (req.headers["next-action"] !== undefined && type !== "application/x-www-form-urlencoded") ||
    type.startsWith("multipart/form-data")
  );
}

/** Checks the body of a possible Server Action request, then answers it or passes it on to `next`. */
export async function answerUndecodableAction(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<void> {
  const body = await readBody(req, MAX_ACTION_BODY_BYTES);
  if (body === "too_large" || body === "incomplete") return refuse(res, body === "too_large" ? 413 : 400);
  const type = req.headers["content-type"] ?? "";
  const fetchAction = req.headers["next-action"] !== undefined;
  const decodable = type.startsWith("multipart/form-data")
    ? await isDecodableMultipart(type, body, fetchAction)
    : isDecodableReply(body.toString("utf8"));
  if (!decodable) return refuse(res, 400);
  return next(withBody(req, body), res);
}

async function isDecodableMultipart(type: string, body: Buffer, fetchAction: boolean): Promise<boolean> {
  let form: FormData;
  try {
    form = await new Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": type },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    return false;
  }
  if (!fetchAction) return true;
  const root = form.get("0");
  if (typeof root !== "string" || !isDecodableReply(root, { formDataArguments: true })) return false;
  return [...form.keys()].every((key) => key === "0" || FORM_DATA_FIELD.test(key));
}

function refuse(res: ServerResponse, status: 400 | 413): void {
  const text = status === 413 ? "The request is too large." : "The request's arguments could not be read.";
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too_large" | "incomplete"> {
  if (Number(req.headers["content-length"] ?? "0") > limit) {
    req.resume(); // read and dropped, so the client still sending gets the answer, not a broken pipe
    return Promise.resolve("too_large");
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (result: Buffer | "too_large" | "incomplete") => {
      req.off("data", onData).off("end", onEnd).off("error", onIncomplete).off("close", onIncomplete);
      if (typeof result === "string") req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop("too_large");
      else chunks.push(chunk);
    };
    const onEnd = () => stop(Buffer.concat(chunks));
    const onIncomplete = () => stop("incomplete");
    req.on("data", onData).on("end", onEnd).on("error", onIncomplete).on("close", onIncomplete);
  });
}

/** A request just like `req` (same connection, method, URL and headers) whose body, `req`'s already read, is `body`. */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
