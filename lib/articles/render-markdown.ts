import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Article bodies are staff-written Markdown. They are rendered to HTML and then sanitized with an
// allow-list, so a pasted <script>, event handler or javascript: link can never reach a shopper.
const ALLOWED_TAGS = [
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "a",
  "blockquote",
  "hr",
  "br",
  "code",
  "pre",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href", "title"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowProtocolRelative: false,
    // Raw HTML in the Markdown is shown as text rather than silently dropped.
    disallowedTagsMode: "escape",
  });
}
