/** @jest-environment-options {"template":"seeded"} */
import type { Page } from "playwright-core";
import { getDb } from "@/lib/db";
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { answerWithMouse, type StepAnswers } from "./support/fit-quiz-page";
import { saveScreenshot } from "./support/browser";
import { useJourney } from "./support/journey";

// The safety screen stops the quiz before any shoe is shown: a Tier 1 "Yes" sends the shopper to
// emergency care, a Tier 1 "Not sure" to same-day care. Nothing is saved but an anonymous count.

const journey = useJourney();

const SADDLE_NUMBNESS = "Numbness or tingling around the genitals, bottom or inner thighs";

it("a Tier 1 'Yes' shows the emergency page with 911 and the symptom, no products, and saves no result", async () => {
  const { page } = await journey.open();
  const { recommendationRequests } = await answerSafetyCheck(page, SADDLE_NUMBNESS, "Yes");

  const stop = page.getByRole("alert", { name: "Please get emergency care now" });
  await stop.waitFor();
  expect(await stop.innerText()).toContain("call 911");
  expect(await stop.getByRole("listitem").allInnerTexts()).toEqual([SADDLE_NUMBNESS]);
  await expectNoProducts(page);
  await journey.expectAccessible(page, "safety-emergency");

  expect(recommendationRequests).toEqual([]);
  expect(await getDb().fitResult.count()).toBe(0);
  expect(await stopCounts()).toEqual({ stop_emergency: 1 });
}, 120_000);

it("a Tier 1 'Not sure' shows the same-day care page, no products, and saves no result", async () => {
  const { page } = await journey.open();
  const { recommendationRequests } = await answerSafetyCheck(page, SADDLE_NUMBNESS, "Not sure");

  const stop = page.getByRole("alert", { name: "Please get medical advice today" });
  await stop.waitFor();
  const text = await stop.innerText();
  expect(text).toContain("Please contact your doctor today or an urgent care service.");
  expect(text).not.toContain("911");
  expect(await stop.getByRole("listitem").allInnerTexts()).toEqual([SADDLE_NUMBNESS]);
  await expectNoProducts(page);
  await saveScreenshot(page, "safety-urgent");

  expect(recommendationRequests).toEqual([]);
  expect(await getDb().fitResult.count()).toBe(0);
  expect(await stopCounts()).toEqual({ stop_emergency: 1, stop_urgent: 1 });
}, 120_000);

/** Answers "No" to every safety question but one, presses Next, and waits for the stop report. */
async function answerSafetyCheck(page: Page, item: string, answer: string) {
  const recommendationRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/fit/recommendations")) recommendationRequests.push(request.url());
  });
  await page.goto(journey.url("/fit"));
  await page.waitForLoadState("networkidle");
  const answers: StepAnswers = Object.fromEntries(
    SAFETY_ITEMS.map((safety) => [safety.text, safety.text === item ? answer : "No"]),
  );
  await answerWithMouse(page, answers);
  const reported = page.waitForResponse((response) => response.url().endsWith("/api/fit/safety-stop"));
  await page.getByRole("button", { name: "Next", exact: true }).click();
  expect((await reported).status()).toBe(200);
  return { recommendationRequests };
}

async function expectNoProducts(page: Page): Promise<void> {
  const main = page.getByRole("main");
  expect(await main.locator('a[href^="/shoes/"]').count()).toBe(0);
  expect(await main.getByRole("article").count()).toBe(0);
  expect(await main.getByText("Top picks").count()).toBe(0);
}

async function stopCounts(): Promise<Record<string, number>> {
  const rows = await getDb().fitDailyCount.findMany({
    where: { kind: { startsWith: "stop_" } },
    orderBy: { kind: "asc" },
  });
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}
