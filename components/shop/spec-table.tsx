import { CLOSURE_LABELS } from "@/lib/catalog/fit-facts";
import type { PublishedProduct } from "@/lib/catalog/get-product";

const TEXT = {
  support: { neutral: "Neutral", stability: "Stability (steadier feel)", motion: "Motion control (firmest guidance)" },
  rocker: { none: "Flat sole", mild: "Mild rocker", pronounced: "Pronounced rocker" },
  heelCounter: { flexible: "Flexible", moderate: "Moderate", firm: "Firm" },
  baseWidth: { narrow: "Narrow", standard: "Standard", wide: "Wide" },
  toeBox: { tapered: "Tapered", standard: "Standard", roomy: "Roomy", anatomical: "Anatomical (foot-shaped)" },
  outsole: { road: "Road and pavement", mixed: "Mixed surfaces", trail: "Trail" },
} as const;

export function SpecTable({ product }: { product: PublishedProduct }) {
  const rows: [string, string][] = [
    ["Heel-to-toe drop", `${product.dropMm} mm`],
    ["Stack height", `${product.heelStackMm} mm heel, ${product.forefootStackMm} mm forefoot`],
    [
      "Cushioning",
      `${product.cushionLevel} of 5 (${product.cushionLevel <= 2 ? "firm" : product.cushionLevel === 3 ? "balanced" : "plush"})`,
    ],
    ["Support", TEXT.support[product.support]],
    ["Toe box", TEXT.toeBox[product.toeBox]],
    ["Insole", product.removableInsole ? "Removable (room for your own orthotic)" : "Glued in (not removable)"],
    ["Sole shape", TEXT.rocker[product.rocker]],
    ["Heel counter", TEXT.heelCounter[product.heelCounter]],
    ["Base width", TEXT.baseWidth[product.baseWidth]],
    ["Fastening", CLOSURE_LABELS[product.closure]],
    ["Outsole", TEXT.outsole[product.outsole]],
    ["Weight", `${product.weightG} g (one shoe)`],
  ];
  return (
    <table className="w-full text-left border-collapse">
      <caption className="text-left font-semibold text-lg mb-2">Specifications</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-brand-100">
            <th scope="row" className="py-2 pr-4 font-medium align-top w-44">
              {label}
            </th>
            <td className="py-2">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
