import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { FIT_RANGES } from "@/lib/catalog/fit-facts";
import { SLUG_PATTERN } from "@/lib/validation/possible-slug";
import { wholeNumber } from "../catalog/product-schema";

// Brand details and size chart, shared by the brand form and its Server Actions.

export const brandSchema = z
  .object({
    name: z.string().trim().min(2, "Enter the brand name").max(80),
    slug: z
      .string()
      .trim()
      .min(2, "Enter a web address")
      .max(80)
      .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens"),
    description: z.string().trim().min(10, "Write a sentence about the brand").max(1000),
  })
  .strict();

export const sizeChartRowSchema = z
  .object({
    sizeLabel: z
      .string()
      .trim()
      .regex(/^\d{1,2}(?:\.5)?$/, "A US size like 9 or 9.5"),
    footLengthMinMm: wholeNumber("Shortest foot", 180, 340),
    footLengthMaxMm: wholeNumber("Longest foot", 180, 340),
  })
  .strict()
  .refine((row) => Number(row.footLengthMinMm) <= Number(row.footLengthMaxMm), {
    path: ["footLengthMaxMm"],
    message: "The longest foot must be at least the shortest",
  });

/** One range's chart. Rows must not overlap: a foot length may map to only one label. */
export const sizeChartSchema = z
  .object({ range: z.enum(FIT_RANGES), rows: z.array(sizeChartRowSchema).max(60) })
  .strict()
  .superRefine((chart, ctx) => {
    const labels = new Set<string>();
    chart.rows.forEach((row, index) => {
      if (labels.has(row.sizeLabel))
        ctx.addIssue({ code: "custom", path: ["rows", index, "sizeLabel"], message: "This size is listed twice" });
      labels.add(row.sizeLabel);
    });
    const sorted = chart.rows
      .map((row, index) => ({ index, min: Number(row.footLengthMinMm), max: Number(row.footLengthMaxMm) }))
      .sort((a, b) => a.min - b.min);
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1] as (typeof sorted)[number];
      const current = sorted[i] as (typeof sorted)[number];
      if (current.min <= previous.max)
        ctx.addIssue({
          code: "custom",
          path: ["rows", current.index, "footLengthMinMm"],
          message: "Overlaps the foot lengths of another size",
        });
    }
  });

export type BrandFormValues = z.input<typeof brandSchema>;
export type SizeChartFormValues = z.input<typeof sizeChartSchema>;
