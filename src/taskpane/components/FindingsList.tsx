import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  forwardRef,
  startTransition,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from "react";
import type { Finding } from "../../core/findings/types";
import type { ReviewView } from "../../core/review";
import { useListboxKeys, type ListboxItems } from "../hooks/useListboxKeys";
import { useTexts } from "../hooks/useTexts";
import { groupAt, type ListView } from "../state/listView";
import { useSpan } from "../hooks/useSpan";
import { pageAround, spanTo } from "../state/paging";
import { FindingItem } from "./FindingItem";
import { MoreButton } from "./MoreButton";

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
});

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
  const [span, setSpan] = useSpan(list, () =>
    pageAround(currentId === null ? -1 : indexOfId(currentId), total)
  );
  const { start, end } = span;

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
      <MoreButton direction={-1} span={span} total={total} onSpan={setSpan} />
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
      <MoreButton direction={1} span={span} total={total} onSpan={setSpan} />
    </>
  );
});
