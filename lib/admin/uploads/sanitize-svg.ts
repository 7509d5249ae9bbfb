import sanitizeHtml from "sanitize-html";

// Uploaded SVGs are rebuilt from an allow-list of drawing elements and presentation attributes.
// Scripts, event handlers, links, <foreignObject> (HTML inside SVG), <use> (can pull in other
// files) and style (can hold url() fetches) are all removed. The serving route also sends a
// sandboxing CSP, so even a missed trick couldn't run script when the file is opened directly.

const TAGS = [
  "svg",
  "g",
  "defs",
  "title",
  "desc",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
  "mask",
  "pattern",
  "symbol",
];

const ATTRIBUTES = [
  "xmlns",
  "viewBox",
  "width",
  "height",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "d",
  "points",
  "fill",
  "fill-opacity",
  "fill-rule",
  "clip-rule",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-miterlimit",
  "opacity",
  "transform",
  "id",
  "class",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientUnits",
  "gradientTransform",
  "patternUnits",
  "clip-path",
  "mask",
  "preserveAspectRatio",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "fx",
  "fy",
  "role",
  "aria-label",
  "aria-hidden",
];

export function sanitizeSvg(svg: string): string {
  const clean = sanitizeHtml(svg, {
    allowedTags: TAGS,
    allowedAttributes: { "*": ATTRIBUTES },
    // Drop these with everything inside them, not just the tags.
    nonTextTags: ["script", "style", "foreignObject", "textarea", "noscript", "iframe"],
    disallowedTagsMode: "discard",
    // Case matters in SVG (viewBox, linearGradient).
    parser: { xmlMode: true },
  });
  // References like fill="url(#id)" are fine; url() pointing anywhere else is not.
  return clean.replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, "none");
}
