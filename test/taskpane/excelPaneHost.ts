import { deserialize, serialize } from "node:v8";
import { createExcelGateway } from "../../src/excel/excelGateway";
import type { PaneHost } from "../../src/taskpane/host";

// jsdom has no structuredClone; the Excel double's document settings use it.
const globals = globalThis as unknown as Record<string, unknown>;
globals["structuredClone"] ??= (value: unknown) => deserialize(serialize(value)) as unknown;

/**
 * The pane's host in Excel, over the installed Excel test double (test/excel/excelDouble.ts): the real
 * Excel gateway, Dutch, and downloads and copies recorded by jest.
 */
export function excelPaneHost(extra: Partial<PaneHost> = {}): PaneHost {
  return {
    gateway: createExcelGateway(),
    kind: "excel",
    displayLanguage: "nl-NL",
    theme: "light",
    download: jest.fn(),
    copyHtml: jest.fn(async () => true),
    ...extra,
  };
}
