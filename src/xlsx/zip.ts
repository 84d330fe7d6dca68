/**
 * Zip writers stamp every entry with the current time, so the same workbook written twice
 * gives different bytes. This rewrites the DOS date/time of every entry (central directory
 * and local headers) to one fixed moment, making generated .xlsx files reproducible.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;

/** DOS time and date words for a local (wall-clock) moment; seconds have 2-second resolution. */
export function dosDateTime(moment: Date): { time: number; date: number } {
  const time = (moment.getUTCHours() << 11) | (moment.getUTCMinutes() << 5) | Math.floor(moment.getUTCSeconds() / 2);
  const date = ((moment.getUTCFullYear() - 1980) << 9) | ((moment.getUTCMonth() + 1) << 5) | moment.getUTCDate();
  return { time, date };
}

function findEndOfCentralDirectory(view: DataView): number {
  for (let pos = view.byteLength - EOCD_MIN_SIZE; pos >= 0; pos--) {
    if (view.getUint32(pos, true) === EOCD_SIGNATURE) return pos;
  }
  throw new Error("zip: end of central directory not found");
}

/**
 * Returns a copy of `zip` whose entries all carry `moment` (read as wall-clock time via its
 * UTC fields) as modification time. Entry data and CRCs are untouched.
 */
export function withFixedZipTimestamps(zip: Uint8Array, moment: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, date } = dosDateTime(moment);
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let pos = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(pos, true) !== CENTRAL_SIGNATURE) throw new Error("zip: malformed central directory");
    view.setUint16(pos + 12, time, true);
    view.setUint16(pos + 14, date, true);
    const local = view.getUint32(pos + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error("zip: malformed local header");
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    pos += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }
  return out;
}
