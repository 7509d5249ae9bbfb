// Session lifetimes (ASVS 7.3.1/7.3.2). A shift is about 8 hours; 12 h absolute covers a long
// day, and 2 h idle ends a session left open on a shared shop computer.
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so page views don't each cost a write. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

// Login limits (decision 0005, "The lockout trade-off"). Failures count within a sliding window.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures that block one address: for one account (the pair), and across all accounts
 * (password spraying). An address is cheap for an attacker but not free, and 5 is more typos
 * than a person makes before stopping to check.
 */
export const LOGIN_MAX_FAILURES = 5;
/**
 * The account's ceiling across every address. Blocking the account outright on a low count
 * let anyone lock the owner out with 5 requests, so this is high: it only bounds an attacker
 * with many addresses, to 50 guesses per 15 minutes (about 4,800 a day, hopeless against a
 * 12+ character password). Once it trips, only addresses this account has signed in from
 * before may still try, so the owner still gets in from their usual device.
 */
export const LOGIN_ACCOUNT_CEILING = 50;
/** How long a successful sign-in from an address makes it "known" for the ceiling above. */
export const LOGIN_KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * The growing delay: once the account has this many failures in the window, an address that
 * has itself failed for the account waits 1 s, 2 s, 4 s... (capped at 30 s) after the account's
 * last failure. An address with no failures for the account never waits, so a stranger's
 * guesses can't slow the owner's first try; an owner's typo during an attack costs at most 30 s.
 */
export const LOGIN_DELAY_AFTER_FAILURES = 5;
export const LOGIN_DELAY_BASE_MS = 1000;
export const LOGIN_DELAY_MAX_MS = 30 * 1000;
/** At most one "your sign-in limit tripped" email per account in this long. */
export const LOGIN_LIMIT_EMAIL_INTERVAL_MS = 15 * 60 * 1000;
