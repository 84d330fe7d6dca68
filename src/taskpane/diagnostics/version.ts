/** package.json's version, put in by the build (DefinePlugin in webpack.common.js). */
declare const __INDICATOR_CHECK_VERSION__: string | undefined;

/** The add-in's version; "onbekend" (unknown) where no build put it in. */
export function addInVersion(): string {
  return typeof __INDICATOR_CHECK_VERSION__ === "string" ? __INDICATOR_CHECK_VERSION__ : "onbekend";
}
