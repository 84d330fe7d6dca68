const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML text and attribute values: the author's "<b>" stays the four characters
 * "<b>", never markup. escapeHtml(`Harm & "Haren" <b>`) → "Harm &amp; &quot;Haren&quot; &lt;b&gt;".
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
