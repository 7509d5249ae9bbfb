import { headerValue, sendJson } from "../http-io";
import type { Handler } from "../router";

// Every /v1 URL, known or not, first needs the secret key, as on api.stripe.com.

export function requireApiKey(apiKey: string, next: Handler): Handler {
  return (call, response) => {
    if (headerValue(call.request, "authorization") !== `Bearer ${apiKey}`) {
      return sendJson(response, 401, {
        error: { type: "invalid_request_error", message: "Invalid API Key provided." },
      });
    }
    return next(call, response);
  };
}
