/**
 * What the add-in added to the workbook, so clearMarks removes exactly that and nothing of the
 * user's. Kept in the document settings (Office.context.document.settings): they are stored in
 * the file, are read synchronously — so applyMarks and clearMarks need no extra round trip to
 * know what to remove — and belong to this add-in, which is right for bookkeeping about its own
 * marks (unlike the review, which is shared data and lives in a custom XML part).
 *
 * A note or comment counts as ours only when its text is still exactly what we wrote (a hash of
 * it is kept): one the user edited has become theirs and stays.
 */
import { hashText } from "../core/hash";
import { GatewayError } from "../core/gateway";
import type { MarkKind } from "../core/marks";

export const REGISTRY_SETTING = "indicatorCheck.marks.v1";

export interface RegistryFormat {
  readonly kind: MarkKind;
  readonly ranges: string;
}

export interface RegistryAnnotation {
  readonly cell: string;
  readonly hash: string;
}

export interface RegistrySheet {
  /** Worksheet.id: stays the same when the user renames the sheet. */
  readonly id: string;
  readonly name: string;
  readonly formats: readonly RegistryFormat[];
  readonly notes: readonly RegistryAnnotation[];
  readonly comments: readonly RegistryAnnotation[];
  /** Marked cells whose explanation is only in the pane: the user had a note or comment there. */
  readonly paneOnly: readonly string[];
}

export interface MarkRegistry {
  readonly version: 1;
  readonly sheets: readonly RegistrySheet[];
}

export const EMPTY_REGISTRY: MarkRegistry = { version: 1, sheets: [] };

export const annotationHash = (text: string): string => hashText(text);

function isRegistry(value: unknown): value is MarkRegistry {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { version?: unknown; sheets?: unknown };
  return (
    v.version === 1 &&
    Array.isArray(v.sheets) &&
    v.sheets.every((s: unknown) => {
      const x = s as Partial<Record<keyof RegistrySheet, unknown>> | null;
      return (
        typeof x === "object" &&
        x !== null &&
        typeof x.id === "string" &&
        typeof x.name === "string" &&
        Array.isArray(x.formats) &&
        Array.isArray(x.notes) &&
        Array.isArray(x.comments) &&
        Array.isArray(x.paneOnly)
      );
    })
  );
}

/** The registry from the document settings; an unreadable one counts as empty. */
export function readRegistry(): MarkRegistry {
  const raw: unknown = Office.context.document.settings.get(REGISTRY_SETTING);
  return isRegistry(raw) ? raw : EMPTY_REGISTRY;
}

/** Stores the registry in the document (settings.saveAsync). */
export function writeRegistry(registry: MarkRegistry): Promise<void> {
  const settings = Office.context.document.settings;
  if (registry.sheets.length === 0) settings.remove(REGISTRY_SETTING);
  else settings.set(REGISTRY_SETTING, registry);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(
          new GatewayError(
            "failed",
            `Could not store the list of marks in the workbook: ${result.error.message}`,
            { cause: result.error }
          )
        );
      } else {
        resolve();
      }
    });
  });
}

/** Both registries together: what may be in the workbook while a write is under way. */
export function mergeRegistries(a: MarkRegistry, b: MarkRegistry): MarkRegistry {
  const byId = new Map<string, RegistrySheet>();
  for (const s of [...a.sheets, ...b.sheets]) {
    const prev = byId.get(s.id);
    byId.set(
      s.id,
      prev
        ? {
            id: s.id,
            name: s.name,
            formats: [...prev.formats, ...s.formats],
            notes: [...prev.notes, ...s.notes],
            comments: [...prev.comments, ...s.comments],
            paneOnly: [...new Set([...prev.paneOnly, ...s.paneOnly])],
          }
        : s
    );
  }
  return { version: 1, sheets: [...byId.values()] };
}
