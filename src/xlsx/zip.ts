/**
 * Just enough of the zip central directory for two jobs: listing the entry names of a package
 * (is this an .xlsx?) and stamping every entry with one fixed time (zip writers use the
 * current time, so the same workbook written twice would give different bytes).
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
/** The zip comment (at most 65535 bytes) follows the end-of-central-directory record. */
const MAX_EOCD_SEARCH = EOCD_MIN_SIZE + 0xffff;

interface CentralEntry {
  /** Offset of the central directory header. */
  readonly central: number;
  /** Offset of the local file header. */
  readonly local: number;
  readonly name: string;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - MAX_EOCD_SEARCH);
  for (let pos = view.byteLength - EOCD_MIN_SIZE; pos >= stop; pos--) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return pos;
  }
  throw new Error("zip: end of central directory not found");
}

function centralEntries(bytes: Uint8Array): CentralEntry[] {
  const view = viewOf(bytes);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const decoder = new TextDecoder();
  const entries: CentralEntry[] = [];
  let pos = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (pos + CENTRAL_HEADER_SIZE > view.byteLength || view.getUint32(pos, true) !== CENTRAL_SIGNATURE) {
      throw new Error("zip: malformed central directory");
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const name = decoder.decode(
      bytes.subarray(pos + CENTRAL_HEADER_SIZE, pos + CENTRAL_HEADER_SIZE + nameLength)
    );
    entries.push({ central: pos, local: view.getUint32(pos + 42, true), name });
    pos += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Names of the entries of a zip archive; throws when the bytes are not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return centralEntries(bytes).map((entry) => entry.name);
}

/** DOS time and date words for a wall-clock moment (read through its UTC fields). */
export function dosDateTime(moment: Date): { time: number; date: number } {
  const time =
    (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2);
  const date =
    ((moment.getUTCFullYear() - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate();
  return { time, date };
}

/**
 * A copy of `zip` whose entries all carry `moment` (wall-clock time, read through its UTC
 * fields) as modification time. Entry data and CRCs are untouched.
 */
export function withFixedZipTimestamps(zip: Uint8Array, moment: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = viewOf(out);
  const { time, date } = dosDateTime(moment);
  for (const entry of centralEntries(out)) {
    if (view.getUint32(entry.local, true) !== LOCAL_SIGNATURE) throw new Error("zip: malformed local header");
    for (const at of [entry.central + 12, entry.local + 10]) {
      view.setUint16(at, time, true);
      view.setUint16(at + 2, date, true);
    }
  }
  return out;
}
