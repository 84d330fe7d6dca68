import type { Lang } from "../../core/messages";
import { formatNorm } from "../../core/messages/formatNumber";
import type { Direction } from "../../core/model/types";
import { normFromValue, parseNormText } from "../../core/norms/normFromText";

export type NormPreview =
  | { readonly kind: "empty" }
  | { readonly kind: "read"; readonly text: string }
  | { readonly kind: "unreadable" };

/**
 * What the engine will make of a typed norm, before the check runs: "minimaal 80%" → "ten minste 80%".
 * Uses the engine's own parser, so the preview cannot disagree with the check.
 */
export function previewNorm(text: string, direction: Direction, lang: Lang): NormPreview {
  if (text.trim() === "") return { kind: "empty" };
  const spec = normFromValue(parseNormText(text), direction);
  return spec ? { kind: "read", text: formatNorm(spec, lang) } : { kind: "unreadable" };
}
