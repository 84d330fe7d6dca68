/** "Begrotingstabellen Dienstverlening" → "Begrotingstabellen Dienstverlening.docx", safe on Windows and macOS. */
export function exportFileName(title: string, extension: "docx" | "html"): string {
  const base =
    [...title]
      .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? " " : ch))
      .join("")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[. ]+$/, "")
      .slice(0, 120) || "Begrotingstabellen";
  return `${base}.${extension}`;
}
