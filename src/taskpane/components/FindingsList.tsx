import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  forwardRef,
  startTransition,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Finding } from "../../core/findings/types";
import type { ReviewView } from "../../core/review";
import { useListboxKeys, type ListboxItems } from "../hooks/useListboxKeys";
import { useTexts } from "../hooks/useTexts";
import { groupAt, type ListView } from "../state/listView";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: "none",
    "&:focus-visible [data-active='true']": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: {
    display: "flex",
    flexDirection: "column",
    paddingTop: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  more: { alignSelf: "flex-start" },
});

/** Findings rendered at a time: a few screens' worth; more on request or as the keyboard gets there. */
export const PAGE = 50;
/** The most findings rendered at once: past this, the far end of the rendered part is let go. */
export const MOST_RENDERED = 5 * PAGE;

/** The part of the list that is rendered: findings start..end-1 of the order. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The page that holds `index` (the first page when it is -1). */
export function pageAround(index: number, total: number): Span {
  const start = index < 0 ? 0 : Math.floor(index / PAGE) * PAGE;
  return { start, end: Math.min(total, start + PAGE) };
}

/** Grows the span by a page towards `index` when that is near, else moves to the page of `index`. */
export function spanTo(span: Span, index: number, total: number): Span {
  if (index >= span.start && index < span.end) return span;
  if (index >= span.end && index < span.end + PAGE) return grow(span, 1, total);
  if (index < span.start && index >= span.start - PAGE) return grow(span, -1, total);
  return pageAround(index, total);
}

/** One page more at the end (1) or the start (-1), letting go of the other end past MOST_RENDERED. */
export function grow(span: Span, direction: 1 | -1, total: number): Span {
  if (direction === 1) {
    const end = Math.min(total, span.end + PAGE);
    return { start: Math.max(span.start, end - MOST_RENDERED), end };
  }
  const start = Math.max(0, span.start - PAGE);
  return { start, end: Math.min(span.end, start + MOST_RENDERED) };
}

export interface FindingsListProps {
  readonly list: ListView;
  readonly currentId: string | null;
  readonly review: ReviewView | null;
  readonly onChoose: (finding: Finding) => void;
}

/**
 * The findings as a grouped listbox (WAI-ARIA's grouped listbox): one tab stop, arrows to move,
 * Enter or a click to select the finding's cell in Excel. A long list is rendered a page at a
 * time: buttons before and after the listbox show more, and the keyboard brings in the next page
 * as it reaches it; every option tells its place in the whole list (aria-posinset/-setsize).
 */
export const FindingsList = forwardRef<HTMLDivElement, FindingsListProps>(function FindingsList(
  { list, currentId, review, onChoose },
  ref
) {
  const styles = useStyles();
  const texts = useTexts();
  const base = useId();
  const { order, groups, starts, indexOf } = list;
  const total = order.length;
  const optionId = (index: number) => `${base}-o${index}`;
  const indexOfId = useCallback((id: string) => indexOf.get(id) ?? -1, [indexOf]);

  // The rendered span: the page with the current finding; a new list starts there again.
  const startSpan = () => pageAround(currentId === null ? -1 : indexOfId(currentId), total);
  const [span, setSpan] = useState<Span>(startSpan);
  const [spanOf, setSpanOf] = useState(list);
  let shownSpan = span;
  if (spanOf !== list) {
    shownSpan = startSpan();
    setSpanOf(list);
    setSpan(shownSpan);
  }
  const { start, end } = shownSpan;

  const items = useMemo<ListboxItems>(
    () => ({ count: total, idAt: (i) => order[i]?.id, indexOf: indexOfId }),
    [order, total, indexOfId]
  );
  const byChoice = useRef(onChoose);
  byChoice.current = onChoose;
  const choose = useCallback(
    (id: string) => {
      const finding = order[indexOfId(id)];
      if (finding) byChoice.current(finding);
    },
    [order, indexOfId]
  );

  // An option the keyboard moved to outside the span is scrolled to once it is rendered.
  const revealing = useRef<number | null>(null);
  const scrollTo = useCallback(
    (index: number) => {
      const element = document.getElementById(`${base}-o${index}`);
      element?.scrollIntoView?.({ block: "nearest" });
      return element !== null;
    },
    [base]
  );
  const reveal = useCallback(
    (id: string) => {
      const index = indexOfId(id);
      if (index === -1) return;
      if (index >= start && index < end) scrollTo(index);
      else {
        revealing.current = index;
        startTransition(() => setSpan(spanTo({ start, end }, index, total)));
      }
    },
    [indexOfId, start, end, total, scrollTo]
  );
  useLayoutEffect(() => {
    if (revealing.current !== null && scrollTo(revealing.current)) revealing.current = null;
  });

  const { activeId, setActiveId, onFocus, onKeyDown } = useListboxKeys(items, currentId, choose, reveal);
  const activeIndex = activeId === null ? -1 : indexOfId(activeId);
  const onItemChoose = useCallback(
    (finding: Finding) => {
      setActiveId(finding.id);
      byChoice.current(finding);
    },
    [setActiveId]
  );

  const rendered: ReactNode[] = [];
  for (let g = total === 0 ? groups.length : groupAt(starts, start); g < groups.length; g++) {
    const from = starts[g]!;
    if (from >= end) break;
    const group = groups[g]!;
    const headingId = `${base}-${group.key}`;
    const title =
      group.kind === "other"
        ? texts.groupOther
        : group.kind === "unlinked"
          ? texts.groupUnlinked
          : group.title;
    const first = Math.max(start, from);
    const last = Math.min(end, from + group.findings.length);
    const options: ReactNode[] = [];
    for (let index = first; index < last; index++) {
      const finding = group.findings[index - from]!;
      options.push(
        <FindingItem
          key={finding.id}
          id={optionId(index)}
          position={index + 1}
          total={total}
          finding={finding}
          review={review?.byFinding.get(finding.id) ?? null}
          selected={finding.id === currentId}
          active={finding.id === activeId}
          onChoose={onItemChoose}
        />
      );
    }
    rendered.push(
      <div key={group.key} role="group" aria-labelledby={headingId} className={styles.group}>
        <div role="presentation" id={headingId} className={styles.heading}>
          <Text weight="semibold">{title}</Text>
          {group.place && <Caption1>{group.place}</Caption1>}
        </div>
        {options}
      </div>
    );
  }

  return (
    <>
      {start > 0 && (
        <Button
          className={styles.more}
          size="small"
          onClick={() => startTransition(() => setSpan(grow({ start, end }, -1, total)))}
        >
          {texts.showEarlier(start)}
        </Button>
      )}
      <div
        ref={ref}
        role="listbox"
        aria-label={texts.findingsHeading}
        tabIndex={0}
        aria-activedescendant={activeIndex >= start && activeIndex < end ? optionId(activeIndex) : undefined}
        className={styles.list}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      >
        {rendered}
      </div>
      {end < total && (
        <Button
          className={styles.more}
          size="small"
          onClick={() => startTransition(() => setSpan(grow({ start, end }, 1, total)))}
        >
          {texts.showMore(total - end)}
        </Button>
      )}
    </>
  );
});
