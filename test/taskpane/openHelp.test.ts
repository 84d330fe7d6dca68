/** @jest-environment jsdom */
import { openHelpPage } from "../../src/taskpane/platform/officeHost";

const URL_ = "https://addins.gemeente.nl/ic/support.html#norm-breach";

type Callback = (result: { status: string }) => void;

function fakeOffice(dialog: "succeeds" | "fails" | "missing", browserWindow: boolean) {
  const ui = {
    displayDialogAsync: jest.fn((_url: string, _options: unknown, callback: Callback) =>
      callback({ status: dialog === "fails" ? "failed" : "succeeded" })
    ),
    openBrowserWindow: jest.fn(),
  };
  (globalThis as { Office?: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      ui: dialog === "missing" ? { openBrowserWindow: ui.openBrowserWindow } : ui,
      requirements: { isSetSupported: (name: string) => browserWindow && name === "OpenBrowserWindowApi" },
    },
  };
  return ui;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

describe("opening the guide from Excel", () => {
  test("in Office's dialog", () => {
    const ui = fakeOffice("succeeds", true);
    openHelpPage(URL_);
    expect(ui.displayDialogAsync).toHaveBeenCalledWith(URL_, expect.any(Object), expect.any(Function));
    expect(ui.openBrowserWindow).not.toHaveBeenCalled();
  });

  test("in the browser when the dialog fails (one is open already) and Office can open one", () => {
    const ui = fakeOffice("fails", true);
    openHelpPage(URL_);
    expect(ui.openBrowserWindow).toHaveBeenCalledWith(URL_);
  });

  test("as a new window where Office has neither", () => {
    fakeOffice("missing", false);
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    openHelpPage(URL_);
    expect(open).toHaveBeenCalledWith(URL_, "_blank", "noopener");
  });

  test("outside Office, as a new window", () => {
    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    openHelpPage(URL_);
    expect(open).toHaveBeenCalledWith(URL_, "_blank", "noopener");
  });
});
