/** @jest-environment jsdom */
/**
 * Tabellen, when comparing: the indicator table can mark the targets changed since the reference with
 * a footnote, as budget documents do ("¹ Streefwaarde gewijzigd ten opzichte van de begroting 2025.").
 * The real compare engine, on the sample against its previous-year variant (examples/), where two
 * targets changed: wachttijd op afspraak (Maximaal 4 min → Maximaal 5 min) and telefoonnummer 14 050
 * (7,0 → 7,5).
 */
import "@testing-library/jest-dom";
import * as fs from "node:fs";
import * as path from "node:path";
import { screen, waitFor } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { completeBlob } from "./jsdomBlob";
import { renderPane, runCheck, tab, type User } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

const REFERENCE = path.join(__dirname, "../../examples/begroting-2025-dienstverlening.xlsx");
const SWITCH = "Gewijzigde streefwaarden met een voetnoot markeren (ten opzichte van begroting 2025)";
const FOOTNOTE = "Streefwaarde gewijzigd ten opzichte van de begroting 2025.";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
  completeBlob();
});
beforeEach(() => localStorage.clear());

async function downloadHtml(user: User, host: ReturnType<typeof createFakeHost>): Promise<string> {
  host.download.mockClear();
  await user.click(screen.getByRole("button", { name: "Download .html" }));
  await waitFor(() => expect(host.download).toHaveBeenCalledTimes(1), { timeout: 10_000 });
  const data = host.download.mock.calls[0]![1];
  return typeof data === "string" ? data : new TextDecoder().decode(data as Uint8Array);
}

describe("footnoting changed targets", () => {
  test("is offered once a comparison found changed targets, and puts the footnote in the export", async () => {
    const host = createFakeHost(createFakeGateway(workbook));
    const { user } = renderPane(host);
    await runCheck(user);
    await user.click(tab("Tabellen"));
    await screen.findByRole("button", { name: "Download .html" });
    expect(screen.queryByRole("switch", { name: SWITCH })).not.toBeInTheDocument();

    await user.click(tab("Controle"));
    const bytes = fs.readFileSync(REFERENCE);
    await user.upload(
      screen.getByLabelText("Versie om mee te vergelijken (.xlsx)"),
      new File([Uint8Array.from(bytes)], path.basename(REFERENCE), { lastModified: Date.UTC(2024, 10, 5) })
    );
    // The check with the comparison: the sample's 4 errors and 13 warnings, and the comparison's
    // realisation that differs (error) and dropped indicator and lowered target (warnings).
    await waitFor(
      () =>
        expect(screen.getByRole("status")).toHaveTextContent("Controle klaar: 5 fouten, 15 waarschuwingen"),
      { timeout: 15_000 }
    );

    await user.click(tab("Tabellen"));
    const footnoteSwitch = await screen.findByRole("switch", { name: SWITCH }, { timeout: 10_000 });
    expect(footnoteSwitch).not.toBeChecked(); // off until asked for
    expect(await downloadHtml(user, host)).not.toContain(FOOTNOTE);

    await user.click(footnoteSwitch);
    const html = await downloadHtml(user, host);
    expect(html).toContain(`¹ ${FOOTNOTE}`);
    // Both changed targets carry the marker, and nothing else does.
    expect(html.match(/¹/g)).toHaveLength(3);
    expect(html).toMatch(/Maximaal 5 min\s*(?:<[^>]+>\s*)*¹/);
    expect(html).toMatch(/7,5\s*(?:<[^>]+>\s*)*¹/);
  }, 40_000);
});
