// Session lifetimes (ASVS 7.3.1/7.3.2). A shift is about 8 hours; 12 h absolute covers a long
// day, and 2 h idle ends a session left open on a shared shop computer.
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so page views don't each cost a write. */
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

// Login limits: 5 failures in 15 minutes per account, and the same per client address.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_MAX_FAILURES = 5;
