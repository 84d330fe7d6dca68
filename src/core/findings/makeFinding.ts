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

/** Builds a finding with its stable id (code, indicator, year, subject) and its fingerprint (place and params). */
export function makeFinding<C extends FindingCode>(
  code: C,
  place: FindingPlace,
  params: FindingParams[C]
): Finding {
  const identity = [code, place.indicatorId ?? place.sheet ?? "", place.year ?? "", place.subject ?? ""].join(
    "|"
  );
  const id = `${code.replace("/", ".")}:${hashText(identity)}` as FindingId;
  const fingerprint = hashText(JSON.stringify([place.sheet, place.cell, params]));
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
