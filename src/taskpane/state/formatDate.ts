import type { Lang } from "../../core/messages";

/** "2026-03-02T14:05:00.000Z" → "2 mrt 2026, 15:05" (nl) / "2 Mar 2026, 15:05" (en); the text itself if unreadable. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/** "2025-11-04T15:12:00.000Z" → "4 nov 2025" (nl) / "4 Nov 2025" (en): a file's date; the text itself if unreadable. */
export function formatDay(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium" });
}
