import { Caption1, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { IndicatorSettings } from "../../core/analyse";
import { formatNorm } from "../../core/messages/formatNumber";
import type { Direction, Indicator } from "../../core/model/types";
import { useLang, useTexts } from "../hooks/useTexts";
import { previewNorm } from "../state/normPreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface IndicatorSettingRowProps {
  readonly indicator: Indicator;
  readonly setting: IndicatorSettings | undefined;
  readonly onChange: (patch: { direction?: Direction | null; norm?: string | null }) => void;
}

/**
 * One indicator's direction and norm. The norm is applied when the field is left or Enter is
 * pressed, not on every key, since applying it checks the workbook again.
 */
export function IndicatorSettingRow({ indicator, setting, onChange }: IndicatorSettingRowProps) {
  const styles = useStyles();
  const texts = useTexts();
  const lang = useLang();
  const [draft, setDraft] = useState(setting?.norm ?? "");
  const detected = indicator.directionSource === "override" ? null : indicator.direction;
  const direction = setting?.direction ?? indicator.direction;
  const preview = previewNorm(draft, direction, lang);
  const commit = () => {
    if (draft.trim() !== (setting?.norm ?? "").trim()) onChange({ norm: draft.trim() || null });
  };
  const hint =
    preview.kind === "read"
      ? texts.normParsed(preview.text)
      : indicator.norm
        ? texts.normCurrent(formatNorm(indicator.norm, lang))
        : texts.normNone;

  return (
    <div className={styles.root}>
      <Field label={texts.direction}>
        <Select
          value={setting?.direction ?? "auto"}
          onChange={(_, data) =>
            onChange({ direction: data.value === "higher" || data.value === "lower" ? data.value : null })
          }
        >
          <option value="auto">
            {texts.directionAuto(texts.directionName[detected ?? indicator.direction])}
          </option>
          <option value="higher">{texts.directionName.higher}</option>
          <option value="lower">{texts.directionName.lower}</option>
        </Select>
      </Field>
      <Field
        label={texts.normOverride}
        validationMessage={preview.kind === "unreadable" ? texts.normUnreadable : hint}
        validationState={preview.kind === "unreadable" ? "warning" : "none"}
      >
        <Input
          value={draft}
          placeholder={texts.normPlaceholder}
          onChange={(_, data) => setDraft(data.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
          }}
        />
      </Field>
      {indicator.norm && preview.kind === "read" && (
        <Caption1>{texts.normCurrent(formatNorm(indicator.norm, lang))}</Caption1>
      )}
    </div>
  );
}
