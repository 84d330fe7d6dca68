import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useTexts } from "../hooks/useTexts";
import type { GroupMode } from "../state/grouping";

/** Group the findings by indicator or by result of the relation table. */
export function GroupingSwitch({ mode, onChange }: { mode: GroupMode; onChange: (mode: GroupMode) => void }) {
  const texts = useTexts();
  return (
    <Field label={texts.groupBy}>
      <RadioGroup
        layout="horizontal"
        value={mode}
        onChange={(_, data) => onChange(data.value === "result" ? "result" : "indicator")}
      >
        <Radio value="indicator" label={texts.groupByIndicator} />
        <Radio value="result" label={texts.groupByResult} />
      </RadioGroup>
    </Field>
  );
}
