/** Two 32-bit FNV-1a variants in one pass, as base 36: short, stable, not cryptographic (~52 bits). */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x7f4a7c15;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + ((b >>> 0) & 0xfffff).toString(36);
}
