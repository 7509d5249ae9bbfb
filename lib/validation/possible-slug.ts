/** Lower-case letters and digits in hyphen-separated runs: "trailwise-comfort-2". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug the admin forms accept (product, article, brand and collection schemas). */
const MAX_SLUG_LENGTH = 80;

/**
 * True when `slug` could be the slug of a product, collection or article: the rule every slug
 * is saved under. Anything else (a NUL byte, a lone surrogate, spaces, capitals, 5,000 characters)
 * can't match a row, so it is answered 404 without a query.
 */
export function isPossibleSlug(slug: unknown): slug is string {
  return typeof slug === "string" && slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);
}
