import { Button, makeStyles } from "@fluentui/react-components";
import { startTransition } from "react";
import { useTexts } from "../hooks/useTexts";
import { grow, type Span } from "../state/paging";

const useStyles = makeStyles({ more: { alignSelf: "flex-start" } });

export interface MoreButtonProps {
  /** 1: 'Toon meer' after the rendered span; -1: 'Toon eerdere' before it. */
  readonly direction: 1 | -1;
  readonly span: Span;
  readonly total: number;
  readonly onSpan: (span: Span) => void;
}

/**
 * Renders a page more of a paged list, as a React transition so that a large page does not block
 * input; nothing when that end of the list is rendered already.
 */
export function MoreButton({ direction, span, total, onSpan }: MoreButtonProps) {
  const styles = useStyles();
  const texts = useTexts();
  const left = direction === 1 ? total - span.end : span.start;
  if (left <= 0) return null;
  return (
    <Button
      className={styles.more}
      size="small"
      onClick={() => startTransition(() => onSpan(grow(span, direction, total)))}
    >
      {direction === 1 ? texts.showMore(left) : texts.showEarlier(left)}
    </Button>
  );
}
