/**
 * Word lookups for the locale's word lists. Every lookup structure is built once per list (or per
 * locale) and cached, so parsing a cell never compiles a regex or sorts a list.
 */

const WORD_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Is the text one of the words ('n.b.' or 'n.b')? The lookup set is built once per list. */
export function matchesWord(text: string, words: readonly string[]): boolean {
  let set = WORD_SETS.get(words);
  if (!set) {
    set = new Set(words.flatMap((w) => [w, w.replace(/\.$/, "")]));
    WORD_SETS.set(words, set);
  }
  return set.has(text.toLowerCase());
}

const SORTED = new WeakMap<readonly string[], readonly string[]>();

/** The words, longest first, so "ten minste" is tried before "min". Sorted once per list. */
export function longestFirst(words: readonly string[]): readonly string[] {
  let sorted = SORTED.get(words);
  if (!sorted) {
    sorted = [...words].sort((a, b) => b.length - a.length);
    SORTED.set(words, sorted);
  }
  return sorted;
}

interface LeadingWords {
  /** First characters of the words, to turn most texts away with one lookup. */
  readonly firstChars: ReadonlySet<string>;
  readonly words: readonly { readonly word: string; readonly endsInLetter: boolean }[];
}

const LEADING = new WeakMap<readonly string[], LeadingWords>();

function leadingWords(words: readonly string[]): LeadingWords {
  let found = LEADING.get(words);
  if (!found) {
    found = {
      firstChars: new Set(words.map((w) => w.charAt(0).toLowerCase())),
      words: longestFirst(words).map((word) => ({
        word: word.toLowerCase(),
        endsInLetter: /\p{L}$/u.test(word),
      })),
    };
    LEADING.set(words, found);
  }
  return found;
}

/**
 * The text after a leading word of the list, or null: 'ca. 500' → '500', 'ruim 80%' → '80%',
 * '±300' → '300'. A word that ends in a letter must be followed by a space or a colon, so 'ca'
 * does not take the start of 'canon'.
 */
export function afterLeadingWord(text: string, words: readonly string[]): string | null {
  const { firstChars, words: candidates } = leadingWords(words);
  if (!firstChars.has(text.charAt(0).toLowerCase())) return null;
  const lower = text.toLowerCase();
  for (const { word, endsInLetter } of candidates) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charAt(word.length);
    if (next === " " || next === ":" || (!endsInLetter && next !== "")) {
      return text.slice(word.length).replace(/^[\s:]+/, "");
    }
  }
  return null;
}

/** A regex alternation of the words, escaped; longest first so the longer word wins. */
export function alternation(words: readonly string[]): string {
  return longestFirst(words)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
}
