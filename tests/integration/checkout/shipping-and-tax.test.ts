/** @jest-environment-options {"template":"seeded"} */
import Stripe from "stripe";
import { getDb } from "@/lib/db";
import { parseCartId } from "@/lib/cart/cart-id";
import { STAND_IN_SECRET_KEY } from "@/lib/stripe/stand-in-key";
import { expectWarning } from "../../support/expect-warning";
import { waitFor } from "../../support/wait-for";
import { payPageFormValues, useStripeHarness } from "../stripe/harness";
import { cartWith, checkout, pickVariants } from "../stripe/shop";

// Decision 0019: checkout offers the shipping rates that apply, collects the address and phone
// through Stripe Checkout, the order keeps the rate and address from the completed session, tax
// comes from Stripe Tax (the stand-in's test rate) in both tax modes, and a charge that differs
// from the store's own total is flagged for staff instead of fulfilled.

const harness = useStripeHarness();

type CreateParams = {
  shipping_address_collection?: { allowed_countries: string[] };
  shipping_options?: {
    shipping_rate_data: { display_name: string; fixed_amount: { amount: string }; tax_behavior?: string };
  }[];
  phone_number_collection?: { enabled: string };
  automatic_tax?: { enabled: string };
  line_items: { price_data: { tax_behavior?: string } }[];
};

const lastCreate = () =>
  harness.standIn.requests
    .filter((request) => request.method === "POST" && request.path === "/v1/checkout/sessions")
    .at(-1)!.params as unknown as CreateParams;

async function useRates(
  rates: {
    name: string;
    priceCents: number;
    countries: string[];
    freeOverCents?: number | null;
    min?: number;
    max?: number;
    active?: boolean;
    currency?: string;
  }[],
) {
  await getDb().shippingRate.deleteMany();
  await getDb().shippingRate.createMany({
    data: rates.map((rate) => ({
      name: rate.name,
      priceCents: rate.priceCents,
      countries: rate.countries,
      freeOverCents: rate.freeOverCents ?? null,
      minBusinessDays: rate.min ?? 3,
      maxBusinessDays: rate.max ?? 5,
      active: rate.active ?? true,
      currency: rate.currency ?? "usd",
    })),
  });
}

const setTaxMode = (taxMode: "inclusive" | "exclusive") =>
  getDb().storeSettings.upsert({ where: { id: 1 }, update: { taxMode }, create: { id: 1, taxMode } });

/** A cart of one pair priced at `priceCents` (through the cart API, so the cookie is real). */
async function cartAt(priceCents: number, quantity = 1) {
  const [variant] = await pickVariants(1, quantity + 1);
  await getDb().variant.update({ where: { id: variant!.id }, data: { priceCentsOverride: priceCents } });
  return cartWith([{ sku: variant!.sku, quantity }]);
}

const STANDARD = { name: "Standard", priceCents: 695, countries: ["US"], freeOverCents: 10_000 };
const EXPRESS = { name: "Express", priceCents: 1995, countries: ["US"], min: 1, max: 2 };
const EUROPE = {
  name: "Europe",
  priceCents: 2495,
  countries: ["GB", "DE", "FR"],
  freeOverCents: 30_000,
  min: 4,
  max: 8,
};

beforeEach(() => harness.standIn.setTaxRate(0));

describe("shipping rates offered at checkout", () => {
  it("offers the active rates in the cart's currency, cheapest first, at 0 once the lines reach a threshold, for the union of their countries", async () => {
    await useRates([
      STANDARD,
      EXPRESS,
      EUROPE,
      { name: "Retired", priceCents: 100, countries: ["US"], active: false },
      { name: "Euro only", priceCents: 500, countries: ["DE"], currency: "eur" },
    ]);
    const below = await checkout(await cartAt(5_000));
    expect(below.status).toBe(201);
    let params = lastCreate();
    expect(params.shipping_address_collection!.allowed_countries).toEqual(["DE", "FR", "GB", "US"]);
    expect(
      params.shipping_options!.map((o) => [
        o.shipping_rate_data.display_name,
        o.shipping_rate_data.fixed_amount.amount,
      ]),
    ).toEqual([
      ["Standard", "695"],
      ["Express", "1995"],
      ["Europe", "2495"],
    ]);
    expect(params.phone_number_collection).toEqual({ enabled: "true" });
    // The session's total includes the preselected (first) rate, as Stripe's does.
    expect(harness.standIn.getSession(below.body.sessionId as string)!.session.amount_total).toBe(5_000 + 695);

    // A threshold at or under the lines' total makes that rate free: exactly 100.00 qualifies.
    const atThreshold = await checkout(await cartAt(10_000));
    params = lastCreate();
    expect(
      params.shipping_options!.map((o) => [
        o.shipping_rate_data.display_name,
        o.shipping_rate_data.fixed_amount.amount,
      ]),
    ).toEqual([
      ["Standard", "0"],
      ["Express", "1995"],
      ["Europe", "2495"],
    ]);
    expect(harness.standIn.getSession(atThreshold.body.sessionId as string)!.session.amount_total).toBe(10_000);
    const order = await getDb().order.findUniqueOrThrow({ where: { id: atThreshold.body.orderId as string } });
    expect(order.shippingOptions).toEqual([
      expect.objectContaining({ name: "Standard", amountCents: 0, minDays: 3, maxDays: 5, countries: ["US"] }),
      expect.objectContaining({ name: "Express", amountCents: 1995 }),
      expect.objectContaining({ name: "Europe", amountCents: 2495, countries: ["DE", "FR", "GB"] }),
    ]);
  });

  it("offers at most 5 rates (Stripe's limit)", async () => {
    await useRates(
      Array.from({ length: 7 }, (_, index) => ({
        name: `Rate ${index + 1}`,
        priceCents: 100 * (index + 1),
        countries: ["US"],
      })),
    );
    expect((await checkout(await cartAt(5_000))).status).toBe(201);
    expect(lastCreate().shipping_options!.map((o) => o.shipping_rate_data.display_name)).toEqual([
      "Rate 1",
      "Rate 2",
      "Rate 3",
      "Rate 4",
      "Rate 5",
    ]);
  });

  it("with a country chosen before paying, offers only the rates for it and ships only there; a country no rate covers is refused", async () => {
    await useRates([STANDARD, EXPRESS, EUROPE]);
    // Imported here: the checkout modules read the environment, which the harness sets first.
    const { startCheckout } = await import("@/lib/checkout/start-checkout");
    const cookie = await cartAt(5_000);
    const started = await startCheckout(parseCartId(cookie), "127.0.0.1", { shipTo: "GB" });
    expect(started.url).toContain("/pay/");
    const params = lastCreate();
    expect(params.shipping_address_collection!.allowed_countries).toEqual(["GB"]);
    expect(params.shipping_options!.map((o) => o.shipping_rate_data.display_name)).toEqual(["Europe"]);
    await expect(startCheckout(parseCartId(await cartAt(5_000)), "127.0.0.1", { shipTo: "JP" })).rejects.toMatchObject({
      status: 409,
      code: "no_shipping",
    });
    await expect(startCheckout(parseCartId(await cartAt(5_000)), "127.0.0.1", { shipTo: "XX" })).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe("the order keeps the rate, address and tax of the completed session", () => {
  it("exclusive tax: lines + shipping + tax at the test rate, with the chosen rate and address copied onto the order", async () => {
    await useRates([STANDARD, EXPRESS]);
    await setTaxMode("exclusive");
    harness.standIn.setTaxRate(1000); // 10 %
    const started = await checkout(await cartAt(8_000, 1));
    const params = lastCreate();
    expect(params.automatic_tax).toEqual({ enabled: "true" });
    expect(params.line_items[0]!.price_data.tax_behavior).toBe("exclusive");
    expect(params.shipping_options![0]!.shipping_rate_data.tax_behavior).toBe("exclusive");
    const sessionId = started.body.sessionId as string;
    const express = harness.standIn.getSession(sessionId)!.session.shipping_options[1]!.shipping_rate;
    harness.standIn.completeSession(sessionId, {
      email: "walker@example.com",
      shippingRate: express,
      shopper: {
        name: "Ada Walker",
        line1: "500 Howard St",
        line2: "Apt 4",
        city: "San Francisco",
        state: "CA",
        postalCode: "94105",
        country: "US",
        phone: "(415) 555-0123",
      },
    });
    const order = await waitFor(
      "the order to be paid",
      () => getDb().order.findUniqueOrThrow({ where: { id: started.body.orderId as string } }),
      (row) => row.status === "PAID",
    );
    // 8000 + 1995 shipping; tax 800 + 200 (199.5 rounds up), added on top.
    expect(order).toMatchObject({
      shippingCents: 1995,
      taxCents: 1000,
      discountCents: 0,
      totalCents: 8_000 + 1995 + 1000,
      taxMode: "exclusive",
      shippingRateName: "Express",
      shippingMinDays: 1,
      shippingMaxDays: 2,
      shipName: "Ada Walker",
      shipLine1: "500 Howard St",
      shipLine2: "Apt 4",
      shipCity: "San Francisco",
      shipState: "CA",
      shipPostalCode: "94105",
      shipCountry: "US",
      phone: "+14155550123",
      totalMismatchAt: null,
    });
    expect(harness.standIn.getSession(sessionId)!.session.amount_total).toBe(order.totalCents);
    const email = await getDb().outboxEmail.findFirstOrThrow({
      where: { orderId: order.id, kind: "order_confirmation" },
    });
    expect(email.subject).toContain(`SS-${order.orderNumber}`);
    expect(email.text).toContain("Shipping (Express): $19.95");
    expect(email.text).toContain("Tax: $10.00");
    expect(email.text).toContain("Total paid: $109.95");
    expect(email.text).toContain("Express, 1–2 business days");
    expect(email.text).toContain("500 Howard St");
  });

  it("inclusive prices (VAT style): the total is lines + shipping, and the VAT inside it is recorded", async () => {
    await useRates([{ ...EUROPE, freeOverCents: null }]);
    await setTaxMode("inclusive");
    harness.standIn.setTaxRate(2000); // 20 % VAT
    const started = await checkout(await cartAt(12_000));
    expect(lastCreate().line_items[0]!.price_data.tax_behavior).toBe("inclusive");
    const sessionId = started.body.sessionId as string;
    harness.standIn.completeSession(sessionId, {
      shopper: {
        name: "Bea Walker",
        line1: "1 High Street",
        city: "London",
        postalCode: "SW1A 2AA",
        country: "GB",
        phone: "",
      },
    });
    const order = await waitFor(
      "the order to be paid",
      () => getDb().order.findUniqueOrThrow({ where: { id: started.body.orderId as string } }),
      (row) => row.status === "PAID",
    );
    // VAT inside 120.00 is 20.00; inside 24.95 it is 4.16 (24.95 − 20.79).
    expect(order).toMatchObject({
      taxMode: "inclusive",
      taxCents: 2000 + 416,
      shippingCents: 2495,
      totalCents: 12_000 + 2495,
    });
    expect(order).toMatchObject({ shipCountry: "GB", shipPostalCode: "SW1A 2AA", phone: null });
    const email = await getDb().outboxEmail.findFirstOrThrow({ where: { orderId: order.id } });
    expect(email.text).toContain("Total paid (incl. VAT $24.16): $144.95");
    await setTaxMode("exclusive");
  });

  it("an order whose rate was edited or deleted afterwards keeps what it was offered", async () => {
    await useRates([STANDARD]);
    const started = await checkout(await cartAt(5_000));
    await getDb().shippingRate.updateMany({ data: { priceCents: 99_999, name: "Changed" } });
    harness.standIn.completeSession(started.body.sessionId as string);
    const order = await waitFor(
      "the order to be paid",
      () => getDb().order.findUniqueOrThrow({ where: { id: started.body.orderId as string } }),
      (row) => row.status === "PAID",
    );
    await getDb().shippingRate.deleteMany();
    expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      shippingRateName: "Standard",
      shippingCents: 695,
      totalCents: 5_695,
    });
  });
});

describe("Stripe's amount_total against the store's total", () => {
  it("a completed session reporting another amount is flagged for staff: not paid, no email, stock still held", async () => {
    await useRates([STANDARD]);
    const warnings = expectWarning(
      /^Stripe event \S+ ignored: session \S+ doesn't match order \S+ \(Stripe's amount_total is 1 but the store computed 5695\); the order is flagged for staff\.$/,
    );
    const started = await checkout(await cartAt(5_000));
    const sessionId = started.body.sessionId as string;
    harness.standIn.misreportAmountTotal(sessionId, 1);
    harness.standIn.completeSession(sessionId);
    const order = await waitFor(
      "the order to be flagged",
      () => getDb().order.findUniqueOrThrow({ where: { id: started.body.orderId as string } }),
      (row) => row.totalMismatchAt !== null,
    );
    await harness.standIn.webhooksIdle();
    expect(order).toMatchObject({ status: "PENDING", chargedTotalCents: 1, stockReleasedAt: null, paidAt: null });
    expect(await getDb().outboxEmail.count({ where: { orderId: order.id } })).toBe(0);
    expect(await getDb().stripeEvent.count({ where: { orderId: order.id } })).toBe(0);
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(harness.webhookStatuses.at(-1)).toBe(200);
  });
});

describe("the stand-in checks shipping, address and tax parameters as Stripe does", () => {
  const base = () => ({
    mode: "payment" as const,
    success_url: "http://localhost:3000/ok",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 1000, product_data: { name: "Shoe" } } }],
  });
  const rate = (name: string) => ({
    shipping_rate_data: {
      type: "fixed_amount" as const,
      display_name: name,
      fixed_amount: { amount: 500, currency: "usd" },
    },
  });
  const refused = async (params: Stripe.Checkout.SessionCreateParams) => {
    try {
      await new Stripe(STAND_IN_SECRET_KEY, {
        host: "127.0.0.1",
        port: harness.standIn.port,
        protocol: "http",
        maxNetworkRetries: 0,
      }).checkout.sessions.create(params);
    } catch (error) {
      return error as Stripe.errors.StripeError;
    }
    throw new Error("expected the stand-in to refuse");
  };

  it("refuses more than 5 shipping options, an unknown country, a rate in another currency and automatic tax without tax_behavior", async () => {
    const six = await refused({ ...base(), shipping_options: Array.from({ length: 6 }, (_, i) => rate(`R${i}`)) });
    expect(six).toMatchObject({ type: "StripeInvalidRequestError", param: "shipping_options" });
    const country = await refused({
      ...base(),
      shipping_address_collection: { allowed_countries: ["US", "CU" as "US"] },
    });
    expect(country).toMatchObject({ param: "shipping_address_collection[allowed_countries][1]" });
    const currency = await refused({
      ...base(),
      shipping_options: [
        {
          shipping_rate_data: { type: "fixed_amount", display_name: "X", fixed_amount: { amount: 5, currency: "eur" } },
        },
      ],
    });
    expect(currency.param).toBe("shipping_options[0][shipping_rate_data][fixed_amount][currency]");
    const tax = await refused({ ...base(), automatic_tax: { enabled: true } });
    expect(tax.param).toBe("line_items[0][price_data][tax_behavior]");
  });

  it("the hosted page asks for the address, offers the rates and refuses a bad postal code, state or phone with 400", async () => {
    await useRates([STANDARD, EXPRESS]);
    const started = await checkout(await cartAt(5_000));
    const url = started.body.url as string;
    const html = await (await fetch(url)).text();
    for (const label of [
      "Full name",
      "Address line 1",
      "Town or city",
      "Postal code",
      "Phone number (optional)",
      "Shipping method",
    ])
      expect(html).toContain(label);
    expect(html).toMatch(/Standard: \$6\.95 \(3–5 business days\)/);
    const post = async (fields: Record<string, string>) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          ...(await payPageFormValues(url)),
          email: "a@example.com",
          action: "pay",
          ...fields,
        }),
        redirect: "manual",
      });
    const badZip = await post({ postalCode: "ABCDE" });
    expect(badZip.status).toBe(400);
    expect(await badZip.text()).toContain("Your postal code is incomplete or invalid");
    const badState = await post({ state: "ZZ" });
    expect(badState.status).toBe(400);
    const badPhone = await post({ phone: "call me" });
    expect(await badPhone.text()).toContain("Your phone number is invalid");
    const noName = await post({ name: " " });
    expect(noName.status).toBe(400);
    expect(harness.standIn.getSession(started.body.sessionId as string)!.session.status).toBe("open");
    const ok = await post({ phone: "" });
    expect(ok.status).toBe(303);
  });
});
