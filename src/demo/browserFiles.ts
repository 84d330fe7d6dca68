/** Saving files and copying HTML from a plain browser page: what the demo host does for the pane. */

/* global document, navigator, window, Blob, ClipboardItem, DOMParser, URL */

/** Saves `data` under `name` through a temporary <a download> link. */
export function saveFile(name: string, data: Uint8Array | string, mime: string): void {
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; the URL is only needed until then.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The HTML's text, for the clipboard's plain-text flavour. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
}

/**
 * Puts HTML on the clipboard as HTML (Word and CMS editors paste it as a table) with a plain-text
 * flavour. Uses the async Clipboard API, else the older copy command on a selected, off-screen copy;
 * false when neither is allowed.
 */
export async function copyHtmlToClipboard(html: string): Promise<boolean> {
  if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([plainText(html)], { type: "text/plain" }),
        }),
      ]);
      return true;
    } catch {
      // Not allowed here (no focus, no permission): try the copy command.
    }
  }
  return copyWithCommand(html);
}

function copyWithCommand(html: string): boolean {
  const holder = document.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.style.top = "0";
  // The HTML is the pane's own export (escaped text in table markup); the page's CSP allows no inline script.
  holder.innerHTML = html;
  document.body.append(holder);
  const selection = window.getSelection();
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}
