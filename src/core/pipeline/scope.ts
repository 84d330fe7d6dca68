import type { FindingId, IndicatorId } from "../findings/types";
import type { ProgrammeGroup } from "./group";

/**
 * Ids inside a programme are its own ("klanttevredenheid-website"). In a workbook of several
 * programmes they are put under the programme's id ("4.2/klanttevredenheid-website"), so the same
 * name in two programmes gives two indicators; with one programme they stay as they are, and so do
 * review-state keys. An indicator id that already names a programme (a reference into another) stays.
 */
export function scopeOf(group: ProgrammeGroup, programmes: number): (id: IndicatorId) => IndicatorId {
  if (programmes < 2) return (id) => id;
  return (id) => (id.includes("/") ? id : (`${group.id}/${id}` as IndicatorId));
}

/** A finding's id in a workbook of several programmes: "4.2/norm.breach:klanttevredenheid-website:2024". */
export function scopeFindingId(group: ProgrammeGroup, programmes: number, id: FindingId): FindingId {
  return programmes < 2 ? id : (`${group.id}/${id}` as FindingId);
}
