/**
 * Whether a finding code is the comparison's ("compare/…"). A module with nothing but this, so the
 * task pane can tell the comparison's findings apart without loading the compare engine (which
 * runs on the engine's worker).
 */
export function isCompareCode(code: string): boolean {
  return code.startsWith("compare/");
}
