import "server-only";
import { getDb } from "@/lib/db";
import { createStaffSession } from "./create-session";
import { checkLoginLimit } from "./login-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { writeAudit } from "./write-audit";

export type SignInResult =
  | { kind: "signed_in"; token: string; expiresAt: Date; userId: string }
  | { kind: "rejected" }
  | { kind: "limited"; retryAt: Date };

/**
 * One sign-in attempt. Attempts for the same email or address run one at a time (advisory
 * locks), so ten parallel guesses can't all slip under the limit. Every attempt, blocked ones
 * included, lands in the audit log; the caller learns only "signed in", "rejected" or "limited",
 * never whether the email exists.
 */
export async function signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const { email, password, ip } = input;
  return getDb().$transaction(
    async (tx) => {
      // Email key first, then address key, in every transaction: a fixed order can't deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-login:email:${email}`}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-login:ip:${ip}`}))`;

      const limit = await checkLoginLimit(tx, email, ip);
      const user = await tx.staffUser.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
      if (limit.limited) {
        await writeAudit({ action: "login.blocked", entityType: "StaffUser", entityId: user?.id, after: { email, retryAt: limit.retryAt.toISOString() }, ip }, tx);
        return { kind: "limited", retryAt: limit.retryAt };
      }

      let failure: string | null = null;
      if (!user) {
        await burnPasswordCheck(password);
        failure = "unknown_email";
      } else if (!(await verifyPassword(user.passwordHash, password))) {
        failure = "wrong_password";
      } else if (user.disabledAt) {
        failure = "account_disabled";
      }

      await tx.loginAttempt.create({ data: { email, ip, success: failure === null } });
      if (failure !== null || !user) {
        await writeAudit({ action: "login.failure", entityType: "StaffUser", entityId: user?.id, after: { email, reason: failure }, ip }, tx);
        return { kind: "rejected" };
      }
      const session = await createStaffSession(user.id, tx);
      await writeAudit({ actorId: user.id, action: "login.success", entityType: "StaffUser", entityId: user.id, after: { email }, ip }, tx);
      return { kind: "signed_in", token: session.token, expiresAt: session.expiresAt, userId: user.id };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}
