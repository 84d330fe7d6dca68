/**
 * The support page the build makes (src/help/supportPage.ts): a catalogue section per finding code in
 * both languages, every address the pane links to resolving to an anchor, and the guide's pictures there.
 */
import * as fs from "fs";
import * as path from "path";
import { SEVERITY, type FindingCode } from "../../src/core/findings/types";
import type { Lang } from "../../src/core/messages";
import { catalogueAnchor, catalogueLink, SUPPORT_PAGE } from "../../src/help/address";
import { CATALOGUE } from "../../src/help/catalogue";
import { EXAMPLES } from "../../src/help/examples";
import { renderMarkdown, slugify } from "../../src/help/markdown";
import { renderSupportPage } from "../../src/help/supportPage";

const REPO_ROOT = path.resolve(__dirname, "../..");
const CODES = Object.keys(SEVERITY) as FindingCode[];
const LANGS: readonly Lang[] = ["nl", "en"];
const page = renderSupportPage(REPO_ROOT);
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const ids = idsOf(page);

/** "nl:norm/breach" for each code whose section the pane links to is not on the page. */
const missingSections = (html: string) => {
  const present = idsOf(html);
  return LANGS.flatMap((lang) =>
    CODES.filter((code) => !present.has(catalogueLink(code, lang).split("#")[1])).map(
      (code) => `${lang}:${code}`
    )
  );
};

describe("the finding catalogue", () => {
  test.each(LANGS.flatMap((lang) => CODES.map((code) => [lang, code] as const)))(
    "%s: %s has a section with meaning, example, why, fix and accept",
    (lang, code) => {
      const section = new RegExp(
        `<section class="finding" id="${catalogueAnchor(code, lang)}">([\\s\\S]*?)</section>`
      ).exec(page)?.[1];
      expect(section).toBeDefined();
      expect(section).toContain(`<code>${code}</code>`);
      const texts = CATALOGUE[lang][code];
      expect(texts.title).not.toBe("");
      for (const text of [texts.meaning, texts.why, texts.fix, texts.accept])
        expect(text.length).toBeGreaterThan(12);
      expect(section!.match(/<table class="example">/g)).toHaveLength(2);
    }
  );

  test("each example changes something between before and after", () => {
    const unchanged = CODES.filter(
      (code) => JSON.stringify(EXAMPLES[code].before) === JSON.stringify(EXAMPLES[code].after)
    );
    expect(unchanged).toEqual([]);
  });

  test("every address the pane links to is an anchor of the page; a missing section is caught", () => {
    for (const lang of LANGS)
      for (const code of CODES) expect(catalogueLink(code, lang)).toMatch(new RegExp(`^${SUPPORT_PAGE}#`));
    expect(missingSections(page)).toEqual([]);
    const broken = page.replace(`id="${catalogueAnchor("norm/breach", "nl")}"`, 'id="gone"');
    expect(missingSections(broken)).toEqual(["nl:norm/breach"]);
  });

  test("anchors are unique on the page", () => {
    const all = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(all.length).toBe(new Set(all).size);
  });

  test("links inside the page point at anchors that exist", () => {
    const targets = [...page.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets) expect(ids.has(target)).toBe(true);
  });
});

describe("the user guide", () => {
  test.each(["docs/handleiding.md", "docs/guide.md"])(
    "%s covers the user's tasks and its pictures exist",
    (file) => {
      const source = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
      expect(source.match(/^## /gm)?.length).toBeGreaterThanOrEqual(7);
      const images = [...source.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(images).toHaveLength(4);
      for (const image of images) expect(fs.existsSync(path.join(REPO_ROOT, "docs", image))).toBe(true);
    }
  );

  test("the page holds both guides, with the pictures under help/", () => {
    expect(page).toContain('<article lang="nl" id="nl">');
    expect(page).toContain('<article lang="en" id="en">');
    expect(page).toContain('<img src="help/controleren.png"');
    expect(page).not.toContain("<!-- guide -->");
  });
});

describe("renderMarkdown", () => {
  test.each([
    ["# Titel {#eigen}", '<h1 id="eigen">Titel</h1>'],
    ["## Bevindingen beoordelen", '<h2 id="bevindingen-beoordelen">Bevindingen beoordelen</h2>'],
    ["een **vet** en `code`", "<p>een <strong>vet</strong> en <code>code</code></p>"],
    ["*schuin* en 2 * 3", "<p><em>schuin</em> en 2 * 3</p>"],
    ["zie [de lijst](#bevindingen)", '<p>zie <a href="#bevindingen">de lijst</a></p>'],
    ["- een\n- twee\n  verder", "<ul><li>een</li><li>twee verder</li></ul>"],
    ["1. een\n2. twee", "<ol><li>een</li><li>twee</li></ol>"],
    [
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
    ],
    ['<script>x</script> & "q"', "<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;</p>"],
    ["![alt](images/guide/a.png)", '<p><img src="help/a.png" alt="alt" /></p>'],
  ])("%j", (source, html) => {
    expect(renderMarkdown(source, { image: (src) => src.replace("images/guide/", "help/") })).toBe(html);
  });

  test("slugify drops accents and punctuation", () => {
    expect(slugify("Wat Indicator Check nooit verandert")).toBe("wat-indicator-check-nooit-verandert");
    expect(slugify("Kopiëren & plakken")).toBe("kopieren-plakken");
  });
});
