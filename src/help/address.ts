/**
 * Where the finding catalogue's sections are: anchors in support.html, which the build makes from
 * docs/handleiding.md, docs/guide.md and src/help/catalogue.ts (src/help/supportPage.ts).
 */
import type { FindingCode } from "../core/findings/types";
import type { Lang } from "../core/messages";

/** The page the build writes beside taskpane.html. */
export const SUPPORT_PAGE = "support.html";

/** "value/mixed-notation" → "value-mixed-notation" (Dutch), "en-value-mixed-notation" (English). */
export function catalogueAnchor(code: FindingCode, lang: Lang): string {
  const slug = code.replace(/\//g, "-");
  return lang === "nl" ? slug : `en-${slug}`;
}

/** The section's address relative to the pane's page: "support.html#value-mixed-notation". */
export function catalogueLink(code: FindingCode, lang: Lang): string {
  return `${SUPPORT_PAGE}#${catalogueAnchor(code, lang)}`;
}

/** The placeholder production address of webpack.config.js, until ADDIN_URL_PROD names the real one. */
export const EXAMPLE_ADDIN_URL = "https://indicatorcheck.example.nl/";

/**
 * Where the add-in, and with it support.html, is hosted: ADDIN_URL_PROD as the build uses it (with a
 * trailing slash), else the example address. helpBase({}) → "https://indicatorcheck.example.nl/".
 */
export function helpBase(env: Readonly<Record<string, string | undefined>>): string {
  const url = env["ADDIN_URL_PROD"] || EXAMPLE_ADDIN_URL;
  return url.endsWith("/") ? url : `${url}/`;
}
