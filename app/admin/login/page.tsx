import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { SIGN_IN_LIMITED, SIGN_IN_REJECTED } from "@/lib/staff/login-messages";
import { currentStaff } from "@/lib/staff/require-staff";
import { safeNextPath } from "@/lib/staff/safe-next-path";

export const metadata: Metadata = { title: "Staff sign-in", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The one admin page open to signed-out visitors. Signed-in staff go straight to the admin. */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  // Any /admin path the visitor was sent away from (safeNextPath checks it stays under /admin); a
  // path with no page there gets the usual 404, so it needn't be one of the typed routes.
  if (await currentStaff()) redirect(next as Route);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">Staff sign-in</h1>
      <LoginForm next={next} initialMessage={messageFor(params)} initialOk={Boolean(params.signedOut)} />
    </div>
  );
}

/** Messages for the no-JavaScript path, which comes back here through a redirect. */
function messageFor(params: Record<string, string | string[] | undefined>): string {
  if (params.signedOut) return "You have signed out.";
  if (params.error === "rejected") return SIGN_IN_REJECTED;
  if (params.error === "invalid") return "Enter your email address and password.";
  if (params.error === "limited") {
    const retryAt = typeof params.retryAt === "string" ? new Date(params.retryAt) : null;
    const when =
      retryAt && !Number.isNaN(retryAt.getTime()) ? ` Try again after ${retryAt.toISOString().slice(11, 16)} UTC.` : "";
    return `${SIGN_IN_LIMITED}${when}`;
  }
  return "";
}
