"use client";

import { useMemo, useState, type ReactNode } from "react";

export type PickerVariant = { sku: string; fitRange: "men" | "women"; size: string; width: string; stock: number };

type Props = {
  variants: PickerVariant[];
  /** Rendered under the picker with the chosen in-stock variant (the add-to-cart control). */
  renderAction?: (variant: PickerVariant) => ReactNode;
};

const RANGE_LABEL = { men: "Men's sizes", women: "Women's sizes" } as const;

/** Size then width, as radio groups: every option says whether it is in stock. */
export function VariantPicker({ variants, renderAction }: Props) {
  const ranges = useMemo(() => [...new Set(variants.map((variant) => variant.fitRange))], [variants]);
  const [fitRange, setFitRange] = useState(ranges[0] ?? "men");
  const [size, setSize] = useState<string | null>(null);
  const [width, setWidth] = useState<string | null>(null);

  const inRange = variants.filter((variant) => variant.fitRange === fitRange);
  const sizes = [...new Set(inRange.map((variant) => variant.size))];
  const widths = inRange.filter((variant) => variant.size === size);
  const chosen = widths.find((variant) => variant.width === width) ?? null;
  const sizeInStock = (label: string) => inRange.some((variant) => variant.size === label && variant.stock > 0);

  return (
    <div className="space-y-4">
      {ranges.length > 1 ? (
        <fieldset>
          <legend className="font-semibold mb-1">Sizing</legend>
          <div className="flex gap-2">
            {ranges.map((range) => (
              <label key={range} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="fitRange"
                  value={range}
                  checked={fitRange === range}
                  onChange={() => {
                    setFitRange(range);
                    setSize(null);
                    setWidth(null);
                  }}
                />
                {RANGE_LABEL[range]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend className="font-semibold mb-1">Size (US {fitRange === "men" ? "men's" : "women's"})</legend>
        <div className="flex flex-wrap gap-2">
          {sizes.map((label) => (
            <label
              key={label}
              className={`cursor-pointer rounded border px-3 py-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-700 ${sizeInStock(label) ? "border-brand-100" : "border-dashed border-gray-400 text-muted"}`}
            >
              <input
                type="radio"
                name="size"
                value={label}
                checked={size === label}
                onChange={() => {
                  setSize(label);
                  setWidth(null);
                }}
                className="sr-only"
              />
              {label}
              {sizeInStock(label) ? null : <span className="sr-only"> (out of stock in every width)</span>}
            </label>
          ))}
        </div>
      </fieldset>
      {size ? (
        <fieldset>
          <legend className="font-semibold mb-1">Width in size {size}</legend>
          <div className="flex flex-wrap gap-2">
            {widths.map((variant) => (
              <label
                key={variant.sku}
                className={`rounded border px-3 py-1 ${variant.stock > 0 ? "cursor-pointer border-brand-100 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-700" : "border-dashed border-gray-400 text-muted"}`}
              >
                <input
                  type="radio"
                  name="width"
                  value={variant.width}
                  checked={width === variant.width}
                  disabled={variant.stock === 0}
                  onChange={() => setWidth(variant.width)}
                  className="sr-only"
                />
                {variant.width}{" "}
                <span className="text-sm">
                  {variant.stock === 0
                    ? "· out of stock"
                    : variant.stock <= 3
                      ? `· ${variant.stock} left`
                      : "· in stock"}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm text-muted">Choose a size to see the widths in stock.</p>
      )}
      <p aria-live="polite" className="text-sm">
        {chosen ? `Selected: size ${chosen.size}, width ${chosen.width} (SKU ${chosen.sku}).` : ""}
      </p>
      {chosen && renderAction ? renderAction(chosen) : null}
    </div>
  );
}
