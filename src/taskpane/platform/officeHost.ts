/* global Office */
import { readOfficeEnvironment } from "../../excel/diagnostics";
import { createExcelGateway } from "../../excel/excelGateway";
import type { PaneHost } from "../host";
import { copyHtmlToClipboard, copyTextToClipboard } from "./clipboard";
import { downloadFile } from "./download";

/** "#1F1F1F" → dark, "#FFFFFF" → light, by relative luminance; null when it is not a hex colour. */
export function themeFromBackground(color: string | null | undefined): "light" | "dark" | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec((color ?? "").trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

/** Office.context, or undefined outside Office (a plain browser) or when office.js did not load. */
function officeContext(): Office.Context | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context ?? undefined);
  } catch {
    return undefined;
  }
}

/** The pane's host inside Excel: the Office.js gateway, Office's language and theme. */
export function createOfficeHost(): PaneHost {
  const context = officeContext();
  let displayLanguage = "nl-NL";
  let theme: "light" | "dark" = "light";
  try {
    displayLanguage = context?.displayLanguage || globalThis.navigator?.language || displayLanguage;
    theme = themeFromBackground(context?.officeTheme?.bodyBackgroundColor) ?? "light";
  } catch {
    // Some hosts throw on these getters outside a document; the defaults stand.
  }
  return {
    gateway: createExcelGateway(),
    kind: "excel",
    displayLanguage,
    theme,
    download: (name, data, mime) => downloadFile(name, data, mime),
    copyHtml: (html) => copyHtmlToClipboard(html),
    copyText: (text) => copyTextToClipboard(text),
    openHelp: (url) => openHelpPage(url),
    environment: readOfficeEnvironment,
  };
}

/**
 * Opens a page of the user guide from inside Excel: in Office's dialog (the page is on the add-in's
 * own origin), else in the browser (OpenBrowserWindowApi 1.1), else as an ordinary new window.
 */
export function openHelpPage(url: string): void {
  const ui = officeContext()?.ui;
  const inBrowser = () => {
    if (ui && Office.context.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1"))
      ui.openBrowserWindow(url);
    else globalThis.open?.(url, "_blank", "noopener");
  };
  if (!ui || typeof ui.displayDialogAsync !== "function") return inBrowser();
  try {
    ui.displayDialogAsync(url, { height: 70, width: 40, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) inBrowser(); // e.g. a dialog is already open
    });
  } catch {
    inBrowser();
  }
}
