import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { parseDecimalToCents } from "@/lib/money";

// The discount code form's schema, shared by the browser (react-hook-form) and the Server Action,
// which parses the same values again. Values stay strings, as inputs give them;
// toDiscountCodeData() makes them the database's integers and dates (decision 0020).

const MAX_AMOUNT_CENTS = 10_000_00;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-12-24" → that day's start in UTC; null when empty or not a real date. */
export function parseUtcDay(value: string): Date | null {
  if (!DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** "12.5" → 1250 basis points; null if not a percentage from 0.01 to 100 with at most 2 decimals. */
export function parsePercentToBps(value: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return null;
  const [whole, fraction = ""] = value.split(".");
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return bps >= 1 && bps <= 10_000 ? bps : null;
}

const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || parseUtcDay(value) !== null, `${label}: pick a date, or leave it empty`);

export const discountCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, "Use 3 to 32 letters, digits, - or _ (shoppers type it, in any case)"),
    description: z.string().trim().max(200, "Keep the note under 200 characters"),
    kind: z.enum(["percent", "amount"], { message: "Choose a percentage or a fixed amount" }),
    value: z.string().trim(),
    minSubtotal: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || parseDecimalToCents(value) !== null,
        "Leave empty, or enter an amount like 50.00",
      ),
    startsOn: optionalDay("Start"),
    endsOn: optionalDay("Last day"),
    usageLimit: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || (/^\d{1,7}$/.test(value) && Number(value) >= 1),
        "Leave empty for no limit, or enter a whole number from 1",
      ),
    oncePerEmail: z.boolean(),
    collectionId: z.string().trim().max(40),
    active: z.boolean(),
  })
  .strict()
  .superRefine((values, ctx) => {
    if (values.kind === "percent" && parsePercentToBps(values.value) === null)
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: "Enter a percentage from 0.01 to 100, like 10 or 12.5",
      });
    if (values.kind === "amount") {
      const cents = parseDecimalToCents(values.value);
      if (cents === null || cents < 1)
        ctx.addIssue({ code: "custom", path: ["value"], message: "Enter an amount like 10.00" });
      else if (cents > MAX_AMOUNT_CENTS)
        ctx.addIssue({ code: "custom", path: ["value"], message: "That is above $10,000" });
    }
    const starts = parseUtcDay(values.startsOn);
    const ends = parseUtcDay(values.endsOn);
    if (starts && ends && ends < starts)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last day can't be before the first" });
  });

export type DiscountCodeFormValues = z.input<typeof discountCodeSchema>;
export type DiscountCodeFormOutput = z.output<typeof discountCodeSchema>;

export function toDiscountCodeData(values: DiscountCodeFormOutput) {
  const ends = parseUtcDay(values.endsOn);
  return {
    code: values.code.toUpperCase(),
    description: values.description,
    percentBps: values.kind === "percent" ? parsePercentToBps(values.value) : null,
    amountOffCents: values.kind === "amount" ? parseDecimalToCents(values.value) : null,
    minSubtotalCents: values.minSubtotal === "" ? 0 : (parseDecimalToCents(values.minSubtotal) as number),
    startsAt: parseUtcDay(values.startsOn),
    // The last day counts in full: the code ends when the next day starts (UTC).
    endsAt: ends ? new Date(ends.getTime() + ONE_DAY_MS) : null,
    usageLimit: values.usageLimit === "" ? null : Number(values.usageLimit),
    oncePerEmail: values.oncePerEmail,
    collectionId: values.collectionId === "" ? null : values.collectionId,
    active: values.active,
  };
}

/** The form's values for a stored code (the inverse of toDiscountCodeData). */
export function toDiscountCodeFormValues(code: ReturnType<typeof toDiscountCodeData>): DiscountCodeFormValues {
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  const cents = (value: number) => (value / 100).toFixed(2);
  const bps = code.percentBps;
  return {
    code: code.code,
    description: code.description,
    kind: bps !== null ? "percent" : "amount",
    value: bps !== null ? String(bps / 100) : cents(code.amountOffCents ?? 0),
    minSubtotal: code.minSubtotalCents > 0 ? cents(code.minSubtotalCents) : "",
    startsOn: day(code.startsAt),
    endsOn: code.endsAt ? day(new Date(code.endsAt.getTime() - ONE_DAY_MS)) : "",
    usageLimit: code.usageLimit === null ? "" : String(code.usageLimit),
    oncePerEmail: code.oncePerEmail,
    collectionId: code.collectionId ?? "",
    active: code.active,
  };
}
