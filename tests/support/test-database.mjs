// Names shared by the test setup files.
export const TEMPLATES = { empty: "store_template_empty", seeded: "store_template_seeded" };

/** Same server and credentials, another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
