import { Badge, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SelectObjectRegular } from "@fluentui/react-icons";
import type { TableOverride } from "../../core/detect/detectTables";
import type { DetectedTable, TableKind } from "../../core/model/types";
import { useTexts } from "../hooks/useTexts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalXS },
  action: { justifyContent: "flex-start" },
});

const KINDS: readonly TableKind[] = ["indicators", "mapping", "explanations"];

/** The tables the check found, and the user's own choice of range per kind. */
export function TablesSettings({
  tables,
  overrides,
  onUseSelection,
  onReset,
}: {
  tables: readonly DetectedTable[];
  overrides: readonly TableOverride[];
  onUseSelection: (kind: TableKind) => void;
  onReset: (kind: TableKind) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.root} aria-labelledby="tables-heading">
      <Subtitle2 as="h2" id="tables-heading">
        {texts.tablesHeading}
      </Subtitle2>
      {tables.length === 0 ? (
        <Text>{texts.noTables}</Text>
      ) : (
        <ul className={styles.list}>
          {tables.map((t) => (
            <li key={`${t.kind}:${t.sheet}!${t.range}`} className={styles.item}>
              <Text weight="semibold">{texts.tableKind[t.kind]}</Text>
              <Text>
                {t.sheet}!{t.range}
              </Text>
              {t.manual && (
                <Badge appearance="tint" color="brand" size="small">
                  {texts.manual}
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {KINDS.map((kind) => (
          <Button
            key={kind}
            className={styles.action}
            icon={<SelectObjectRegular />}
            onClick={() => onUseSelection(kind)}
          >
            {texts.useSelectionAs[kind]}
          </Button>
        ))}
      </div>
      {overrides.length > 0 && (
        <ul className={styles.list}>
          {overrides.map((o) => (
            <li key={`${o.kind}:${o.sheet}`} className={styles.item}>
              <Caption1>{texts.overrideSet(texts.tableKind[o.kind], `${o.sheet}!${o.range}`)}</Caption1>
              <Button size="small" appearance="subtle" onClick={() => onReset(o.kind)}>
                {texts.resetOverride(texts.tableKind[o.kind])}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
