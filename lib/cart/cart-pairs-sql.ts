/**
 * The number of pairs in a cart, as the site header shows it. One statement shared by the header
 * (get-cart.ts) and the page cache (which keys a shopper's pages by this number), so both always
 * count the same way. $1 is the cart id.
 */
export const CART_PAIRS_SQL = `SELECT COALESCE(SUM("quantity"), 0)::int AS "pairs" FROM "CartLine" WHERE "cartId" = $1`;
