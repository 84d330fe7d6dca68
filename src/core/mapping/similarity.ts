/** Similarity of two normalised names in [0, 1]: the better of edit-distance ratio and word overlap. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const score = Math.max(editRatio(a, b), wordOverlap(a, b));
  // "aantal a" and "aantal c", "wijk 3" and "wijk 4": a differing number or letter is another indicator, not a typo.
  return differsInShortToken(a, b) ? Math.min(score, 0.79) : score;
}

function differsInShortToken(a: string, b: string): boolean {
  const wa = new Set(a.split(" "));
  const wb = new Set(b.split(" "));
  const differing = [...wa].filter((w) => !wb.has(w)).concat([...wb].filter((w) => !wa.has(w)));
  return differing.some((w) => w.length <= 2 || /\d/.test(w));
}

function editRatio(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) / longer > 0.5) return 0;
  return 1 - levenshtein(a, b) / longer;
}

function wordOverlap(a: string, b: string): number {
  const wa = new Set(a.split(" "));
  const wb = new Set(b.split(" "));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  // Dice coefficient, damped so that sharing one word of two is not a match.
  return ((2 * shared) / (wa.size + wb.size)) * 0.95;
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
