/** FNV-1a (32-bit) twice with different seeds, as 12 base-36 characters: short, stable, not cryptographic. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a >>> 0).toString(36).padStart(7, "0") + (b >>> 0).toString(36).padStart(7, "0")).slice(0, 12);
}
