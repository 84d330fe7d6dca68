import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneHost } from "../../src/taskpane/host";
import { App } from "../../src/taskpane/App";

/** Renders the pane with the host, with a user-event session. */
export function renderPane(host: PaneHost) {
  const user = userEvent.setup();
  const view = render(<App host={host} />);
  return { user, ...view };
}

/** Clicks Controleren and waits until the summary is there. */
export async function runCheck(user: ReturnType<typeof userEvent.setup>, name = "Controleren") {
  await user.click(screen.getByRole("button", { name }));
  return screen.findByRole("listbox", undefined, { timeout: 5000 });
}

export function options(listbox: HTMLElement) {
  return within(listbox).getAllByRole("option");
}
