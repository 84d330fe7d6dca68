/**
 * Highlighting that never touches the user's own formatting: every mark is a conditional format
 * (it leaves the cell's fill, font and number format alone, and shows over them), and every
 * explanation a note — or a threaded comment where notes are missing — only on cells without one
 * of the user's. What was added is recorded (markRegistry.ts) so clearMarks removes exactly that.
 *
 * Syncs: applyMarks 2 (3 when explanations go into threaded comments, whose cells are only known
 * after a second read); clearMarks 3. Neither depends on the size of the workbook, except that a
 * batch past 4 MB (some 15,000 notes) takes a sync more, and one Excel refuses as too large is sent
 * again in halves (payload.ts).
 *
 * What real Excel does that these functions survive:
 * - a sheet's id changes when the file is reopened (markRegistry.ts, resolveRegistry): the sheet
 *   is found again by its name, and our notes and comments by their own text;
 * - a sheet's conditional formats cannot be read when the user has two CellValue rules on one
 *   range or a duplicated rule (office-js #6827, #6835): then only the cells we marked are read,
 *   and where even that fails the user's formats are left alone and the report names the sheet;
 * - a note or comment comes back with \r\n line endings or a name before our text (annotationKeys).
 */
import { GatewayError } from "../core/gateway";
import { MARK_STYLES, type Mark } from "../core/marks";
import { splitSheetAddress } from "./addresses";
import { runExcel } from "./errors";
import { formatsOn, mayBeUnreadableFormats, ours, readFormatsApart } from "./markFormats";
import { markerFormula, planMarkFormats, type SheetPlan } from "./markPlan";
import {
  EMPTY_REGISTRY,
  annotationHash,
  annotationText,
  commentHashes,
  isOurAnnotation,
  mergeRegistries,
  noteHashes,
  readRegistry,
  resolveRegistry,
  writeRegistry,
  type MarkRegistry,
  type RegistryAnnotation,
  type RegistryFormat,
  type RegistrySheet,
  type SheetRef,
} from "./markRegistry";
import { ACTION_BYTES, actionBytes, syncBounded, type BatchPart } from "./payload";
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
  /**
   * Sheets whose conditional formats Excel could not read, not even on the cells we marked
   * (office-js #6827, #6835): the user's formats there are left alone, and marks of ours from an
   * earlier check may still be there. The new marks are added all the same.
   */
  readonly unreadFormats: readonly string[];
}

export interface ClearReport {
  /** Sheets whose conditional formats Excel could not read: marks of ours may still be there. */
  readonly unreadFormats: readonly string[];
}

/** The note on a cell, or a null object, with its text queued for loading. */
function noteAt(sheet: Excel.Worksheet, cell: string): Excel.Note {
  const note = sheet.notes.getItemOrNullObject(cell);
  note.load("content");
  return note;
}

const rangesOf = (registry: MarkRegistry, id: string): string[] =>
  registry.sheets.filter((s) => s.id === id).flatMap((s) => s.formats.map((f) => f.ranges));

const formatsOf = (registry: MarkRegistry, id: string): RegistryFormat[] =>
  registry.sheets.filter((s) => s.id === id).flatMap((s) => s.formats);

const sameFormat = (a: RegistryFormat, b: RegistryFormat): boolean =>
  a.kind === b.kind && a.ranges === b.ranges;

const sameCell = (a: string, b: string): boolean =>
  a.replace(/\$/g, "").toUpperCase() === b.replace(/\$/g, "").toUpperCase();

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

async function existingSheets(): Promise<SheetRef[]> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    await context.sync();
    return sheets.items.map((s) => ({ id: s.id, name: s.name }));
  });
}

/** What one note read back may cost in the response: ~230 bytes of text and its framing. */
const NOTE_LOAD_BYTES = 300;
/**
 * What probing a cell without a note costs (the null object's framing): most cells to mark have
 * none the first time. A user's note there makes the estimate short, which a refused response
 * corrects (syncBounded reads again, smaller).
 */
const NO_NOTE_LOAD_BYTES = 40;

/** Replaces the add-in's previous marks with these. */
export async function applyMarks(caps: Capabilities, marks: readonly Mark[]): Promise<MarkReport> {
  const registry = readRegistry();
  const plans = planMarkFormats(marks);
  if (plans.length === 0 && registry.sheets.length === 0)
    return {
      annotations: caps.annotations,
      formats: 0,
      notes: 0,
      comments: 0,
      paneOnly: [],
      unreadFormats: [],
    };
  try {
    const first = await applyOnce(caps, plans, registry, registry);
    // The registry's ids name other sheets now (reopened and reordered): again, with them found by name.
    return "moved" in first ? await applyOnce(caps, plans, first.moved, registry).then(settled) : first;
  } catch (error) {
    if (!(error instanceof GatewayError) || error.code !== "not-found") throw error;
    // A sheet is gone: one we marked before (deleted, renamed, or its id changed when the file
    // was reopened: office-js-docs #297, office-js #1390) or one the marks name (renamed since).
    const existing = await existingSheets();
    const missing = plans.find((p) => !existing.some((s) => s.name === p.sheet));
    if (missing)
      throw new GatewayError("not-found", `Sheet '${missing.sheet}' no longer exists.`, {
        sheet: missing.sheet,
        cause: error,
      });
    return settled(await applyOnce(caps, plans, resolveRegistry(registry, existing), registry));
  }
}

function settled(result: MarkReport | { moved: MarkRegistry }): MarkReport {
  if ("moved" in result)
    throw new GatewayError("failed", "The workbook's sheets changed while marking; check again.");
  return result;
}

/** Whether the registry resolved against the sheets now still names the same sheets by id. */
const sameSheets = (a: MarkRegistry, b: MarkRegistry): boolean =>
  a.sheets.length === b.sheets.length && a.sheets.every((s, i) => s.id === b.sheets[i]!.id);

/**
 * One attempt at marking. `registry` says where to look for our marks (its ids must exist);
 * `written` is the registry as stored, whose texts tell our notes and comments wherever they are.
 */
async function applyOnce(
  caps: Capabilities,
  plans: readonly SheetPlan[],
  registry: MarkRegistry,
  written: MarkRegistry
): Promise<MarkReport | { moved: MarkRegistry }> {
  const useComments = caps.annotations === "comments";
  const ourNoteHashes = noteHashes(written);
  const ourCommentHashes = commentHashes(written);
  return runExcel(
    async (context) => {
      const wb = context.workbook;
      // Sync 1: the target sheets with their formats and the notes on the cells to mark; the
      // sheets marked before with their formats and notes; the comments. The notes read back can
      // pass Excel's 5 MB response (20,000 marked cells checked again: ~9 MB), so each note is a
      // part of a bounded read: one sync as long as it fits, more only when it does not.
      const queueFirst = (withFormats: boolean) => {
        const targets = plans.map((plan) => {
          const sheet = wb.worksheets.getItem(plan.sheet);
          sheet.load("id,name,protection/protected");
          const formats = withFormats ? formatsOn(sheet) : null;
          const notesAt: Excel.Note[] = [];
          return { plan, sheet, formats, notesAt };
        });
        const before = registry.sheets.map((entry) => {
          const sheet = wb.worksheets.getItem(entry.id);
          sheet.load("id,name,protection/protected");
          const formats = withFormats ? formatsOn(sheet) : null;
          const notesAt: { cell: string; note: Excel.Note }[] = [];
          return { entry, sheet, formats, notesAt };
        });
        const comments = caps.comments && (useComments || ourCommentHashes.size > 0) ? wb.comments : null;
        comments?.load("items/id,items/content");
        wb.worksheets.load("items/id,items/name");
        return { targets, before, comments };
      };
      let first!: ReturnType<typeof queueFirst>;
      const noted = new Set(registry.sheets.flatMap((s) => s.notes.map((n) => `${s.name}!${n.cell}`)));
      // The sheets first, queued again should their batch be sent again; each note after them,
      // on the sheet proxies of the head that was last queued.
      const firstRead = (withFormats: boolean): BatchPart[] => [
        {
          bytes: ACTION_BYTES * (2 + 3 * (plans.length + registry.sheets.length)),
          queue: () => (first = queueFirst(withFormats)),
        },
        ...(caps.notes
          ? [
              ...plans.flatMap((plan, t) =>
                plan.marks.map((m, i) => ({
                  bytes: noted.has(`${plan.sheet}!${m.cell}`) ? NOTE_LOAD_BYTES : NO_NOTE_LOAD_BYTES,
                  sheet: plan.sheet,
                  queue: () => {
                    const target = first.targets[t]!;
                    target.notesAt[i] = noteAt(target.sheet, m.cell);
                  },
                }))
              ),
              ...registry.sheets.flatMap((entry, b) =>
                entry.notes.map((n, i) => ({
                  bytes: NOTE_LOAD_BYTES,
                  sheet: entry.name,
                  queue: () => {
                    const marked = first.before[b]!;
                    marked.notesAt[i] = { cell: n.cell, note: noteAt(marked.sheet, n.cell) };
                  },
                }))
              ),
            ]
          : []),
      ];
      let formatsById: Map<string, Excel.ConditionalFormat[] | null>;
      try {
        await syncBounded(context, firstRead(true), { loadsOnly: true });
        formatsById = new Map([...first.targets, ...first.before].map((s) => [s.sheet.id, ours(s.formats!)]));
      } catch (error) {
        if (!mayBeUnreadableFormats(error)) throw error;
        // A sheet's conditional formats cannot be read: the rest again, then the formats sheet by sheet.
        await syncBounded(context, firstRead(false), { loadsOnly: true });
        formatsById = await readFormatsApart(
          context,
          [...first.targets, ...first.before].map(({ sheet }) => ({
            id: sheet.id,
            name: sheet.name,
            sheet,
            ranges: rangesOf(registry, sheet.id),
          }))
        );
      }
      const { targets, before, comments } = first;
      // Excel on the web numbers sheet ids by position when a file is opened: an id of the registry
      // may name another sheet now. Then nothing is written and the caller tries again.
      const resolved = resolveRegistry(
        registry,
        wb.worksheets.items.map((s) => ({ id: s.id, name: s.name }))
      );
      if (!sameSheets(resolved, registry)) return { moved: resolved };

      // What of ours is in the workbook now, once per sheet.
      const formatsToDelete = new Map<
        string,
        { name: string; protected: boolean; formats: Excel.ConditionalFormat[] }
      >();
      const unreadFormats: string[] = [];
      /**
       * Per sheet whose formats could not be read: the formats of ours the registry says are still
       * there. They stay recorded (a later clear removes them), and the same rule is not added
       * twice: Excel refuses to list a sheet with a duplicated rule (office-js #6835), so a second
       * copy of ours would keep the sheet unreadable after the user removed their own duplicate.
       */
      const standing = new Map<string, { name: string; formats: RegistryFormat[] }>();
      for (const s of [...targets, ...before]) {
        if (formatsToDelete.has(s.sheet.id)) continue;
        const found = formatsById.get(s.sheet.id) ?? null;
        if (found === null && rangesOf(registry, s.sheet.id).length > 0) {
          unreadFormats.push(s.sheet.name);
          standing.set(s.sheet.id, { name: s.sheet.name, formats: formatsOf(registry, s.sheet.id) });
        }
        formatsToDelete.set(s.sheet.id, {
          name: s.sheet.name,
          protected: s.sheet.protection.protected,
          formats: found ?? [],
        });
      }
      // Our notes: where the registry says we wrote them, and on the cells to mark now (each once).
      const notesToDelete = new Map<string, { sheet: Excel.Worksheet; note: Excel.Note }>();
      const probes = [
        ...before.flatMap((b) => b.notesAt.map((p) => ({ sheet: b.sheet, ...p }))),
        ...targets.flatMap((t) =>
          t.notesAt.map((note, i) => ({ sheet: t.sheet, cell: t.plan.marks[i]!.cell, note }))
        ),
      ];
      for (const p of probes)
        if (!p.note.isNullObject && isOurAnnotation(p.note.content, ourNoteHashes))
          notesToDelete.set(`${p.sheet.id}!${p.cell.replace(/\$/g, "").toUpperCase()}`, p);
      const commentItems = comments ? comments.items : [];
      const commentsToDelete = commentItems.filter((c) => isOurAnnotation(c.content, ourCommentHashes));
      const userComments = useComments
        ? commentItems.filter((c) => !isOurAnnotation(c.content, ourCommentHashes))
        : [];

      refuseProtected([
        ...targets.filter((t) => t.sheet.protection.protected).map((t) => t.sheet.name),
        ...[...formatsToDelete.values()]
          .filter((s) => s.protected && s.formats.length > 0)
          .map((s) => s.name),
        ...[...notesToDelete.values()].filter((n) => n.sheet.protection.protected).map((n) => n.sheet.name),
      ]);

      // Which cells get a note: not those with a note of the user's.
      const paneOnly: PaneOnly[] = [];
      const newSheets: RegistrySheet[] = targets.map((t) => {
        const notes: RegistryAnnotation[] = [];
        t.plan.marks.forEach((m, i) => {
          const existing = t.notesAt[i];
          if (!existing) return;
          if (!existing.isNullObject && !isOurAnnotation(existing.content, ourNoteHashes)) {
            paneOnly.push({ sheet: t.plan.sheet, cell: m.cell, reason: "user-note" });
          } else {
            notes.push({ cell: m.cell, hash: annotationHash(annotationText(m.note)) });
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
            comments: targets[i]!.plan.marks.map((m) => ({
              cell: m.cell,
              hash: annotationHash(annotationText(m.note)),
            })),
          }))
        : newSheets;
      await writeRegistry(
        mergeRegistries(written, mergeRegistries(registry, { version: 1, sheets: planned }))
      );

      // Sync 2: remove ours, add the new formats and notes; the notes past 4 MB in a sync more.
      const parts: BatchPart[] = [];
      for (const s of formatsToDelete.values())
        for (const cf of s.formats)
          parts.push({ bytes: ACTION_BYTES, queue: () => cf.delete(), sheet: s.name });
      for (const { sheet, note } of notesToDelete.values())
        parts.push({ bytes: ACTION_BYTES, queue: () => note.delete(), sheet: sheet.name });
      for (const c of commentsToDelete) parts.push({ bytes: ACTION_BYTES, queue: () => c.delete() });
      let formatCount = 0;
      targets.forEach((t) => {
        const already = standing.get(t.sheet.id)?.formats ?? [];
        for (const f of t.plan.formats) {
          if (already.some((s) => sameFormat(s, f))) continue;
          formatCount++;
          parts.push({
            bytes: 4 * ACTION_BYTES + actionBytes(f.ranges, markerFormula(f.kind)),
            sheet: t.plan.sheet,
            queue: () => {
              const cf = t.sheet.getRanges(f.ranges).conditionalFormats.add("Custom");
              cf.custom.rule.formula = markerFormula(f.kind);
              cf.custom.format.fill.color = MARK_STYLES[f.kind].fill;
              cf.custom.format.font.color = MARK_STYLES[f.kind].font;
            },
          });
        }
      });
      let noteCount = 0;
      for (const [i, t] of targets.entries()) {
        const byCell = new Map<string, Mark>(t.plan.marks.map((m) => [m.cell, m]));
        for (const n of newSheets[i]!.notes) {
          const text = annotationText(byCell.get(n.cell)!.note);
          parts.push({
            bytes: actionBytes(n.cell, text),
            sheet: t.plan.sheet,
            queue: () => void t.sheet.notes.add(n.cell, text),
          });
          noteCount++;
        }
      }
      let locations: Excel.Range[] = [];
      parts.push({
        bytes: userComments.length * ACTION_BYTES,
        queue: () => {
          locations = userComments.map((c) => {
            const where = c.getLocation();
            where.load("address");
            return where;
          });
        },
      });
      await syncBounded(context, parts, {
        everyBatch: () => {
          wb.application.suspendApiCalculationUntilNextSync();
          wb.application.suspendScreenUpdatingUntilNextSync();
        },
      });

      let commentCount = 0;
      if (useComments) {
        // Sync 3: a comment on every marked cell without a comment of the user's.
        const taken = locations.map((l) => splitSheetAddress(l.address));
        const commentParts: BatchPart[] = [];
        targets.forEach((t, i) => {
          const list: RegistryAnnotation[] = [];
          for (const m of t.plan.marks) {
            if (taken.some((a) => a.sheet === t.sheet.name && sameCell(a.range, m.cell))) {
              paneOnly.push({ sheet: t.plan.sheet, cell: m.cell, reason: "user-comment" });
              continue;
            }
            const text = annotationText(m.note);
            commentParts.push({
              bytes: actionBytes(m.cell, text),
              sheet: t.plan.sheet,
              queue: () => void wb.comments.add(t.sheet.getRange(m.cell), text),
            });
            list.push({ cell: m.cell, hash: annotationHash(text) });
            commentCount++;
          }
          const s = newSheets[i]!;
          newSheets[i] = {
            ...s,
            comments: list,
            paneOnly: paneOnly.filter((p) => p.sheet === t.plan.sheet).map((p) => p.cell),
          };
        });
        await syncBounded(context, commentParts);
      }
      // Formats of ours that could not be read stay recorded beside the new ones.
      const kept: RegistrySheet[] = newSheets.map((s) => {
        const old = standing.get(s.id)?.formats ?? [];
        const added = s.formats.filter((f) => !old.some((o) => sameFormat(o, f)));
        return old.length === 0 ? s : { ...s, formats: [...old, ...added] };
      });
      for (const [id, { name, formats }] of standing)
        if (!newSheets.some((s) => s.id === id))
          kept.push({ id, name, formats, notes: [], comments: [], paneOnly: [] });
      await writeRegistry({ version: 1, sheets: kept });
      return {
        annotations: caps.annotations,
        formats: formatCount,
        notes: noteCount,
        comments: commentCount,
        paneOnly,
        unreadFormats,
      };
    },
    plans.map((p) => p.sheet)
  );
}

/**
 * Removes every conditional format of ours (recognised by its marker formula and colours, on
 * every sheet, so even one whose registry was lost), and the notes and comments the registry says
 * we wrote and whose text is unchanged. Three syncs: the sheets, what is on them, the deletions.
 * Reports the sheets whose conditional formats Excel could not read (ours may remain there).
 */
export async function clearMarks(caps: Capabilities): Promise<ClearReport> {
  const written = readRegistry();
  const ourNoteHashes = noteHashes(written);
  const ourCommentHashes = commentHashes(written);
  const report = await runExcel(
    async (context) => {
      const wb = context.workbook;
      // Sync 1: the sheets, and the comments when we wrote any.
      wb.worksheets.load("items/id,items/name,items/protection/protected");
      const comments = caps.comments && ourCommentHashes.size > 0 ? wb.comments : null;
      comments?.load("items/id,items/content");
      await context.sync();
      const sheets = wb.worksheets.items;
      // Sheet ids change between sessions: the registry's sheets are found again by name.
      const registry = resolveRegistry(
        written,
        sheets.map((s) => ({ id: s.id, name: s.name }))
      );

      // Sync 2: every sheet's conditional formats, and the notes at the cells where we wrote some,
      // checked one by one (not the sheet's whole notes collection, whose text can pass 5 MB).
      const formats: (Excel.ConditionalFormatCollection | undefined)[] = [];
      const notesAt: { sheet: number; note: Excel.Note | undefined }[] = [];
      const noteParts: BatchPart[] = [];
      sheets.forEach((sheet, i) => {
        // Each cell once: several entries may name it (registries merged during a write, guesses).
        const cells = new Set(
          caps.notes
            ? registry.sheets.filter((s) => s.id === sheet.id).flatMap((s) => s.notes.map((n) => n.cell))
            : []
        );
        for (const cell of cells) {
          const probe: { sheet: number; note: Excel.Note | undefined } = { sheet: i, note: undefined };
          notesAt.push(probe);
          noteParts.push({
            bytes: NOTE_LOAD_BYTES,
            sheet: sheet.name,
            queue: () => (probe.note = noteAt(sheet, cell)),
          });
        }
      });
      const formatParts: BatchPart[] = sheets.map((sheet, i) => ({
        bytes: ACTION_BYTES,
        sheet: sheet.name,
        queue: () => (formats[i] = formatsOn(sheet)),
      }));
      let formatsByIndex: (Excel.ConditionalFormat[] | null)[];
      try {
        await syncBounded(context, [...formatParts, ...noteParts], { loadsOnly: true });
        formatsByIndex = formats.map((f) => ours(f!));
      } catch (error) {
        if (!mayBeUnreadableFormats(error)) throw error;
        // A sheet's conditional formats cannot be read: the notes again, then the formats sheet by sheet.
        await syncBounded(context, noteParts, { loadsOnly: true });
        const apart = await readFormatsApart(
          context,
          sheets.map((sheet) => ({
            id: sheet.id,
            name: sheet.name,
            sheet,
            ranges: rangesOf(registry, sheet.id),
          }))
        );
        formatsByIndex = sheets.map((s) => apart.get(s.id) ?? null);
      }

      const found = sheets.map((sheet, i) => ({
        sheet,
        formats: formatsByIndex[i] ?? [],
        notes: notesAt
          .filter(
            (n) => n.sheet === i && !n.note!.isNullObject && isOurAnnotation(n.note!.content, ourNoteHashes)
          )
          .map((n) => n.note!),
      }));
      refuseProtected(
        found
          .filter((f) => f.sheet.protection.protected && (f.formats.length > 0 || f.notes.length > 0))
          .map((f) => f.sheet.name)
      );

      // Sync 3: the deletions.
      const deletions: BatchPart[] = [];
      for (const f of found) {
        for (const cf of f.formats)
          deletions.push({ bytes: ACTION_BYTES, sheet: f.sheet.name, queue: () => cf.delete() });
        for (const n of f.notes)
          deletions.push({ bytes: ACTION_BYTES, sheet: f.sheet.name, queue: () => n.delete() });
      }
      for (const c of comments ? comments.items : [])
        if (isOurAnnotation(c.content, ourCommentHashes))
          deletions.push({ bytes: ACTION_BYTES, queue: () => c.delete() });
      await syncBounded(context, deletions, {
        everyBatch: () => wb.application.suspendScreenUpdatingUntilNextSync(),
      });
      return {
        unread: registry.sheets.filter(
          (entry) =>
            entry.formats.length > 0 && formatsByIndex[sheets.findIndex((s) => s.id === entry.id)] === null
        ),
      };
    },
    written.sheets.map((s) => s.name)
  );
  // Formats of ours that could not be read stay listed, so a later clear can try again.
  await writeRegistry(
    report.unread.length === 0
      ? EMPTY_REGISTRY
      : { version: 1, sheets: report.unread.map((s) => ({ ...s, notes: [], comments: [], paneOnly: [] })) }
  );
  return { unreadFormats: report.unread.map((s) => s.name) };
}
