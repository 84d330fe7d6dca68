import { Caption1, Field, Select, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useTexts } from "../hooks/useTexts";
import type { Lang } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface OptionsSettingsProps {
  readonly lang: Lang;
  readonly showMet: boolean;
  readonly liveRecheck: boolean;
  readonly liveAvailable: boolean;
  readonly onLang: (lang: Lang) => void;
  readonly onShowMet: (on: boolean) => void;
  readonly onLiveRecheck: (on: boolean) => void;
}

/** Language, green marks for met norms, and re-checking on every change. */
export function OptionsSettings(props: OptionsSettingsProps) {
  const styles = useStyles();
  const texts = useTexts();
  return (
    <section className={styles.root} aria-labelledby="options-heading">
      <Subtitle2 as="h2" id="options-heading">
        {texts.optionsHeading}
      </Subtitle2>
      <Field label={texts.language}>
        <Select value={props.lang} onChange={(_, data) => props.onLang(data.value === "en" ? "en" : "nl")}>
          <option value="nl">{texts.languageName.nl}</option>
          <option value="en">{texts.languageName.en}</option>
        </Select>
      </Field>
      <Switch
        label={texts.showMet}
        checked={props.showMet}
        onChange={(_, data) => props.onShowMet(data.checked)}
      />
      <Switch
        label={texts.liveRecheck}
        checked={props.liveRecheck && props.liveAvailable}
        disabled={!props.liveAvailable}
        onChange={(_, data) => props.onLiveRecheck(data.checked)}
      />
      {!props.liveAvailable && <Caption1>{texts.liveRecheckUnavailable}</Caption1>}
      <Caption1>{texts.storedWhere}</Caption1>
    </section>
  );
}
