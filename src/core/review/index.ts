export * from "./types";
export * from "./setReview";
export * from "./reconcileReview";
export * from "./reviewReference";
export * from "./reviewView";
export * from "./serializeReview";
export * from "./reviewXml";
