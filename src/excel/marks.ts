/**
 * Highlighting that never touches the user's own formatting: every mark is a conditional format
 * (it leaves the cell's fill, font and number format alone, and shows over them), and every
 * explanation a note — or a threaded comment where notes are missing — only on cells without one
 * of the user's. What was added is recorded (markRegistry.ts) so clearMarks removes exactly that.
 *
 * Syncs: applyMarks 2 (3 when explanations go into threaded comments, whose cells are only known
 * after a second read); clearMarks 3. Neither depends on the size of the workbook.
 */
import { GatewayError } from "../core/gateway";
import { MARK_STYLES, type Mark } from "../core/marks";
import { splitSheetAddress } from "./addresses";
import { runExcel } from "./errors";
import { markerFormula, markerKind, planMarkFormats, type SheetPlan } from "./markPlan";
import {
  EMPTY_REGISTRY,
  annotationHash,
  mergeRegistries,
  readRegistry,
  writeRegistry,
  type MarkRegistry,
  type RegistryAnnotation,
  type RegistrySheet,
} from "./markRegistry";
import type { Capabilities } from "./requirements";

export interface PaneOnly {
  readonly sheet: string;
  readonly cell: string;
  /** The user already had a note or comment on the cell; the explanation is only in the pane. */
  readonly reason: "user-note" | "user-comment";
}

export interface MarkReport {
  readonly annotations: Capabilities["annotations"];
  readonly formats: number;
  readonly notes: number;
  readonly comments: number;
  readonly paneOnly: readonly PaneOnly[];
}

const FORMAT_PROPERTIES =
  "items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color,items/customOrNullObject/format/font/color";

/** Every conditional format on the sheet, with what tells ours from the user's queued for loading. */
function formatsOn(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load(FORMAT_PROPERTIES);
  return formats;
}

/** The sheet's notes with their text queued for loading. */
function notesOn(sheet: Excel.Worksheet): Excel.NoteCollection {
  const notes = sheet.notes;
  notes.load("items/content");
  return notes;
}

/** The note on a cell, or a null object, with its text queued for loading. */
function noteAt(sheet: Excel.Worksheet, cell: string): Excel.Note {
  const note = sheet.notes.getItemOrNullObject(cell);
  note.load("content");
  return note;
}

/** The conditional formats in a loaded collection that are ours: marker formula and our colours. */
function ours(formats: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return formats.items.filter((cf) => {
    if (cf.type !== "Custom") return false;
    const custom = cf.customOrNullObject;
    return markerKind(custom.rule.formula, custom.format.fill.color, custom.format.font.color) !== null;
  });
}

const sameCell = (a: string, b: string): boolean =>
  a.replace(/\$/g, "").toUpperCase() === b.replace(/\$/g, "").toUpperCase();

const hashesOf = (list: readonly RegistryAnnotation[]): Set<string> => new Set(list.map((a) => a.hash));

function refuseProtected(names: readonly string[]): void {
  const unique = [...new Set(names)];
  if (unique.length === 0) return;
  throw new GatewayError(
    "sheet-protected",
    `Sheet ${unique.map((n) => `'${n}'`).join(", ")} is protected: unprotect it to mark or clear cells.`,
    {
      sheet: unique[0]!,
    }
  );
}

async function existingSheets(): Promise<{ ids: Set<string>; names: Set<string> }> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    await context.sync();
    return { ids: new Set(sheets.items.map((s) => s.id)), names: new Set(sheets.items.map((s) => s.name)) };
  });
}

/** Below Excel on the web's 5 MB request limit, with room for the request's own framing. */
const NOTE_BATCH_BYTES = 4_000_000;
/** Notes read back per sync when clearing: 15,000 notes of ~230 bytes each is about 3.5 MB. */
const NOTE_LOAD_BATCH = 15_000;
/** What one notes.add costs in a request beyond its address and text (measured on the test double). */
const NOTE_OVERHEAD_BYTES = 120;

/** Replaces the add-in's previous marks with these. */
export async function applyMarks(caps: Capabilities, marks: readonly Mark[]): Promise<MarkReport> {
  const registry = readRegistry();
  const plans = planMarkFormats(marks);
  if (plans.length === 0 && registry.sheets.length === 0)
    return { annotations: caps.annotations, formats: 0, notes: 0, comments: 0, paneOnly: [] };
  try {
    return await applyOnce(caps, plans, registry);
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== "not-found") throw error;
    // A sheet is gone: one we marked before (deleted since) or one the marks name (renamed since).
    const existing = await existingSheets();
    const missing = plans.find((p) => !existing.names.has(p.sheet));
    if (missing)
      throw new GatewayError("not-found", `Sheet '${missing.sheet}' no longer exists.`, {
        sheet: missing.sheet,
        cause: error,
      });
    return applyOnce(caps, plans, {
      version: 1,
      sheets: registry.sheets.filter((s) => existing.ids.has(s.id)),
    });
  }
}

async function applyOnce(
  caps: Capabilities,
  plans: readonly SheetPlan[],
  registry: MarkRegistry
): Promise<MarkReport> {
  const useComments = caps.annotations === "comments";
  const ourCommentHashes = new Set(registry.sheets.flatMap((s) => s.comments.map((c) => c.hash)));
  return runExcel(
    async (context) => {
      const wb = context.workbook;
      // Sync 1: the target sheets with their formats and the notes on the cells to mark; the
      // sheets marked before with their formats and notes; the comments.
      const targets = plans.map((plan) => {
        const sheet = wb.worksheets.getItem(plan.sheet);
        sheet.load("id,name,protection/protected");
        const formats = formatsOn(sheet);
        const notesAt = caps.notes ? plan.marks.map((m) => noteAt(sheet, m.cell)) : [];
        return { plan, sheet, formats, notesAt };
      });
      const before = registry.sheets.map((entry) => {
        const sheet = wb.worksheets.getItem(entry.id);
        sheet.load("id,name,protection/protected");
        const formats = formatsOn(sheet);
        const notes = caps.notes && entry.notes.length > 0 ? notesOn(sheet) : null;
        return { entry, sheet, formats, notes };
      });
      const comments = caps.comments && (useComments || ourCommentHashes.size > 0) ? wb.comments : null;
      comments?.load("items/id,items/content");
      await context.sync();

      // What of ours is in the workbook now, once per sheet.
      const oldNoteHashes = new Map(registry.sheets.map((s) => [s.id, hashesOf(s.notes)]));
      const formatsToDelete = new Map<
        string,
        { name: string; protected: boolean; formats: Excel.ConditionalFormat[] }
      >();
      for (const s of [...targets, ...before]) {
        if (!formatsToDelete.has(s.sheet.id)) {
          formatsToDelete.set(s.sheet.id, {
            name: s.sheet.name,
            protected: s.sheet.protection.protected,
            formats: ours(s.formats),
          });
        }
      }
      const notesToDelete = before.flatMap((b) => {
        const hashes = oldNoteHashes.get(b.entry.id)!;
        return b.notes
          ? b.notes.items
              .filter((n) => hashes.has(annotationHash(n.content)))
              .map((note) => ({ sheet: b.sheet, note }))
          : [];
      });
      const commentItems = comments ? comments.items : [];
      const commentsToDelete = commentItems.filter((c) => ourCommentHashes.has(annotationHash(c.content)));
      const userComments = useComments
        ? commentItems.filter((c) => !ourCommentHashes.has(annotationHash(c.content)))
        : [];

      refuseProtected([
        ...targets.filter((t) => t.sheet.protection.protected).map((t) => t.sheet.name),
        ...[...formatsToDelete.values()]
          .filter((s) => s.protected && s.formats.length > 0)
          .map((s) => s.name),
        ...notesToDelete.filter((n) => n.sheet.protection.protected).map((n) => n.sheet.name),
      ]);

      // Which cells get a note: not those with a note of the user's.
      const paneOnly: PaneOnly[] = [];
      const newSheets: RegistrySheet[] = targets.map((t) => {
        const hashes = oldNoteHashes.get(t.sheet.id) ?? new Set<string>();
        const notes: RegistryAnnotation[] = [];
        t.plan.marks.forEach((m, i) => {
          const existing = t.notesAt[i];
          if (!existing) return;
          if (!existing.isNullObject && !hashes.has(annotationHash(existing.content))) {
            paneOnly.push({ sheet: t.plan.sheet, cell: m.cell, reason: "user-note" });
          } else {
            notes.push({ cell: m.cell, hash: annotationHash(m.note) });
          }
        });
        return {
          id: t.sheet.id,
          name: t.sheet.name,
          formats: t.plan.formats.map((f) => ({ kind: f.kind, ranges: f.ranges })),
          notes,
          comments: [],
          paneOnly: paneOnly.filter((p) => p.sheet === t.plan.sheet).map((p) => p.cell),
        };
      });
      // Until the write is confirmed, the registry lists old and new: a failure leaves nothing unknown.
      const planned = useComments
        ? newSheets.map((s, i) => ({
            ...s,
            comments: targets[i]!.plan.marks.map((m) => ({ cell: m.cell, hash: annotationHash(m.note) })),
          }))
        : newSheets;
      await writeRegistry(mergeRegistries(registry, { version: 1, sheets: planned }));

      // Sync 2: remove ours, add the new formats and notes.
      wb.application.suspendApiCalculationUntilNextSync();
      wb.application.suspendScreenUpdatingUntilNextSync();
      for (const s of formatsToDelete.values()) for (const cf of s.formats) cf.delete();
      for (const { note } of notesToDelete) note.delete();
      for (const c of commentsToDelete) c.delete();
      let formatCount = 0;
      targets.forEach((t) => {
        for (const f of t.plan.formats) {
          const cf = t.sheet.getRanges(f.ranges).conditionalFormats.add("Custom");
          cf.custom.rule.formula = markerFormula(f.kind);
          cf.custom.format.fill.color = MARK_STYLES[f.kind].fill;
          cf.custom.format.font.color = MARK_STYLES[f.kind].font;
          formatCount++;
        }
      });
      // Notes are the heavy part: past NOTE_BATCH_BYTES they go in a sync of their own, so no request
      // passes Excel on the web's 5 MB (20,000 marked rows: 2 syncs become 3 or 4, never one per cell).
      let noteCount = 0;
      let queuedBytes = targets.reduce(
        (sum, t) => sum + t.plan.formats.reduce((n, f) => n + f.ranges.length + 200, 0),
        0
      );
      for (const [i, t] of targets.entries()) {
        const byCell = new Map<string, Mark>(t.plan.marks.map((m) => [m.cell, m]));
        for (const n of newSheets[i]!.notes) {
          const mark = byCell.get(n.cell)!;
          const bytes = NOTE_OVERHEAD_BYTES + mark.cell.length + mark.note.length;
          if (queuedBytes + bytes > NOTE_BATCH_BYTES) {
            // A sync per 4 MB of notes, not per note: bounded by size, as Excel on the web requires.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            queuedBytes = 0;
          }
          t.sheet.notes.add(mark.cell, mark.note);
          queuedBytes += bytes;
          noteCount++;
        }
      }
      const locations = userComments.map((c) => {
        const where = c.getLocation();
        where.load("address");
        return where;
      });
      await context.sync();

      let commentCount = 0;
      if (useComments) {
        // Sync 3: a comment on every marked cell without a comment of the user's.
        const taken = locations.map((l) => splitSheetAddress(l.address));
        targets.forEach((t, i) => {
          const list: RegistryAnnotation[] = [];
          for (const m of t.plan.marks) {
            if (taken.some((a) => a.sheet === t.sheet.name && sameCell(a.range, m.cell))) {
              paneOnly.push({ sheet: t.plan.sheet, cell: m.cell, reason: "user-comment" });
              continue;
            }
            wb.comments.add(t.sheet.getRange(m.cell), m.note);
            list.push({ cell: m.cell, hash: annotationHash(m.note) });
            commentCount++;
          }
          const s = newSheets[i]!;
          newSheets[i] = {
            ...s,
            comments: list,
            paneOnly: paneOnly.filter((p) => p.sheet === t.plan.sheet).map((p) => p.cell),
          };
        });
        await context.sync();
      }
      await writeRegistry({ version: 1, sheets: newSheets });
      return {
        annotations: caps.annotations,
        formats: formatCount,
        notes: noteCount,
        comments: commentCount,
        paneOnly,
      };
    },
    plans.map((p) => p.sheet)
  );
}

/**
 * Removes every conditional format of ours (recognised by its marker formula and colours, on
 * every sheet, so even one whose registry was lost), and the notes and comments the registry says
 * we wrote and whose text is unchanged. Three syncs: the sheets, what is on them, the deletions.
 */
export async function clearMarks(caps: Capabilities): Promise<void> {
  const registry = readRegistry();
  const commentHashes = new Set(registry.sheets.flatMap((s) => s.comments.map((c) => c.hash)));
  await runExcel(
    async (context) => {
      const wb = context.workbook;
      // Sync 1: the sheets, and the comments when we wrote any.
      wb.worksheets.load("items/id,items/name,items/protection/protected");
      const comments = caps.comments && commentHashes.size > 0 ? wb.comments : null;
      comments?.load("items/id,items/content");
      await context.sync();

      // Sync 2: every sheet's conditional formats, and the notes at the cells where we wrote some,
      // checked one by one (not the sheet's whole notes collection, whose text can pass 5 MB).
      const scans = wb.worksheets.items.map((sheet) => {
        const formats = sheet.getRange().conditionalFormats;
        formats.load(FORMAT_PROPERTIES);
        const entry = registry.sheets.find((s) => s.id === sheet.id);
        return {
          sheet,
          formats,
          cells: caps.notes && entry ? entry.notes : [],
          hashes: hashesOf(entry?.notes ?? []),
        };
      });
      const notesAt: { scan: number; note: Excel.Note }[] = [];
      let pending = 0;
      for (const [i, scan] of scans.entries()) {
        for (const n of scan.cells) {
          if (pending === NOTE_LOAD_BATCH) {
            // One sync per NOTE_LOAD_BATCH notes, never one per note: each response stays far below 5 MB.
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
            pending = 0;
          }
          notesAt.push({ scan: i, note: noteAt(scan.sheet, n.cell) });
          pending++;
        }
      }
      await context.sync();

      const found = scans.map((s, i) => ({
        sheet: s.sheet,
        formats: ours(s.formats),
        notes: notesAt
          .filter((n) => n.scan === i && !n.note.isNullObject && s.hashes.has(annotationHash(n.note.content)))
          .map((n) => n.note),
      }));
      refuseProtected(
        found
          .filter((f) => f.sheet.protection.protected && (f.formats.length > 0 || f.notes.length > 0))
          .map((f) => f.sheet.name)
      );

      // Sync 3: the deletions.
      wb.application.suspendScreenUpdatingUntilNextSync();
      for (const f of found) {
        for (const cf of f.formats) cf.delete();
        for (const n of f.notes) n.delete();
      }
      for (const c of comments ? comments.items : [])
        if (commentHashes.has(annotationHash(c.content))) c.delete();
      await context.sync();
    },
    registry.sheets.map((s) => s.name)
  );
  await writeRegistry(EMPTY_REGISTRY);
}
