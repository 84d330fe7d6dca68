import { Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingCode, Severity } from "../../core/findings/types";
import { useTexts } from "../hooks/useTexts";
import type { FindingOrigin } from "../i18n";
import { isFiltering, NO_FILTERS, type FindingFilters, type ReviewFilter } from "../state/filters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  footer: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const REVIEW: readonly ReviewFilter[] = ["open", "akkoord", "te-corrigeren", "changed"];
const ORIGINS: readonly FindingOrigin[] = ["check", "comparison"];

interface MultiProps<T extends string> {
  readonly label: string;
  readonly options: readonly T[];
  readonly selected: readonly T[];
  readonly name: (value: T) => string;
  readonly onChange: (values: T[]) => void;
}

function MultiSelect<T extends string>({ label, options, selected, name, onChange }: MultiProps<T>) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        multiselect
        placeholder={texts.filterAll}
        value={selected.map(name).join(", ")}
        selectedOptions={[...selected]}
        onOptionSelect={(_, data) => onChange(data.selectedOptions as T[])}
      >
        {options.map((o) => (
          <Option key={o} value={o}>
            {name(o)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * Severity, kind of finding and review status, and where the findings come from when the check
 * compared with another version; an empty choice means all.
 */
export function Filters({
  filters,
  codes,
  compared,
  shown,
  total,
  onChange,
}: {
  filters: FindingFilters;
  codes: readonly FindingCode[];
  /** The findings include a comparison's: offer the filter on where they come from. */
  compared: boolean;
  shown: number;
  total: number;
  onChange: (filters: FindingFilters) => void;
}) {
  const styles = useStyles();
  const texts = useTexts();
  const reviewName = (r: ReviewFilter) => (r === "changed" ? texts.filterChanged : texts.reviewStatus[r]);
  return (
    <div className={styles.root}>
      {(compared || filters.origins.length > 0) && (
        <MultiSelect
          label={texts.filterOrigin}
          options={ORIGINS}
          selected={filters.origins}
          name={(o) => texts.originName[o]}
          onChange={(origins) => onChange({ ...filters, origins })}
        />
      )}
      <MultiSelect
        label={texts.filterSeverity}
        options={SEVERITIES}
        selected={filters.severities}
        name={(s) => texts.severityName[s]}
        onChange={(severities) => onChange({ ...filters, severities })}
      />
      <MultiSelect
        label={texts.filterCode}
        options={codes}
        selected={filters.codes}
        name={(c) => texts.codeName[c]}
        onChange={(selected) => onChange({ ...filters, codes: selected })}
      />
      <MultiSelect
        label={texts.filterReview}
        options={REVIEW}
        selected={filters.review}
        name={reviewName}
        onChange={(review) => onChange({ ...filters, review })}
      />
      <div className={styles.footer}>
        <Caption1>{texts.shownOf(shown, total)}</Caption1>
        <Button size="small" disabled={!isFiltering(filters)} onClick={() => onChange(NO_FILTERS)}>
          {texts.clearFilters}
        </Button>
      </div>
    </div>
  );
}
