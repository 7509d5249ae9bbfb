import type { Route } from "next";
import { StoreLink } from "@/components/ui/store-link";
import { BarChart } from "@/components/admin/bar-chart";
import { DASHBOARD_DAYS, getDashboard } from "@/lib/admin/dashboard/get-dashboard";
import { getEnv } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { ADMIN, adminStockHref } from "@/lib/routes/admin";
import { withQuery } from "@/lib/routes/with-query";
import { requireStaff } from "@/lib/staff/require-staff";

type Props = { searchParams: Promise<{ denied?: string }> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const [{ denied }, dashboard] = await Promise.all([searchParams, getDashboard(actor)]);
  const currency = getEnv().STORE_CURRENCY;
  const totals = dashboard.days.reduce(
    (sum, day) => ({
      sales: sum.sales + day.salesCents,
      orders: sum.orders + day.orders,
      quiz: sum.quiz + day.quizCompleted,
      stops: sum.stops + day.safetyStops,
    }),
    { sales: 0, orders: 0, quiz: 0, stops: 0 },
  );
  const label = (day: { day: string }) => day.day;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {denied ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 font-semibold text-red-900">
          That page is for owners only.
        </p>
      ) : null}
      <section aria-labelledby="attention" className="space-y-2">
        <h2 id="attention" className="text-xl font-semibold">
          Needs attention
        </h2>
        <ul className="grid gap-3 sm:grid-cols-4">
          <Stat href={withQuery(ADMIN.orders, { status: "PAID" })} label="Paid, not shipped" value={dashboard.toShip} />
          <Stat
            href={withQuery(ADMIN.orders, { status: "PENDING" })}
            label="Awaiting payment"
            value={dashboard.unpaid}
          />
          <Stat href={adminStockHref({ level: "low" })} label="Low stock sizes" value={dashboard.lowStock} />
          <Stat href={adminStockHref({ level: "out" })} label="Sold-out sizes" value={dashboard.outOfStock} />
        </ul>
      </section>
      <section aria-labelledby="returns" className="space-y-2">
        <h2 id="returns" className="text-xl font-semibold">
          Returns
        </h2>
        <ul className="grid gap-3 sm:grid-cols-4">
          <Stat
            href={withQuery(ADMIN.returns, { status: "REQUESTED" })}
            label="Returns to review"
            value={dashboard.returns.toReview}
          />
          <Stat
            href={withQuery(ADMIN.returns, { status: "APPROVED" })}
            label="Returns on their way"
            value={dashboard.returns.onTheirWay}
          />
          <Stat
            href={withQuery(ADMIN.returns, { status: "RECEIVED" })}
            label="Returns to finish"
            value={dashboard.returns.toFinish}
          />
          {/* Only when there are some: the refund sweep (a job) retries them every minute. */}
          {dashboard.returns.refundsWaiting > 0 ? (
            <Stat href={ADMIN.jobs} label="Refunds waiting for Stripe" value={dashboard.returns.refundsWaiting} />
          ) : null}
        </ul>
      </section>
      <section aria-labelledby="sales" className="space-y-4">
        <h2 id="sales" className="text-xl font-semibold">
          Last {DASHBOARD_DAYS} days
        </h2>
        <p>
          {formatMoney(totals.sales, currency)} from {totals.orders} paid orders · {totals.quiz} fit quizzes completed ·{" "}
          {totals.stops} quizzes stopped by the safety screen
        </p>
        <BarChart
          title="Sales"
          points={dashboard.days.map((day) => ({ label: label(day), value: day.salesCents }))}
          format={(cents) => formatMoney(cents, currency)}
        />
        <BarChart
          title="Paid orders"
          points={dashboard.days.map((day) => ({ label: label(day), value: day.orders }))}
          format={String}
          colour="#1f6b4a"
        />
        <BarChart
          title="Fit quizzes completed"
          points={dashboard.days.map((day) => ({ label: label(day), value: day.quizCompleted }))}
          format={String}
          colour="#1d4ed8"
        />
        <BarChart
          title="Safety-screen stops"
          points={dashboard.days.map((day) => ({ label: label(day), value: day.safetyStops }))}
          format={String}
          colour="#b45309"
        />
      </section>
    </div>
  );
}

function Stat({ href, label, value }: { href: Route; label: string; value: number }) {
  return (
    <li className="rounded border border-brand-100 bg-white p-3">
      <StoreLink href={href} className="block">
        <span className="block text-2xl font-bold">{value}</span>
        <span className="text-brand-800 underline">{label}</span>
      </StoreLink>
    </li>
  );
}
