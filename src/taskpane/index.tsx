import { createRoot } from "react-dom/client";
import App from "./App";
import { createOfficeHost } from "./platform/officeHost";

/* global document, Office */

let rendered = false;

/** Renders the pane once, whether or not it runs inside Office. */
function render(): void {
  if (rendered) return;
  const container = document.getElementById("container");
  if (!container) return;
  rendered = true;
  createRoot(container).render(<App host={createOfficeHost()} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  // In Office this resolves when the host is ready; in a plain browser it resolves with host null.
  Office.onReady(() => render()).catch(() => render());
} else {
  // office.js did not load (offline, blocked): show the pane anyway.
  render();
}
