import type { Finding, FindingCode } from "../findings/types";
import type { Lang } from "./formatNumber";

/** One message function per code. Typed as a full record, so a missing translation does not compile. */
export type MessageCatalogue = {
  readonly [C in FindingCode]: (finding: Extract<Finding, { code: C }>) => string;
};

export type { Lang };
