import { carrierName, trackingUrl } from "@/lib/orders/carriers";

type Shipment = { carrier: string | null; trackingNumber: string | null };

/**
 * How a shipped order travels, as definition-list rows: the carrier and the tracking number,
 * linked to the carrier's tracking page when it has one. Used by the shopper's order page and
 * the admin order alike.
 */
export function ShipmentDetails({ shipment }: { shipment: Shipment }) {
  const carrier = carrierName(shipment.carrier);
  const link = trackingUrl(shipment.carrier, shipment.trackingNumber);
  return (
    <>
      {carrier ? (
        <>
          <dt className="font-semibold">Carrier</dt>
          <dd>{carrier}</dd>
        </>
      ) : null}
      {shipment.trackingNumber ? (
        <>
          <dt className="font-semibold">Tracking number</dt>
          <dd className="font-mono">
            {link ? (
              <a href={link} className="text-brand-800 underline" rel="noopener noreferrer" target="_blank">
                {shipment.trackingNumber}
                <span className="sr-only"> (track it on the carrier&apos;s site, opens in a new tab)</span>
              </a>
            ) : (
              shipment.trackingNumber
            )}
          </dd>
        </>
      ) : null}
    </>
  );
}
