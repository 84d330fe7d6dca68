/**
 * Reading the add-in's own conditional formats, which carry a marker formula and our colours
 * (markPlan.ts), among the user's. Excel cannot read a sheet's conditional formats when the user
 * has two CellValue rules on one range or a duplicated rule (office-js #6827, #6835): one such
 * sheet fails the read of all of them. Then readFormatsApart reads each sheet in a sync of its
 * own, a sheet that fails again only on the cells we marked, and leaves a sheet alone where even
 * that fails.
 */
import { officeCode } from "./errors";
import { markerKind } from "./markPlan";

const FORMAT_PROPERTIES =
  "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color";

/** Every conditional format on the sheet, with what tells ours from the user's queued for loading. */
export function formatsOn(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load(FORMAT_PROPERTIES);
  return formats;
}

/** The conditional formats in a loaded collection that are ours: marker formula and our colours. */
export function ours(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter((cf) => {
    if (cf.type !== "Custom") return false;
    const custom = cf.customOrNullObject;
    return markerKind(custom.rule.formula, custom.format.fill.color, custom.format.font.color) !== null;
  });
}

/**
 * Whether a failed read may be Excel refusing to read a sheet's conditional formats. The issues
 * do not name one error code, so anything but a missing object, a missing API, protection or a
 * payload refusal (each handled where it belongs) counts.
 */
export function mayBeUnreadableFormats(error: unknown): boolean {
  const code = officeCode(error);
  return (
    code === null ||
    ![
      "ItemNotFound",
      "InvalidReference",
      "ApiNotFound",
      "AccessDenied",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
      "PayloadTooLarge",
    ].includes(code)
  );
}

export interface FormatScan {
  readonly id: string;
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  /** The ranges the registry says we marked on this sheet: read when the whole sheet cannot be. */
  readonly ranges: readonly string[];
}

/**
 * Our conditional formats per sheet, read one sheet a sync (only after reading them all at once
 * failed): the whole sheet; else the cells we marked there; else null, leaving the sheet's
 * formats alone. Excel cannot read a sheet's formats when two CellValue rules share a range or a
 * rule is duplicated (office-js #6827, #6835), and such rules away from our cells do not stop us.
 */
export async function readFormatsApart(
  context: Excel.RequestContext,
  scans: readonly FormatScan[]
): Promise<Map<string, Excel.ConditionalFormat[] | null>> {
  const found = new Map<string, Excel.ConditionalFormat[] | null>();
  for (const scan of scans) {
    if (found.has(scan.id)) continue;
    const whole = formatsOn(scan.sheet);
    try {
      // Only after a failed read: one sync per sheet, so one unreadable sheet cannot hide the rest.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      found.set(scan.id, ours(whole));
      continue;
    } catch (error) {
      if (!mayBeUnreadableFormats(error)) throw error;
    }
    if (scan.ranges.length === 0) {
      found.set(scan.id, null);
      continue;
    }
    const parts = scan.ranges.map((r) => {
      const formats = scan.sheet.getRanges(r).conditionalFormats;
      formats.load(`items/id,${FORMAT_PROPERTIES}`);
      return formats;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      // A format over several of our ranges is in each of their collections: once is enough.
      const byId = new Map(parts.flatMap((p) => ours(p)).map((cf) => [cf.id, cf]));
      found.set(scan.id, [...byId.values()]);
    } catch (error) {
      if (!mayBeUnreadableFormats(error)) throw error;
      found.set(scan.id, null);
    }
  }
  return found;
}
