import { formatMoney } from "@/lib/money";
import type { SnapshotProduct } from "@/lib/catalog/snapshot-types";
import { productHref } from "@/lib/routes/storefront";

const SUPPORT_LABEL = { neutral: "Neutral", stability: "Stability", motion: "Motion control" } as const;

/** `eager` for the first row, which is on screen at once: lazy loading would delay the page's largest image. */
export function ProductCard({ product, eager = false }: { product: SnapshotProduct; eager?: boolean }) {
  const inStock = product.variants.some((variant) => variant.stock > 0);
  return (
    // content-visibility: the browser skips laying out and painting a card until it nears the
    // screen (on a phone, every card starts below the filters). The remembered size (auto) or an
    // estimate keeps the scrollbar steady; the card stays in the accessibility tree and in-page find.
    <article className="rounded-lg border border-brand-100 bg-white overflow-hidden flex flex-col [content-visibility:auto] [contain-intrinsic-size:auto_22rem]">
      {product.image ? (
        // A plain <img>: product images are served as they are (no resizing), so next/image would
        // only add a client component per card to render and hydrate (docs/decisions/0006).
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={product.image.url}
          alt={product.image.alt}
          width={400}
          height={300}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
          className="w-full h-auto bg-brand-50"
        />
      ) : null}
      <div className="p-4 flex flex-col gap-1 flex-1">
        <p className="text-sm text-muted">{product.brandName}</p>
        <h3 className="font-semibold text-lg leading-snug">
          <a href={productHref(product.slug)} className="hover:underline">
            {product.name}
          </a>
        </h3>
        <p className="text-sm text-muted">
          {SUPPORT_LABEL[product.support]} · Cushion {product.cushionLevel}/5 · {product.dropMm} mm drop
        </p>
        <p className="mt-auto pt-2 font-semibold">{formatMoney(product.priceCents, product.currency)}</p>
        {!inStock ? <p className="text-sm text-red-800">Out of stock</p> : null}
      </div>
    </article>
  );
}
