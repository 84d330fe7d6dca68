/**
 * Office.js round trips per operation, measured on the strict Excel test double (test/excel):
 * syncs and the largest request/response payload of read, highlight, clear and write layout.
 */
import { analyseWorkbook } from "../src/core/analyse";
import { buildLayout, planLayoutSheet } from "../src/core/layout";
import { planMarks } from "../src/core/marks";
import { createExcelGateway } from "../src/excel/excelGateway";
import { budgetWorkbook } from "../test/excel/budgetWorkbook";
import { installExcelDouble, maxPayload } from "../test/excel/excelDouble";

export interface OfficeFigures {
  readonly rows: number;
  readonly operation: string;
  readonly syncs: number;
  readonly maxPayloadBytes: number;
  /** Set when the test double cannot run the operation. */
  readonly error?: string;
}

export async function measureOffice(rows: number): Promise<OfficeFigures[]> {
  const double = installExcelDouble(budgetWorkbook(rows));
  const gateway = createExcelGateway();
  const out: OfficeFigures[] = [];
  const measure = async (operation: string, run: () => Promise<unknown>) => {
    double.resetStats();
    try {
      await run();
      out.push({ rows, operation, syncs: double.syncs.length, maxPayloadBytes: maxPayload(double.syncs) });
    } catch (e) {
      out.push({
        rows,
        operation,
        syncs: double.syncs.length,
        maxPayloadBytes: maxPayload(double.syncs),
        error: String(e),
      });
    }
  };
  try {
    let data = await gateway.readWorkbook();
    await measure("read", async () => {
      data = await gateway.readWorkbook();
    });
    const analysis = analyseWorkbook(data);
    await measure("highlight", () => gateway.applyMarks(planMarks(analysis)));
    await measure("clear", () => gateway.clearMarks());
    await measure("write layout", () =>
      gateway.insertLayoutSheet(planLayoutSheet(buildLayout(analysis)), "Begrotingstabellen")
    );
  } finally {
    double.uninstall();
  }
  return out;
}
