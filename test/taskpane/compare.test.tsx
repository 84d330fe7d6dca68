/** @jest-environment jsdom */
/**
 * 'Vergelijken met…' in the pane: the chosen file is compared with on every check until the user
 * stops; the comparison's findings are counted, listed and marked beside the check's; the review
 * remembers the reference, and a later session asks for its file again. The comparison itself is
 * the compare engine's (src/core/compare): here a stand-in reports one finding, so these tests pin
 * what the pane does with a comparison, whatever it finds.
 */
import "@testing-library/jest-dom";
import * as fs from "node:fs";
import { screen, waitFor, within } from "@testing-library/react";
import { compareAnalyses } from "../../src/core/compare";
import type * as StandIn from "./compareStandIn";
import { drift, reportDrift } from "./compareStandIn";
import type { ReviewEntry, ReviewReference } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { places, renderPane, runCheck, type User } from "./renderPane";
import { completeBlob } from "./jsdomBlob";
import { SAMPLE, sampleWorkbook } from "./sampleWorkbook";

jest.mock("../../src/core/compare", () =>
  (jest.requireActual("./compareStandIn") as typeof StandIn).standInModule()
);
const compare = compareAnalyses as jest.MockedFunction<typeof compareAnalyses>;

const NAME = "begroting-2025-dienstverlening.xlsx";
const MODIFIED = Date.UTC(2025, 10, 4, 15, 12);
const REFERENCE: ReviewReference = { name: NAME, modified: new Date(MODIFIED).toISOString() };

let workbook: WorkbookData;
let sampleBytes: Uint8Array;
beforeAll(async () => {
  workbook = await sampleWorkbook();
  sampleBytes = fs.readFileSync(SAMPLE);
  completeBlob();
});
beforeEach(() => {
  localStorage.clear();
  reportDrift(compare);
});

const referenceFile = (bytes: Uint8Array = sampleBytes, name = NAME) =>
  new File([Uint8Array.from(bytes)], name, { lastModified: MODIFIED });

async function chooseFile(user: User, file: File): Promise<void> {
  await user.upload(screen.getByLabelText("Versie om mee te vergelijken (.xlsx)"), file);
}

const status = () => screen.getByRole("status");
const summary = () => screen.getByRole("region", { name: "Samenvatting" });

describe("Vergelijken met…", () => {
  test("compares every check with the chosen file until the user stops", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    expect(within(summary()).getByText("13 waarschuwingen")).toBeInTheDocument();

    // Choosing the file checks again, with the comparison.
    await chooseFile(user, referenceFile());
    await waitFor(() => expect(status()).toHaveTextContent("Controle klaar: 4 fouten, 14 waarschuwingen"));
    expect(screen.getByText("Vergeleken met begroting-2025-dienstverlening.xlsx (4 nov 2025)")).toBeVisible();
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]![2]).toEqual({ name: NAME, label: "begroting 2025" });
    // Its finding is listed, marked and counted beside the check's.
    expect(await within(summary()).findByText("14 waarschuwingen")).toBeInTheDocument();
    expect(places()).toContain("Indicatoren!A1");
    expect(gateway.marks).toContainEqual(
      expect.objectContaining({ sheet: "Indicatoren", cell: "A1", kind: "warning", findingIds: [drift.id] })
    );
    expect(gateway.applyMarks).toHaveBeenCalledTimes(2); // once per check: the comparison's marks with the check's
    expect(gateway.review.reference).toEqual(REFERENCE);

    // The next check compares again, with the same file.
    await user.click(screen.getByRole("button", { name: "Controleren" }));
    await waitFor(() => expect(compare).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(status()).toHaveTextContent("Controle klaar: 4 fouten, 14 waarschuwingen"));

    // Stopping checks again without it: its finding, mark and the remembered reference are gone.
    await user.click(screen.getByRole("button", { name: "Stoppen met vergelijken" }));
    await waitFor(() => expect(status()).toHaveTextContent("Controle klaar: 4 fouten, 13 waarschuwingen"));
    expect(await within(summary()).findByText("13 waarschuwingen")).toBeInTheDocument();
    expect(compare).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Vergeleken met/)).not.toBeInTheDocument();
    expect(gateway.marks.some((m) => m.cell === "A1")).toBe(false);
    expect(gateway.review.reference).toBeUndefined();
  });

  test("a reference the review remembers is asked for again; its verdicts stay as they are", async () => {
    const verdict = {
      findingId: "compare.target-changed:klanttevredenheid:2026",
      status: "te-corrigeren",
      at: "2026-03-02T10:00:00.000Z",
      fingerprint: "f",
      code: "compare/target-changed",
      sheet: "Indicatoren",
      cell: "G9",
      summary: "streefwaarde verlaagd",
    } as unknown as ReviewEntry;
    const review = { version: 1 as const, entries: { [verdict.findingId]: verdict }, reference: REFERENCE };
    const gateway = createFakeGateway(workbook, review);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    expect(
      screen.getByText(
        "Vergeleken met begroting-2025-dienstverlening.xlsx (4 nov 2025) — kies het bestand opnieuw om weer te vergelijken"
      )
    ).toBeVisible();
    expect(screen.getByRole("button", { name: "Vergelijken met…" })).toBeVisible();
    expect(compare).not.toHaveBeenCalled();
    // Not compared is not resolved: the verdict on the comparison's finding is left alone.
    expect(gateway.saveReview).not.toHaveBeenCalled();
    expect(gateway.review.entries[verdict.findingId]).toBe(verdict);

    await chooseFile(user, referenceFile());
    await waitFor(() => expect(compare).toHaveBeenCalledTimes(1));
    await screen.findByText("Vergeleken met begroting-2025-dienstverlening.xlsx (4 nov 2025)");
    expect(screen.queryByText(/kies het bestand opnieuw/)).not.toBeInTheDocument();
  });

  test.each([
    [
      "not an .xlsx",
      () => referenceFile(new TextEncoder().encode("Indicator;2024\nWachttijd;8 min"), "export.xlsx"),
      "export.xlsx is geen Excel-werkmap",
    ],
    ["empty", () => referenceFile(new Uint8Array(0), "leeg.xlsx"), "leeg.xlsx is leeg"],
  ])(
    "a file that is %s: says so, compares nothing, and the check's findings stay",
    async (_, file, title) => {
      const gateway = createFakeGateway(workbook);
      const { user } = renderPane(createFakeHost(gateway));
      await runCheck(user);
      await chooseFile(user, file());
      expect(await screen.findByText(title)).toBeVisible();
      expect(compare).not.toHaveBeenCalled();
      expect(screen.queryByText(/Vergeleken met/)).not.toBeInTheDocument();
      expect(within(summary()).getByText("13 waarschuwingen")).toBeInTheDocument();
      expect(gateway.review.reference).toBeUndefined();
      // The file was let go: the next check does not try it again.
      await user.click(screen.getByRole("button", { name: "Controleren" }));
      await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(3));
      expect(screen.getAllByText(title)).toHaveLength(1);
    }
  );

  test("the host's own previous version is offered beside the file input (the demo's sample)", async () => {
    const gateway = createFakeGateway(workbook);
    const load = jest.fn(async () => referenceFile());
    const host = createFakeHost(gateway, { referenceSample: { label: "begroting 2025", load } });
    const { user } = renderPane(host);
    await user.click(screen.getByRole("button", { name: "Vergelijk met begroting 2025 (voorbeeld)" }));
    await waitFor(() => expect(compare).toHaveBeenCalledTimes(1));
    await screen.findByText("Vergeleken met begroting-2025-dienstverlening.xlsx (4 nov 2025)");
    await waitFor(() => expect(status()).toHaveTextContent("Controle klaar: 4 fouten, 14 waarschuwingen"));
    expect(load).toHaveBeenCalledTimes(1);
    expect(gateway.review.reference).toEqual(REFERENCE);
  });

  test("'Bevindingen naar nieuw blad' lists the comparison's findings with the check's", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await chooseFile(user, referenceFile());
    await waitFor(() => expect(status()).toHaveTextContent("Controle klaar: 4 fouten, 14 waarschuwingen"));
    await user.click(screen.getByRole("tab", { name: "Tabellen" }));
    await user.click(await screen.findByRole("button", { name: "Bevindingen naar nieuw blad" }));
    await screen.findByText("Bevindingen ingevoegd op blad 'Bevindingen'.");
    const [plan] = gateway.insertLayoutSheet.mock.calls[0]!;
    const rows = new Set(plan.cells.filter((c) => c.row > 0).map((c) => c.row));
    expect(rows.size).toBe(20);
    const cellsOf = (text: string) => plan.cells.filter((c) => c.text === text).map((c) => c.row);
    expect(cellsOf("A1")).toHaveLength(1);
  });

  test("in English", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway, { displayLanguage: "en-GB" }));
    await user.upload(screen.getByLabelText("Version to compare with (.xlsx)"), referenceFile());
    await screen.findByText("Compared with begroting-2025-dienstverlening.xlsx (4 Nov 2025)");
    expect(screen.getByRole("button", { name: "Stop comparing" })).toBeVisible();
  });
});
