/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { readOfficeEnvironment } from "../../src/excel/diagnostics";
import { copyTextToClipboard } from "../../src/taskpane/platform/clipboard";
import type { PaneHost } from "../../src/taskpane/host";
import { budgetWorkbook } from "../excel/budgetWorkbook";
import { FakeContext } from "../excel/double/runtime";
import { OfficeError, installExcelDouble, type ExcelDouble } from "../excel/excelDouble";
import { excelPaneHost } from "./excelPaneHost";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { renderPane, runCheck, tab } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { versionDefine } = require("../../webpack.common.js") as {
  versionDefine: () => { definitions: Record<string, string> };
};

const VERSION_CONSTANT = "__INDICATOR_CHECK_VERSION__";
const globals = globalThis as unknown as Record<string, unknown>;

/** A text nobody would type, in a cell of the workbook: it must never reach the diagnosis. */
const MARKER = "ZZ-MARKER-9d41e";

let double: ExcelDouble | null = null;
beforeEach(() => {
  localStorage.clear();
  globals[VERSION_CONSTANT] = version; // what the build's DefinePlugin puts in
});
afterEach(() => {
  double?.uninstall();
  double = null;
  delete globals[VERSION_CONSTANT];
  jest.restoreAllMocks();
});

/** The pane in Excel on the web over the test double, with the diagnosis copied into `copied`. */
function excelHost(copied: string[]): PaneHost {
  const model = budgetWorkbook(12);
  const sheet = model.sheets[0]!;
  sheet.cells.set("5,0", { value: `Wachttijd balie ${MARKER}` });
  sheet.cells.set("6,8", { value: `Bron: ${MARKER}` });
  double = installExcelDouble(model);
  const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context["diagnostics"] = { host: "Excel", platform: "OfficeOnline", version: "16.0.19822.20000" };
  office.context["displayLanguage"] = "nl-NL";
  return excelPaneHost({
    copyText: jest.fn(async (text: string) => {
      copied.push(text);
      return true;
    }),
    environment: readOfficeEnvironment,
  });
}

/** Every text a cell of the double holds (values and display texts). */
function cellTexts(d: ExcelDouble): string[] {
  return d.model.sheets.flatMap((s) =>
    [...s.cells.values()].flatMap((c) => [c.value, c.text]).filter((v): v is string => typeof v === "string")
  );
}

describe("Diagnose kopiëren", () => {
  test("copies versions, Office, sets, language, the last check's syncs and times, and the error codes, and no cell text", async () => {
    const copied: string[] = [];
    const { user } = renderPane(excelHost(copied));
    await runCheck(user);

    // Excel refuses the next request with a message that quotes a cell, as it can.
    const refusal = new OfficeError("InvalidArgument", `The argument '${MARKER}' is invalid.`);
    Object.assign(refusal.debugInfo, { errorLocation: "Range.values" });
    jest.spyOn(FakeContext.prototype, "sync").mockRejectedValueOnce(refusal);
    await user.click(screen.getByRole("button", { name: "Markeringen wissen" }));
    await screen.findByText(/Excel meldde een fout/);

    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: "Diagnose kopiëren" }));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(
      await screen.findByText("Diagnose gekopieerd: plak hem in uw melding aan de helpdesk.")
    ).toBeVisible();

    const text = copied[0]!;
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 7)).toEqual([
      "Indicator Check – diagnose",
      expect.stringMatching(/^Gemaakt: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      `Versie invoegtoepassing: ${version}`,
      "Office (toepassing, platform, versie): Excel · OfficeOnline · 16.0.19822.20000",
      "ExcelApi-versies: 1.1–1.18",
      "Weergavetaal Office: nl-NL",
      "Taal taakvenster: nl",
    ]);
    expect(lines[7]).toMatch(/^Laatste controle: \S+Z, \d+ ms, geslaagd$/);
    // The engine runs on the test's own thread, which tells no phases (with a worker: detect, parse …).
    expect(lines[8]).toMatch(
      /^ {2}Stappen: reading \d+ ms · analysing \d+ ms · marking \d+ ms · review \d+ ms$/
    );
    expect(lines[9]).toMatch(
      /^ {2}Excel-bewerkingen: read \d+ ms 2 syncs · mark \d+ ms [2-9] syncs · review-load \d+ ms 1 sync\b/
    );
    expect(lines.slice(10)).toEqual([
      "Laatste fouten: 1",
      expect.stringMatching(/^ {2}\S+Z clear: failed \(Office: InvalidArgument, Range\.values\)$/),
    ]);

    // No cell's text, and surely not the marker Excel's message quoted.
    expect(text).not.toContain(MARKER);
    const texts = cellTexts(double!).filter((t) => t.length >= 5 && t !== "Indicator");
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => text.includes(t))).toEqual([]);
  });

  test("shows the diagnosis to copy by hand where the clipboard is refused, in English too", async () => {
    const copied: string[] = [];
    const host = { ...excelHost(copied), copyText: jest.fn(async () => false) };
    const { user } = renderPane(host);
    await user.click(tab("Instellingen"));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Taal" }), "English");
    await user.click(screen.getByRole("button", { name: "Copy diagnosis" }));
    const box = await screen.findByRole("textbox", { name: "Diagnosis" });
    expect(screen.getByText("Copying is not allowed here. Copy the diagnosis with Ctrl+C.")).toBeVisible();
    const value = (box as HTMLTextAreaElement).value;
    expect(value.split("\n").slice(0, 1)).toEqual(["Indicator Check – diagnosis"]);
    expect(value).toContain("\nLast check: not checked yet\n");
    expect(value).toContain("\nLast errors: none\n");
  });

  test("says host demo in the browser demo", async () => {
    const copied: string[] = [];
    const host = createFakeHost(createFakeGateway(await sampleWorkbook()), {
      copyText: async (text: string) => (copied.push(text), true),
    });
    const { user } = renderPane(host);
    await runCheck(user);
    await user.click(tab("Instellingen"));
    await user.click(await screen.findByRole("button", { name: "Diagnose kopiëren" }));
    await waitFor(() => expect(copied).toHaveLength(1));
    const lines = copied[0]!.split("\n");
    expect(lines).toContain("Office (toepassing, platform, versie): demo");
    expect(lines).toContain("ExcelApi-versies: geen");
    // The demo counts no syncs: the operations are timed only.
    expect(lines.find((l) => l.startsWith("  Excel-bewerkingen:"))).toMatch(
      /^ {2}Excel-bewerkingen: read \d+ ms · mark \d+ ms · review-load \d+ ms$/
    );
  });

  test("the build puts package.json's version in", () => {
    expect(versionDefine().definitions[VERSION_CONSTANT]).toBe(JSON.stringify(version));
  });
});

describe("copying plain text", () => {
  afterEach(() => Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true }));

  test("puts only text/plain in the copy event, so the lines paste as lines", async () => {
    const data = new Map<string, string>();
    document.execCommand = jest.fn((command: string) => {
      const event = new Event(command, { cancelable: true });
      Object.defineProperty(event, "clipboardData", {
        value: { setData: (type: string, value: string) => data.set(type, value) },
      });
      document.dispatchEvent(event);
      return true;
    });
    await expect(copyTextToClipboard("a\nb\n")).resolves.toBe(true);
    expect(Object.fromEntries(data)).toEqual({ "text/plain": "a\nb\n" });
  });

  test("falls back to the async clipboard's writeText, and says false when that is refused too", async () => {
    document.execCommand = jest.fn(() => false);
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await expect(copyTextToClipboard("diagnose")).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith("diagnose");
    writeText.mockRejectedValueOnce(new DOMException("denied", "NotAllowedError"));
    await expect(copyTextToClipboard("diagnose")).resolves.toBe(false);
  });
});
