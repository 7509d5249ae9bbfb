import type { StandInAddress } from "./session";

// What the hosted page asks the shopper for when the session collects a shipping address and a
// phone number, checked the way Stripe Checkout checks them before it lets the shopper pay: a
// name and street, a city, a country from allowed_countries, a postal code in that country's
// format where it has one, a state or province where the country needs it, and a phone number
// that can be written in E.164 (+ and up to 15 digits), which is how Stripe returns it.

export type ShopperInput = {
  name?: string | null;
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  phone?: string | null;
};

export type ShopperDetails = { name: string; address: StandInAddress; phone: string | null };

export type ShopperCheck = { ok: true; details: ShopperDetails } | { ok: false; errors: Record<string, string> };

const POSTAL_FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: "94105 or 94105-1234" },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: "M5V 2T6" },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: "SW1A 1AA" },
  DE: { pattern: /^\d{5}$/, example: "10115" },
  FR: { pattern: /^\d{5}$/, example: "75001" },
  ES: { pattern: /^\d{5}$/, example: "28001" },
  IT: { pattern: /^\d{5}$/, example: "00118" },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: "1011 AB" },
  AU: { pattern: /^\d{4}$/, example: "2000" },
  AT: { pattern: /^\d{4}$/, example: "1010" },
  BE: { pattern: /^\d{4}$/, example: "1000" },
  CH: { pattern: /^\d{4}$/, example: "8001" },
  DK: { pattern: /^\d{4}$/, example: "1050" },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: "111 22" },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, example: "D02 X285" },
};

/** Countries with no postal codes (or where Stripe doesn't ask for one). */
const NO_POSTAL_CODE = new Set(["AE", "AG", "AO", "BS", "BZ", "FJ", "GH", "HK", "IE", "MO", "QA", "TT", "UG", "ZW"]);

const STATES: Record<string, Set<string>> = {
  US: new Set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP AA AE AP".split(
      " ",
    ),
  ),
  CA: new Set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" ")),
  AU: new Set("ACT NSW NT QLD SA TAS VIC WA".split(" ")),
};

const clean = (value: string | null | undefined) => (value ?? "").trim();

/** "+44 20 7946 0000", "(415) 555-0100" with country US → "+442079460000", "+14155550100"; null if it can't be. */
export function toE164(raw: string, country: string): string | null {
  if (!/^[+\d\s().-]+$/.test(raw)) return null;
  const digits = raw.replace(/\D/g, "");
  let e164: string;
  if (raw.startsWith("+")) e164 = `+${digits}`;
  else if ((country === "US" || country === "CA") && digits.length === 10) e164 = `+1${digits}`;
  else if (country === "GB" && digits.startsWith("0") && digits.length === 11) e164 = `+44${digits.slice(1)}`;
  else return null;
  return /^\+[1-9]\d{6,14}$/.test(e164) ? e164 : null;
}

export function checkShopperDetails(
  input: ShopperInput,
  { allowedCountries, phoneRequired }: { allowedCountries: string[]; phoneRequired: boolean },
): ShopperCheck {
  const errors: Record<string, string> = {};
  const name = clean(input.name);
  const line1 = clean(input.line1);
  const line2 = clean(input.line2);
  const city = clean(input.city);
  const country = clean(input.country).toUpperCase();
  const state = clean(input.state).toUpperCase();
  const postalCode = clean(input.postalCode).toUpperCase();
  const phoneText = clean(input.phone);

  if (!name) errors.name = "Enter the name to ship to.";
  else if (name.length > 150) errors.name = "The name is too long.";
  if (!line1) errors.line1 = "Enter the street address.";
  else if (line1.length > 200) errors.line1 = "The address line is too long.";
  if (line2.length > 200) errors.line2 = "The address line is too long.";
  if (!city) errors.city = "Enter the town or city.";
  else if (city.length > 100) errors.city = "The town or city is too long.";
  if (!allowedCountries.includes(country)) errors.country = "Choose a country this store ships to.";
  else {
    const format = POSTAL_FORMATS[country];
    if (!postalCode && !NO_POSTAL_CODE.has(country)) errors.postalCode = "Enter the postal code.";
    else if (postalCode && format && !format.pattern.test(postalCode))
      errors.postalCode = `Your postal code is incomplete or invalid (for example ${format.example}).`;
    else if (postalCode.length > 20) errors.postalCode = "The postal code is too long.";
    const states = STATES[country];
    if (states && !state) errors.state = "Enter the state or province.";
    else if (states && !states.has(state))
      errors.state = "Enter the state or province as its code (for example CA or ON).";
    else if (state.length > 100) errors.state = "The state is too long.";
  }
  let phone: string | null = null;
  if (phoneText) {
    phone = toE164(phoneText, country);
    if (!phone) errors.phone = "Your phone number is invalid. Include the country code, like +44 20 7946 0000.";
  } else if (phoneRequired) errors.phone = "Enter a phone number, for delivery questions.";

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    details: {
      name,
      phone,
      address: {
        line1,
        line2: line2 || null,
        city,
        state: state || null,
        postal_code: postalCode || null,
        country,
      },
    },
  };
}

/** Details a test can pay with in any allowed country: the hosted page starts with these filled in. */
export function sampleShopper(country: string): Required<ShopperInput> {
  const samples: Record<string, Partial<ShopperInput>> = {
    US: { line1: "1 Market Street", city: "San Francisco", state: "CA", postalCode: "94105", phone: "+1 415 555 0100" },
    GB: { line1: "1 Test Street", city: "London", postalCode: "SW1A 1AA", phone: "+44 20 7946 0000" },
    CA: { line1: "1 Test Street", city: "Toronto", state: "ON", postalCode: "M5V 2T6", phone: "+1 416 555 0100" },
    AU: { line1: "1 Test Street", city: "Sydney", state: "NSW", postalCode: "2000", phone: "+61 2 5550 0100" },
    DE: { line1: "Teststraße 1", city: "Berlin", postalCode: "10115", phone: "+49 30 5550 0100" },
    FR: { line1: "1 rue de Test", city: "Paris", postalCode: "75001", phone: "+33 1 55 50 01 00" },
  };
  const sample = samples[country] ?? {
    line1: "1 Test Street",
    city: "Test City",
    postalCode: "",
    phone: "+1 415 555 0100",
  };
  const format = POSTAL_FORMATS[country];
  return {
    name: "Test Shopper",
    line1: sample.line1 ?? "1 Test Street",
    line2: "",
    city: sample.city ?? "Test City",
    state: sample.state ?? (STATES[country] ? [...(STATES[country] as Set<string>)][0]! : ""),
    postalCode:
      sample.postalCode || (format ? format.example.split(" or ")[0]! : NO_POSTAL_CODE.has(country) ? "" : "1000"),
    country,
    phone: sample.phone ?? "+1 415 555 0100",
  };
}
