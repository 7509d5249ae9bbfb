import { NextRequest } from "next/server";
import { getDb } from "@/lib/db";
import { GET as whoAmI } from "@/app/api/admin/session/route";
import { POST as logout } from "@/app/api/admin/logout/route";
import { cookieModeFor, sessionCookie, sessionCookieName } from "@/lib/staff/session-cookie";
import { hashSessionToken } from "@/lib/staff/session-token";
import { setStaffDisabled } from "@/lib/admin/staff/set-staff-disabled";
import { changeOwnPassword } from "@/lib/admin/staff/change-password";
import type { StaffActor } from "@/lib/staff/staff-actor";
import { staffActorForTests } from "../../support/staff-actor-for-tests";
import { adminRequest, createStaff, PASSWORD, postLogin, signInCookie } from "./support";

function tokenOf(cookie: string): string {
  return cookie.slice(cookie.indexOf("=") + 1);
}

async function actorFor(cookie: string): Promise<StaffActor> {
  const session = await getDb().staffSession.findUniqueOrThrow({
    where: { id: hashSessionToken(tokenOf(cookie)) },
    include: { user: true },
  });
  return staffActorForTests({
    userId: session.userId,
    email: session.user.email,
    role: session.user.role,
    sessionId: session.id,
    ip: "203.0.113.7",
  });
}

describe("case 24: session cookies, logout, disabling and password storage", () => {
  beforeEach(async () => {
    const db = getDb();
    await db.$transaction([
      db.loginAttempt.deleteMany(),
      db.auditLog.deleteMany(),
      db.staffSession.deleteMany(),
      db.staffUser.deleteMany(),
    ]);
  });

  it("sets a __Host- prefixed, Secure, HttpOnly, SameSite=Lax, Path=/ cookie with no Domain under HTTPS", async () => {
    await createStaff("ann@example.com");
    const response = await postLogin(
      { email: "ann@example.com", password: PASSWORD },
      { base: "https://shop.example" },
    );
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^__Host-staff_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("uses the plain name without Secure only on plain-HTTP development, and Secure in production", async () => {
    await createStaff("ann@example.com");
    const response = await postLogin({ email: "ann@example.com", password: PASSWORD });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^staff_session=/);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(setCookie).toMatch(/HttpOnly/i);

    const production = cookieModeFor(new Headers(), "http://localhost:3000/", true);
    expect(sessionCookie(production, "t")).toMatchObject({
      name: "__Host-staff_session",
      secure: true,
      httpOnly: true,
      sameSite: "lax",
      path: "/",
    });
    const behindTlsProxy = cookieModeFor(new Headers({ "x-forwarded-proto": "https" }), "http://10.0.0.5:3000/", false);
    expect(sessionCookieName(behindTlsProxy)).toBe("__Host-staff_session");
  });

  it("gives a new token at every sign-in and stores only its SHA-256", async () => {
    await createStaff("ann@example.com");
    const first = await signInCookie("ann@example.com");
    const second = await signInCookie("ann@example.com");
    expect(tokenOf(first)).not.toBe(tokenOf(second));
    const ids = (await getDb().staffSession.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(ids).toEqual([hashSessionToken(tokenOf(first)), hashSessionToken(tokenOf(second))].sort());
    expect(ids).not.toContain(tokenOf(first));
  });

  it("logging out revokes the session on the server, so the replayed cookie is refused", async () => {
    await createStaff("ann@example.com");
    const cookie = await signInCookie("ann@example.com");
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie }))).status).toBe(200);

    const out = await logout(adminRequest("/api/admin/logout", { method: "POST", cookie }));
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/^staff_session=;.*Max-Age=0/i);
    const row = await getDb().staffSession.findUniqueOrThrow({ where: { id: hashSessionToken(tokenOf(cookie)) } });
    expect(row.revokedAt).not.toBeNull();

    const replay = await whoAmI(adminRequest("/api/admin/session", { cookie }));
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({ error: "unauthorized" });
    expect((await logout(adminRequest("/api/admin/logout", { method: "POST", cookie }))).status).toBe(401);
  });

  it("disabling an account ends its sessions at once, and it can't sign in again", async () => {
    await createStaff("owner@example.com", "owner");
    await createStaff("sam@example.com");
    const ownerCookie = await signInCookie("owner@example.com");
    const samCookie = await signInCookie("sam@example.com");
    const sam = await getDb().staffUser.findUniqueOrThrow({ where: { email: "sam@example.com" } });

    const result = await setStaffDisabled(await actorFor(ownerCookie), sam.id, true);
    expect(result.endedSessions).toBe(1);
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: samCookie }))).status).toBe(401);
    const again = await postLogin({ email: "sam@example.com", password: PASSWORD });
    expect(again.status).toBe(401);
    expect((await getDb().auditLog.findFirstOrThrow({ where: { action: "staff.disable" } })).entityId).toBe(sam.id);
  });

  it("refuses a disabled account's cookie even if its session row was somehow not revoked", async () => {
    const sam = await createStaff("sam@example.com");
    const cookie = await signInCookie("sam@example.com");
    await getDb().staffUser.update({ where: { id: sam.id }, data: { disabledAt: new Date() } });
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie }))).status).toBe(401);
  });

  it("changing the password ends the account's other sessions and keeps the current one", async () => {
    await createStaff("ann@example.com");
    const laptop = await signInCookie("ann@example.com");
    const phone = await signInCookie("ann@example.com");
    const newPassword = "a brand new long passphrase";
    const result = await changeOwnPassword(await actorFor(laptop), {
      currentPassword: PASSWORD,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(result.endedSessions).toBe(1);
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: laptop }))).status).toBe(200);
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: phone }))).status).toBe(401);
    expect((await postLogin({ email: "ann@example.com", password: newPassword })).status).toBe(200);
  });

  it("expires a session after 2 hours idle and after 12 hours in all", async () => {
    await createStaff("ann@example.com");
    const idle = await signInCookie("ann@example.com");
    const old = await signInCookie("ann@example.com");
    const db = getDb();
    await db.staffSession.update({
      where: { id: hashSessionToken(tokenOf(idle)) },
      data: { lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000 - 1000) },
    });
    await db.staffSession.update({
      where: { id: hashSessionToken(tokenOf(old)) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: idle }))).status).toBe(401);
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: old }))).status).toBe(401);
    const fresh = await signInCookie("ann@example.com");
    const session = await db.staffSession.findUniqueOrThrow({ where: { id: hashSessionToken(tokenOf(fresh)) } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 60 * 60 * 1000);
  });

  it("refuses a made-up token and the plain-name cookie under HTTPS", async () => {
    await createStaff("ann@example.com");
    const cookie = await signInCookie("ann@example.com");
    expect((await whoAmI(adminRequest("/api/admin/session", { cookie: "staff_session=forged" }))).status).toBe(401);
    const https = new NextRequest("https://shop.example/api/admin/session", { headers: { cookie } });
    expect((await whoAmI(https)).status).toBe(401);
  });

  it("stores passwords as argon2id with the OWASP parameters (m=19456 KiB, t=2, p=1)", async () => {
    await createStaff("ann@example.com");
    const user = await getDb().staffUser.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });
});
