import type { StandInContext } from "./context";
import type { StandInCoupon } from "./coupons";
import { StripeRequestError } from "./session";

export function requireCoupon(ctx: StandInContext, id: string): StandInCoupon {
  const coupon = ctx.store.coupons.get(id);
  if (!coupon)
    throw new StripeRequestError(404, {
      error: {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such coupon: '${id}'`,
        param: "id",
      },
    });
  return coupon;
}
