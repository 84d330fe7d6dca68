/**
 * npm run corpus [-- <fixture-id-part> …] [--verbose] [--raise]
 *
 * Scores the engine on the corpus of real published indicator tables (test/corpus/fixtures): a line
 * per fixture and a total. --verbose lists every expectation missed; --raise writes the new scores to
 * the ratchet file, which only goes up.
 */
import { loadFixtures } from "../test/corpus/fixtures";
import { readRatchet, raiseRatchet, RATCHET_FILE } from "../test/corpus/ratchet";
import { scoreFixture } from "../test/corpus/score";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const raise = args.includes("--raise");
  const only = args.filter((a) => !a.startsWith("--"));
  const fixtures = loadFixtures(only);
  const ratchet = readRatchet();
  let passed = 0;
  let total = 0;
  let tables = 0;
  let relations = 0;
  const municipalities = new Set<string>();
  const scores: Record<string, number> = {};
  const width = Math.max(...fixtures.map((f) => f.id.length), 10);
  for (const { id, fixture } of fixtures) {
    const s = await scoreFixture(fixture);
    passed += s.passed;
    total += s.total;
    tables += fixture.indicatorTables;
    if ((fixture.expect.relations ?? []).length > 0) relations++;
    municipalities.add(fixture.municipality);
    scores[id] = s.passed;
    const pct = s.total ? ((100 * s.passed) / s.total).toFixed(1) : "-";
    const was = ratchet.fixtures[id];
    const trend = was === undefined ? "new" : s.passed < was ? `BELOW RATCHET ${was}` : "";
    console.log(
      `${id.padEnd(width)}  ${String(s.passed).padStart(4)}/${String(s.total).padEnd(4)} ${pct.padStart(5)}%` +
        `${s.notFound ? "  no indicator table found" : ""}${trend ? `  ${trend}` : ""}`
    );
    if (verbose) for (const m of s.misses) console.log(`    ${m.at}: expected ${m.expected}; got ${m.got}`);
  }
  const score = total ? passed / total : 0;
  console.log(
    `\ntotal ${passed}/${total} = ${(100 * score).toFixed(1)}% over ${fixtures.length} pages, ${tables} indicator tables, ` +
      `${municipalities.size} municipalities, ${relations} with a relation table`
  );
  if (raise && only.length === 0) {
    const changed = raiseRatchet(scores);
    console.log(changed ? `${RATCHET_FILE} raised` : `${RATCHET_FILE} unchanged`);
  }
}

// Piped into `head`, the reader may leave early: that ends the listing, it is no error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
