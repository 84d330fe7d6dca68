import { Field, Select } from "@fluentui/react-components";
import type { ProgrammeId } from "../../core/findings/types";
import type { ProgrammePart } from "../../core/model/types";
import { useTexts } from "../hooks/useTexts";

const ALL = "";

/**
 * The programme the pane shows, in a workbook with several: its findings, summary and exported
 * tables; or all of them. Not shown for a workbook of one programme.
 */
export function ProgrammePicker({
  programmes,
  value,
  onChange,
}: {
  programmes: readonly ProgrammePart[];
  value: ProgrammeId | null;
  onChange: (programme: ProgrammeId | null) => void;
}) {
  const texts = useTexts();
  if (programmes.length < 2) return null;
  return (
    <Field label={texts.programmePicker}>
      <Select
        value={value ?? ALL}
        onChange={(_, data) => onChange(programmes.find((p) => p.id === data.value)?.id ?? null)}
      >
        <option value={ALL}>{texts.allProgrammes(programmes.length)}</option>
        {programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label || p.id}
          </option>
        ))}
      </Select>
    </Field>
  );
}
