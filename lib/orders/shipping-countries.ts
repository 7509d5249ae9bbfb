// The countries Stripe Checkout can collect a shipping address for: the values
// shipping_address_collection.allowed_countries accepts (Stripe's list, which leaves out AS, CX,
// CC, CU, HM, IR, KP, MH, FM, NF, MP, PW, SY, UM and VI). Staff pick a rate's countries from it,
// so a rate can never name a country Stripe would refuse.

export const SHIPPING_COUNTRY_CODES = (
  "AC AD AE AF AG AI AL AM AO AQ AR AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT " +
  "BV BW BY BZ CA CD CF CG CH CI CK CL CM CN CO CR CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET " +
  "FI FJ FK FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HN HR HT HU ID IE IL IM " +
  "IN IO IQ IS IT JE JM JO JP KE KG KH KI KM KN KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD " +
  "ME MF MG MK ML MM MN MO MQ MR MS MT MU MV MW MX MY MZ NA NC NE NG NI NL NO NP NR NU NZ OM PA PE PF " +
  "PG PH PK PL PM PN PR PS PT PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST " +
  "SV SX SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VN VU WF WS " +
  "XK YE YT ZA ZM ZW"
).split(" ");

const KNOWN = new Set(SHIPPING_COUNTRY_CODES);

export function isShippingCountry(code: string): boolean {
  return KNOWN.has(code);
}

const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** "GB" → "United Kingdom"; the code itself when the runtime has no name for it. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
