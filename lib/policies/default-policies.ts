import type { PolicySlug } from "./policy-slugs";

// The text each policy page shows until staff edit it (and what `npm run seed` writes). In the
// store's own words, and true: the privacy page says exactly what the code stores
// (docs/decisions/0004 for the fit answers). Copy rules as for guides: fit and comfort, no
// treatment claims (docs/product-spec.md §1). The shipping page lists the live rates under this
// text, read from the database, so no price or delivery time is written here.

export type PolicyText = { title: string; summary: string; body: string };

export const RETURNS_WINDOW_DAYS = 60;

export const DEFAULT_POLICIES: Record<PolicySlug, PolicyText> = {
  shipping: {
    title: "Shipping",
    summary: "Where we ship, what it costs and how long it takes.",
    body: `We pack and send every order from our own stock. You choose how your order travels on the payment page, and the price and delivery estimate you see there are the ones you pay and get.

## Rates and delivery times

The rates we offer today are listed below. Delivery times are counted in business days from the day we send your order. Some rates are free once your order reaches an amount, shown with the rate.

## Tracking

When your order leaves us, we email you. If the carrier gives a tracking number, the email and your order page show it with a link to follow the parcel.

## Where we ship

Each rate lists the countries it ships to. If your country isn't listed, we can't ship there yet; [write to us](/help/contact) and we'll tell you if that changes.`,
  },
  returns: {
    title: "Returns & exchanges",
    summary: `Return or exchange unworn shoes within ${RETURNS_WINDOW_DAYS} days of shipping, for any fit reason.`,
    body: `Fit is personal, and shoes are hard to judge on a screen. If a pair doesn't fit or doesn't feel right, send it back.

## The ${RETURNS_WINDOW_DAYS}-day window

You can return or exchange shoes within ${RETURNS_WINDOW_DAYS} days of the day we shipped them. Any fit reason counts: too long, too short, too narrow, too wide, or simply not comfortable for the way you walk.

## Exchanges for another size or width

We're happy to exchange a pair for another size or width of the same shoe, at no charge. Choose the size and width you'd like when you start the return: we hold that pair for you at once, and send it as soon as yours comes back. If it has just sold out, we show you the sizes in stock, or you can choose a refund.

## How to send shoes back

1. Open your order: use the link in your order or shipping email, or [find your order](/orders/find) with its number (it looks like SS-1042) and your email.
2. Choose **Return or exchange pairs**, pick the pairs and the reason, and a refund or another size.
3. You get a return number (it looks like R-1001) and a return slip with our address. Print the slip, put it in the box, and send the shoes back with everything that came with them.

Your order page shows where your return stands: requested, approved, received, and then refunded or your new pair shipped. We never ask about your health to process a return.

Please try shoes on indoors, on a clean floor: we can take back shoes that look unworn.

## Refunds

We refund to the card you paid with, within 5 business days of the shoes reaching us. Your bank may take a few more days to show it.`,
  },
  privacy: {
    title: "Privacy",
    summary: "What we keep about you, what we never keep, and why.",
    body: `This page says plainly what this shop stores and what it doesn't.

## What we store

- **Your orders:** what you bought, the price, the shipping method, and the order's dates and status.
- **Your email address:** to send your order confirmation, shipping news and the order links you ask for. We don't send marketing email.
- **Your name, shipping address and phone number** (the phone only if you give one): to send your shoes, and for the carrier to reach you about the delivery.
- **Fit quiz results:** when you finish the quiz, we keep your fit answers (shoe range, size, width, foot shape, walking habits, preferences and budget) and the shoes we suggested, under a random id, so the result's share link shows the same picks. Never your pain, health or safety answers. We also count, per day, how many quizzes were finished or stopped, with nothing about who took them.
- **A cart cookie:** one random id that keeps your cart while you shop. It holds nothing about you.
- **Staff sign-ins:** our staff's accounts, their sign-in attempts and the network address they came from, to keep the shop's admin safe.
- **Network addresses:** the one an order was placed from is kept with the order, and recent requests are counted per network for a short time, to limit how often one network can place orders or ask for order links.

## What we never store

- **Your pain, health and safety-screen answers from the fit quiz.** The safety questions are checked in your browser; if they stop the quiz, all we count is that a quiz stopped, without any answers. To suggest shoes, your answers reach our server for that one request only: the pain and health answers are never saved, never logged and never emailed. Your browser keeps them in that tab only, until you close it.
- **Your card details.** Payment is handled by Stripe on its own payment page; we never see or keep your card number. Stripe tells us whether the payment went through.

## How long we keep it

Orders are kept for our accounts and for returns. Copies of the emails we send are deleted 30 days after they go out.

## Questions

[Write to us](/help/contact) to ask what we hold about you, or to have it corrected or deleted where the law lets us.`,
  },
  contact: {
    title: "Contact us",
    summary: "How to reach a person at the shop.",
    body: `We're a small team, and a person reads every message.

## Email

Write to us at the address our emails come from, with your order number if you have one (it looks like SS-1042). We reply within one business day.

## Lost your order email?

[Find your order](/orders/find) with your email address and order number, and we'll email you the link to it again.

## Returns and exchanges

See [returns & exchanges](/help/returns) for how to send shoes back or swap them for another size or width.`,
  },
};
