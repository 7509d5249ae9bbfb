import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { remember } from "@/lib/remember";

/** `text` is the plain-text part; `html`, when given, goes with it as multipart/alternative. */
export type OutgoingEmail = { id: string; to: string; subject: string; text: string; html?: string | null };

// SMTP when SMTP_URL is set. Otherwise nodemailer builds the exact same message and we write it as
// an .eml file under EMAIL_OUTBOX_DIR (open it in any mail client), so a fresh clone needs no server.

/** One transport per process, replaced when SMTP_URL changes. */
function getTransport(smtpUrl: string | undefined): Transporter {
  const key = smtpUrl ?? "file";
  return remember("mailTransport", () => ({ key, transport: createTransport(smtpUrl) }), {
    isStale: (held) => held.key !== key,
  }).transport;
}

function createTransport(smtpUrl: string | undefined): Transporter {
  return smtpUrl
    ? nodemailer.createTransport(smtpOptions(smtpUrl))
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
}

function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // Timeouts in ms: a stuck mail server must not hold an outbox row's claim for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

/** Sends one email; resolves only once SMTP accepted it or the .eml file is on disk. */
export async function deliverEmail(email: OutgoingEmail): Promise<void> {
  const env = getEnv();
  const info = await getTransport(env.SMTP_URL).sendMail({
    // The sender people see and reply to (EMAIL_FROM, checked when the server starts).
    from: env.EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    // Lets the receiving side de-duplicate if a send is ever retried after a crash.
    messageId: `<${email.id}@outbox.local>`,
  });
  if (env.SMTP_URL) return;
  const message = (info as { message?: unknown }).message;
  if (!Buffer.isBuffer(message)) throw new Error("nodemailer did not return the message buffer");
  const dir = path.resolve(env.EMAIL_OUTBOX_DIR);
  await fs.mkdir(dir, { recursive: true });
  try {
    await fs.writeFile(path.join(dir, `${email.id}.eml`), message, { flag: "wx" });
  } catch (error) {
    // Already written by an earlier attempt whose "SENT" update didn't commit: it was delivered.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}
