/**
 * The small part of Markdown the user guide is written in, to HTML: headings (with `{#anchor}`),
 * paragraphs, lists, tables, images, links, **bold**, *italic* and `code`. Anything else is text. Raw HTML in
 * the source is escaped, never passed through.
 */
import { escapeHtml } from "../export/escapeHtml";

export interface MarkdownOptions {
  /** Rewrites an image's address ("images/guide/check.png" → "help/check.png"). */
  readonly image?: (src: string) => string;
  /** Prefix for heading ids made from their text, so two languages on one page do not clash. */
  readonly idPrefix?: string;
}

/** "Bevindingen beoordelen" → "bevindingen-beoordelen". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function inline(text: string, options: MarkdownOptions): string {
  const out: string[] = [];
  const pattern =
    /!\[([^\]]*)\]\(([^)\s]+)\)|\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|`([^`]+)`|\*([^*\s][^*]*)\*/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(escapeHtml(text.slice(last, m.index)));
    if (m[2] !== undefined) {
      const src = options.image ? options.image(m[2]) : m[2];
      out.push(`<img src="${escapeHtml(src)}" alt="${escapeHtml(m[1] ?? "")}" />`);
    } else if (m[4] !== undefined)
      out.push(`<a href="${escapeHtml(m[4])}">${inline(m[3] ?? "", options)}</a>`);
    else if (m[5] !== undefined) out.push(`<strong>${escapeHtml(m[5])}</strong>`);
    else if (m[6] !== undefined) out.push(`<code>${escapeHtml(m[6])}</code>`);
    else out.push(`<em>${escapeHtml(m[7] ?? "")}</em>`);
    last = m.index + m[0].length;
  }
  out.push(escapeHtml(text.slice(last)));
  return out.join("");
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** Markdown text → HTML, block by block. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const html: string[] = [];
  let i = 0;
  const take = (test: (line: string) => boolean): string[] => {
    const block: string[] = [];
    while (i < lines.length && test(lines[i]!)) block.push(lines[i++]!);
    return block;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,4})\s+(.*?)(?:\s+\{#([\w-]+)\})?\s*$/.exec(line);
    if (line.trim() === "") i++;
    else if (heading) {
      const level = heading[1]!.length;
      const id = heading[3] ?? `${options.idPrefix ?? ""}${slugify(heading[2]!)}`;
      html.push(`<h${level} id="${escapeHtml(id)}">${inline(heading[2]!, options)}</h${level}>`);
      i++;
    } else if (/^\s*[-*]\s/.test(line) || /^\s*\d+\.\s/.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = take((l) => /^\s*([-*]|\d+\.)\s/.test(l) || /^\s{2,}\S/.test(l));
      const joined = items.join("\n").split(/\n(?=\s*(?:[-*]|\d+\.)\s)/);
      const tag = ordered ? "ol" : "ul";
      const body = joined.map(
        (item) =>
          `<li>${inline(item.replace(/^\s*([-*]|\d+\.)\s+/, "").replace(/\s*\n\s*/g, " "), options)}</li>`
      );
      html.push(`<${tag}>${body.join("")}</${tag}>`);
    } else if (line.trimStart().startsWith("|")) {
      const rows = take((l) => l.trimStart().startsWith("|")).filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l));
      const [head, ...body] = rows.map(cells);
      const row = (tag: string, r: string[]) =>
        `<tr>${r.map((c) => `<${tag}>${inline(c, options)}</${tag}>`).join("")}</tr>`;
      html.push(
        `<table><thead>${row("th", head ?? [])}</thead><tbody>${body.map((r) => row("td", r)).join("")}</tbody></table>`
      );
    } else {
      const paragraph = take((l) => l.trim() !== "" && !/^(#{1,4}\s|\s*[-*]\s|\s*\d+\.\s|\s*\|)/.test(l));
      html.push(`<p>${inline(paragraph.join(" "), options)}</p>`);
    }
  }
  return html.join("\n");
}
