import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useTexts } from "../hooks/useTexts";
import type { GroupMode } from "../state/grouping";

const MODES: readonly GroupMode[] = ["indicator", "result", "programme"];

/** Group the findings by indicator, by result of the relation table, or (with several) by programme. */
export function GroupingSwitch({
  mode,
  onChange,
  programmes = false,
}: {
  mode: GroupMode;
  onChange: (mode: GroupMode) => void;
  /** Offer grouping by programme: the workbook has several. */
  programmes?: boolean;
}) {
  const texts = useTexts();
  return (
    <Field label={texts.groupBy}>
      <RadioGroup
        layout="horizontal"
        value={mode}
        onChange={(_, data) => onChange(MODES.find((m) => m === data.value) ?? "indicator")}
      >
        <Radio value="indicator" label={texts.groupByIndicator} />
        <Radio value="result" label={texts.groupByResult} />
        {programmes && <Radio value="programme" label={texts.groupByProgramme} />}
      </RadioGroup>
    </Field>
  );
}
