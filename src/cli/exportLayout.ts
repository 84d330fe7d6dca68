import type { Lang } from "../core/messages";
import type { Analysis } from "../core/model/types";

export class ExportError extends Error {}

/** Writes the budget page's tables as .docx or .html. */
export async function exportLayout(_analysis: Analysis, file: string, lang: Lang): Promise<void> {
  throw new ExportError(
    lang === "nl"
      ? `--export is nog niet beschikbaar: de begrotingstabellen worden nog gebouwd (${file} is niet geschreven).`
      : `--export is not available yet: the budget tables are still being built (${file} was not written).`,
  );
}
