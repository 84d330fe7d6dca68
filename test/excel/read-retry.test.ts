/**
 * The read's bands on a payload refusal: each try asks for fewer cells than the one Excel refused,
 * down to a single row; a single row refused ends the read with "too-large" naming the sheet and
 * the row, so the user knows which sheet holds the text Excel cannot pass.
 */
import { GatewayError } from "../../src/core/gateway";
import { createExcelGateway } from "../../src/excel/excelGateway";
import { TEXTS } from "../../src/taskpane/i18n";
import { describeError } from "../../src/taskpane/state/errors";
import { buildModel, installExcelDouble, type ExcelDouble } from "./excelDouble";

let double: ExcelDouble;
afterEach(() => double.uninstall());

const text = (n: number, r: number) => `Toelichting ${r}: `.padEnd(n, "x");

/** A small indicator sheet and an explanations sheet of long texts, 3 columns × `rows`. */
function model(rows: number, chars: (r: number) => number) {
  return buildModel([
    { name: "Indicatoren", rows: [["Wachttijd", 7, "Maximaal 5 min"]] },
    {
      name: "Toelichting",
      rows: Array.from({ length: rows }, (_, r) => [text(chars(r), r), text(chars(r), r), text(chars(r), r)]),
    },
  ]);
}

describe("reading within Excel's payload limit", () => {
  it("asks for fewer cells after each refusal, and reads everything", async () => {
    double = installExcelDouble(model(40, () => 400));
    double.payloadLimit = 6_000; // one row of 3 × 2 × 400 characters fits, three rows do not
    const data = await createExcelGateway().readWorkbook();
    expect(data.sheets[1]!.cells).toHaveLength(40);
    expect(data.sheets[1]!.cells[39]![2]!.value).toBe(text(400, 39));
    const refused = double.syncs.filter((s) => s.responseBytes > 6_000);
    expect(refused.length).toBeGreaterThan(0);
    // Refused one after the other, each smaller than the one before.
    const runs: number[][] = [];
    double.syncs.forEach((s, i) => {
      if (s.responseBytes <= 6_000) return;
      const prev = double.syncs[i - 1];
      if (prev && prev.responseBytes > 6_000) runs.at(-1)!.push(s.responseBytes);
      else runs.push([s.responseBytes]);
    });
    for (const run of runs) for (let i = 1; i < run.length; i++) expect(run[i]!).toBeLessThan(run[i - 1]!);
  });

  it("stops at a single row Excel refuses with too-large naming the sheet and the row", async () => {
    double = installExcelDouble(model(30, (r) => (r === 17 ? 3_000 : 100)));
    double.payloadLimit = 6_000;
    const error = await createExcelGateway()
      .readWorkbook()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: "too-large",
      detail: { sheet: "Toelichting" },
      message: expect.stringContaining("row 18 of sheet 'Toelichting'"),
    });
    // The pane names the sheet, in Dutch first.
    expect(describeError(error, TEXTS.nl)).toMatchObject({
      title: "Blad 'Toelichting' is te groot om te lezen",
      body: expect.stringContaining("te veel tekst"),
    });
  });
});
