// Writing CSV for spreadsheets. A cell starting with = + - @ (or tab/CR) is a formula to Excel
// and LibreOffice (OWASP "CSV injection"), so it gets a leading apostrophe; the importer removes
// exactly that apostrophe again, so export → import round-trips. A value that already starts
// with apostrophes before a formula character gets one more, so it survives the trip too.

const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The importer's inverse of the formula guard. */
export function unescapeFormulaGuard(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function formatCsv(rows: string[][]): string {
  return rows.map((row) => row.map(escapeCsvCell).join(",")).join("\r\n") + "\r\n";
}
