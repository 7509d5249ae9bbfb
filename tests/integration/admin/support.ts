import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { insertStaffUser } from "@/lib/staff/insert-staff-user";
import { POST as login } from "@/app/api/admin/login/route";

// Shared by the admin integration tests: accounts, sign-in and request builders.

export const PASSWORD = "correct horse battery staple";

export async function createStaff(email: string, role: "owner" | "staff" = "staff") {
  return insertStaffUser(getDb(), { email, role, password: PASSWORD }, { via: "cli" });
}

/** POST /api/admin/login as JSON from a same-origin page; returns the response. */
export function postLogin(body: unknown, options: { origin?: string; ip?: string; base?: string } = {}) {
  const base = options.base ?? "http://localhost";
  return login(
    new NextRequest(`${base}/api/admin/login`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: options.origin ?? base,
        "sec-fetch-site": "same-origin",
        "x-forwarded-for": options.ip ?? "203.0.113.7",
      },
      body: JSON.stringify(body),
    }),
  );
}

/** Signs in and returns the cookie header ("name=value") for later requests. */
export async function signInCookie(email: string, password = PASSWORD): Promise<string> {
  const response = await postLogin({ email, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const setCookie = response.headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0] as string;
}

/** A same-origin request to an admin route with the given cookie. */
export function adminRequest(
  path: string,
  init: { method?: string; cookie?: string; headers?: Record<string, string>; body?: BodyInit } = {},
) {
  const headers: Record<string, string> = {
    origin: "http://localhost",
    "sec-fetch-site": "same-origin",
    ...init.headers,
  };
  if (init.cookie) headers.cookie = init.cookie;
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, body: init.body });
}
