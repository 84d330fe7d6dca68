/**
 * Puts HTML on the clipboard as rich text (with the plain HTML as text), so it pastes as tables in
 * Word. Office's iframe often blocks the async Clipboard API; then the old execCommand('copy') on
 * a hidden contenteditable copy is tried. False when both are refused: the pane then shows the
 * HTML to copy by hand.
 */
export async function copyHtmlToClipboard(html: string, doc: Document = document): Promise<boolean> {
  const clipboard = (globalThis.navigator as Navigator | undefined)?.clipboard;
  if (clipboard && typeof clipboard.write === "function" && typeof ClipboardItem !== "undefined") {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([html], { type: "text/plain" }),
        }),
      ]);
      return true;
    } catch {
      // Refused (permissions policy, no focus): fall through to execCommand.
    }
  }
  return copyWithExecCommand(html, doc);
}

function copyWithExecCommand(html: string, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  Object.assign(holder.style, { position: "fixed", left: "-10000px", top: "0", opacity: "0" });
  // The tables' own HTML from renderHtml, in which every author text is escaped.
  holder.innerHTML = html;
  doc.body.appendChild(holder);
  const picked = domSelection(doc);
  const previous = picked && picked.rangeCount > 0 ? picked.getRangeAt(0) : null;
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    picked?.removeAllRanges();
    picked?.addRange(range);
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    picked?.removeAllRanges();
    if (previous) picked?.addRange(previous);
    holder.remove();
  }
}

/** The page's text selection (a DOM Selection, not an Office.js proxy: nothing to load or sync). */
function domSelection(doc: Document): Selection | null {
  return doc.getSelection();
}
