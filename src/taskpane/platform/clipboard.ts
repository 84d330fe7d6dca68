/**
 * Puts HTML on the clipboard as rich text (with the plain HTML as text), so it pastes as tables in
 * Word. First through the copy event (execCommand('copy'), the HTML set as the event's data): the
 * browser takes the text as it is. Where that is refused, through the async Clipboard API, handing
 * it a Blob as it is; Chromium parses and sanitises text/html written that way on the page's
 * thread, which for the tables of 20,000 indicators (24 MB) holds the pane for about a second,
 * against about a fifth of that for the copy event. Office's iframe often blocks the async API.
 * False when both are refused: the pane then offers the HTML another way.
 */
export async function copyHtmlToClipboard(html: Blob | string, doc: Document = document): Promise<boolean> {
  if (copyWithCopyEvent(typeof html === "string" ? html : await html.text(), doc)) return true;
  const clipboard = (globalThis.navigator as Navigator | undefined)?.clipboard;
  if (!clipboard || typeof clipboard.write !== "function" || typeof ClipboardItem === "undefined")
    return false;
  const blob = typeof html === "string" ? new Blob([html]) : html;
  try {
    // slice() with a type makes a new handle on the same bytes, not a copy.
    await clipboard.write([
      new ClipboardItem({
        "text/html": blob.slice(0, blob.size, "text/html"),
        "text/plain": blob.slice(0, blob.size, "text/plain"),
      }),
    ]);
    return true;
  } catch {
    return false; // refused: permissions policy, no focus
  }
}

/** execCommand('copy') with the HTML as the copy event's data; false where the browser refuses it. */
function copyWithCopyEvent(html: string, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", html);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    return doc.execCommand("copy") && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}
