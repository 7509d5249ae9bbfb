// Who carries a shipped order. Staff pick one when they ship; a known carrier's tracking number
// becomes a link to that carrier's tracking page (in the admin, on the order page, in the email).
// Hand delivery and untracked post have no tracking number at all.

export type CarrierCode = (typeof CARRIER_CODES)[number];

export const CARRIER_CODES = ["usps", "ups", "fedex", "dhl", "royal-mail", "other", "post", "hand"] as const;

type Carrier = {
  name: string;
  /** The carrier's public tracking page for one number; absent where there is no such page. */
  trackingUrl?: (trackingNumber: string) => string;
  /** False for deliveries that can't have a tracking number. */
  tracked: boolean;
};

export const CARRIERS: Record<CarrierCode, Carrier> = {
  usps: {
    name: "USPS",
    tracked: true,
    trackingUrl: (number) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}`,
  },
  ups: { name: "UPS", tracked: true, trackingUrl: (number) => `https://www.ups.com/track?tracknum=${number}` },
  fedex: {
    name: "FedEx",
    tracked: true,
    trackingUrl: (number) => `https://www.fedex.com/fedextrack/?trknbr=${number}`,
  },
  dhl: {
    name: "DHL",
    tracked: true,
    trackingUrl: (number) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${number}`,
  },
  "royal-mail": {
    name: "Royal Mail",
    tracked: true,
    trackingUrl: (number) => `https://www.royalmail.com/track-your-item#/tracking-results/${number}`,
  },
  other: { name: "Another carrier", tracked: true },
  post: { name: "Post, untracked", tracked: false },
  hand: { name: "Hand delivery", tracked: false },
};

export function isCarrierCode(value: string | null | undefined): value is CarrierCode {
  return (CARRIER_CODES as readonly string[]).includes(value ?? "");
}

/** The carrier's name for people; orders shipped before carriers were recorded have none. */
export function carrierName(code: string | null): string | null {
  return isCarrierCode(code) ? CARRIERS[code].name : null;
}

/** A link to the carrier's tracking page, or null (unknown carrier, no number, no such page). */
export function trackingUrl(code: string | null, trackingNumber: string | null): string | null {
  if (!trackingNumber || !isCarrierCode(code)) return null;
  const url = CARRIERS[code].trackingUrl;
  // Tracking pages want the number without the spaces people type in it.
  return url ? url(encodeURIComponent(trackingNumber.replace(/\s+/g, ""))) : null;
}

/** Whether a URL is one of the carriers' tracking pages, as trackingUrl() makes them. */
export function isCarrierTrackingUrl(url: string): boolean {
  return CARRIER_CODES.some((code) => {
    const make = CARRIERS[code].trackingUrl;
    return make !== undefined && url.startsWith(make(""));
  });
}
