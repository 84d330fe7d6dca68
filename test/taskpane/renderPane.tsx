import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { PaneHost } from "../../src/taskpane/host";

export type User = ReturnType<typeof userEvent.setup>;

/** Renders the pane with the host, with a user-event session. */
export function renderPane(host: PaneHost) {
  const user = userEvent.setup();
  const view = render(<App host={host} />);
  return { user, ...view };
}

/** Clicks Controleren (or Check) and waits for the findings list. */
export async function runCheck(user: User, name = "Controleren"): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name }));
  return screen.findByRole("listbox", undefined, { timeout: 5000 });
}

export function options(listbox: HTMLElement = screen.getByRole("listbox")): HTMLElement[] {
  return within(listbox).getAllByRole("option");
}

/** The sheet!cell of each option, in list order. */
export function places(listbox: HTMLElement = screen.getByRole("listbox")): string[] {
  return options(listbox).map((o) => within(o).getByText(/^\S+![A-Z]+\d+$/).textContent ?? "");
}

/** Opens a finding from the list by its cell and waits for its page. */
export async function openFinding(user: User, place: string): Promise<HTMLElement> {
  const list = screen.getByRole("listbox");
  await user.click(within(list).getByRole("option", { name: new RegExp(place.replace("!", "!") + "\\b") }));
  return screen.findByRole("region", { name: /Geselecteerde bevinding|Selected finding/ });
}

export function tab(name: string): HTMLElement {
  return screen.getByRole("tab", { name });
}
