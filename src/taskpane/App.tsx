import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Pane } from "./components/Pane";
import { ErrorsContext, useErrorState } from "./hooks/useErrors";
import type { PaneHost } from "./host";

export type { PaneHost } from "./host";

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    // Fluent's typography components rendered as headings keep the browser's heading margins otherwise.
    "& h1, & h2, & h3": { margin: 0 },
  },
});

export interface AppProps {
  readonly host: PaneHost;
}

/**
 * The task pane. Office (index.tsx) and the browser demo (src/demo) render it with their own host;
 * it talks to the workbook only through host.gateway.
 */
export function App({ host }: AppProps) {
  const styles = useStyles();
  const errors = useErrorState();
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <ErrorsContext.Provider value={errors}>
        <Pane host={host} />
      </ErrorsContext.Provider>
    </FluentProvider>
  );
}

export default App;
