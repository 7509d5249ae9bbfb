import fc from "fast-check";
import { CUSHIONS } from "@/lib/fit/answer-values";
import { SUPPORTS } from "@/lib/catalog/fit-facts";
import { cushionBand } from "@/lib/fit/feel-bands";
import { RULE_BIT } from "@/lib/fit/hard-filters";
import { compareScored, type Scored } from "@/lib/fit/rank-order";
import { createResultCollector, LIST_LIMITS, mayBeListed } from "@/lib/fit/select-results";
import { scoreProduct, scoreValue } from "@/lib/fit/soft-score";
import { topRanked } from "@/lib/fit/top-ranked";
import type { HardRuleId, Screened } from "@/lib/fit/types";
import { answersArbitrary } from "./arbitraries";
import { PRODUCTS, productBySlug } from "./fixtures";

// The engine keeps only the few products that can still make a list while it streams through
// the catalog (tests/bench/fit.ts shows why). These check that shortcut against the plain
// definition: sort everything, then take each list's first products.

const RULES: HardRuleId[] = ["H_RANGE", "H_SIZE", "H_WIDTH", "H_INSOLE", "H_BUDGET"];
const countFailures = (s: Scored) => RULES.filter((rule) => s.evaluation.failed & RULE_BIT[rule]).length;

/** The lists as docs/product-spec.md §5.6 defines them, over a fully sorted catalog. */
function referenceLists(all: Scored[]) {
  const ranked = [...all].sort(compareScored);
  const eligible = ranked.filter((s) => s.evaluation.failed === 0);
  const picks = eligible.slice(0, LIST_LIMITS.picks);
  const supports = new Set(picks.map((s) => s.evaluation.product.support));
  const bands = new Set(picks.map((s) => cushionBand(s.evaluation.product.cushionLevel)));
  const alternatives =
    picks.length === 0
      ? []
      : eligible
          .filter((s) => !picks.includes(s))
          .flatMap((s) => {
            const { support, cushionLevel } = s.evaluation.product;
            const band = cushionBand(cushionLevel);
            const contrasts = [
              !supports.has(support) && `a ${support} design`,
              !bands.has(band) && `a ${band} cushion feel`,
            ].filter(Boolean);
            return contrasts.length > 0 ? [{ ...s, contrast: contrasts.join(" with ") }] : [];
          })
          .slice(0, LIST_LIMITS.alternatives);
  const onlyFailed = (s: Scored, rule: HardRuleId) => s.evaluation.failed === RULE_BIT[rule];
  const fallbacks = ranked
    .filter((s) => onlyFailed(s, "H_WIDTH") && s.evaluation.roomier)
    .slice(0, LIST_LIMITS.fallbacks);
  const overBudget = ranked.filter((s) => onlyFailed(s, "H_BUDGET")).slice(0, LIST_LIMITS.overBudget);
  const shown = new Set([...eligible, ...fallbacks, ...overBudget]);
  const excluded = ranked
    .filter(
      (s) =>
        !shown.has(s) && countFailures(s) > 0 && countFailures(s) <= 2 && !(s.evaluation.failed & RULE_BIT.H_RANGE),
    )
    .sort((a, b) => countFailures(a) - countFailures(b))
    .slice(0, LIST_LIMITS.excluded);
  return { picks, alternatives, fallbacks, overBudget, excluded };
}

const slugs = (items: Scored[]) => items.map((s) => s.evaluation.product.slug);

/** Random screened products: few distinct scores, prices and names, so ties are common. */
const scoredArbitrary = fc.record({
  score: fc.integer({ min: 60, max: 64 }),
  failed: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 31 }), weight: 4 }),
  withRoomier: fc.boolean(),
  widthsInStock: fc.integer({ min: 0, max: 3 }),
  priceCents: fc.constantFrom(9000, 12000), // $90.00, $120.00
  name: fc.constantFrom("Alpha", "Beta"),
  // Few feels, so picks often share one and the contrasting products crowd into another.
  support: fc.oneof(
    { arbitrary: fc.constant("neutral" as const), weight: 3 },
    { arbitrary: fc.constantFrom(...SUPPORTS), weight: 2 },
  ),
  cushionLevel: fc.oneof(
    { arbitrary: fc.constant(3), weight: 4 },
    { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 },
  ),
});

describe("createResultCollector", () => {
  it("gives exactly the lists of sorting the whole catalog, whatever the arrival order", () => {
    fc.assert(
      fc.property(fc.array(scoredArbitrary, { maxLength: 80, size: "max" }), (rows) => {
        const base = PRODUCTS[0]!;
        const all: Scored[] = rows.map((row, i) => {
          const product = {
            ...base,
            slug: `p-${String(i).padStart(3, "0")}`,
            name: row.name,
            priceCents: row.priceCents,
            support: row.support,
            cushionLevel: row.cushionLevel,
          };
          const evaluation: Screened = {
            product,
            fitRange: "men",
            label: null,
            needed: { code: "D", unsure: false },
            inSize: [],
            match: null,
            roomier: row.withRoomier ? base.variants[0]! : null,
            widthsInStock: row.widthsInStock,
            failed: row.failed,
          };
          return { evaluation, score: row.score };
        });
        const collector = createResultCollector();
        for (const s of all) if (mayBeListed(s.evaluation)) collector.add(s);
        const got = collector.finish();
        const want = referenceLists(all);
        expect(slugs(got.picks)).toEqual(slugs(want.picks));
        expect(got.alternatives.map((a) => [a.evaluation.product.slug, a.contrast])).toEqual(
          want.alternatives.map((a) => [a.evaluation.product.slug, a.contrast]),
        );
        expect(slugs(got.fallbacks)).toEqual(slugs(want.fallbacks));
        expect(slugs(got.overBudget)).toEqual(slugs(want.overBudget));
        expect(slugs(got.excluded)).toEqual(slugs(want.excluded));
      }),
      { numRuns: 300 },
    );
  });
});

describe("topRanked", () => {
  it("equals a stable sort cut to k, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() })),
        fc.integer({ min: 0, max: 10 }),
        (items, k) => {
          const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
          expect(topRanked(items, k, byKey)).toEqual([...items].sort(byKey).slice(0, k));
        },
      ),
    );
  });
});

describe("scoreValue", () => {
  it("is scoreProduct's score, for every fixture product and any answers", () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        fc.constantFrom(...PRODUCTS.map((p) => p.slug)),
        fc.constantFrom(...CUSHIONS),
        (answers, slug, cushion) => {
          const product = productBySlug(slug);
          const withCushion = { ...answers, cushion };
          expect(scoreValue(product, withCushion)).toBe(scoreProduct(product, withCushion).score);
        },
      ),
    );
  });
});
