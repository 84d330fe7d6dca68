import type { WorkbookGateway } from "../core/gateway";
import type { FileLike } from "./state/comparison";

/**
 * Everything the pane needs from where it runs. Office (index.tsx) and the browser demo (src/demo)
 * each build one; the tests build a fake. The pane never touches Office.js or the page directly.
 */
export interface PaneHost {
  /** The one way to the workbook. */
  readonly gateway: WorkbookGateway;
  readonly kind: "excel" | "demo";
  /** A BCP 47 tag such as "nl-NL" or "en-US": "nl…" gives a Dutch pane, anything else English. */
  readonly displayLanguage: string;
  readonly theme: "light" | "dark";
  /** Saves a file to the user's computer. */
  download(name: string, data: Blob | Uint8Array | string, mime: string): void;
  /**
   * Puts HTML (text, or a text/html Blob the engine worker made) on the clipboard; false when the
   * host's frame does not allow it (the pane then shows it to copy by hand, where it is small enough).
   */
  copyHtml(html: Blob | string): Promise<boolean>;
  /** Opens a page of the user guide (an absolute address); where absent, the link opens a new tab. */
  openHelp?(url: string): void;
  /**
   * A version to compare with that the host has at hand, offered beside 'Vergelijken met…': the
   * demo's previous-year sample ("begroting 2025"). Absent in Excel.
   */
  readonly referenceSample?: {
    /** What the document is called in the offer: "begroting 2025". */
    readonly label: string;
    /** Fetches the file. */
    load(): Promise<FileLike>;
  };
  /** Puts plain text on the clipboard; false when refused (the pane then shows it to copy by hand). */
  copyText?(text: string): Promise<boolean>;
  /** What Office says about where the pane runs, for the diagnosis; absent outside Office (the demo). */
  environment?(): HostEnvironment;
}

/** Office's host, platform and version, its display language and the ExcelApi versions it supports. */
export interface HostEnvironment {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  readonly displayLanguage: string;
  readonly excelApi: readonly string[];
}
