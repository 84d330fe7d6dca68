import type { Finding } from "../findings/types";
import type { Lang, MessageCatalogue } from "./catalogue";
import { en } from "./en";
import { nl } from "./nl";

export type { Lang } from "./catalogue";

const CATALOGUES: Readonly<Record<Lang, MessageCatalogue>> = { nl, en };

/** The finding as one sentence in the user's language (Dutch by default). */
export function describeFinding(finding: Finding, lang: Lang = "nl"): string {
  const message = CATALOGUES[lang][finding.code] as (f: Finding) => string;
  return message(finding);
}
