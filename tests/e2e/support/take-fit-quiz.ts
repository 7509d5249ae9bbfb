import type { Locator, Page } from "playwright-core";
import { SAFETY_ITEMS } from "@/lib/fit/safety-screen";
import { answerWithMouse, stepHeading, type StepAnswers } from "./fit-quiz-page";

// The whole fit quiz by mouse, for journeys that need a results page rather than testing the quiz
// itself (quiz.e2e.test.ts covers the keyboard path). Each step's answers are question legend →
// option label, as fit-quiz-page.ts reads them.

export type QuizAnswers = {
  range: "Women's" | "Men's" | "Either";
  /** US size, typed into the "US size" box. */
  usSize: string;
  feet: StepAnswers;
  walking: StepAnswers;
  back: StepAnswers;
  preferences: StepAnswers;
};

/** A men's US 11 everyday walker with no red flags, no advisories and no budget limit. */
export const EVERYDAY_WALKER: QuizAnswers = {
  range: "Men's",
  usSize: "11",
  feet: {
    "How do standard shoes feel across the ball of your foot?": "Just right",
    "Are your feet different lengths?": "No",
    "Anything about your forefoot?": "Nothing in particular",
    "What is your arch like?": "Medium",
    "Do you use insoles or orthotics you want to keep using?": "No",
  },
  walking: {
    "How much do you walk on a typical day?": "30 to 60 minutes",
    "Where do you mostly walk?": "Pavements and roads",
    "What do you wear most days now?": "Trainers",
    "Do you ever feel unsteady on your feet?": "No",
  },
  back: {
    "Where do you feel it?": "In my back only",
    "What does walking do?": "Helps, or makes no difference",
    "How long has this episode lasted?": "Under 6 weeks, and improving",
    "Do you have diabetes with numbness in your feet?": "No",
    "Are you pregnant?": "No",
  },
  preferences: {
    "How should each step feel?": "Balanced",
    "Do you like a supportive, steady feel?": "No, a neutral feel",
    "How do you like to fasten shoes?": "Any",
  },
};

/** DRAFT_KEY in components/fit/fit-quiz.tsx. */
const QUIZ_DRAFT_KEY = "fit-quiz-draft";

const ALL_SAFETY_NO: StepAnswers = Object.fromEntries(SAFETY_ITEMS.map((item) => [item.text, "No"]));

/** From /fit to the results page; returns the results path (/fit/results/<id>). */
export async function takeFitQuiz(
  page: Page,
  quizUrl: string,
  answers: QuizAnswers = EVERYDAY_WALKER,
): Promise<string> {
  await page.goto(quizUrl);
  // The quiz keeps the tab's answers and step in sessionStorage (components/fit/fit-quiz.tsx), so a
  // second run in the same tab would resume at the last step: start from a clean slate instead.
  if (
    await page.evaluate(
      (key) => sessionStorage.getItem(key) !== null && (sessionStorage.removeItem(key), true),
      QUIZ_DRAFT_KEY,
    )
  )
    await page.reload();
  await page.waitForLoadState("networkidle");
  await answerWithMouse(page, ALL_SAFETY_NO);
  await next(page, "Your feet");
  await answerWithMouse(page, { "Which shoe range do you shop in?": answers.range });
  await page.getByRole("textbox", { name: "US size" }).fill(answers.usSize);
  await answerWithMouse(page, answers.feet);
  await next(page, "Your walking");
  await answerWithMouse(page, answers.walking);
  await next(page, "Your back");
  await answerWithMouse(page, answers.back);
  await next(page, "Comfort preferences");
  await answerWithMouse(page, answers.preferences);
  await page.getByRole("button", { name: "See my matches", exact: true }).click();
  await page.waitForURL(/\/fit\/results\/[\w-]+$/, { timeout: 30_000 });
  await page.getByRole("heading", { level: 1, name: "Your fit matches" }).waitFor();
  return new URL(page.url()).pathname;
}

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await stepHeading(page, title).waitFor();
}

/** One shoe card on a results page, as the shopper reads it. */
export type ResultPick = {
  card: Locator;
  name: string;
  slug: string;
  sku: string;
  size: string;
  width: string;
  priceText: string;
};

/** The cards of a results section ("Top picks", "For contrast", ...), in the order shown. */
export async function readResultSection(page: Page, section = "Top picks"): Promise<ResultPick[]> {
  const cards = page.getByRole("region", { name: section }).getByRole("article");
  const picks: ResultPick[] = [];
  for (const card of await cards.all()) {
    const link = card.getByRole("heading", { level: 3 }).getByRole("link");
    const name = (await link.innerText()).trim();
    const href = (await link.getAttribute("href")) ?? "";
    const sizing = /Your size: US (\S+), width (\S+)\s*\(SKU ([^)]+)\)/.exec(await card.innerText());
    if (!sizing) throw new Error(`No size, width and SKU on the card for ${name}`);
    // The card's price is the paragraph right after the heading ("$129.95").
    const priceText = (
      await card
        .getByText(/^\$[\d,]+\.\d{2}$/)
        .first()
        .innerText()
    ).trim();
    picks.push({
      card,
      name,
      slug: href.replace("/shoes/", ""),
      size: sizing[1] as string,
      width: sizing[2] as string,
      sku: sizing[3] as string,
      priceText,
    });
  }
  return picks;
}
