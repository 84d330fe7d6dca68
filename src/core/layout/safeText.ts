/**
 * Characters XML 1.0 forbids (C0 controls but tab and line feed, U+FFFE/U+FFFF) and lone surrogate
 * halves. A .docx or .xlsx holding one does not open, so every text goes through safeText on its
 * way into a layout and again in each renderer.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any carriage return, C0 control, surrogate half or U+FFFE/U+FFFF: most texts have none and pass as they are. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** "a\r\nb\u0000" → "a\nb": line breaks become "\n", forbidden characters are dropped, nothing else changes. */
export function safeText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").replace(FORBIDDEN, "");
}
