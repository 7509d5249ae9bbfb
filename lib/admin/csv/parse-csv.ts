// RFC 4180 CSV: comma separated, double-quoted fields may hold commas, quotes ("") and line
// breaks. Accepts CRLF or LF and a UTF-8 byte-order mark (spreadsheets add one).

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Rows of fields. A trailing empty line is ignored; blank lines in between are kept as [""]. */
export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let i = 0;
  while (i < input.length) {
    const char = input[i] as string;
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = input[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          throw new CsvSyntaxError(`Line ${line}: text after a closing quote`, line);
        continue;
      }
      if (char === "\n") line++;
      field += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (field !== "")
        throw new CsvSyntaxError(
          `Line ${line}: a quote in the middle of a field (wrap the whole field in quotes and double the quote)`,
          line,
        );
      quoted = true;
      i++;
    } else if (char === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (char === "\n" || char === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += char;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError(`Line ${line}: a quoted field is never closed`, line);
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
