import fc from "fast-check";
import { parseCsv } from "@/lib/admin/csv/parse-csv";
import { formatCsv, unescapeFormulaGuard } from "@/lib/admin/csv/format-csv";

describe("CSV reading and writing", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
    expect(() => parseCsv('a,"b\n')).toThrow(/never closed/);
    expect(() => parseCsv('a,b"c"\n')).toThrow(/quote in the middle/);
  });

  it("round-trips any table of strings, formula guard included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(formatCsv(rows)).map((row) => row.map(unescapeFormulaGuard));
          expect(parsed).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("neutralises spreadsheet formulas", () => {
    expect(formatCsv([["=1+1", "+A1", "-2", "@SUM(A1)", "plain"]])).toBe("'=1+1,'+A1,'-2,'@SUM(A1),plain\r\n");
  });
});
