/**
 * The budget tables as a file (Word or HTML) or as HTML to copy, drawn from a layout. The worker
 * runs this, so that a large layout is rendered off the pane's thread; the fallback engine runs the
 * very same code on the pane's thread. The renderers load on first use: docx is large, and none of
 * it is needed to start the pane or to check a workbook.
 */
import type { BudgetLayout } from "../../core/layout/types";

/** What an export asks for: a .docx file, a whole HTML document, or the HTML tables to copy. */
export type ExportFormat = "docx" | "html" | "fragment";

export interface RenderedExport<F extends ExportFormat = ExportFormat> {
  /** The layout's title, which names the file. */
  readonly title: string;
  /**
   * The file: rendered on the pane's thread, .docx as bytes and HTML as text; from the worker, a
   * Blob made there, which the pane passes on without touching its bytes. The HTML to copy is text
   * on the pane's thread and a text/html Blob from the worker.
   */
  readonly data: F extends "fragment" ? Blob | string : Blob | Uint8Array<ArrayBuffer> | string;
}

/** Renders the layouts (one per programme, or the chosen one) as one file, a section per programme. */
export async function renderExport<F extends ExportFormat>(
  layouts: readonly BudgetLayout[],
  format: F
): Promise<RenderedExport<F>> {
  const layout = layouts[0]!;
  const title = layouts.length > 1 ? titleOfAll(layouts) : layout.title;
  if (format === "docx") {
    const { renderDocx } = await import("../../export/renderDocx");
    // Packer's bytes are in an ArrayBuffer of their own.
    return { title, data: (await renderDocx(layouts)) as Uint8Array<ArrayBuffer> } as RenderedExport<F>;
  }
  const { renderHtml } = await import("../../export/renderHtml");
  return { title, data: renderHtml(layouts, { fragment: format === "fragment" }) } as RenderedExport<F>;
}

/** "Begrotingstabellen Dienstverlening" for each of two programmes of that name stays one name. */
function titleOfAll(layouts: readonly BudgetLayout[]): string {
  return [...new Set(layouts.map((l) => l.title))].join(" · ");
}
