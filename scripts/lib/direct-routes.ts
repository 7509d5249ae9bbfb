import type { IncomingMessage, ServerResponse } from "node:http";
import type { JsonHandler } from "../../lib/http/node-json-route";
import { allowServerOnlyImports } from "./allow-server-only";

// The JSON routes the production server answers itself, with the same handler as their Next
// route handler but without Next's request handling around it (decision 0010). Only routes
// measured to need it belong here: today the quiz submission, whose Next overhead was two
// thirds of its cost. DIRECT_ROUTES=off leaves everything to Next.

const ROUTES: Record<string, () => Promise<JsonHandler>> = {
  "POST /api/fit/recommendations": async () => (await import("../../lib/quiz/answer-fit-request")).answerFitRequest,
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
    return handler ? answerJsonRoute(req, res, handler) : null;
  };
}
