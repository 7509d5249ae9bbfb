/** @jest-environment-options {"template":"seeded"} */
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { answerWithMouse, type StepAnswers } from "./support/fit-quiz-page";
import { useJourney } from "./support/journey";

// Without its script (JavaScript off, or Next pressed before the script loaded) the quiz form is
// submitted by the browser itself. No answer may reach a URL: not the address bar, not history,
// not a proxy's log. The form posts to /fit/no-script, which reads nothing and says the quiz needs
// JavaScript.

const journey = useJourney();

it("with JavaScript off, Next on the safety step puts no answer in any URL and explains that the quiz needs JavaScript", async () => {
  const { page } = await journey.open({ javaScriptEnabled: false });
  const requested: { method: string; url: string }[] = [];
  page.on("request", (request) => requested.push({ method: request.method(), url: request.url() }));

  await page.goto(journey.url("/fit"));
  // Chromium's script-disabled emulation still parses <noscript> as text, so check the markup is there.
  expect(await page.content()).toMatch(/<noscript><p[^>]*>The quiz needs JavaScript/);
  const answers: StepAnswers = Object.fromEntries(
    SAFETY_ITEMS.map((item, index) => [item.text, index === 0 ? "Yes" : "No"]),
  );
  await answerWithMouse(page, answers);
  await Promise.all([
    page.waitForURL("**/fit/needs-javascript"),
    page.getByRole("button", { name: "Next", exact: true }).click(),
  ]);

  expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("The fit quiz needs JavaScript");
  expect(new URL(page.url()).search).toBe("");
  const fieldNames = SAFETY_ITEMS.map((item) => item.field);
  for (const { url } of requested) {
    expect(url).not.toMatch(/safety/);
    for (const field of fieldNames) expect(url).not.toContain(field);
  }
  expect(
    requested.filter((request) => request.method === "POST").map((request) => new URL(request.url).pathname),
  ).toEqual(["/fit/no-script"]);
  // axe runs as a page script, so the page is checked for accessibility in a context with JavaScript.
  const { page: withScript } = await journey.open();
  await withScript.goto(journey.url("/fit/needs-javascript"));
  await journey.expectAccessible(withScript, "quiz-needs-javascript");
}, 120_000);
