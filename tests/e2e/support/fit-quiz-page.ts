import type { Locator, Page } from "playwright-core";
import { activate, chooseRadio, isFocused } from "./keyboard";

// The fit quiz (/fit) as a keyboard user meets it: one step at a time, each question a radio
// group named by its legend, and Next / Back / "See my matches" buttons.

/** Question (the group's legend) → option label, in the order they appear on the step. */
export type StepAnswers = Record<string, string>;

export function question(page: Page, legend: string): Locator {
  return page.getByRole("group", { name: legend, exact: true });
}

export function stepHeading(page: Page, title: string): Locator {
  return page.getByRole("heading", { level: 2, name: title, exact: true });
}

export async function answerWithKeyboard(page: Page, answers: StepAnswers): Promise<void> {
  for (const [legend, option] of Object.entries(answers)) await chooseRadio(page, question(page, legend), option);
}

/** The same by mouse, for tests about something other than the keyboard (it's quicker). */
export async function answerWithMouse(page: Page, answers: StepAnswers): Promise<void> {
  for (const [legend, option] of Object.entries(answers))
    await question(page, legend).getByRole("radio", { name: option, exact: true }).check();
}

/** The selected option of each question, to check that going Back kept the answers. */
export async function readAnswers(page: Page, legends: string[]): Promise<StepAnswers> {
  const read: StepAnswers = {};
  for (const legend of legends) {
    const checked = question(page, legend).locator("input[type=radio]:checked");
    read[legend] = (await checked.count()) === 1 ? (await checked.locator("xpath=..").innerText()).trim() : "";
  }
  return read;
}

/** Next or Back by keyboard, then waits for that step, whose heading takes focus. */
export async function goToStep(page: Page, button: "Next" | "Back", title: string): Promise<void> {
  await activate(page, page.getByRole("button", { name: button, exact: true }));
  const heading = stepHeading(page, title);
  await heading.waitFor();
  // The quiz moves focus to the new step's heading so screen readers announce it.
  await page.waitForFunction(
    (text) => document.activeElement?.tagName === "H2" && document.activeElement.textContent === text,
    title,
  );
  if (!(await isFocused(heading))) throw new Error(`Focus isn't on the "${title}" heading.`);
}
