import type { FitRange } from "@/lib/catalog/fit-facts";
import type { ShopperRange } from "./answers-schema";

// "size 11", or "women's size 9" when a shopper who chose both ranges could see either label.
export function describeSize(size: string, fitRange: FitRange, shopperRange: ShopperRange): string {
  return shopperRange === "both" ? `${fitRange}'s size ${size}` : `size ${size}`;
}
