import type { WorkbookGateway } from "../../core/gateway";

export type NotesSupport = "notes" | "comments" | "none" | "unknown";

interface WithCapabilities {
  capabilities(): { readonly minimum: boolean; readonly annotations: "notes" | "comments" | "none" };
}

/**
 * Where this host puts a mark's explanation, when its gateway can tell (the Excel gateway can).
 * "unknown" outside a supported Excel: the first action says what is wrong there.
 */
export function notesSupport(gateway: WorkbookGateway): NotesSupport {
  const capabilities = (gateway as Partial<WithCapabilities>).capabilities;
  if (typeof capabilities !== "function") return "unknown";
  try {
    const caps = capabilities.call(gateway);
    return caps.minimum ? caps.annotations : "unknown";
  } catch {
    return "unknown";
  }
}
