/** @jest-environment jsdom */
/**
 * Live re-check with a gateway that passes over its own echoes (the Excel gateway on ExcelApi 1.14
 * and later, where change events name their source: events-own-writes.test.ts). The pane then need
 * not hold back changes while it writes: the user's edit made while a check runs is heard, and
 * queues exactly one more check. A gateway that cannot tell keeps the pane's gate.
 */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import type { WorkbookData } from "../../src/core/workbook";
import { RECHECK_DELAY_MS, echoesFiltered } from "../../src/taskpane/hooks/useLiveRecheck";
import { createFakeGateway, createFakeHost, type FakeGateway } from "../taskpane/fakeGateway";
import { renderPane, tab } from "../taskpane/renderPane";
import { sampleWorkbook } from "../taskpane/sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

const withCapabilities = (gateway: FakeGateway, triggerSource: boolean) =>
  Object.assign(gateway, {
    capabilities: () => ({ minimum: true, annotations: "notes" as const, triggerSource }),
  });

/** Live re-check on, then a check whose read waits until the user has typed in the workbook. */
async function editWhileChecking(gateway: FakeGateway): Promise<void> {
  const { user } = renderPane(createFakeHost(gateway));
  await user.click(tab("Instellingen"));
  await user.click(await screen.findByRole("switch", { name: "Opnieuw controleren bij wijzigingen" }));
  await waitFor(() => expect(gateway.listeners.size).toBe(1));
  let finish: () => void = () => undefined;
  gateway.readWorkbook.mockImplementationOnce(
    () => new Promise((resolve) => (finish = () => resolve(workbook)))
  );
  await user.click(screen.getByRole("button", { name: "Controleren" }));
  await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(1));
  act(() => gateway.emitChange()); // the user types in D11 while the check reads
  await act(async () => finish());
  await waitFor(() => expect(gateway.applyMarks).toHaveBeenCalledTimes(1));
  await act(() => new Promise((resolve) => setTimeout(resolve, RECHECK_DELAY_MS + 700)));
}

describe("live re-check and the pane's own writes", () => {
  it("hears the user's edit during a check where the gateway passes over its own echoes: one more check", async () => {
    const gateway = withCapabilities(createFakeGateway(workbook), true);
    await editWhileChecking(gateway);
    await waitFor(() => expect(gateway.readWorkbook).toHaveBeenCalledTimes(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, RECHECK_DELAY_MS + 500)));
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(2); // and no third: our marks are no edit
  });

  it("keeps the gate where the gateway cannot tell its own echoes from the user's", async () => {
    const gateway = withCapabilities(createFakeGateway(workbook), false);
    await editWhileChecking(gateway);
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
  });

  it("knows which gateways pass over their own echoes", () => {
    expect(echoesFiltered(createFakeGateway(workbook))).toBe(false);
    expect(echoesFiltered(withCapabilities(createFakeGateway(workbook), true))).toBe(true);
    const throwing = Object.assign(createFakeGateway(workbook), {
      capabilities: () => {
        throw new Error("not in Excel");
      },
    });
    expect(echoesFiltered(throwing)).toBe(false);
  });
});
