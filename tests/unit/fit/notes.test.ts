import { createFilterContext, evaluateProduct } from "@/lib/fit/hard-filters";
import { buildFitNotes } from "@/lib/fit/notes";
import { shopperFootLengthMm } from "@/lib/fit/size-table";
import { scoreProduct } from "@/lib/fit/soft-score";
import type { FitAnswers } from "@/lib/fit/answers-schema";
import { answersWith } from "../../support/fit-answers";
import { productBySlug, SNAPSHOT } from "./fixtures";

function notesFor(slug: string, answers: FitAnswers) {
  const product = productBySlug(slug);
  const footMm = shopperFootLengthMm(answers.size, answers.range);
  const evaluation = evaluateProduct(product, createFilterContext(answers, footMm, SNAPSHOT.brands));
  if (!evaluation.match) throw new Error(`${slug} has no matching variant`);
  return buildFitNotes(evaluation, evaluation.match, scoreProduct(product, answers), answers);
}

describe("buildFitNotes", () => {
  const heeled = answersWith({ currentShoes: "heeled" }); // assumed 10–12 mm

  it("adds the transition note only when the drop part scores 0", () => {
    expect(notesFor("zero-flat", heeled)).toEqual([
      {
        id: "NOTE_DROP_TRANSITION",
        text: "This has a 0 mm heel-to-toe drop, far from your current shoes: build up wear gradually so your feet and calves can adjust.",
      },
    ]);
    expect(notesFor("recovery-slide", heeled)).toEqual([]); // 4 mm: within 8 mm, half marks, no note
  });

  it("explains an unsure width with the standard code for the range", () => {
    expect(notesFor("daily-walker", answersWith({ width: "unsure" }))).toEqual([
      {
        id: "NOTE_WIDTH_UNSURE",
        text: "You weren't sure about width, so we matched standard width, D (standard). Our measuring guide shows how to check.",
      },
    ]);
  });

  it.each(["half", "more", "unsure"] as const)("adds a feet-differ note for %s", (feetDiffer) => {
    expect(notesFor("daily-walker", answersWith({ feetDiffer })).map((n) => n.id)).toEqual(["NOTE_FEET_DIFFER"]);
  });
});
