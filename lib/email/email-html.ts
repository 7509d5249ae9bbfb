import { isCarrierTrackingUrl } from "@/lib/orders/carriers";
import { POLICY_LINK_LABELS, POLICY_SLUGS } from "@/lib/policies/policy-slugs";
import { policyHref } from "@/lib/routes/storefront";
import { escapeHtml } from "./escape-html";

// The HTML version of every email the store sends, made from its plain text, which stays the
// text/plain alternative. One small layout instead of a templating dependency: the emails are
// short lists of facts, so paragraphs, lists and links are all they need. Every piece of the text
// is escaped (a shopper's name or address is theirs to type), the only URLs that become links are
// the store's own and carriers' tracking pages (a URL typed into an address stays text), styles are inline (mail clients drop <style>), and there are no
// images, so nothing is fetched when the email is opened.

export type EmailLayout = {
  storeName: string;
  /** The store's public origin, for the header and footer links. */
  origin: string;
  /** The order's page (with its token): a button under the text. */
  orderLink?: string | null;
  /** Footer links to the shipping, returns, privacy and contact pages (shopper emails). */
  policyLinks?: boolean;
};

const FONT = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif";
const TEXT_STYLE = `${FONT};font-size:16px;line-height:1.5;color:#1f2937;margin:0 0 16px`;
const LINK_STYLE = "color:#1d4ed8;text-decoration:underline";
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

export function emailHtml(text: string, layout: EmailLayout): string {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim() !== "");
  const linkable = (url: string) => url.startsWith(`${layout.origin}/`) || isCarrierTrackingUrl(url);
  const body = blocks.map((block) => renderBlock(block, linkable)).join("\n");
  const home = escapeHtml(`${layout.origin}/`);
  const orderButton = layout.orderLink
    ? `<p style="${TEXT_STYLE}"><a href="${escapeHtml(layout.orderLink)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">See your order</a></p>`
    : "";
  const footer = layout.policyLinks
    ? `<p style="${FONT};font-size:13px;line-height:1.5;color:#4b5563;margin:24px 0 0">${POLICY_SLUGS.map(
        (slug) =>
          `<a href="${escapeHtml(`${layout.origin}${policyHref(slug)}`)}" style="${LINK_STYLE}">${escapeHtml(POLICY_LINK_LABELS[slug])}</a>`,
      ).join(" · ")}</p>`
    : "";
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="margin:0;padding:0;background:#f3f4f6">',
    '<div style="max-width:600px;margin:0 auto;padding:24px 16px">',
    `<p style="${FONT};font-size:20px;font-weight:700;margin:0 0 16px"><a href="${home}" style="color:#111827;text-decoration:none">${escapeHtml(layout.storeName)}</a></p>`,
    '<div style="background:#ffffff;border-radius:8px;padding:24px">',
    body,
    orderButton,
    "</div>",
    footer,
    "</div>",
    "</body></html>",
  ].join("\n");
}

/** A paragraph of the text: a list when every line is "- item", else lines with breaks. */
function renderBlock(block: string, linkable: (url: string) => boolean): string {
  const lines = block.split("\n");
  if (lines.every((line) => line.startsWith("- "))) {
    const items = lines.map((line) => `<li style="margin:0 0 4px">${inline(line.slice(2), linkable)}</li>`).join("");
    return `<ul style="${TEXT_STYLE};padding-left:20px">${items}</ul>`;
  }
  return `<p style="${TEXT_STYLE}">${lines.map((line) => inline(line.trim(), linkable)).join("<br>")}</p>`;
}

/** One line, escaped, with its linkable URLs as links (a full stop or bracket after one isn't part of it). */
function inline(line: string, linkable: (url: string) => boolean): string {
  let html = "";
  let at = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)]+$/, "");
    const start = match.index ?? 0;
    if (!linkable(url)) continue;
    html += escapeHtml(line.slice(at, start));
    html += `<a href="${escapeHtml(url)}" style="${LINK_STYLE}">${escapeHtml(url)}</a>`;
    at = start + url.length;
  }
  return html + escapeHtml(line.slice(at));
}
