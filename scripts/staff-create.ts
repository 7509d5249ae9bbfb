// `npm run staff:create -- --email a@b.c --role owner`: adds a staff account to DATABASE_URL (or
// the embedded database). The password comes from STAFF_PASSWORD or a hidden prompt; it is never
// a command-line argument, where it would land in shell history and `ps` output.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import "@/lib/validation/browser-zod-config";
import { ZodError } from "zod";
import { insertStaffUser } from "../lib/staff/insert-staff-user";
import { createScriptClient } from "./lib/prisma-client";
import { withDatabase } from "./lib/with-database";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string", default: "staff" } } });
  if (!values.email)
    throw new UsageError("Usage: npm run staff:create -- --email you@example.com [--role owner|staff]");
  if (values.role !== "owner" && values.role !== "staff") throw new UsageError('--role must be "owner" or "staff"');
  const password =
    process.env.STAFF_PASSWORD ?? (await promptHidden(`Password for ${values.email} (12+ characters): `));

  await withDatabase(async (url) => {
    const db = createScriptClient(url);
    try {
      const user = await insertStaffUser(
        db,
        { email: values.email as string, role: values.role as "owner" | "staff", password },
        { via: "cli" },
      );
      console.log(`Created ${user.role} account ${user.email}. Sign in at /admin/login.`);
    } finally {
      await db.$disconnect();
    }
  });
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new UsageError("No terminal to ask for the password: set STAFF_PASSWORD instead.");
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    let prompted = false;
    output._writeToOutput = (text: string) => {
      // Show the question once, then nothing of what is typed.
      if (!prompted) process.stdout.write(text);
      prompted = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

class UsageError extends Error {}

main().catch((error) => {
  if (error instanceof ZodError) {
    console.error(error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("\n"));
  } else if ((error as { code?: string }).code === "P2002") {
    console.error("A staff account with that email already exists.");
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
