export { escapeHtml } from "./escapeHtml";
export { renderDocx } from "./renderDocx";
export { renderHtml, type HtmlOptions } from "./renderHtml";
export { writeLayoutSheet, writeSheetPlan } from "./writeLayoutSheet";
