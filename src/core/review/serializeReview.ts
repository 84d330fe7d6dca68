import { SEVERITY, type FindingCode } from "../findings/types";
import {
  EMPTY_REVIEW,
  type ReviewEntry,
  type ReviewReference,
  type ReviewState,
  type ReviewStatus,
} from "./types";

/** Why a stored review could not be used as it is; the pane says so instead of silently starting over. */
export type ReviewWarning =
  | "unreadable" // not JSON, or not a review at all
  | "partly-unreadable" // some entries were malformed and left out
  | "newer-version"; // written by a later version of the add-in: not read, and must not be overwritten blindly

export interface ParsedReview {
  readonly state: ReviewState;
  readonly warning: ReviewWarning | null;
}

const STATUSES: ReadonlySet<string> = new Set<ReviewStatus>(["open", "akkoord", "te-corrigeren"]);

/** The review as JSON, entries sorted by id so that equal states give equal text. */
export function serializeReview(state: ReviewState): string {
  const entries: Record<string, ReviewEntry> = {};
  for (const id of Object.keys(state.entries).sort()) entries[id] = state.entries[id]!;
  const { reference } = state;
  return JSON.stringify({
    version: state.version,
    entries,
    ...(reference && { reference: { name: reference.name, modified: reference.modified } }),
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";
const nullableString = (v: unknown): boolean => v === null || typeof v === "string";

function readEntry(id: string, raw: unknown): ReviewEntry | null {
  if (!isObject(raw) || id === "__proto__") return null;
  const {
    findingId,
    status,
    at,
    fingerprint,
    code,
    sheet,
    cell,
    summary,
    reason,
    note,
    reviewer,
    resolvedAt,
  } = raw;
  const valid =
    findingId === id &&
    typeof status === "string" &&
    STATUSES.has(status) &&
    typeof at === "string" &&
    typeof fingerprint === "string" &&
    typeof code === "string" &&
    Object.prototype.hasOwnProperty.call(SEVERITY, code) &&
    nullableString(sheet) &&
    nullableString(cell) &&
    typeof summary === "string" &&
    optionalString(reason) &&
    optionalString(note) &&
    optionalString(reviewer) &&
    optionalString(resolvedAt);
  if (!valid) return null;
  return {
    findingId: id,
    status: status as ReviewStatus,
    ...(typeof reason === "string" && { reason }),
    ...(typeof note === "string" && { note }),
    ...(typeof reviewer === "string" && { reviewer }),
    at,
    fingerprint,
    code: code as FindingCode,
    sheet: sheet as string | null,
    cell: cell as string | null,
    summary,
    ...(typeof resolvedAt === "string" && { resolvedAt }),
  };
}

/** The version compared with, when it is one: a name and an ISO 8601 time; else null. */
function readReference(raw: unknown): ReviewReference | null {
  if (!isObject(raw)) return null;
  const { name, modified } = raw;
  const valid =
    typeof name === "string" &&
    name.trim() !== "" &&
    typeof modified === "string" &&
    !Number.isNaN(Date.parse(modified));
  return valid ? { name, modified } : null;
}

/**
 * Reads a stored review. Never throws: garbage gives the empty review with a warning, and a
 * malformed entry is left out (the others are kept) with a warning. Empty text is simply no review yet.
 */
export function parseReview(text: string | null | undefined): ParsedReview {
  if (text === null || text === undefined || text.trim() === "")
    return { state: EMPTY_REVIEW, warning: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: EMPTY_REVIEW, warning: "unreadable" };
  }
  if (!isObject(raw) || typeof raw.version !== "number" || !isObject(raw.entries))
    return { state: EMPTY_REVIEW, warning: "unreadable" };
  if (raw.version > 1) return { state: EMPTY_REVIEW, warning: "newer-version" };
  if (raw.version !== 1) return { state: EMPTY_REVIEW, warning: "unreadable" };
  const entries: Record<string, ReviewEntry> = {};
  let dropped = false;
  for (const [id, value] of Object.entries(raw.entries)) {
    const entry = readEntry(id, value);
    if (entry) entries[id] = entry;
    else dropped = true;
  }
  // A part written before comparing existed has no reference; a malformed one is left out.
  const reference = raw.reference === undefined ? null : readReference(raw.reference);
  if (raw.reference !== undefined && reference === null) dropped = true;
  const state: ReviewState = reference ? { version: 1, entries, reference } : { version: 1, entries };
  return { state, warning: dropped ? "partly-unreadable" : null };
}
