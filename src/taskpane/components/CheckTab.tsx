import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Divider,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { FindingsView } from "../hooks/useFindingsView";
import type { ReviewValue } from "../hooks/useReview";
import { useTexts } from "../hooks/useTexts";
import { codesIn, isFiltering } from "../state/filters";
import type { CheckResult } from "../state/runCheck";
import { summariseAnalysis } from "../state/summary";
import { Filters } from "./Filters";
import { FindingNavigator } from "./FindingNavigator";
import { FindingsList } from "./FindingsList";
import { GroupingSwitch } from "./GroupingSwitch";
import { ResolvedHistory } from "./ResolvedHistory";
import { ReviewPanel } from "./ReviewPanel";
import { ReviewProgress } from "./ReviewProgress";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface CheckTabProps {
  readonly result: CheckResult;
  readonly review: ReviewValue;
  readonly view: FindingsView;
  readonly reviewer: string;
  readonly onReviewerChange: (name: string) => void;
}

/** The result of a check: summary, the selected finding with its review, the list and the history. */
export function CheckTab({ result, review, view, reviewer, onReviewerChange }: CheckTabProps) {
  const styles = useStyles();
  const texts = useTexts();
  const { analysis } = result;
  const { cursor, filters, shown } = view;
  const summary = useMemo(() => summariseAnalysis(analysis), [analysis]);
  const codes = useMemo(() => codesIn(analysis.findings), [analysis]);
  const current = analysis.findings.find((f) => f.id === cursor.currentId) ?? null;
  const [filtersOpen, setFiltersOpen] = useState(isFiltering(filters));
  const total = analysis.findings.length;

  return (
    <div className={styles.root}>
      <Summary summary={summary} />
      {review.view && <ReviewProgress progress={review.view.progress} />}
      <section className={styles.card} aria-labelledby="current-heading">
        <Subtitle2 as="h2" id="current-heading">
          {texts.currentHeading}
        </Subtitle2>
        <FindingNavigator position={cursor.position} total={cursor.total} onStep={cursor.step} />
        {current ? (
          <ReviewPanel
            key={current.id}
            finding={current}
            review={review.view?.byFinding.get(current.id) ?? null}
            writable={review.writable}
            saving={review.saving}
            reviewer={reviewer}
            onReviewerChange={onReviewerChange}
            onJudge={(status, input) => review.judge(current, status, { ...input, reviewer })}
          />
        ) : (
          <Text>{total === 0 ? texts.noFindings : texts.noCurrent}</Text>
        )}
      </section>
      <Divider />
      <section className={styles.root} aria-labelledby="findings-heading">
        <Subtitle2 as="h2" id="findings-heading">
          {texts.findingsHeading}
        </Subtitle2>
        <GroupingSwitch mode={view.mode} onChange={view.setMode} />
        <Accordion
          collapsible
          openItems={filtersOpen ? ["filters"] : []}
          onToggle={(_, data) => setFiltersOpen(data.openItems.includes("filters"))}
        >
          <AccordionItem value="filters">
            <AccordionHeader size="small">
              {texts.filtersHeading} ({texts.shownOf(shown.length, total)})
            </AccordionHeader>
            <AccordionPanel>
              <Filters
                filters={filters}
                codes={codes}
                shown={shown.length}
                total={total}
                onChange={view.setFilters}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
        {shown.length === 0 ? (
          <Text>{total === 0 ? texts.noFindings : texts.noMatches}</Text>
        ) : (
          <FindingsList
            groups={view.groups}
            currentId={cursor.currentId}
            review={review.view}
            onChoose={cursor.select}
          />
        )}
      </section>
      {review.view && <ResolvedHistory entries={review.view.resolved} />}
    </div>
  );
}
