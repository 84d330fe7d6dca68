/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { analyseWorkbook } from "../../src/core/analyse";
import type { Finding } from "../../src/core/findings/types";
import type { ReviewEntry, ReviewState } from "../../src/core/review";
import type { WorkbookData } from "../../src/core/workbook";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, renderPane, runCheck } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
let findings: readonly Finding[];
const at = (sheet: string, cell: string) => findings.find((f) => f.sheet === sheet && f.cell === cell)!;

beforeAll(async () => {
  workbook = await sampleWorkbook();
  findings = analyseWorkbook(workbook).findings;
});
beforeEach(() => localStorage.clear());

function entry(finding: Finding, overrides: Partial<ReviewEntry> = {}): ReviewEntry {
  return {
    findingId: finding.id,
    status: "akkoord",
    reason: "raadsbesluit 2024",
    at: "2026-03-02T10:00:00.000Z",
    fingerprint: finding.fingerprint,
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    summary: "eerder beoordeeld",
    ...overrides,
  };
}

describe("Review", () => {
  test("'Akkoord' without a reason is refused with a message; nothing is saved", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFinding(user, "Indicatoren!B9");
    await user.click(screen.getByRole("button", { name: "Akkoord" }));
    expect(
      await screen.findByText("Geef een reden op waarom deze bevinding akkoord is.")
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Reden/ })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: /Reden/ })).toHaveAttribute("aria-invalid", "true");
    expect(gateway.saveReview).not.toHaveBeenCalled();
    expect(screen.getByText("0 van 19 beoordeeld")).toBeInTheDocument();
  });

  test("'Akkoord' with a reason saves the review, shows it and moves the progress", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFinding(user, "Indicatoren!B9");
    await user.type(
      screen.getByRole("textbox", { name: /Reden/ }),
      "Norm geldt pas vanaf 2023, zie raadsbesluit"
    );
    await user.type(screen.getByRole("textbox", { name: "Notitie (optioneel)" }), "navragen bij KCC");
    await user.type(screen.getByRole("textbox", { name: "Naam beoordelaar" }), "J. de Vries");
    await user.click(screen.getByRole("button", { name: "Akkoord" }));

    await waitFor(() => expect(gateway.saveReview).toHaveBeenCalledTimes(1));
    const saved = gateway.saveReview.mock.calls[0]![0];
    expect(saved.entries[at("Indicatoren", "B9").id]).toEqual(
      expect.objectContaining({
        status: "akkoord",
        reason: "Norm geldt pas vanaf 2023, zie raadsbesluit",
        note: "navragen bij KCC",
        reviewer: "J. de Vries",
        sheet: "Indicatoren",
        cell: "B9",
      })
    );
    expect(await screen.findByText("1 van 19 beoordeeld")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Akkoord" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText(/Beoordeeld door J\. de Vries op/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Alle bevindingen" }));
    expect(screen.getByRole("option", { name: /Indicatoren!B9/ })).toHaveTextContent("Akkoord");
  });

  test("'Te corrigeren' needs no reason; 'Open' takes the verdict back", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFinding(user, "Indicatoren!C9");
    await user.click(screen.getByRole("button", { name: "Te corrigeren" }));
    expect(await screen.findByText("1 van 19 beoordeeld")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(await screen.findByText("0 van 19 beoordeeld")).toBeInTheDocument();
    expect(gateway.review.entries[at("Indicatoren", "C9").id]?.status).toBe("open");
  });

  test("remembers the reviewer's name for the next session", async () => {
    const gateway = createFakeGateway(workbook);
    const first = renderPane(createFakeHost(gateway));
    await runCheck(first.user);
    await openFinding(first.user, "Indicatoren!C9");
    await first.user.type(screen.getByRole("textbox", { name: "Naam beoordelaar" }), "A. Jansen");
    first.unmount();
    expect(localStorage.getItem("indicator-check.reviewer")).toBe("A. Jansen");

    const second = renderPane(createFakeHost(createFakeGateway(workbook)));
    await runCheck(second.user);
    await openFinding(second.user, "Indicatoren!D9");
    expect(screen.getByRole("textbox", { name: "Naam beoordelaar" })).toHaveValue("A. Jansen");
  });

  test("a verdict on a finding that changed since is flagged 'gewijzigd sinds beoordeling' and counts as open", async () => {
    const b9 = at("Indicatoren", "B9");
    const d9 = at("Indicatoren", "D9");
    const review: ReviewState = {
      version: 1,
      entries: { [b9.id]: entry(b9, { fingerprint: "an older fingerprint" }), [d9.id]: entry(d9) },
    };
    const { user } = renderPane(createFakeHost(createFakeGateway(workbook, review)));
    await runCheck(user);
    expect(screen.getByText("1 van 19 beoordeeld")).toBeInTheDocument();
    expect(screen.getByRole("option", { name: /Indicatoren!B9/ })).toHaveTextContent(
      "gewijzigd sinds beoordeling"
    );
    expect(screen.getByRole("option", { name: /Indicatoren!D9/ })).not.toHaveTextContent("gewijzigd");
  });

  test("findings that disappeared stay visible under 'Opgelost', and the review records when", async () => {
    const gone = entry(at("Indicatoren", "B9"), {
      findingId: "norm/breach|something-fixed|2021",
      summary: "Norm niet gehaald in 2021: 60% terwijl de norm ten minste 80% is.",
      reason: "was een tikfout",
    });
    const review: ReviewState = { version: 1, entries: { [gone.findingId]: gone } };
    const gateway = createFakeGateway(workbook, review);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    const header = screen.getByRole("button", { name: "Opgelost (1)" });
    await user.click(header);
    const history = await screen.findByText(
      "Norm niet gehaald in 2021: 60% terwijl de norm ten minste 80% is."
    );
    expect(history.closest("li")).toHaveTextContent("was een tikfout");
    expect(history.closest("li")).toHaveTextContent(/opgelost op/);
    expect(gateway.saveReview).toHaveBeenCalledWith(
      expect.objectContaining({
        entries: { [gone.findingId]: expect.objectContaining({ resolvedAt: expect.any(String) }) },
      })
    );
  });

  test("a review from a newer version is shown as a warning and never overwritten", async () => {
    const gateway = Object.assign(createFakeGateway(workbook), {
      loadReviewDetailed: jest.fn(async () => ({
        state: { version: 1 as const, entries: {} },
        warning: "newer-version" as const,
      })),
    });
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    expect(
      screen.getByText(/gemaakt met een nieuwere versie van Indicator Check/, { selector: "div" })
    ).toBeVisible();
    await openFinding(user, "Indicatoren!C9");
    const accept = screen.getByRole("button", { name: "Te corrigeren" });
    expect(accept).toHaveAttribute("aria-disabled", "true");
    await user.click(accept);
    expect(gateway.saveReview).not.toHaveBeenCalled();
    expect(gateway.loadReview).not.toHaveBeenCalled();
  });

  test("a failed save is shown, and the verdict is not pretended", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFinding(user, "Indicatoren!C9");
    gateway.saveReview.mockRejectedValueOnce(new Error("custom XML part is read-only"));
    await user.click(screen.getByRole("button", { name: "Te corrigeren" }));
    const bar = await screen.findByRole("group", { name: /Er ging iets mis/ });
    expect(within(bar).getByText(/custom XML part is read-only/)).toBeInTheDocument();
    expect(screen.getByText("0 van 19 beoordeeld")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Te corrigeren" })).toHaveAttribute("aria-pressed", "false");
  });
});
