// Cushion level (1–5) to the "level band" the soft score compares with the shopper's feel:
// plush = 4–5, balanced = 3, firm = 1–2. Bands sit on a line, firm – balanced – plush, so
// plush and firm are opposite and balanced is adjacent to both.

export type CushionBand = "plush" | "balanced" | "firm";

export function cushionBand(level: number): CushionBand {
  if (level >= 4) return "plush";
  return level === 3 ? "balanced" : "firm";
}

const BAND_POSITION: Record<CushionBand, number> = { firm: 0, balanced: 1, plush: 2 };

/** 0 for the same band, 1 for adjacent, 2 for opposite. */
export function bandDistance(a: CushionBand, b: CushionBand): number {
  return Math.abs(BAND_POSITION[a] - BAND_POSITION[b]);
}
