import { StoreLink } from "@/components/ui/store-link";
import { listDiscountCodes } from "@/lib/admin/discounts/save-discount-code";
import { formatMoney } from "@/lib/money";
import { ADMIN, adminDiscountCodeHref } from "@/lib/routes/admin";
import { requireStaff } from "@/lib/staff/require-staff";

export const metadata = { title: "Discount codes" };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** "2026-12-01 to 2026-12-24" (the last day shown is the one staff entered: endsAt is the next day's start). */
function datesText(startsAt: Date | null, endsAt: Date | null): string {
  const last = endsAt ? day(new Date(endsAt.getTime() - 24 * 60 * 60 * 1000)) : null;
  if (!startsAt && !last) return "Always";
  if (!last) return `From ${day(startsAt as Date)}`;
  if (!startsAt) return `Until ${last}`;
  return `${day(startsAt)} to ${last}`;
}

export default async function DiscountCodesPage() {
  const actor = await requireStaff();
  const codes = await listDiscountCodes(actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Discount codes</h1>
        <StoreLink
          href={ADMIN.newDiscountCode}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          New discount code
        </StoreLink>
      </div>
      <p className="text-sm text-muted">
        Used: paid orders. Held: checkouts open now (given back if the shopper doesn&apos;t pay).
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-brand-100">
            <th scope="col" className="py-2">
              Code
            </th>
            <th scope="col">Discount</th>
            <th scope="col">Minimum</th>
            <th scope="col">Dates (UTC)</th>
            <th scope="col">Used / held / limit</th>
            <th scope="col">Applies to</th>
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {codes.map((code) => (
            <tr key={code.id} className="border-b border-brand-50">
              <td className="py-2">
                <StoreLink href={adminDiscountCodeHref(code.id)} className="text-brand-800 underline">
                  {code.code}
                </StoreLink>
              </td>
              <td>
                {code.percentBps !== null
                  ? `${code.percentBps / 100}% off`
                  : `${formatMoney(code.amountOffCents ?? 0, code.currency)} off`}
              </td>
              <td>{code.minSubtotalCents > 0 ? formatMoney(code.minSubtotalCents, code.currency) : "—"}</td>
              <td>{datesText(code.startsAt, code.endsAt)}</td>
              <td>
                {code.usedCount} / {code.reservedCount} / {code.usageLimit ?? "no limit"}
                {code.oncePerEmail ? " (once per email)" : ""}
              </td>
              <td>{code.collection?.title ?? "All shoes"}</td>
              <td>{code.active ? "Yes" : "No"}</td>
            </tr>
          ))}
          {codes.length === 0 ? (
            <tr>
              <td colSpan={7} className="py-2">
                No discount codes yet.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
