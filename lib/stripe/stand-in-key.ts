// The API key the app sends to the local Stripe stand-in. It is not a secret: the stand-in moves no
// money and listens on 127.0.0.1 only. (The webhook secret, which is what authenticates payment
// events, is random per start: see scripts/start.ts.)
export const STAND_IN_SECRET_KEY = "sk_test_local_stand_in";
