// Formats cents for a note's text. Money stays in integer cents everywhere else; this is the
// edge. A fixed locale keeps the engine's output the same on server and client.
export function formatCents(cents: number, currency: string): string {
  const code = currency.toUpperCase();
  // Intl only accepts well-formed ISO 4217 codes; anything else is shown as written.
  if (!/^[A-Z]{3}$/.test(code)) return `${(cents / 100).toFixed(2)} ${currency}`;
  return new Intl.NumberFormat("en-US", { style: "currency", currency: code }).format(cents / 100);
}
