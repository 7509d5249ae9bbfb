import type { FitRange } from "../../lib/catalog/fit-facts";
import type { WidthCode } from "../../lib/catalog/width-codes";
import type { SeedProduct } from "./products";

// Demo variants for the seed: every size × offered width, with deterministic stock derived from
// a hash of the SKU (no Math.random), so every seeded database holds the same catalog.

export type SeedVariant = { sku: string; fitRange: FitRange; sizeLabel: string; widthCode: WidthCode; stock: number };

function halfSizes(from: number, to: number): string[] {
  const out: string[] = [];
  for (let s = from; s <= to; s += 0.5) out.push(String(s));
  return out;
}

export const MEN_SIZES: string[] = halfSizes(7, 14); // "7".."14" half sizes
export const WOMEN_SIZES: string[] = halfSizes(5, 12); // "5".."12" half sizes

/** Widths that sell less, so carry less stock. */
const EDGE_WIDTHS: Record<FitRange, WidthCode[]> = { men: ["B", "6E"], women: ["2A", "4E"] };

/**
 * Stock fixed by hand so the fit tests have known cases. A generic US men's 11 (about 285-286 mm)
 * is labelled 11 in the charts of the brands with offsets -1..+1 (Kestrelwalk, Tidewell,
 * Hollin & Vale), so these pin men's 11 4E in stock on some of their models and out of stock on
 * others that offer 4E (including a featured one, which then shows as "close but not shown").
 */
const STOCK_OVERRIDES: Record<string, number> = {
  "TRAILWISE-COMFORT-2-M10.5-4E": 3,
  "TRAILWISE-COMFORT-2-M11-4E": 3,
  "LONGSHORE-M11-4E": 4,
  "HOLLOWAY-MAX-M11-4E": 2,
  "SWELLCREST-5-M11-4E": 0,
  "EVENFIELD-M11-4E": 0,
};

/** 32-bit FNV-1a hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function skuFor(product: SeedProduct, fitRange: FitRange, sizeLabel: string, widthCode: WidthCode): string {
  return `${product.slug}-${fitRange === "men" ? "m" : "w"}${sizeLabel}-${widthCode}`.toUpperCase();
}

function stockFor(sku: string, fitRange: FitRange, sizeLabel: string, widthCode: WidthCode): number {
  const override = STOCK_OVERRIDES[sku];
  if (override !== undefined) return override;
  const sizes = fitRange === "men" ? MEN_SIZES : WOMEN_SIZES;
  const index = sizes.indexOf(sizeLabel);
  const edgeSize = index < 2 || index >= sizes.length - 2;
  const edgeWidth = EDGE_WIDTHS[fitRange].includes(widthCode);
  const h = hash(sku);
  const zeroPercent = 9 + (edgeSize ? 8 : 0) + (edgeWidth ? 6 : 0);
  if (h % 100 < zeroPercent) return 0;
  let stock = 1 + ((h >>> 8) % 12); // 1..12
  if (edgeSize) stock = Math.ceil(stock / 2);
  if (edgeWidth) stock = Math.ceil(stock / 2);
  return stock;
}

export function buildVariants(product: SeedProduct): SeedVariant[] {
  const variants: SeedVariant[] = [];
  const ranges: FitRange[] = ["men", "women"];
  for (const fitRange of ranges) {
    const widths = product.widths[fitRange];
    if (!widths) continue;
    const sizes = fitRange === "men" ? MEN_SIZES : WOMEN_SIZES;
    for (const sizeLabel of sizes) {
      for (const widthCode of widths) {
        const sku = skuFor(product, fitRange, sizeLabel, widthCode);
        variants.push({ sku, fitRange, sizeLabel, widthCode, stock: stockFor(sku, fitRange, sizeLabel, widthCode) });
      }
    }
  }
  return variants;
}
