import { RETURNS_WINDOW_DAYS } from "./default-policies";

/**
 * How returns and exchanges work, in one sentence: on the success page and in the order
 * confirmation, each followed by a link to the returns page.
 */
export const RETURNS_SENTENCE = `If a pair doesn't fit, you can return it or exchange it for another size or width within ${RETURNS_WINDOW_DAYS} days of shipping.`;
