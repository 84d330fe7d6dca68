/**
 * What the task pane needs from where it runs (src/taskpane/host.ts), restated until that module
 * is in the repository; structurally the same type, so the demo's host fits the pane's.
 */
import type { WorkbookGateway } from "../core/gateway";

export interface PaneHost {
  readonly gateway: WorkbookGateway;
  readonly kind: "excel" | "demo";
  readonly displayLanguage: string;
  readonly theme: "light" | "dark";
  download(name: string, data: Uint8Array | string, mime: string): void;
  copyHtml(html: string): Promise<boolean>;
}
