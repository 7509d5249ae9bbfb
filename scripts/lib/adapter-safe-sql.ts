// @prisma/adapter-pg applies a migration by splitting it at every semicolon (docs/development-notes.md
// §2), so SQL written by someone else, with semicolons inside function bodies and strings, has to be
// rewritten before it can be a migration: every quoted string that holds one becomes an E-string with
// \073 in its place, which PostgreSQL reads back as the same text. Comments are dropped (a semicolon
// there would split too). Anything else that would still be cut apart is refused, not guessed at.

/** The same SQL, with no semicolon left except between statements. */
export function toAdapterSafeSql(sql: string): string {
  let out = "";
  let at = 0;
  const dollarTag = /\$([A-Za-z_][A-Za-z_0-9]*)?\$/y;
  while (at < sql.length) {
    dollarTag.lastIndex = at;
    const dollar = dollarTag.exec(sql);
    if (dollar && !/[A-Za-z_0-9]/.test(sql[at - 1] ?? "")) {
      const tag = dollar[0];
      const end = sql.indexOf(tag, at + tag.length);
      if (end < 0) throw new Error(`Unterminated ${tag} string at offset ${at}`);
      out += escapeString(sql.slice(at + tag.length, end));
      at = end + tag.length;
    } else if (sql.startsWith("--", at)) {
      const end = sql.indexOf("\n", at);
      at = end < 0 ? sql.length : end;
    } else if (sql.startsWith("/*", at)) {
      const end = sql.indexOf("*/", at);
      if (end < 0) throw new Error(`Unterminated comment at offset ${at}`);
      at = end + 2;
    } else if (sql[at] === "'" && !/[A-Za-z_0-9&]/.test(sql[at - 1] ?? "")) {
      const end = endOfStandardString(sql, at);
      const text = sql.slice(at + 1, end).replaceAll("''", "'");
      out += text.includes(";") ? escapeString(text) : sql.slice(at, end + 1);
      at = end + 1;
    } else if (sql[at] === "'" || sql[at] === '"') {
      // E'…', U&'…' or a quoted identifier: copied as it is, as long as nothing in it could split
      // it or hide its end (a backslash escape).
      const quote = sql[at] as string;
      const end = sql.indexOf(quote, at + 1);
      if (end < 0) throw new Error(`Unterminated ${quote} at offset ${at}`);
      if (/[;\\]/.test(sql.slice(at, end))) throw new Error(`Can't rewrite the quoted text at offset ${at}`);
      out += sql.slice(at, end + 1);
      at = end + 1;
    } else {
      out += sql[at];
      at += 1;
    }
  }
  return out;
}

/** Splits adapter-safe SQL into its statements, as the adapter will. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The closing quote of the standard string opening at `start` ('' is a quote inside it). */
function endOfStandardString(sql: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const end = sql.indexOf("'", at);
    if (end < 0) throw new Error(`Unterminated string at offset ${start}`);
    if (sql[end + 1] !== "'") return end;
    at = end + 2;
  }
}

function escapeString(text: string): string {
  return `E'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll(";", "\\073")}'`;
}
