import { useCallback, useState } from "react";
import type { ProgrammeId } from "../../core/findings/types";
import type { ChangedTargets, LayoutOptions } from "../../core/layout/types";
import type { Lang } from "../../core/messages";
import { selectProgramme } from "../../core/model/selectProgramme";
import type { Analysis } from "../../core/model/types";
import { findingRows, findingSheetNames } from "../../core/report/findingRows";
import { planFindingsSheet } from "../../core/report/findingsSheetPlan";
import { EMPTY_REVIEW, type ReviewState } from "../../core/review/types";
import type { Engine } from "../engine/createEngine";
import type { PaneHost } from "../host";
import type { ChangeGate } from "../state/changeGate";
import { exportFileName } from "../state/fileName";
import type { PaneSettings } from "../state/settings";
import type { Announcement } from "./useAnnouncer";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const HTML_MIME = "text/html;charset=utf-8";

export type ExportAction = "insert" | "findings" | "docx" | "html" | "copy";

export interface ExportValue {
  /** The action running now, or null. */
  readonly busy: ExportAction | null;
  /** The sheet 'Tabellen invoegen' added last. */
  readonly insertedSheet: string | null;
  /** The sheet 'Bevindingen naar nieuw blad' added last. */
  readonly insertedFindings: string | null;
  /**
   * Set when the clipboard was refused: the HTML to copy by hand, or null where it is too large to
   * show (HAND_COPY_LIMIT), and the pane offers the .html download instead.
   */
  readonly copyFallback: { readonly html: string | null } | null;
  readonly closeFallback: () => void;
  readonly start: (action: ExportAction) => void;
}

/**
 * HTML longer than this (characters, or bytes of a Blob) is not shown to copy by hand where the
 * clipboard is refused: a text box holding the tables of a large workbook (24 MB for 20,000
 * indicators) would hold the pane for seconds. The pane offers the .html download instead.
 */
export const HAND_COPY_LIMIT = 256 * 1024;

const htmlSize = (html: Blob | string): number => (typeof html === "string" ? html.length : html.size);

/**
 * 'Tabellen invoegen', the downloads and 'Kopieer HTML', built from the last analysis. The engine
 * lays the tables out, plans their sheet and renders the files on its worker, where the analysis
 * is, so the pane's thread only hands the finished plan or file to the host. 'Tabellen invoegen'
 * writes the sheet through the workbook gateway.
 */
export function useExport(
  host: PaneHost,
  engine: () => Engine,
  analysis: Analysis | null,
  settings: PaneSettings,
  lang: Lang,
  sheetName: string,
  gate: ChangeGate,
  report: (error: unknown) => void,
  announce: (message: Announcement | null) => void,
  /** Only this programme's tables; null: each programme's, a section each. */
  programme: ProgrammeId | null = null,
  /** The review, for the findings sheet's verdict and reason columns. */
  review: ReviewState = EMPTY_REVIEW,
  /** The findings the pane lists, for the findings sheet: the analysis's and a comparison's; by default the analysis's. */
  listed: Analysis | null = null,
  /** Targets a comparison found changed: footnoted in the indicator table when settings.markChangedTargets. */
  changedTargets: ChangedTargets | null = null
): ExportValue {
  const [busy, setBusy] = useState<ExportAction | null>(null);
  const [insertedSheet, setInsertedSheet] = useState<string | null>(null);
  const [insertedFindings, setInsertedFindings] = useState<string | null>(null);
  const [copyFallback, setCopyFallback] = useState<ExportValue["copyFallback"]>(null);

  const perform = useCallback(
    async (action: ExportAction, analysis: Analysis, options: LayoutOptions): Promise<void> => {
      switch (action) {
        case "insert": {
          const plan = await engine().sheetPlan(analysis, options);
          gate.begin();
          try {
            const name = await host.gateway.insertLayoutSheet(plan, sheetName);
            setInsertedSheet(name); // shown in the panel, in its own live region
          } finally {
            gate.end(Date.now());
          }
          return;
        }
        case "findings": {
          // The findings the pane shows, as plain rows: small enough to plan on the pane's thread.
          const all = listed ?? analysis;
          const shown = options.programme === undefined ? all : selectProgramme(all, options.programme);
          const plan = planFindingsSheet(findingRows({ analysis: shown, review }, lang), lang);
          gate.begin();
          try {
            setInsertedFindings(await host.gateway.insertLayoutSheet(plan, findingSheetNames(lang).findings));
          } finally {
            gate.end(Date.now());
          }
          return;
        }
        case "docx":
        case "html": {
          const { title, data } = await engine().render(analysis, options, action);
          const file = exportFileName(title, action);
          host.download(file, data, action === "docx" ? DOCX_MIME : HTML_MIME);
          announce((t) => t.downloaded(file));
          return;
        }
        case "copy": {
          const { data: html } = await engine().render(analysis, options, "fragment");
          if (await host.copyHtml(html)) {
            setCopyFallback(null);
            announce((t) => t.copied);
          } else if (htmlSize(html) > HAND_COPY_LIMIT) {
            setCopyFallback({ html: null });
          } else {
            setCopyFallback({ html: typeof html === "string" ? html : await html.text() });
          }
          return;
        }
      }
    },
    [host, engine, sheetName, gate, announce, review, lang, listed]
  );

  const start = useCallback(
    (action: ExportAction) => {
      if (!analysis) return;
      setBusy(action);
      const options: LayoutOptions = {
        lang,
        harmonise: settings.harmonise,
        statusColumn: settings.statusColumn,
        ...(programme === null ? {} : { programme }),
        ...(settings.markChangedTargets && changedTargets !== null ? { changedTargets } : {}),
      };
      perform(action, analysis, options)
        .catch(report)
        .finally(() => setBusy(null));
    },
    [
      analysis,
      lang,
      settings.harmonise,
      settings.statusColumn,
      settings.markChangedTargets,
      changedTargets,
      programme,
      perform,
      report,
    ]
  );

  return {
    busy,
    insertedSheet,
    insertedFindings,
    copyFallback,
    closeFallback: () => setCopyFallback(null),
    start,
  };
}
