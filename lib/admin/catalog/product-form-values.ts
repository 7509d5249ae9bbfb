import { centsToDecimalString } from "@/lib/money";
import type { ProductFormValues } from "./product-schema";

type ProductRow = {
  name: string;
  slug: string;
  brandId: string;
  range: ProductFormValues["range"];
  category: ProductFormValues["category"];
  description: string;
  priceCents: number;
  featuredRank: number | null;
  published: boolean;
  support: ProductFormValues["support"];
  cushionLevel: number;
  heelStackMm: number;
  forefootStackMm: number;
  rocker: ProductFormValues["rocker"];
  heelCounter: ProductFormValues["heelCounter"];
  baseWidth: ProductFormValues["baseWidth"];
  toeBox: ProductFormValues["toeBox"];
  weightG: number;
  removableInsole: boolean;
  closure: ProductFormValues["closure"];
  outsole: ProductFormValues["outsole"];
};

/** A stored product as the form's string values. */
export function toProductFormValues(product: ProductRow): ProductFormValues {
  return {
    name: product.name,
    slug: product.slug,
    brandId: product.brandId,
    range: product.range,
    category: product.category,
    description: product.description,
    price: centsToDecimalString(product.priceCents),
    featuredRank: product.featuredRank === null ? "" : String(product.featuredRank),
    published: product.published,
    support: product.support,
    cushionLevel: String(product.cushionLevel),
    heelStackMm: String(product.heelStackMm),
    forefootStackMm: String(product.forefootStackMm),
    rocker: product.rocker,
    heelCounter: product.heelCounter,
    baseWidth: product.baseWidth,
    toeBox: product.toeBox,
    weightG: String(product.weightG),
    removableInsole: product.removableInsole,
    closure: product.closure,
    outsole: product.outsole,
  };
}

/** A new product's starting values: a hidden draft with middle-of-the-range facts. */
export const NEW_PRODUCT_VALUES: ProductFormValues = {
  name: "",
  slug: "",
  brandId: "",
  range: "unisex",
  category: "walking",
  description: "",
  price: "",
  featuredRank: "",
  published: false,
  support: "neutral",
  cushionLevel: "3",
  heelStackMm: "30",
  forefootStackMm: "22",
  rocker: "none",
  heelCounter: "moderate",
  baseWidth: "standard",
  toeBox: "standard",
  weightG: "280",
  removableInsole: true,
  closure: "laces",
  outsole: "road",
};
