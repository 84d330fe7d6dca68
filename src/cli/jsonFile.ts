import { readFile } from "node:fs/promises";

/**
 * A JSON document from a file, checked by `read` (a report, a baseline): what `read` makes of it, or
 * null when the text is no JSON or `read` rejects it. A file that cannot be read rejects with the
 * file system's error, for the caller to say so in one line.
 */
export async function readJsonFile<T>(file: string, read: (json: unknown) => T | null): Promise<T | null> {
  const text = await readFile(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  return read(json);
}
