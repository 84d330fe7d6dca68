import { Divider, makeStyles, tokens } from "@fluentui/react-components";
import type { Direction, Programme, TableKind } from "../../core/model/types";
import type { Lang } from "../i18n";
import type { PaneSettings } from "../state/settings";
import { DiagnosisSection } from "./DiagnosisSection";
import { IndicatorSettingsList } from "./IndicatorSettingsList";
import { OptionsSettings } from "./OptionsSettings";
import { TablesSettings } from "./TablesSettings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface SettingsPanelProps {
  readonly programme: Programme | null;
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly liveAvailable: boolean;
  readonly onUseSelection: (kind: TableKind) => void;
  readonly onChange: (change: (s: PaneSettings) => PaneSettings) => void;
  readonly onResetTable: (kind: TableKind) => void;
  readonly onIndicator: (id: string, patch: { direction?: Direction | null; norm?: string | null }) => void;
  /** The diagnosis text for 'Diagnose kopiëren'. */
  readonly diagnose: () => string;
  readonly copyText?: (text: string) => Promise<boolean>;
}

/** 'Instellingen': tables, per-indicator overrides, the pane's options and the diagnosis. */
export function SettingsPanel(props: SettingsPanelProps) {
  const styles = useStyles();
  const { settings, onChange } = props;
  return (
    <div className={styles.root}>
      <OptionsSettings
        lang={props.lang}
        showMet={settings.showMet}
        liveRecheck={settings.liveRecheck}
        liveAvailable={props.liveAvailable}
        onLang={(lang) => onChange((s) => ({ ...s, lang }))}
        onShowMet={(showMet) => onChange((s) => ({ ...s, showMet }))}
        onLiveRecheck={(liveRecheck) => onChange((s) => ({ ...s, liveRecheck }))}
      />
      <Divider />
      <TablesSettings
        tables={props.programme?.tables ?? []}
        overrides={settings.tables}
        onUseSelection={props.onUseSelection}
        onReset={props.onResetTable}
      />
      <Divider />
      <IndicatorSettingsList
        indicators={props.programme?.indicators ?? []}
        settings={settings.indicators}
        onChange={props.onIndicator}
      />
      <Divider />
      <DiagnosisSection diagnose={props.diagnose} copyText={props.copyText} />
    </div>
  );
}
