import { writeFile } from "node:fs/promises";
import path from "node:path";
import { buildLayouts, type LayoutOptions } from "../core/layout";
import type { Lang } from "../core/messages";
import type { Analysis } from "../core/model/types";
import { renderDocx, renderHtml } from "../export";
import { STRINGS } from "./strings";

export class ExportError extends Error {}

/** Writes the budget page's tables (relation table, indicator table, toelichting) as .docx or .html, per programme. */
export async function exportLayout(
  analysis: Analysis,
  file: string,
  lang: Lang,
  options: Pick<LayoutOptions, "changedTargets"> = {}
): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".docx" && ext !== ".html" && ext !== ".htm")
    throw new ExportError(STRINGS[lang].exportType(file));
  // One section per programme, each under its own title.
  const layouts = buildLayouts(analysis, { ...options, lang });
  const content = ext === ".docx" ? await renderDocx(layouts) : renderHtml(layouts, { fragment: false });
  try {
    await writeFile(file, content);
  } catch (e) {
    throw new ExportError(STRINGS[lang].writeFailed(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}
