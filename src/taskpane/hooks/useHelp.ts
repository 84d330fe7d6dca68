import { createContext, useContext } from "react";

/**
 * How the host opens a page of the user guide (PaneHost.openHelp), or undefined where an ordinary
 * link opening a new tab is right (the demo, the tests).
 */
export const HelpContext = createContext<((url: string) => void) | undefined>(undefined);

export function useOpenHelp(): ((url: string) => void) | undefined {
  return useContext(HelpContext);
}
