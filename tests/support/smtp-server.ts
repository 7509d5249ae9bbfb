import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP server (smtp-server, from nodemailer's author) on a free port, for tests of the
// email outbox: it records each message it accepts with its Message-ID, and can be told to refuse
// the next few with a temporary error, as a mail server does when it is overloaded.

export type Received = { messageId: string | null; to: string[] };

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Messages accepted so far, in order. */
  received: Received[];
  /**
   * Answers the next `count` messages with a 451 instead of accepting them, saying `message`
   * ("Mailbox busy, try again later" unless given; a real server often quotes the recipient).
   */
  refuseNext(count: number, message?: string): void;
  /** Runs while the server holds a message, before it answers (null: answer at once). */
  whileReceiving: (() => Promise<void>) | null;
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtpServer> {
  let refusals = 0;
  let refusal = "";
  const state: TestSmtpServer = {
    url: "",
    received: [],
    refuseNext: (count, message = "Mailbox busy, try again later") => {
      refusals = count;
      refusal = message;
    },
    whileReceiving: null,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        await state.whileReceiving?.();
        if (refusals > 0) {
          refusals -= 1;
          callback(Object.assign(new Error(refusal), { responseCode: 451 }));
          return;
        }
        const headers =
          Buffer.concat(chunks)
            .toString("utf8")
            .split(/\r?\n\r?\n/)[0] ?? "";
        state.received.push({
          messageId: /^Message-ID:\s*(.+)$/im.exec(headers)?.[1]?.trim() ?? null,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  state.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return state;
}
