import { ARTICLE_SLUGS } from "@/lib/articles/slugs";

// The fixed footer every results page ends with (docs/product-spec.md §1.5). The page renders
// the text and links it to the warning-signs article.

export const RESULTS_FOOTER_TEXT =
  "These picks match your fit and comfort answers. Shoes and insoles haven't been shown to treat back pain; " +
  "staying active is what guidelines recommend. Know the warning signs that need medical care.";

export const RESULTS_FOOTER_LINK_SLUG = ARTICLE_SLUGS.warningSigns;
