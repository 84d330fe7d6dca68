import type { TableCandidate } from "../findings/types";
import type { Lang } from "./catalogue";

/** Why a header-like row was not taken as the indicator table's header, for the finding and the CLI. */
export const CANDIDATE_REASONS: Readonly<Record<Lang, Readonly<Record<TableCandidate["reason"], string>>>> = {
  nl: {
    "no-years": "geen kolom met een jaar of Behaald/Beoogd",
    "no-names": "geen kolom met namen links van de jaren",
    "no-values": "geen rij met waarden eronder",
  },
  en: {
    "no-years": "no column with a year or Achieved/Target",
    "no-names": "no column of names left of the years",
    "no-values": "no row with values under it",
  },
};
