/**
 * What the add-in added to the workbook, so clearMarks removes exactly that and nothing of the
 * user's. Kept in the document settings (Office.context.document.settings): they are stored in
 * the file, are read synchronously — so applyMarks and clearMarks need no extra round trip to
 * know what to remove — and belong to this add-in, which is right for bookkeeping about its own
 * marks (unlike the review, which is shared data and lives in a custom XML part).
 *
 * A note or comment counts as ours only when it carries our marker ("Indicator Check:") and its
 * text is still what we wrote (a hash of it is kept): one the user edited has become theirs and
 * stays. Text read back is compared line endings and all normalised (annotationKeys).
 *
 * Worksheet ids are kept for renames, but Excel does not keep them between sessions or versions
 * (office-js-docs #297: "The ID remains constant within a single session but will change between
 * sessions"; office-js #1390): resolveRegistry finds a sheet again by its name when its id is gone.
 */
import { hashText } from "../core/hash";
import { GatewayError } from "../core/gateway";
import { NOTE_PREFIX, type MarkKind } from "../core/marks";

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

/** What begins every note and comment the add-in writes: its name, as the reader sees it. */
export const ANNOTATION_MARKER = `${NOTE_PREFIX}:`;

/** The text the add-in writes for a mark: the mark's note, under the marker when it lacks one. */
export function annotationText(note: string): string {
  return note.startsWith(ANNOTATION_MARKER) ? note : `${ANNOTATION_MARKER}\n${note}`;
}

/**
 * A note's or comment's text as compared: \r\n and \r as \n, trailing white space dropped, and
 * from our marker on when at most one short line or a few words stand before it (an author's name
 * line, a mention). Each place the marker may start is a candidate (a name line can itself read
 * "Indicator Check:"); none when the marker is not there: then it is not ours.
 */
export function annotationKeys(text: string): string[] {
  const plain = text.replace(/\r\n?/g, "\n").trimEnd();
  const keys: string[] = [];
  for (let at = plain.indexOf(ANNOTATION_MARKER); at >= 0; at = plain.indexOf(ANNOTATION_MARKER, at + 1)) {
    const before = plain.slice(0, at);
    if (before.length > MAX_PREFIX_CHARS || (before.match(/\n/g) ?? []).length > 1) break;
    keys.push(plain.slice(at));
  }
  return keys;
}

/** The longest text tolerated before our marker. */
const MAX_PREFIX_CHARS = 120;

/** The hash kept in the registry for a text the add-in wrote. */
export const annotationHash = (text: string): string => hashText(annotationKeys(text)[0] ?? text);

/** Whether a note's or comment's text read back is one of ours, unchanged. */
export function isOurAnnotation(text: string, hashes: ReadonlySet<string>): boolean {
  return annotationKeys(text).some((key) => hashes.has(hashText(key)));
}

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

export interface SheetRef {
  readonly id: string;
  readonly name: string;
}

/**
 * The registry against the workbook's sheets now. An entry is bound, in this order, to the sheet
 * with its id and name; else to the sheet with its name (the id changed when the file was reopened,
 * or now belongs to another sheet: Excel on the web numbers sheets by position); else to the sheet
 * with its id (renamed). An entry with none of these (renamed and reopened) is offered, notes and
 * comments only, to every sheet no entry is bound to: only a note carrying our marker and one of
 * our texts is taken there (isOurAnnotation). A deleted sheet's entry thus finds nothing.
 */
export function resolveRegistry(registry: MarkRegistry, sheets: readonly SheetRef[]): MarkRegistry {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const bound = new Map<RegistrySheet, SheetRef>();
  const taken = new Set<string>();
  const pass = (match: (e: RegistrySheet, s: SheetRef) => boolean) => {
    for (const entry of registry.sheets) {
      if (bound.has(entry)) continue;
      const sheet = sheets.find((s) => !taken.has(s.id) && match(entry, s));
      if (!sheet) continue;
      bound.set(entry, sheet);
      taken.add(sheet.id);
    }
  };
  pass((e, s) => e.id === s.id && same(e.name, s.name));
  pass((e, s) => same(e.name, s.name));
  pass((e, s) => e.id === s.id);
  const resolved = registry.sheets.flatMap((e) => {
    const s = bound.get(e);
    return s ? [{ ...e, id: s.id, name: s.name }] : [];
  });
  const free = sheets.filter((s) => !taken.has(s.id));
  const guesses = registry.sheets
    .filter((e) => !bound.has(e))
    .flatMap((e) => free.map((s) => ({ ...e, id: s.id, name: s.name, formats: [], paneOnly: [] })));
  return mergeRegistries({ version: 1, sheets: resolved }, { version: 1, sheets: guesses });
}

/** Every hash of a note (or comment) the registry lists, wherever it was written. */
export const noteHashes = (registry: MarkRegistry): Set<string> =>
  new Set(registry.sheets.flatMap((s) => s.notes.map((n) => n.hash)));
export const commentHashes = (registry: MarkRegistry): Set<string> =>
  new Set(registry.sheets.flatMap((s) => s.comments.map((c) => c.hash)));
