import { Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings/types";
import { useTexts } from "../hooks/useTexts";
import type { CheckSummary } from "../state/summary";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  programmes: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
  },
});

const ORDER: readonly Severity[] = ["error", "warning", "info"];

/** Counts by severity, and how the indicators did against their norms and targets; per programme where there are several. */
export function Summary({ summary }: { summary: CheckSummary }) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.root} aria-labelledby="summary-heading">
      <Subtitle2 as="h2" id="summary-heading">
        {texts.summaryHeading}
      </Subtitle2>
      <ul className={styles.counts}>
        {ORDER.map((severity) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <SeverityIcon severity={severity} labelled={false} />
            <Text weight="semibold">{texts.severityCount[severity](summary.counts[severity])}</Text>
          </li>
        ))}
      </ul>
      <Caption1>
        {texts.indicatorsChecked(summary.indicators)}; {texts.normsMet(summary.met)},{" "}
        {texts.normsBreached(summary.breached)}.
      </Caption1>
      {summary.programmes.length > 1 && (
        <>
          <Text weight="semibold" id="summary-programmes">
            {texts.perProgrammeHeading}
          </Text>
          <ul className={styles.programmes} aria-labelledby="summary-programmes">
            {summary.programmes.map((p) => (
              <li key={p.id} data-programme={p.id}>
                <Text weight="semibold">{p.label}</Text>
                <Caption1>
                  {" "}
                  {ORDER.map((severity) => texts.severityCount[severity](p.counts[severity])).join(
                    ", "
                  )}; {texts.indicatorsChecked(p.indicators)}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
