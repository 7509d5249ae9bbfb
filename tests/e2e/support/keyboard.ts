import type { Locator, Page } from "playwright-core";

// Keyboard-only helpers: they move focus with Tab and Shift+Tab and change controls with the keys
// a keyboard user would press, never with clicks or element.focus(). Each one fails if the
// target can't be reached, which is itself an accessibility bug.

const MAX_TAB_PRESSES = 80;

/** Tab (or Shift+Tab, when the target comes earlier in the page) until focus is inside `target`. */
export async function tabInto(page: Page, target: Locator): Promise<void> {
  const element = await target.elementHandle();
  if (!element) throw new Error(`Nothing to tab to: ${target}`);
  for (let presses = 0; presses <= MAX_TAB_PRESSES; presses++) {
    const where = await element.evaluate((node) => {
      const active = document.activeElement;
      if (active && node.contains(active)) return "inside";
      if (!active || active === document.body) return "ahead";
      return active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING ? "ahead" : "behind";
    });
    if (where === "inside") return;
    await page.keyboard.press(where === "ahead" ? "Tab" : "Shift+Tab");
  }
  throw new Error(`Couldn't reach ${target} with ${MAX_TAB_PRESSES} presses of Tab.`);
}

/**
 * Picks an option of a radio group as a keyboard user does: Tab into the group, then arrow
 * keys (which move and select, wrapping at the end) to the option, or Space if focus is already
 * on it. Reads the group once to know how many presses it takes, then checks the outcome.
 */
export async function chooseRadio(page: Page, group: Locator, option: string): Promise<void> {
  await tabInto(page, group);
  const radio = group.getByRole("radio", { name: option, exact: true });
  const target = await radio.elementHandle();
  const steps = await group.evaluate((node, wanted) => {
    const radios = [...node.querySelectorAll<HTMLInputElement>("input[type=radio]:not(:disabled)")];
    const from = radios.findIndex((input) => input === document.activeElement);
    const to = radios.findIndex((input) => input === wanted);
    return from < 0 || to < 0 ? -1 : (to - from + radios.length) % radios.length;
  }, target);
  if (steps < 0) throw new Error(`"${option}" isn't an enabled option of ${group}, or focus isn't on it.`);
  for (let press = 0; press < steps; press++) await page.keyboard.press("ArrowDown");
  if (steps === 0 && !(await radio.isChecked())) await page.keyboard.press("Space");
  if (!(await radio.isChecked()) || !(await isFocused(radio)))
    throw new Error(`Couldn't select "${option}" in ${group} with the keyboard.`);
}

/** Types into a text field reached by Tab, replacing what was there. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabInto(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

/** Tab to a button or link and press Enter. */
export async function activate(page: Page, control: Locator): Promise<void> {
  await tabInto(page, control);
  await page.keyboard.press("Enter");
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => node === document.activeElement);
}

/**
 * Picks an option of a closed <select> as a keyboard user does: Tab to it, then the arrow keys
 * (which change a closed select's value in Chromium on Linux and Windows) until the option whose
 * text is `label` is selected. Fails if the option is disabled or isn't there.
 */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabInto(page, select);
  const steps = await select.evaluate((node, wanted) => {
    const element = node as HTMLSelectElement;
    const enabled = [...element.options].filter((option) => !option.disabled);
    const from = enabled.findIndex((option) => option.selected);
    const to = enabled.findIndex((option) => option.text.trim() === wanted);
    return to < 0 ? null : to - Math.max(from, 0);
  }, label);
  if (steps === null) throw new Error(`"${label}" isn't an enabled option of ${select}.`);
  for (let press = 0; press < Math.abs(steps); press++) await page.keyboard.press(steps > 0 ? "ArrowDown" : "ArrowUp");
  const chosen = await select.evaluate((node) => (node as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? "");
  if (chosen !== label || !(await isFocused(select)))
    throw new Error(`Couldn't choose "${label}" in ${select} with the keyboard (it shows "${chosen}").`);
}
