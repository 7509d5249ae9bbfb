import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * axe-core's serious and critical violations on the page as it is now, one line each (rule,
 * impact, the first few offending elements). Journeys expect this list to be empty; minor and
 * moderate findings are left to review rather than failing the build.
 */
export async function findSeriousAccessibilityProblems(page: Page): Promise<string[]> {
  // Only violations come back: skipping the details of passing rules makes a check about a third faster.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ");
      return `${violation.id} (${violation.impact}) on ${page.url()}: ${violation.help} [${targets}]`;
    });
}
