/**
 * The corpus of real published tables: no fixture may score below its ratchet, none may end in
 * "no indicator table found", and the fixtures stay well-formed and traceable to their source.
 */
import { loadFixtures } from "./fixtures";
import { readRatchet } from "./ratchet";
import { scoreFixture } from "./score";
import { validateFixture } from "./validate";

const fixtures = loadFixtures();
const ratchet = readRatchet();

describe("corpus of real indicator tables", () => {
  it("holds 30+ indicator tables from 15+ municipalities, 10+ with a relation table", () => {
    const tables = fixtures.reduce((n, f) => n + f.fixture.indicatorTables, 0);
    const municipalities = new Set(fixtures.map((f) => f.fixture.municipality));
    const withRelations = fixtures.filter((f) => (f.fixture.expect.relations ?? []).length > 0);
    expect(tables).toBeGreaterThanOrEqual(30);
    expect(municipalities.size).toBeGreaterThanOrEqual(15);
    expect(withRelations.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.id, f.fixture] as const))("%s is well-formed", (_id, fixture) => {
    expect(validateFixture(fixture)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.id, f.fixture] as const))(
    "%s scores at least its ratchet and finds its table",
    async (id, fixture) => {
      const score = await scoreFixture(fixture);
      expect(score.notFound).toBe(false);
      expect(score.passed).toBeGreaterThanOrEqual(ratchet.fixtures[id] ?? 0);
    }
  );

  it("scores at least 95% of all expectations", async () => {
    let passed = 0;
    let total = 0;
    for (const { fixture } of fixtures) {
      const s = await scoreFixture(fixture);
      passed += s.passed;
      total += s.total;
    }
    expect(passed / total).toBeGreaterThanOrEqual(0.95);
  });
});
