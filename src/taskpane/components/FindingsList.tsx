import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, useCallback, useId, useMemo } from "react";
import type { Finding } from "../../core/findings/types";
import type { ReviewView } from "../../core/review";
import { useListboxKeys } from "../hooks/useListboxKeys";
import { useTexts } from "../hooks/useTexts";
import type { FindingGroup } from "../state/grouping";
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
});

export interface FindingsListProps {
  readonly groups: readonly FindingGroup[];
  readonly currentId: string | null;
  readonly review: ReviewView | null;
  readonly onChoose: (finding: Finding) => void;
}

/**
 * The findings as a grouped listbox (WAI-ARIA's grouped listbox): one tab stop, arrows to move,
 * Enter or a click to select the finding's cell in Excel.
 */
export const FindingsList = forwardRef<HTMLDivElement, FindingsListProps>(function FindingsList(
  { groups, currentId, review, onChoose },
  ref
) {
  const styles = useStyles();
  const texts = useTexts();
  const base = useId();
  const order = useMemo(() => groups.flatMap((g) => g.findings), [groups]);
  const ids = useMemo(() => order.map((f) => f.id as string), [order]);
  const optionId = (index: number) => `${base}-o${index}`;
  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const byId = useMemo(() => new Map(order.map((f) => [f.id as string, f])), [order]);

  const choose = (id: string) => {
    const finding = byId.get(id);
    if (finding) onChoose(finding);
  };
  const reveal = useCallback(
    (id: string) => {
      const index = indexOf.get(id);
      if (index !== undefined)
        document.getElementById(`${base}-o${index}`)?.scrollIntoView?.({ block: "nearest" });
    },
    [indexOf, base]
  );
  const { activeId, setActiveId, onFocus, onKeyDown } = useListboxKeys(ids, currentId, choose, reveal);
  const activeIndex = activeId === null ? undefined : indexOf.get(activeId);

  return (
    <div
      ref={ref}
      role="listbox"
      aria-label={texts.findingsHeading}
      tabIndex={0}
      aria-activedescendant={activeIndex === undefined ? undefined : optionId(activeIndex)}
      className={styles.list}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      {groups.map((group) => {
        const headingId = `${base}-${group.key}`;
        const title =
          group.kind === "other"
            ? texts.groupOther
            : group.kind === "unlinked"
              ? texts.groupUnlinked
              : group.title;
        return (
          <div key={group.key} role="group" aria-labelledby={headingId} className={styles.group}>
            <div role="presentation" id={headingId} className={styles.heading}>
              <Text weight="semibold">{title}</Text>
              {group.place && <Caption1>{group.place}</Caption1>}
            </div>
            {group.findings.map((finding) => {
              const index = indexOf.get(finding.id) ?? 0;
              return (
                <FindingItem
                  key={finding.id}
                  id={optionId(index)}
                  finding={finding}
                  review={review?.byFinding.get(finding.id) ?? null}
                  selected={finding.id === currentId}
                  active={finding.id === activeId}
                  onChoose={() => {
                    setActiveId(finding.id);
                    onChoose(finding);
                  }}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
});
