// Draws a simple side-view shoe illustration for every seed product and writes it to
// public/products/<slug>.svg. The drawing follows the product's fit facts: sole height from the
// stack heights, a curved sole for rockers, laces / straps / a stretch gore by closure, toe height
// by toe box and lugs by outsole. Run: npx tsx scripts/generate-product-images.ts

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SEED_PRODUCTS, type SeedProduct } from "../prisma/seed-data/products";

const OUT_DIR = path.join(__dirname, "..", "public", "products");

const W = 800;
const H = 600;
const GROUND = 440;
const HEEL_X = 140;
const TOE_X = 660;
const PX_PER_MM = 2.3;

type Pt = [number, number];

const n = (v: number) => String(Math.round(v * 10) / 10);
const pt = ([x, y]: Pt) => `${n(x)} ${n(y)}`;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** Mix a hex colour towards white (amount > 0) or black (amount < 0). */
function shade(hex: string, amount: number): string {
  const v = parseInt(hex.slice(1), 16);
  const target = amount > 0 ? 255 : 0;
  const a = Math.abs(amount);
  const ch = (shift: number) => {
    const c = (v >> shift) & 255;
    return Math.round(c + (target - c) * a)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

function luminance(hex: string): number {
  const v = parseInt(hex.slice(1), 16);
  return (0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255)) / 255;
}

/** Point on a cubic Bézier. */
function cubic(p0: Pt, p1: Pt, p2: Pt, p3: Pt, t: number): Pt {
  const u = 1 - t;
  const a = u * u * u,
    b = 3 * u * u * t,
    c = 3 * u * t * t,
    d = t * t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

export function shoeSvg(p: SeedProduct): string {
  const hs = p.heelStackMm * PX_PER_MM + 6;
  const fs = p.forefootStackMm * PX_PER_MM + 6;
  const rocker = {
    none: { toe: 10, heel: 4, early: 0 },
    mild: { toe: 24, heel: 12, early: 20 },
    pronounced: { toe: 42, heel: 26, early: 60 },
  }[p.rocker];
  const toeH = { tapered: 52, standard: 64, roomy: 76, anatomical: 82 }[p.toeBox];
  const low = p.closure === "slip_on";
  const upperH = (low ? 118 : 150) - p.heelStackMm * 0.6;

  const hTop = GROUND - hs;
  const fTop = GROUND - fs;
  const flatStart = HEEL_X + 26 + rocker.heel * 2;
  const flatEnd = TOE_X - 150 - rocker.early;
  const toeTipY = fTop - rocker.toe + 8;

  const upperFill = p.colourHex;
  const dark = shade(p.colourHex, -0.35);
  const light = luminance(p.colourHex) > 0.78;
  const line = light ? shade(p.colourHex, -0.45) : shade(p.colourHex, -0.25);
  const accent = p.accentHex;

  // Upper outline points.
  const heelBase: Pt = [HEEL_X + 8, hTop + 14];
  const collarBack: Pt = [HEEL_X + 6, hTop - upperH];
  const ankle: Pt = [HEEL_X + 150, hTop - upperH + 36];
  const tongue: Pt = [HEEL_X + 198, hTop - upperH + (low ? 26 : 2)];
  const throat0 = tongue;
  const throat1: Pt = [HEEL_X + 250, hTop - upperH + 16];
  const throat2: Pt = [TOE_X - 210, fTop - toeH - 34];
  const vamp: Pt = [TOE_X - 120, fTop - toeH];
  const toeEnd: Pt = [TOE_X - 2, toeTipY];

  const upper = [
    `M${pt(heelBase)}`,
    `C${pt([HEEL_X - 20, hTop - 24])} ${pt([HEEL_X - 18, collarBack[1] + 34])} ${pt(collarBack)}`,
    `Q${pt([HEEL_X + 70, collarBack[1] - 8])} ${pt(ankle)}`,
    `Q${pt([HEEL_X + 180, ankle[1] - 2])} ${pt(tongue)}`,
    `C${pt(throat1)} ${pt(throat2)} ${pt(vamp)}`,
    `C${pt([TOE_X - 48, fTop - toeH + 6])} ${pt([TOE_X + 8, toeTipY - toeH * 0.45])} ${pt(toeEnd)}`,
    `L${pt([TOE_X - 60, fTop + 10])} L${pt([HEEL_X + 60, hTop + 14])}Z`,
  ].join("");

  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="#f4f2ee"/>`);
  parts.push(`<circle cx="400" cy="300" r="236" fill="${shade(p.colourHex, 0.86)}"/>`);
  parts.push(`<ellipse cx="405" cy="${GROUND + 12}" rx="290" ry="13" fill="#000" opacity=".09"/>`);

  // Upper and its details.
  parts.push(`<path d="${upper}" fill="${upperFill}" stroke="${line}" stroke-width="3" stroke-linejoin="round"/>`);
  // Collar lining.
  parts.push(
    `<path d="M${pt([collarBack[0] + 4, collarBack[1] + 4])}Q${pt([HEEL_X + 70, collarBack[1] - 2])} ${pt([ankle[0], ankle[1] + 2])}" fill="none" stroke="${shade(p.colourHex, -0.55)}" stroke-width="7" stroke-linecap="round"/>`,
  );
  // Heel counter overlay: taller and darker when firm.
  const counterH = { flexible: 0.35, moderate: 0.55, firm: 0.75 }[p.heelCounter] * upperH;
  parts.push(
    `<path d="M${pt(heelBase)}C${pt([HEEL_X - 18, hTop - 20])} ${pt([HEEL_X - 14, hTop - counterH + 14])} ${pt([HEEL_X + 4, hTop - counterH])}Q${pt([HEEL_X + 70, hTop - counterH + 6])} ${pt([HEEL_X + 110, hTop + 14])}Z" fill="${p.heelCounter === "firm" ? dark : shade(p.colourHex, -0.18)}" opacity=".85"/>`,
  );
  // Heel tab.
  parts.push(
    `<rect x="${n(collarBack[0] - 10)}" y="${n(collarBack[1] - 6)}" width="16" height="${low ? 38 : 30}" rx="6" fill="${accent}" transform="rotate(-8 ${pt(collarBack)})"/>`,
  );
  // Side stripe.
  parts.push(
    `<path d="M${pt([HEEL_X + 120, hTop - 6])}C${pt([HEEL_X + 200, hTop - 70])} ${pt([HEEL_X + 300, fTop - 30])} ${pt([TOE_X - 150, fTop - 8])}" fill="none" stroke="${accent}" stroke-width="9" stroke-linecap="round"/>`,
  );
  // Toe cap for trail and firm-walking shoes.
  if (p.outsole === "trail" || p.category === "trail") {
    parts.push(
      `<path d="M${pt([TOE_X - 70, fTop + 4])}Q${pt([TOE_X - 60, fTop - toeH * 0.55])} ${pt([TOE_X - 18, fTop - toeH * 0.45])}Q${pt([TOE_X + 4, toeTipY - 14])} ${pt(toeEnd)}Z" fill="${dark}"/>`,
    );
  }

  // Closure.
  if (p.closure === "laces") {
    const eyelets: Pt[] = [];
    for (let i = 0; i < 5; i++) {
      const [x, y] = cubic(throat0, throat1, throat2, vamp, 0.14 + i * 0.16);
      eyelets.push([x, y + 16]);
    }
    parts.push(
      `<path d="M${pt([throat0[0] - 4, throat0[1] + 2])}C${pt([throat1[0], throat1[1] + 20])} ${pt([throat2[0], throat2[1] + 20])} ${pt([vamp[0], vamp[1] + 18])}" fill="none" stroke="${shade(p.colourHex, -0.15)}" stroke-width="22" stroke-linecap="round" opacity=".9"/>`,
    );
    const laces = eyelets.map(([x, y]) => `M${pt([x - 10, y + 2])}L${pt([x + 14, y - 24])}`).join("");
    parts.push(`<path d="${laces}" stroke="${accent}" stroke-width="6" stroke-linecap="round"/>`);
    parts.push(
      eyelets
        .map(([x, y]) => `<circle cx="${n(x - 10)}" cy="${n(y + 2)}" r="4" fill="${shade(p.colourHex, -0.6)}"/>`)
        .join(""),
    );
    // Bow.
    const [bx, by] = cubic(throat0, throat1, throat2, vamp, 0.1);
    parts.push(
      `<g fill="none" stroke="${accent}" stroke-width="5" stroke-linecap="round"><ellipse cx="${n(bx - 14)}" cy="${n(by - 10)}" rx="15" ry="8" transform="rotate(-25 ${n(bx - 14)} ${n(by - 10)})"/><ellipse cx="${n(bx + 14)}" cy="${n(by - 12)}" rx="15" ry="8" transform="rotate(20 ${n(bx + 14)} ${n(by - 12)})"/><path d="M${pt([bx, by - 6])}l-12 26M${pt([bx, by - 6])}l8 28"/></g>`,
    );
  } else if (p.closure === "hook_and_loop") {
    for (let i = 0; i < 3; i++) {
      const [x, y] = cubic(throat0, throat1, throat2, vamp, 0.12 + i * 0.25);
      parts.push(
        `<rect x="${n(x - 15)}" y="${n(y - 8)}" width="30" height="${n(58 - i * 6)}" rx="9" fill="${accent}" stroke="${shade(accent, -0.3)}" stroke-width="2" transform="rotate(-${24 + i * 6} ${n(x)} ${n(y)})"/>`,
      );
    }
  } else {
    // Stretch gore and a pull loop at the heel.
    const [gx, gy] = cubic(throat0, throat1, throat2, vamp, 0.08);
    parts.push(
      `<path d="M${pt([gx - 18, gy + 2])}L${pt([gx + 6, gy + 52])}L${pt([gx + 28, gy])}Z" fill="${shade(accent, -0.1)}" stroke="${line}" stroke-width="2" stroke-linejoin="round"/>`,
    );
    parts.push(
      `<path d="M${pt([gx - 8, gy + 14])}h22M${pt([gx - 2, gy + 28])}h14" stroke="${line}" stroke-width="2" opacity=".6"/>`,
    );
  }

  // Sole.
  const bottom = `M${pt([HEEL_X - 4, GROUND - rocker.heel - 8])}Q${pt([HEEL_X + 2, GROUND])} ${pt([flatStart, GROUND])}L${pt([flatEnd, GROUND])}Q${pt([TOE_X - 20, GROUND])} ${pt([TOE_X + 8, GROUND - rocker.toe - 8])}`;
  const sole = [
    `M${pt([HEEL_X, hTop])}`,
    `L${pt([HEEL_X - 4, GROUND - rocker.heel - 8])}`,
    `Q${pt([HEEL_X + 2, GROUND])} ${pt([flatStart, GROUND])}`,
    `L${pt([flatEnd, GROUND])}`,
    `Q${pt([TOE_X - 20, GROUND])} ${pt([TOE_X + 8, GROUND - rocker.toe - 8])}`,
    `Q${pt([TOE_X + 16, toeTipY - 4])} ${pt([TOE_X - 14, toeTipY - 6])}`,
    `Q${pt([flatEnd + 30, fTop - rocker.toe * 0.2])} ${pt([flatEnd - 40, fTop])}`,
    `L${pt([HEEL_X + 40, hTop])}Z`,
  ].join("");
  parts.push(`<path d="${sole}" fill="#f8f7f3" stroke="#cfc9bf" stroke-width="3" stroke-linejoin="round"/>`);
  // Midsole line in the accent colour.
  parts.push(
    `<path d="M${pt([HEEL_X + 4, GROUND - hs * 0.5])}L${pt([flatEnd - 40, GROUND - fs * 0.5])}Q${pt([TOE_X - 40, GROUND - fs * 0.5 - rocker.toe * 0.3])} ${pt([TOE_X - 4, GROUND - rocker.toe - fs * 0.45])}" fill="none" stroke="${accent}" stroke-width="4" stroke-linecap="round" opacity=".7"/>`,
  );
  // Outsole.
  parts.push(
    `<path d="${bottom}" fill="none" stroke="#3b3a38" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`,
  );
  if (p.outsole !== "road") {
    const lugH = p.outsole === "trail" ? 9 : 5;
    const lugs: string[] = [];
    for (let x = flatStart + 4; x < flatEnd - 8; x += 30) lugs.push(`M${n(x)} ${GROUND + 4}h16v${lugH}h-16z`);
    parts.push(`<path d="${lugs.join("")}" fill="#3b3a38"/>`);
  }

  const title = escapeXml(p.name);
  const desc = escapeXml(`Illustration of the ${p.name} in ${p.colour.toLowerCase()}, side view`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img"><title>${title}</title><desc>${desc}</desc>${parts.join("")}</svg>\n`;
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  let largest = 0;
  for (const product of SEED_PRODUCTS) {
    const svg = shoeSvg(product);
    largest = Math.max(largest, Buffer.byteLength(svg));
    writeFileSync(path.join(OUT_DIR, `${product.slug}.svg`), svg);
  }
  console.log(
    `Wrote ${SEED_PRODUCTS.length} SVGs to ${path.relative(process.cwd(), OUT_DIR)} (largest ${largest} bytes)`,
  );
}

main();
