/**
 * Saves a Blob, bytes or text as a file through a temporary link, the way browsers (and Excel on
 * the web) allow. The object URL is released once the click has been handled. A Blob (such as a
 * file the engine's worker rendered) is passed on without copying its bytes.
 */
export function downloadFile(
  name: string,
  data: Blob | Uint8Array | string,
  mime: string,
  doc: Document = document
): void {
  const part =
    typeof data === "string" || data instanceof Blob ? data : (data.slice() as Uint8Array<ArrayBuffer>);
  const blob = new Blob([part], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
