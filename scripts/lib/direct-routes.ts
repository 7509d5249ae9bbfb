import type { IncomingMessage, ServerResponse } from "node:http";
import type { JsonReply } from "../../lib/http/api-error";
import { allowServerOnlyImports } from "./allow-server-only";

// The JSON routes the production server answers itself, with the same handler as their Next
// route handler but without Next's request handling around it (decision 0010). Only routes
// measured to need it belong here: today the quiz submission, whose Next overhead was two
// thirds of its cost. DIRECT_ROUTES=off leaves everything to Next.

/** A direct route's answer to a parsed body, given the request it came with. */
type DirectHandler = (body: unknown, req: IncomingMessage) => Promise<JsonReply>;

const ROUTES: Record<string, () => Promise<DirectHandler>> = {
  "POST /api/fit/recommendations": async () => {
    const [{ answerFitRequest }, { rateLimitJsonReply }, { addressFromForwardedFor }] = await Promise.all([
      import("../../lib/quiz/answer-fit-request"),
      import("../../lib/rate-limit/rate-limited-reply"),
      import("../../lib/rate-limit/rate-limit-key"),
    ]);
    // The quiz's shared rate limit, counted after the body as its Next route handler does
    // (decision 0016). serve.ts has made X-Forwarded-For the one resolved client address.
    return async (body, req) =>
      (await rateLimitJsonReply("quiz", addressFromForwardedFor(req.headers["x-forwarded-for"]))) ??
      answerFitRequest(body);
  },
};

export type DirectRoute = (req: IncomingMessage, res: ServerResponse) => Promise<void> | null;

export async function loadDirectRoutes(): Promise<DirectRoute> {
  if (process.env.DIRECT_ROUTES === "off") return () => null;
  allowServerOnlyImports();
  const { answerJsonRoute } = await import("../../lib/http/node-json-route");
  const handlers = new Map(
    await Promise.all(Object.entries(ROUTES).map(async ([route, load]) => [route, await load()] as const)),
  );
  return (req, res) => {
    const path = (req.url ?? "").split("?", 1)[0];
    const handler = handlers.get(`${req.method} ${path}`);
    return handler ? answerJsonRoute(req, res, (body) => handler(body, req)) : null;
  };
}
