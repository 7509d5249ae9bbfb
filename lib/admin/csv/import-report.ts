// What a products CSV import answers, shared by the importer and the admin form that shows it.

export type CsvRowError = { row: number; column?: string; message: string };

/**
 * A row whose stock was left alone because the live stock no longer matched the file's
 * expected_stock (a sale, a hold or another edit since the export): staff check these by hand.
 */
export type StockMovedRow = { sku: string; row: number; expected: number; current: number; requested: number };

export type ImportReport =
  | {
      ok: true;
      rows: number;
      productsCreated: number;
      productsUpdated: number;
      variantsCreated: number;
      variantsUpdated: number;
      /** Rows that asked for a stock change the importer refused, because the stock had moved. */
      stockMoved: StockMovedRow[];
      /** Rows of existing sizes whose stock was left alone because expected_stock was missing or empty. */
      stockWithoutExpected: number;
    }
  | { ok: false; errors: CsvRowError[] };
