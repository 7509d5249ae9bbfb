"use client";

import { AddToCartButton } from "@/components/cart/add-to-cart-button";
import { VariantPicker, type PickerVariant } from "@/components/shop/variant-picker";

/**
 * The product page's picker with an add-to-cart button for the chosen size and width. A client
 * wrapper, because a Server Component can't pass the renderAction function to a Client Component.
 */
export function VariantPickerWithCart({ variants }: { variants: PickerVariant[] }) {
  return (
    <VariantPicker
      variants={variants}
      renderAction={(variant) => <AddToCartButton key={variant.sku} sku={variant.sku} />}
    />
  );
}
