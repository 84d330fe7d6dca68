import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Field,
  SearchBox,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import type { IndicatorSettings } from "../../core/analyse";
import type { Direction, Indicator } from "../../core/model/types";
import { useSpan } from "../hooks/useSpan";
import { useTexts } from "../hooks/useTexts";
import { indicatorFinder } from "../state/indicatorFilter";
import { pageAround } from "../state/paging";
import { IndicatorSettingRow } from "./IndicatorSettingRow";
import { MoreButton } from "./MoreButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface IndicatorSettingsListProps {
  readonly indicators: readonly Indicator[];
  readonly settings: Readonly<Record<string, IndicatorSettings>>;
  readonly onChange: (id: string, patch: { direction?: Direction | null; norm?: string | null }) => void;
}

/**
 * Per indicator: which way is better and which norm applies, where the workbook says it wrongly or
 * not at all. A budget may have thousands of indicators, so the list is rendered a page at a time
 * ('Toon meer') and 'Zoek indicator' narrows it by name; the filtered list renders at a lower
 * priority than the typing (a deferred value), so keys are never held up by it.
 */
export function IndicatorSettingsList({ indicators, settings, onChange }: IndicatorSettingsListProps) {
  const styles = useStyles();
  const texts = useTexts();
  const [query, setQuery] = useState("");
  const wanted = useDeferredValue(query);
  const find = useMemo(() => indicatorFinder(indicators), [indicators]);
  const found = useMemo(() => find(wanted), [find, wanted]);
  const total = found.length;
  const [span, setSpan] = useSpan(found, () => pageAround(-1, total));

  return (
    <section className={styles.root} aria-labelledby="indicators-heading">
      <Subtitle2 as="h2" id="indicators-heading">
        {texts.indicatorsHeading}
      </Subtitle2>
      {indicators.length === 0 ? (
        <Text>{texts.indicatorsNeedCheck}</Text>
      ) : (
        <>
          <Field label={texts.findIndicator}>
            <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          <div aria-live="polite">
            {wanted.trim() !== "" && (
              <Text>
                {total === 0 ? texts.noIndicatorFound : texts.indicatorsFound(total, indicators.length)}
              </Text>
            )}
          </div>
          <MoreButton direction={-1} span={span} total={total} onSpan={setSpan} />
          <Accordion collapsible multiple>
            {found.slice(span.start, span.end).map((indicator) => (
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
          <MoreButton direction={1} span={span} total={total} onSpan={setSpan} />
        </>
      )}
    </section>
  );
}
