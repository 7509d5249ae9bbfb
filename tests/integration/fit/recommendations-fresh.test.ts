/** @jest-environment-options {"template":"seeded"} */
import { POST } from "@/app/api/fit/recommendations/route";
import { getDb } from "@/lib/db";
import { BASE_ANSWERS } from "../../support/fit-answers";
import { call, dailyCount, recommendationsRequest } from "./fit-http";

// A submission is answered from the catalog and guide titles this process holds, and the save
// checks in the same statement that they are still current (lib/quiz/save-fit-result.ts). These
// prove that a change made by anyone (here: straight in the database, as another app server
// would) is in the very next answer, and that the redone answer is the one saved.

type Pick = { variant: { sku: string } };
type OkBody = { picks: Pick[]; articles: { slug: string; title: string }[]; resultId: string };

async function submit(): Promise<OkBody> {
  const reply = await call(POST, recommendationsRequest(BASE_ANSWERS));
  expect(reply.status).toBe(200);
  return reply.body as unknown as OkBody;
}

async function savedPickSkus(resultId: string): Promise<string[]> {
  const row = await getDb().fitResult.findUniqueOrThrow({ where: { id: resultId } });
  return (row.result as unknown as { picks: Pick[] }).picks.map((pick) => pick.variant.sku);
}

afterAll(async () => {
  await getDb().$disconnect();
});

it("drops a pick whose stock ran out since the last submission, and saves the redone answer", async () => {
  const first = await submit();
  const soldOut = first.picks[0]?.variant.sku as string;
  expect(soldOut).toBeDefined();

  await getDb().variant.update({ where: { sku: soldOut }, data: { stock: 0 } });
  const before = await dailyCount("completed");
  const second = await submit();

  expect(second.picks.map((pick) => pick.variant.sku)).not.toContain(soldOut);
  expect(second.picks.length).toBeGreaterThan(0);
  expect(await savedPickSkus(second.resultId)).toEqual(second.picks.map((pick) => pick.variant.sku));
  // One completion, one saved result, although the answer was worked out twice.
  expect(await dailyCount("completed")).toBe(before + 1);
});

it("links a guide under its new title right after the title is edited", async () => {
  const first = await submit();
  const linked = first.articles[0];
  expect(linked).toBeDefined();
  const newTitle = `${linked?.title} (updated)`;

  await getDb().article.update({ where: { slug: linked?.slug }, data: { title: newTitle } });
  const second = await submit();

  expect(second.articles.find((article) => article.slug === linked?.slug)?.title).toBe(newTitle);
});

it("still answers from memory when nothing changed: the same picks twice", async () => {
  const first = await submit();
  const second = await submit();
  expect(second.picks.map((pick) => pick.variant.sku)).toEqual(first.picks.map((pick) => pick.variant.sku));
  expect(second.resultId).not.toBe(first.resultId);
});

it("saves and counts every one of twenty submissions sent at once", async () => {
  const before = await dailyCount("completed");
  const bodies = await Promise.all(Array.from({ length: 20 }, () => submit()));
  const ids = bodies.map((body) => body.resultId);
  expect(new Set(ids).size).toBe(20);
  expect(await getDb().fitResult.count({ where: { id: { in: ids } } })).toBe(20);
  expect(await dailyCount("completed")).toBe(before + 20);
});
