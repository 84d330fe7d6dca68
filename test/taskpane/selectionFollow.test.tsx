/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, renderHook, screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/core/findings/types";
import type { WorkbookData } from "../../src/core/workbook";
import { useSelectionFollow } from "../../src/taskpane/hooks/useSelectionFollow";
import { createFakeGateway, createFakeHost } from "./fakeGateway";
import { openFinding, renderPane, runCheck } from "./renderPane";
import { sampleWorkbook } from "./sampleWorkbook";

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await sampleWorkbook();
});
beforeEach(() => localStorage.clear());

const selectedFinding = () => screen.queryByRole("region", { name: "Geselecteerde bevinding" });
/** Selection events come after the selection moved, as Excel sends them. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)));

describe("selecting a marked cell in Excel opens its finding", () => {
  test("a cell with a finding opens it, with its place in the list; a cell without one changes nothing", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);

    act(() => gateway.selectByUser("Indicatoren", "E3"));
    await settle();
    expect(selectedFinding()).not.toBeInTheDocument();

    act(() => gateway.selectByUser("Indicatoren", "D9"));
    const page = await screen.findByRole("region", { name: "Geselecteerde bevinding" });
    expect(page).toHaveTextContent("Indicatoren!D9");
    expect(page).toHaveTextContent("Norm niet gehaald in 2024: 71%");
    expect(within(page).getByText("13 van 19")).toBeInTheDocument();
    // The user chose the cell; the pane does not select it again.
    expect(gateway.selectCell).not.toHaveBeenCalled();

    act(() => gateway.selectByUser("Indicatoren", "D11"));
    await waitFor(() => expect(selectedFinding()).toHaveTextContent("Indicatoren!D11"));
    act(() => gateway.selectByUser("Indicatoren", "A1"));
    await settle();
    expect(selectedFinding()).toHaveTextContent("Indicatoren!D11");
  });

  test("the pane's own selectCell comes back as a selection and changes nothing: no loop", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await openFinding(user, "Indicatoren!C9");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    await settle();
    expect(gateway.selectCell.mock.calls).toEqual([
      ["Indicatoren", "C9"],
      ["Indicatoren", "D9"],
    ]);
    expect(selectedFinding()).toHaveTextContent("Indicatoren!D9");
  });

  test("a cell whose finding the filters hide opens nothing", async () => {
    const gateway = createFakeGateway(workbook);
    const { user } = renderPane(createFakeHost(gateway));
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: /^Filters/ }));
    const combobox = screen.getByRole("combobox", { name: "Ernst" });
    await user.click(combobox);
    const menu = await waitFor(() => document.getElementById(combobox.getAttribute("aria-controls") ?? "")!);
    await user.click(within(menu).getByRole("menuitemcheckbox", { name: "Fout" }));
    await user.keyboard("{Escape}");

    act(() => gateway.selectByUser("Indicatoren", "B4"));
    await settle();
    expect(selectedFinding()).not.toBeInTheDocument();
    act(() => gateway.selectByUser("Indicatoren", "B9"));
    await waitFor(() => expect(selectedFinding()).toHaveTextContent("Indicatoren!B9"));
  });

  test("listens only while the pane shows a check, and stops when it closes", async () => {
    const gateway = createFakeGateway(workbook);
    const { user, unmount } = renderPane(createFakeHost(gateway));
    expect(gateway.selectionListeners.size).toBe(0);
    await runCheck(user);
    await waitFor(() => expect(gateway.selectionListeners.size).toBe(1));
    unmount();
    await waitFor(() => expect(gateway.selectionListeners.size).toBe(0));
  });
});

describe("useSelectionFollow", () => {
  const at = (id: string, cell: string) =>
    ({ id, sheet: "Indicatoren", cell, code: "norm/breach" }) as unknown as Finding;
  const order = [at("a", "B9"), at("b", "D11"), at("c", "D11")];

  function follow(currentId: string | null) {
    const gateway = createFakeGateway({ sheets: [] });
    const onFollow = jest.fn();
    renderHook(() => useSelectionFollow(gateway, order, currentId, onFollow, jest.fn()));
    return { gateway, onFollow };
  }

  test("a cell with two findings opens the first in list order", async () => {
    const { gateway, onFollow } = follow("a");
    await waitFor(() => expect(gateway.selectionListeners.size).toBe(1));
    gateway.selectByUser("Indicatoren", "D11");
    expect(onFollow).toHaveBeenCalledWith(order[1]);
  });

  test("keeps the current finding when it is one of the cell's", async () => {
    const { gateway, onFollow } = follow("c");
    await waitFor(() => expect(gateway.selectionListeners.size).toBe(1));
    gateway.selectByUser("Indicatoren", "D11");
    expect(onFollow).not.toHaveBeenCalled();
  });
});
