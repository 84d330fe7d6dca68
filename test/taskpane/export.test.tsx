/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { budgetWorkbook } from "../../bench/generate";
import { HAND_COPY_LIMIT } from "../../src/taskpane/hooks/useExport";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { renderPane, runCheck, tab } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

async function checkedOnTables(host = createFakeHost(createFakeGateway(workbook))) {
  const { user } = renderPane(host);
  await runCheck(user);
  await user.click(tab("Tabellen"));
  await screen.findByRole("button", { name: "Download .docx" });
  return { user, host };
}

describe("Tables and export", () => {
  test("needs a check first", async () => {
    const host = createFakeHost(createFakeGateway(workbook));
    const { user } = renderPane(host);
    await user.click(tab("Tabellen"));
    const docx = await screen.findByRole("button", { name: "Download .docx" });
    expect(docx).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText(/Controleer eerst de werkmap/)).toBeInTheDocument();
    await user.click(docx);
    expect(host.download).not.toHaveBeenCalled();
  });

  test("'Download .docx' hands the host a Word document", async () => {
    const { user, host } = await checkedOnTables();
    await user.click(screen.getByRole("button", { name: "Download .docx" }));
    await waitFor(() => expect(host.download).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const [name, data, mime] = host.download.mock.calls[0]!;
    expect(name).toBe("Begrotingstabellen Dienstverlening.docx");
    expect(mime).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(data).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(...(data as Uint8Array).slice(0, 2))).toBe("PK");
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Begrotingstabellen Dienstverlening.docx gedownload."
      )
    );
  }, 20_000);

  test("'Download .html' hands the host a whole HTML document, with the chosen options", async () => {
    const { user, host } = await checkedOnTables();
    await user.click(screen.getByRole("switch", { name: "Statuskolom toevoegen" }));
    await user.click(screen.getByRole("button", { name: "Download .html" }));
    await waitFor(() => expect(host.download).toHaveBeenCalledTimes(1));
    const [name, data, mime] = host.download.mock.calls[0]!;
    expect(name).toBe("Begrotingstabellen Dienstverlening.html");
    expect(mime).toBe("text/html;charset=utf-8");
    expect(data).toMatch(/^<!DOCTYPE html>/);
    expect(data).toContain("Prestatie-indicatoren Dienstverlening");
    expect(data).toContain("✗ norm");
  });

  test("'Bevindingen naar nieuw blad' writes a row per finding through the sheet writer, never over a sheet", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = await checkedOnTables(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Bevindingen naar nieuw blad" }));
    const panel = screen.getByRole("tabpanel", { name: "Tabellen" });
    expect(await within(panel).findByText("Bevindingen ingevoegd op blad 'Bevindingen'.")).toBeVisible();
    const [plan, baseName] = gateway.insertLayoutSheet.mock.calls[0]!;
    expect(baseName).toBe("Bevindingen");
    const row = (r: number) => plan.cells.filter((c) => c.row === r).map((c) => c.text);
    expect(row(0)).toEqual([
      "Blad",
      "Cel",
      "Indicator",
      "Jaar",
      "Ernst",
      "Code",
      "Melding",
      "Beoordeling",
      "Reden",
    ]);
    expect(plan.rowHeights).toHaveLength(1 + 19);
    const d11 = plan.cells.find((c) => c.text === "D11")!;
    expect(row(d11.row).slice(4, 6)).toEqual(["fout", "norm/breach"]);
    expect(plan.cells.find((c) => c.row === d11.row && c.text === "fout")!.style.fill).toBe("#FFC7CE");
    await user.click(screen.getByRole("button", { name: "Bevindingen naar nieuw blad" }));
    expect(await within(panel).findByText("Bevindingen ingevoegd op blad 'Bevindingen (2)'.")).toBeVisible();
  });

  test("'Tabellen invoegen' adds a sheet through the gateway and names it", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = await checkedOnTables(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Tabellen invoegen" }));
    const panel = screen.getByRole("tabpanel", { name: "Tabellen" });
    expect(await within(panel).findByText("Tabellen ingevoegd op blad 'Begrotingstabellen'.")).toBeVisible();
    const [plan, baseName] = gateway.insertLayoutSheet.mock.calls[0]!;
    expect(baseName).toBe("Begrotingstabellen");
    expect(plan.cells.length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Tabellen invoegen" }));
    expect(
      await within(panel).findByText("Tabellen ingevoegd op blad 'Begrotingstabellen (2)'.")
    ).toBeVisible();
  });

  test("'Kopieer HTML' puts the tables on the clipboard", async () => {
    const { user, host } = await checkedOnTables();
    await user.click(screen.getByRole("button", { name: "Kopieer HTML" }));
    await waitFor(() => expect(host.copyHtml).toHaveBeenCalledTimes(1));
    expect(host.copyHtml.mock.calls[0]![0]).toMatch(/^<div lang="nl">/);
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("HTML gekopieerd"));
    expect(screen.queryByRole("textbox", { name: "HTML van de tabellen" })).not.toBeInTheDocument();
  });

  test("where the clipboard is refused, the HTML is shown selected to copy with Ctrl+C", async () => {
    const host = createFakeHost(createFakeGateway(workbook));
    host.copyHtml.mockResolvedValue(false);
    const { user } = await checkedOnTables(host);
    await user.click(screen.getByRole("button", { name: "Kopieer HTML" }));
    const box = await screen.findByRole("textbox", { name: "HTML van de tabellen" });
    expect(box).toHaveAttribute("readonly");
    expect((box as HTMLTextAreaElement).value).toBe(host.copyHtml.mock.calls[0]![0]);
    expect(box).toHaveFocus();
    expect((box as HTMLTextAreaElement).selectionEnd).toBe((box as HTMLTextAreaElement).value.length);
    expect(screen.getByText(/Kopieer met Ctrl\+C/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sluiten" }));
    expect(screen.queryByRole("textbox", { name: "HTML van de tabellen" })).not.toBeInTheDocument();
  });

  test("where the clipboard is refused and the HTML is too large to show, the .html download is offered", async () => {
    const host = createFakeHost(createFakeGateway(budgetWorkbook(1, 400, 8)));
    host.copyHtml.mockResolvedValue(false);
    const { user } = await checkedOnTables(host);
    await user.click(screen.getByRole("button", { name: "Kopieer HTML" }));
    await screen.findByText(/te groot om hier te tonen/);
    expect((host.copyHtml.mock.calls[0]![0] as string).length).toBeGreaterThan(HAND_COPY_LIMIT);
    expect(screen.queryByRole("textbox", { name: "HTML van de tabellen" })).not.toBeInTheDocument();
    // The offer's own button, beside the panel's, has the focus.
    expect(screen.getAllByRole("button", { name: "Download .html" })).toHaveLength(2);
    const download = document.activeElement as HTMLElement;
    expect(download).toHaveAccessibleName("Download .html");
    await user.click(download);
    await waitFor(() => expect(host.download).toHaveBeenCalledTimes(1));
    expect(host.download.mock.calls[0]![0]).toBe("Begrotingstabellen P1.html");
    expect(screen.queryByText(/te groot om hier te tonen/)).not.toBeInTheDocument();
  }, 30_000);

  test("a protected workbook structure when inserting is reported", async () => {
    const gateway = createFakeGateway(workbook);
    const { GatewayError } = await import("../../src/core/gateway");
    gateway.insertLayoutSheet.mockRejectedValueOnce(
      new GatewayError("failed", "workbook structure is protected")
    );
    const { user } = await checkedOnTables(createFakeHost(gateway));
    await user.click(screen.getByRole("button", { name: "Tabellen invoegen" }));
    expect(await screen.findByRole("group", { name: "Excel meldde een fout" })).toHaveTextContent(
      "workbook structure is protected"
    );
  });
});
