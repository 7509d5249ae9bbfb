import "server-only";
import { getDb } from "@/lib/db";
import { queueSignInLimitEmail } from "@/lib/staff/queue-sign-in-limit-email";
import { enqueueOutboxDelivery } from "@/lib/job-queue/enqueue-outbox-delivery";
import { createStaffSession } from "./create-session";
import { checkAccountLimitReached, checkLoginLimit, type LoginLimitReason } from "./login-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { writeAudit } from "./write-audit";

export type SignInResult =
  | { kind: "signed_in"; token: string; expiresAt: Date; userId: string }
  | { kind: "rejected" }
  | { kind: "limited"; retryAt: Date; reason: LoginLimitReason };

/**
 * One sign-in attempt. Attempts for the same email or address run one at a time (advisory
 * locks), so ten parallel guesses can't all slip under the limit. Every attempt, blocked ones
 * included, lands in the audit log; the caller learns only "signed in", "rejected" or "limited",
 * never whether the email exists. When an account's limit trips, its owner gets an email (the job
 * runner sends it after the commit; not awaited, so the answer takes no longer for a real account).
 */
export async function signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const { result, emailQueued } = await attemptSignIn(input);
  if (emailQueued) void enqueueOutboxDelivery();
  return result;
}

async function attemptSignIn(input: {
  email: string;
  password: string;
  ip: string;
}): Promise<{ result: SignInResult; emailQueued: boolean }> {
  const { email, password, ip } = input;
  return getDb().$transaction(
    async (tx) => {
      // Email key first, then address key, in every transaction: a fixed order can't deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-login:email:${email}`}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff-login:ip:${ip}`}))`;

      const limit = await checkLoginLimit(tx, email, ip);
      const user = await tx.staffUser.findUnique({
        where: { email },
        select: { id: true, email: true, passwordHash: true, disabledAt: true },
      });
      if (limit.limited) {
        const after = { email, reason: limit.reason, retryAt: limit.retryAt.toISOString() };
        await writeAudit({ action: "login.blocked", entityType: "StaffUser", entityId: user?.id, after, ip }, tx);
        return { result: { kind: "limited", retryAt: limit.retryAt, reason: limit.reason }, emailQueued: false };
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
        await writeAudit(
          {
            action: "login.failure",
            entityType: "StaffUser",
            entityId: user?.id,
            after: { email, reason: failure },
            ip,
          },
          tx,
        );
        // Checked for unknown emails too, so the answer takes as long either way; but only a live
        // account has an owner to tell.
        const reached = await checkAccountLimitReached(tx, email, ip);
        const emailQueued = reached && user !== null && !user.disabledAt && (await queueSignInLimitEmail(tx, user));
        return { result: { kind: "rejected" }, emailQueued };
      }
      const session = await createStaffSession(user.id, tx);
      await writeAudit(
        { actorId: user.id, action: "login.success", entityType: "StaffUser", entityId: user.id, after: { email }, ip },
        tx,
      );
      return {
        result: { kind: "signed_in", token: session.token, expiresAt: session.expiresAt, userId: user.id },
        emailQueued: false,
      };
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}
