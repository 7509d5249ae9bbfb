// One message for an unknown email, a wrong password and a disabled account (OWASP: don't
// reveal which part was wrong), with one status code.
export const SIGN_IN_REJECTED = "Email or password is incorrect.";
export const SIGN_IN_LIMITED =
  "Too many failed sign-in attempts. For your security, sign-in is paused for this account or network.";
/** The growing delay (decision 0005): seconds, not minutes, so the message says so. */
export const SIGN_IN_SLOWED = "Too many failed sign-in attempts. Wait a few seconds, then try again.";
