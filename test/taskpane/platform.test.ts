/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { copyHtmlToClipboard } from "../../src/taskpane/platform/clipboard";
import { downloadFile } from "../../src/taskpane/platform/download";
import { createOfficeHost, themeFromBackground } from "../../src/taskpane/platform/officeHost";
import { completeBlob } from "./jsdomBlob";

completeBlob();

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("download", () => {
  test("clicks a temporary link to an object URL of the bytes, then removes it", async () => {
    jest.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test/1";
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadFile("tabellen.docx", new Uint8Array([0x50, 0x4b, 3, 4]), "application/x-test");
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toHaveAttribute("download", "tabellen.docx");
    expect(clicked[0]).toHaveAttribute("href", "blob:test/1");
    expect(document.querySelector("a")).toBeNull();
    expect(blobs[0]!.type).toBe("application/x-test");
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[0]!);
    });
    expect([...new Uint8Array(bytes)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:test/1");
    jest.useRealTimers();
  });

  test("a Blob (a file the engine's worker rendered) is saved with the given type", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test/2";
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    downloadFile("tabellen.html", new Blob(["<p>é</p>"]), "text/html;charset=utf-8");
    expect(blobs[0]!.type).toBe("text/html;charset=utf-8");
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blobs[0]!);
    });
    expect(text).toBe("<p>é</p>");
  });
});

describe("copying HTML", () => {
  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }

  /** execCommand('copy') as a browser that allows it runs it: a copy event whose data the page may set. */
  function allowCopyCommand(): Map<string, string> {
    const data = new Map<string, string>();
    document.execCommand = jest.fn((command: string) => {
      if (command !== "copy") return false;
      const event = new Event("copy", { cancelable: true });
      Object.defineProperty(event, "clipboardData", {
        value: { setData: (type: string, value: string) => data.set(type, value) },
      });
      document.dispatchEvent(event);
      return true;
    });
    return data;
  }

  function allowAsyncClipboard() {
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const write = jest.fn(async (_items: FakeClipboardItem[]) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { write }, configurable: true });
    return write;
  }

  test("sets the HTML as the copy event's data, as text/html and as text/plain", async () => {
    const data = allowCopyCommand();
    const write = allowAsyncClipboard();
    await expect(copyHtmlToClipboard("<table></table>")).resolves.toBe(true);
    expect(Object.fromEntries(data)).toEqual({
      "text/html": "<table></table>",
      "text/plain": "<table></table>",
    });
    expect(write).not.toHaveBeenCalled();
    expect(document.body).toBeEmptyDOMElement();
  });

  test("copies a Blob of HTML (from the engine worker) the same way", async () => {
    const data = allowCopyCommand();
    const html = "<p>Toelichting é</p>";
    await expect(copyHtmlToClipboard(new Blob([html], { type: "text/html" }))).resolves.toBe(true);
    expect(data.get("text/html")).toBe(html);
  });

  test("where the copy command is refused, hands the async clipboard the Blob as text/html and text/plain", async () => {
    document.execCommand = jest.fn(() => false);
    const write = allowAsyncClipboard();
    const blob = new Blob(["<table></table>"], { type: "text/html" });
    await expect(copyHtmlToClipboard(blob)).resolves.toBe(true);
    const item = write.mock.calls[0]![0][0]!;
    expect(Object.keys(item.items)).toEqual(["text/html", "text/plain"]);
    expect(item.items["text/html"]!.type).toBe("text/html");
    expect(item.items["text/plain"]!.type).toBe("text/plain");
    expect(await item.items["text/plain"]!.text()).toBe("<table></table>");
  });

  test("a copy command that runs no copy event (or throws) counts as refused", async () => {
    document.execCommand = jest.fn(() => true);
    await expect(copyHtmlToClipboard("<p>x</p>")).resolves.toBe(false);
    const write = allowAsyncClipboard();
    document.execCommand = jest.fn(() => {
      throw new Error("not allowed");
    });
    await expect(copyHtmlToClipboard("<p>x</p>")).resolves.toBe(true);
    expect(write).toHaveBeenCalledTimes(1);
  });

  test("says false when both ways are refused", async () => {
    document.execCommand = jest.fn(() => false);
    await expect(copyHtmlToClipboard("<p>x</p>")).resolves.toBe(false);
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    Object.defineProperty(navigator, "clipboard", {
      value: { write: jest.fn(async () => Promise.reject(new DOMException("denied", "NotAllowedError"))) },
      configurable: true,
    });
    await expect(copyHtmlToClipboard(new Blob(["<p>x</p>"]))).resolves.toBe(false);
  });
});

describe("Office host", () => {
  test.each([
    ["#FFFFFF", "light"],
    ["#f3f3f3", "light"],
    ["#1F1F1F", "dark"],
    ["#262626", "dark"],
    ["000", "dark"],
    ["white", null],
    [undefined, null],
  ] as const)("background %s is %s", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });

  test("outside Office (office.js missing) it still makes a light host in the browser's language", () => {
    const host = createOfficeHost();
    expect(host.kind).toBe("excel");
    expect(host.theme).toBe("light");
    expect(host.displayLanguage).toBe(navigator.language);
    expect(typeof host.gateway.readWorkbook).toBe("function");
  });

  test("in a plain browser Office.context has no requirements: still a host", () => {
    (globalThis as { Office?: unknown }).Office = { context: {} };
    const host = createOfficeHost();
    expect(host.theme).toBe("light");
    expect((host.gateway as unknown as { capabilities(): { minimum: boolean } }).capabilities().minimum).toBe(
      false
    );
  });

  test("in Office it follows Office's language and dark theme", () => {
    (globalThis as { Office?: unknown }).Office = {
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1F1F1F" } },
    };
    const host = createOfficeHost();
    expect(host.displayLanguage).toBe("en-US");
    expect(host.theme).toBe("dark");
  });

  test("getters that throw leave the defaults", () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        get displayLanguage(): string {
          throw new Error("not ready");
        },
      },
    };
    expect(createOfficeHost().theme).toBe("light");
  });
});
