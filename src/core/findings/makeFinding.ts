import type { CellAddress } from "../address";
import { hashText } from "../hash";
import type { Finding, FindingCode, FindingId, FindingParams, IndicatorId } from "./types";
import { SEVERITY } from "./types";

export interface FindingPlace {
  readonly sheet: string | null;
  readonly cell: CellAddress | null;
  readonly indicatorId: IndicatorId | null;
  readonly year: number | null;
  /** What distinguishes two findings of one code on one indicator and year (a reference, a marker). */
  readonly subject?: string;
}

/** "norm/breach" → "norm.breach", worked out once per code. */
const ID_PREFIX = Object.fromEntries(
  Object.keys(SEVERITY).map((code) => [code, code.replace("/", ".")])
) as Record<FindingCode, string>;

/** Builds a finding with its stable id (code, indicator, year, subject) and its fingerprint (place and params). */
export function makeFinding<C extends FindingCode>(
  code: C,
  place: FindingPlace,
  params: FindingParams[C]
): Finding {
  // Readable and unique by construction where it can be ("norm.breach:klanttevredenheid-website:2024");
  // a free-text subject (a result's reference) is hashed to keep the id short.
  const owner = place.indicatorId ?? place.sheet ?? "";
  const subject =
    place.subject === undefined
      ? ""
      : `:${place.subject.length <= 12 ? place.subject : hashText(place.subject)}`;
  const id = `${ID_PREFIX[code]}:${owner}:${place.year ?? ""}${subject}` as FindingId;
  // Not the cell: a finding that only moved (a row inserted above the table) needs no new verdict.
  const fingerprint = hashText(`${place.sheet}|${JSON.stringify(params)}`);
  return {
    id,
    fingerprint,
    code,
    severity: SEVERITY[code],
    sheet: place.sheet,
    cell: place.cell,
    indicatorId: place.indicatorId,
    year: place.year,
    params,
  } as Finding;
}
