import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IndicatorSettings } from "../../core/analyse";
import type { Direction, Indicator } from "../../core/model/types";
import { useTexts } from "../hooks/useTexts";
import { IndicatorSettingRow } from "./IndicatorSettingRow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Per indicator: which way is better and which norm applies, where the workbook says it wrongly or not at all. */
export function IndicatorSettingsList({
  indicators,
  settings,
  onChange,
}: {
  indicators: readonly Indicator[];
  settings: Readonly<Record<string, IndicatorSettings>>;
  onChange: (id: string, patch: { direction?: Direction | null; norm?: string | null }) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.root} aria-labelledby="indicators-heading">
      <Subtitle2 as="h2" id="indicators-heading">
        {texts.indicatorsHeading}
      </Subtitle2>
      {indicators.length === 0 ? (
        <Text>{texts.indicatorsNeedCheck}</Text>
      ) : (
        <Accordion collapsible multiple>
          {indicators.map((indicator) => (
            <AccordionItem key={indicator.id} value={indicator.id}>
              <AccordionHeader as="h3">
                <span className={styles.header}>
                  {indicator.name}
                  {settings[indicator.id] && (
                    <Badge appearance="tint" color="brand" size="small">
                      {texts.manual}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <IndicatorSettingRow
                  indicator={indicator}
                  setting={settings[indicator.id]}
                  onChange={(patch) => onChange(indicator.id, patch)}
                />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
