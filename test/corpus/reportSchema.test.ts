/**
 * The JSON report of every real table in the corpus conforms to docs/report.schema.json, and the
 * schema names every finding code the engine has: a new code or field cannot ship undocumented.
 */
import Ajv from "ajv";
import schema from "../../docs/report.schema.json";
import { SEVERITY } from "../../src/core/findings/types";
import { toJsonReport } from "../../src/core/report/jsonReport";
import { loadFixtures } from "./fixtures";
import { scoreFixture } from "./score";

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function enumsOf(node: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(node)) node.forEach((n) => enumsOf(n, out));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k === "enum" && Array.isArray(v)) out.push(v as string[]);
      else enumsOf(v, out);
    }
  return out;
}

describe("report schema", () => {
  it("lists every finding code", () => {
    const codes = enumsOf(schema).find((e) => e.includes("norm/breach"));
    expect([...(codes ?? [])].sort()).toEqual(Object.keys(SEVERITY).sort());
  });

  it.each(loadFixtures().map((f) => [f.id, f.fixture] as const))(
    "%s: the JSON report conforms",
    async (id, fixture) => {
      const { analysis } = await scoreFixture(fixture);
      const report = toJsonReport(analysis, `${id}.xlsx`, "nl");
      expect(validate(report) ? [] : validate.errors).toEqual([]);
    }
  );
});
