import {
  Button,
  FluentProvider,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Placeholder task pane: the real pane replaces this component. */
export default function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">Indicator Check</Title2>
        <Button appearance="primary">Controleren</Button>
      </main>
    </FluentProvider>
  );
}
