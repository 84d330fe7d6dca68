/* global process, module */
// A jest reporter that lists the skipped tests at the end of the run. Their names carry the reason
// ("… (skipped: Chromium is not installed: apt-get install -y chromium)"), which the default
// reporter shows only when a single file runs.
class SkipReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.testResults.flatMap((file) =>
      file.testResults.filter((t) => t.status === "pending").map((t) => t.fullName)
    );
    if (skipped.length === 0) return;
    process.stderr.write(
      `\nSkipped (${skipped.length}):\n${skipped.map((name) => `  ○ ${name}\n`).join("")}`
    );
  }
}

module.exports = SkipReporter;
