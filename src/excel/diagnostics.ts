/**
 * What Office tells about where the add-in runs, and how many round trips to Excel the add-in made:
 * the Office.js half of the pane's "Diagnose kopiëren". Nothing here reads a cell.
 */
import { supportsExcelApi } from "./requirements";

/**
 * ExcelApi 1.1 … 1.21: every version @types/office-js tags a member with (the requirements test
 * keeps the last one in step with the types). The diagnosis asks isSetSupported for each.
 */
export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 21 }, (_, i) => `1.${i + 1}`);

export interface OfficeEnvironment {
  /** Office.context.diagnostics: "Excel", "OfficeOnline" (Excel on the web) or "PC", "16.0.19822.20000". */
  readonly host: string;
  readonly platform: string;
  readonly version: string;
  /** Office.context.displayLanguage, e.g. "nl-NL". */
  readonly displayLanguage: string;
  /** The ExcelApi versions isSetSupported admits. */
  readonly excelApi: readonly string[];
}

/** A getter of Office.context that some hosts make throw outside a document: "unknown" then. */
function read(get: () => unknown): string {
  try {
    const value = get();
    return typeof value === "string" && value !== "" ? value : "unknown";
  } catch {
    return "unknown";
  }
}

/** Host, platform, version, language and supported ExcelApi versions, as plain strings. */
export function readOfficeEnvironment(): OfficeEnvironment {
  const context = () => (typeof Office === "undefined" ? undefined : Office.context);
  return {
    host: read(() => context()?.diagnostics?.host),
    platform: read(() => context()?.diagnostics?.platform),
    version: read(() => context()?.diagnostics?.version),
    displayLanguage: read(() => context()?.displayLanguage),
    excelApi: EXCEL_API_VERSIONS.filter((v) => {
      try {
        return supportsExcelApi(v);
      } catch {
        return false;
      }
    }),
  };
}

let syncs = 0;

/** How many context.sync calls the add-in made through runExcel since it started. */
export function syncCount(): number {
  return syncs;
}

const METERED = Symbol("indicatorCheck.meteredSync");

/**
 * Counts every sync of this request context from now on: its own `sync` is replaced once by one
 * that counts and calls the original. The one place syncs are counted (runExcel calls it).
 */
export function meterSyncs<C extends { sync: OfficeExtension.ClientRequestContext["sync"] }>(context: C): C {
  const marked = context as C & { [METERED]?: true };
  if (marked[METERED]) return context;
  const sync = context.sync.bind(context);
  marked.sync = ((passThroughValue?: unknown) => {
    syncs++;
    return sync(passThroughValue);
  }) as C["sync"];
  marked[METERED] = true;
  return context;
}
