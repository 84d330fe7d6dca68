/**
 * The pure parts of marking in real Excel: finding the registry's sheets again after their ids
 * changed, recognising our notes by their text, and packing bounded syncs that retry smaller.
 */
import { GatewayError } from "../../src/core/gateway";
import {
  annotationHash,
  annotationKeys,
  annotationText,
  isOurAnnotation,
  resolveRegistry,
  type MarkRegistry,
  type RegistrySheet,
} from "../../src/excel/markRegistry";
import { actionBytes, jsonTextBytes, syncBounded, type BatchPart } from "../../src/excel/payload";
import { OfficeError } from "./excelDouble";

const entry = (id: string, name: string, cells: string[] = ["E4"]): RegistrySheet => ({
  id,
  name,
  formats: [{ kind: "error", ranges: cells.join(",") }],
  notes: cells.map((cell) => ({ cell, hash: `h-${name}-${cell}` })),
  comments: [],
  paneOnly: [],
});
const registry = (...sheets: RegistrySheet[]): MarkRegistry => ({ version: 1, sheets });
const bound = (r: MarkRegistry) => r.sheets.map((s) => [s.id, s.name, s.notes.map((n) => n.cell)]);

describe("resolveRegistry", () => {
  it.each([
    [
      "keeps sheets whose id and name are unchanged",
      registry(entry("{1}", "Indicatoren"), entry("{2}", "Toelichting")),
      [
        { id: "{1}", name: "Indicatoren" },
        { id: "{2}", name: "Toelichting" },
      ],
      [
        ["{1}", "Indicatoren", ["E4"]],
        ["{2}", "Toelichting", ["E4"]],
      ],
    ],
    [
      "finds a sheet by name (any case) when its id is new",
      registry(entry("{1}", "Indicatoren")),
      [{ id: "{00000000-0001-0000-0000-000000000000}", name: "INDICATOREN" }],
      [["{00000000-0001-0000-0000-000000000000}", "INDICATOREN", ["E4"]]],
    ],
    [
      "follows a renamed sheet by its id",
      registry(entry("{1}", "Indicatoren")),
      [{ id: "{1}", name: "Indicatoren 2026" }],
      [["{1}", "Indicatoren 2026", ["E4"]]],
    ],
    [
      "prefers the name when reopening gave the id to another sheet",
      registry(entry("{a}", "Indicatoren"), entry("{b}", "Toelichting")),
      [
        { id: "{a}", name: "Toelichting" },
        { id: "{b}", name: "Indicatoren" },
      ],
      [
        ["{b}", "Indicatoren", ["E4"]],
        ["{a}", "Toelichting", ["E4"]],
      ],
    ],
    [
      "offers a sheet renamed and reopened to every sheet no entry holds, notes only",
      registry(entry("{1}", "Indicatoren", ["E4", "E7"]), entry("{2}", "Toelichting")),
      [
        { id: "{x}", name: "Toelichting" },
        { id: "{y}", name: "Indicatoren 2026" },
        { id: "{z}", name: "Legenda" },
      ],
      [
        ["{x}", "Toelichting", ["E4"]],
        ["{y}", "Indicatoren 2026", ["E4", "E7"]],
        ["{z}", "Legenda", ["E4", "E7"]],
      ],
    ],
    [
      "drops a deleted sheet",
      registry(entry("{1}", "Weg")),
      [{ id: "{2}", name: "Blad1" }],
      [["{2}", "Blad1", ["E4"]]],
    ],
  ])("%s", (_, reg, sheets, expected) => {
    expect(bound(resolveRegistry(reg, sheets))).toEqual(expected);
  });

  it("guesses carry no formats: those are found by their marker formula", () => {
    const r = resolveRegistry(registry(entry("{1}", "Indicatoren")), [{ id: "{2}", name: "Andere naam" }]);
    expect(r.sheets[0]!.formats).toEqual([]);
  });
});

describe("our notes and comments by their text", () => {
  const ours = "Indicator Check:\n• Wachttijd 8 min boven de norm (maximaal 5 min)";
  const hashes = new Set([annotationHash(ours)]);

  it("puts the marker before a note that lacks it, and leaves one that has it", () => {
    expect(annotationText("• x")).toBe("Indicator Check:\n• x");
    expect(annotationText(ours)).toBe(ours);
  });

  it.each([
    ["as written", ours, true],
    ["with \\r\\n line endings", ours.replace(/\n/g, "\r\n"), true],
    ["with \\r line endings and a trailing newline", `${ours.replace(/\n/g, "\r")}\r\n`, true],
    ["under an author's name line", `J. de Vries:\n${ours}`, true],
    ["under a name line that is our own marker", `Indicator Check:\r\n${ours}`, true],
    ["after a mention", `@Indicator Check ${ours}`, true],
    ["edited by the user", `${ours}\nKlopt, zie mail (JdV)`, false],
    ["under two lines of the user's", `Let op:\nzie mail\n${ours}`, false],
    ["without our marker", "• Wachttijd 8 min boven de norm (maximaal 5 min)", false],
    ["a user's note that quotes the marker", "Indicator Check: klopt niet", false],
  ])("%s: ours is %p", (_, text, expected) => {
    expect(isOurAnnotation(text, hashes)).toBe(expected);
  });

  it("keys a text from each place our marker may start", () => {
    expect(annotationKeys(`Indicator Check:\n${ours}`)).toEqual([`Indicator Check:\n${ours}`, ours]);
    expect(annotationKeys("geen markering")).toEqual([]);
  });
});

describe("syncBounded", () => {
  /** A context whose sync refuses any batch above `limit` bytes, counting what it was sent. */
  function fakeContext(limit: number, code = "RequestPayloadSizeLimitExceeded") {
    let queued: number[] = [];
    const sent: { bytes: number; ok: boolean }[] = [];
    const context = {
      sync: async () => {
        const bytes = queued.reduce((a, b) => a + b, 0);
        queued = [];
        const ok = bytes <= limit;
        sent.push({ bytes, ok });
        if (!ok) throw new OfficeError(code, "too large");
      },
    } as unknown as Excel.RequestContext;
    const part = (bytes: number, sheet = "Indicatoren"): BatchPart => ({
      bytes,
      sheet,
      queue: () => queued.push(bytes),
    });
    return { context, sent, part };
  }

  it("packs parts into syncs of at most the budget, in order", async () => {
    const { context, sent, part } = fakeContext(1_000);
    await expect(
      syncBounded(
        context,
        [100, 300, 500, 200, 50].map((b) => part(b)),
        { budget: 600 }
      )
    ).resolves.toBe(3);
    expect(sent).toEqual([
      { bytes: 400, ok: true },
      { bytes: 500, ok: true },
      { bytes: 250, ok: true },
    ]);
  });

  it("halves the budget after a refusal and keeps it for the rest", async () => {
    const { context, sent, part } = fakeContext(450);
    await syncBounded(
      context,
      Array.from({ length: 8 }, () => part(100)),
      { budget: 1_000 }
    );
    expect(sent.map((s) => [s.bytes, s.ok])).toEqual([
      [800, false],
      [400, true],
      [400, true],
    ]);
  });

  it("names the sheet of a single part Excel still refuses", async () => {
    const { context, part } = fakeContext(50);
    const error = await syncBounded(context, [part(10), part(80, "Toelichting")]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: "too-large", detail: { sheet: "Toelichting" } });
  });

  it("reads again after a refused response only when the parts only load", async () => {
    const writes = fakeContext(150, "ResponsePayloadSizeLimitExceeded");
    await expect(syncBounded(writes.context, [writes.part(100), writes.part(100)])).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
    const loads = fakeContext(150, "ResponsePayloadSizeLimitExceeded");
    await expect(
      syncBounded(loads.context, [loads.part(100), loads.part(100)], { loadsOnly: true })
    ).resolves.toBe(2);
  });

  it("weighs texts as Office's request escapes them, on the safe side", () => {
    expect(jsonTextBytes("8 min")).toBe(7);
    expect(jsonTextBytes('a"b\\')).toBe(8);
    expect(jsonTextBytes("één\n•")).toBe(2 + 6 + 6 + 1 + 6 + 6);
    expect(actionBytes("E4", "x")).toBe(200 + (4 + 1) + (3 + 1)); // "E4", "x", each with its comma
  });
});
