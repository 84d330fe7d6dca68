/**
 * Saves bytes or text as a file through a temporary link, the way browsers (and Excel on the web)
 * allow. The object URL is released once the click has been handled.
 */
export function downloadFile(
  name: string,
  data: Uint8Array | string,
  mime: string,
  doc: Document = document
): void {
  const blob = new Blob([typeof data === "string" ? data : (data.slice() as Uint8Array<ArrayBuffer>)], {
    type: mime,
  });
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
