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
  const text = typeof html === "string" ? html : await html.text();
  if (copyWithCopyEvent({ "text/html": text, "text/plain": text }, doc)) return true;
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

/**
 * Puts plain text on the clipboard (the diagnosis): through the copy event, else the async Clipboard
 * API. False when both are refused.
 */
export async function copyTextToClipboard(text: string, doc: Document = document): Promise<boolean> {
  if (copyWithCopyEvent({ "text/plain": text }, doc)) return true;
  const clipboard = (globalThis.navigator as Navigator | undefined)?.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false; // refused: permissions policy, no focus
  }
}

/** execCommand('copy') with these types as the copy event's data; false where the browser refuses it. */
function copyWithCopyEvent(data: Readonly<Record<string, string>>, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    for (const [type, value] of Object.entries(data)) event.clipboardData.setData(type, value);
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
