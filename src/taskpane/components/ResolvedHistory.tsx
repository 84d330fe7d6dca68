import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Caption1Strong,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReviewEntry } from "../../core/review";
import { useLang, useTexts } from "../hooks/useTexts";
import { formatDate } from "../state/formatDate";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  summary: { overflowWrap: "anywhere" },
});

/** 'Opgelost': judged findings that a later check no longer reports, newest first. */
export function ResolvedHistory({ entries }: { entries: readonly ReviewEntry[] }) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  if (entries.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="resolved">
        <AccordionHeader as="h2">{texts.resolvedHeading(entries.length)}</AccordionHeader>
        <AccordionPanel>
          <ul className={styles.list}>
            {entries.map((e) => (
              <li key={e.findingId} className={styles.item}>
                <Caption1Strong>
                  {e.sheet && e.cell ? `${e.sheet}!${e.cell}` : texts.noCell} · {texts.reviewStatus[e.status]}
                </Caption1Strong>
                <Text className={styles.summary}>{e.summary}</Text>
                {e.reason && <Caption1>{e.reason}</Caption1>}
                <Caption1>{texts.resolvedOn(formatDate(e.resolvedAt ?? e.at, lang))}</Caption1>
              </li>
            ))}
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
