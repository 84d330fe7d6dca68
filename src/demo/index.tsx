/**
 * The browser demo: the task pane without Excel, on an .xlsx workbook in the page. No office.js is
 * loaded; the pane only talks to the demo host.
 */
import { createRoot } from "react-dom/client";
import { DemoApp, type DemoSample } from "./DemoApp";

/* global document, navigator, window */

const SAMPLE: DemoSample = {
  name: "begroting-2026-dienstverlening.xlsx",
  url: "examples/begroting-2026-dienstverlening.xlsx",
  reference: {
    name: "begroting-2025-dienstverlening.xlsx",
    url: "examples/begroting-2025-dienstverlening.xlsx",
    label: "begroting 2025",
  },
};

/** ?lang=en and ?theme=dark override the browser's language and colour scheme. */
const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("lang") ?? navigator.language ?? "nl-NL";
const theme =
  (params.get("theme") ??
    (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light")) === "dark"
    ? "dark"
    : "light";

document.documentElement.lang = displayLanguage.toLowerCase().startsWith("nl") ? "nl" : "en";
const container = document.getElementById("container");
if (container)
  createRoot(container).render(<DemoApp displayLanguage={displayLanguage} theme={theme} sample={SAMPLE} />);
