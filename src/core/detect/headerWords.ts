/**
 * A header cell as plain words: lower case, no accents, punctuation and line breaks as spaces.
 * "Prestatie-indicator(en):" → "prestatie indicator en"; "Behaald\n2022" → "behaald 2022";
 * "R2016" → "r2016".
 */
export function headerWords(input: string): string {
  return (
    input
      .toLowerCase()
      // A word broken over two lines or with a hyphen is one word: "Streef-\nwaarde", "Meet-periode".
      .replace(/(\p{L})-\s*(\p{L})/gu, "$1$2")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}
