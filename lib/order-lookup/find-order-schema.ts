import "@/lib/validation/browser-zod-config";
import { z } from "zod";
import { parseOrderNumber } from "@/lib/orders/order-number";

// The /orders/find form, shared by the browser (react-hook-form) and the route, which parses the
// same values again. The order number is taken as shoppers write it: "SS-1042", "ss 1042", "1042".

export const findOrderSchema = z
  .object({
    email: z.string().trim().min(1, "Enter your email address").max(254).email("Enter a valid email address"),
    orderNumber: z
      .string()
      .max(40, "Enter the order number from your confirmation, like SS-1042")
      .refine(
        (value) => parseOrderNumber(value) !== null,
        "Enter the order number from your confirmation, like SS-1042",
      ),
  })
  .strict();

export type FindOrderInput = z.input<typeof findOrderSchema>;

/**
 * The one answer to every well-formed request, whether or not the order exists: telling the two
 * apart would let anyone check which email bought what.
 */
export const FIND_ORDER_ANSWER =
  "If that email address and order number belong to an order, we've emailed the link to it to that address. It can take a few minutes to arrive; check your spam folder too.";
