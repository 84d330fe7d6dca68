import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, type Ref } from "react";
import type { Finding } from "../../core/findings/types";
import type { Analysis } from "../../core/model/types";
import type { FindingsView } from "../hooks/useFindingsView";
import type { ReviewValue } from "../hooks/useReview";
import { useTexts } from "../hooks/useTexts";
import { isCompareCode } from "../../core/compare/codes";
import { codesIn } from "../state/filters";
import type { CheckSummary } from "../state/summary";
import { Filters } from "./Filters";
import { FindingNavigator } from "./FindingNavigator";
import { FindingsList } from "./FindingsList";
import { GroupingSwitch } from "./GroupingSwitch";
import { ResolvedHistory } from "./ResolvedHistory";
import { ReviewProgress } from "./ReviewProgress";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface FindingsOverviewProps {
  readonly analysis: Analysis;
  readonly summary: CheckSummary;
  readonly review: ReviewValue;
  readonly view: FindingsView;
  readonly listRef: Ref<HTMLDivElement>;
  /** A finding was chosen in the list. */
  readonly onOpen: (finding: Finding) => void;
  /** Vorige/Volgende: steps and opens the finding. */
  readonly onStep: (delta: 1 | -1) => void;
}

/** The check's result at a glance: summary, review progress, the filtered and grouped list, the history. */
export function FindingsOverview({
  analysis,
  summary,
  review,
  view,
  listRef,
  onOpen,
  onStep,
}: FindingsOverviewProps) {
  const styles = useStyles();
  const texts = useTexts();
  const { cursor, filters, shown, list } = view;
  const codes = useMemo(() => codesIn(analysis.findings), [analysis]);
  const total = analysis.findings.length;

  return (
    <div className={styles.root}>
      <Summary summary={summary} />
      {review.view && <ReviewProgress progress={review.view.progress} />}
      <section className={styles.root} aria-labelledby="findings-heading">
        <Subtitle2 as="h2" id="findings-heading">
          {texts.findingsHeading}
        </Subtitle2>
        {list === null ? (
          <Spinner size="tiny" labelPosition="after" label={texts.buildingList(total)} />
        ) : (
          <>
            <FindingNavigator position={cursor.position} total={cursor.total} onStep={onStep} />
            <GroupingSwitch
              mode={view.mode}
              onChange={view.setMode}
              programmes={summary.programmes.length > 1}
            />
            <Accordion
              collapsible
              openItems={view.filtersOpen ? ["filters"] : []}
              onToggle={(_, data) => view.setFiltersOpen(data.openItems.includes("filters"))}
            >
              <AccordionItem value="filters">
                <AccordionHeader size="small">
                  {texts.filtersHeading} ({texts.shownOf(shown.length, total)})
                </AccordionHeader>
                <AccordionPanel>
                  <Filters
                    filters={filters}
                    codes={codes}
                    compared={codes.some(isCompareCode)}
                    shown={shown.length}
                    total={total}
                    onChange={view.setFilters}
                  />
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
            {view.updating && <Spinner size="tiny" labelPosition="after" label={texts.updatingList} />}
            {shown.length === 0 ? (
              <Text>{total === 0 ? texts.noFindings : texts.noMatches}</Text>
            ) : (
              <FindingsList
                ref={listRef}
                list={list}
                currentId={cursor.currentId}
                review={review.view}
                onChoose={onOpen}
              />
            )}
          </>
        )}
      </section>
      {review.view && <ResolvedHistory entries={review.view.resolved} />}
    </div>
  );
}
