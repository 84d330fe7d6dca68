/**
 * support.html, the manifest's SupportUrl, made at build time from one source: the user guide
 * (docs/handleiding.md, docs/guide.md) and the finding catalogue (src/help/catalogue.ts), Dutch
 * first, then English, in the page shell src/taskpane/support.html. webpack.config.js calls it.
 */
import * as fs from "fs";
import * as path from "path";
import { SEVERITY, type FindingCode, type Severity } from "../core/findings/types";
import type { Lang } from "../core/messages";
import { escapeHtml } from "../export/escapeHtml";
import { catalogueAnchor } from "./address";
import { CATALOGUE } from "./catalogue";
import { EXAMPLES, type ExampleTable } from "./examples";
import { renderMarkdown } from "./markdown";

const PLACEHOLDER = "<!-- guide -->";

const HEADINGS: Readonly<
  Record<
    Lang,
    {
      catalogue: string;
      intro: string;
      before: string;
      after: string;
      why: string;
      fix: string;
      accept: string;
      severity: Readonly<Record<Severity, string>>;
    }
  >
> = {
  nl: {
    catalogue: "Bevindingen",
    intro:
      "Per bevinding: wat ze betekent, een voorbeeld voor en na, waarom het telt in een begroting of jaarstukken, en hoe u het oplost of wanneer u akkoord geeft.",
    before: "Voor",
    after: "Na",
    why: "Waarom het telt",
    fix: "Oplossen",
    accept: "Akkoord geven",
    severity: { error: "fout", warning: "waarschuwing", info: "opmerking" },
  },
  en: {
    catalogue: "Findings",
    intro:
      "Per finding: what it means, an example before and after, why it matters in a begroting or jaarstukken, and how to fix it or when to accept it.",
    before: "Before",
    after: "After",
    why: "Why it matters",
    fix: "How to fix",
    accept: "Accepting",
    severity: { error: "error", warning: "warning", info: "note" },
  },
};

function exampleTable(table: ExampleTable, caption: string): string {
  const [head, ...body] = table;
  const row = (tag: string, r: readonly string[]) =>
    `<tr>${r.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("")}</tr>`;
  return `<table class="example"><caption>${escapeHtml(caption)}</caption><thead>${row("th", head ?? [])}</thead><tbody>${body.map((r) => row("td", r)).join("")}</tbody></table>`;
}

/** The catalogue in one language: a section per finding code, in the order of the code list. */
export function renderCatalogue(lang: Lang): string {
  const h = HEADINGS[lang];
  const sections = (Object.keys(SEVERITY) as FindingCode[]).map((code) => {
    const s = CATALOGUE[lang][code];
    const example = EXAMPLES[code];
    return [
      `<section class="finding" id="${catalogueAnchor(code, lang)}">`,
      `<h3>${escapeHtml(s.title)} <code>${escapeHtml(code)}</code> <span class="severity ${SEVERITY[code]}">${h.severity[SEVERITY[code]]}</span></h3>`,
      `<p>${escapeHtml(s.meaning)}</p>`,
      `<div class="examples">${exampleTable(example.before, h.before)}${exampleTable(example.after, h.after)}</div>`,
      `<h4>${h.why}</h4><p>${escapeHtml(s.why)}</p>`,
      `<h4>${h.fix}</h4><p>${escapeHtml(s.fix)}</p>`,
      `<h4>${h.accept}</h4><p>${escapeHtml(s.accept)}</p>`,
      `</section>`,
    ].join("\n");
  });
  const id = lang === "nl" ? "bevindingen" : "en-findings";
  return [`<h2 id="${id}">${h.catalogue}</h2>`, `<p>${h.intro}</p>`, ...sections].join("\n");
}

/**
 * The whole page: the shell with both guides and both catalogues in place of its placeholder. The
 * guides' pictures (images/guide/x.png beside the Markdown) are addressed in `imageDir` of the build.
 */
export function renderSupportPage(repoRoot: string, imageDir = "help"): string {
  const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), "utf8");
  const shell = read("src/taskpane/support.html");
  if (!shell.includes(PLACEHOLDER)) throw new Error(`src/taskpane/support.html has no ${PLACEHOLDER}`);
  const image = (src: string) => src.replace(/^images\/guide\//, `${imageDir}/`);
  const part = (lang: Lang, file: string) =>
    `<article lang="${lang}" id="${lang === "nl" ? "nl" : "en"}">\n${renderMarkdown(read(file), { image, idPrefix: lang === "nl" ? "" : "en-" })}\n${renderCatalogue(lang)}\n</article>`;
  return shell.replace(PLACEHOLDER, `${part("nl", "docs/handleiding.md")}\n${part("en", "docs/guide.md")}`);
}
