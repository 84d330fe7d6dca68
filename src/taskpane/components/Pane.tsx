import {
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ProgrammeId } from "../../core/findings/types";
import { selectProgramme } from "../../core/model/selectProgramme";
import type { TableKind } from "../../core/model/types";
import { buildDiagnosis, formatDiagnosis } from "../diagnostics/diagnosis";
import { createDiagnosticsLog, type DiagnosticsLog } from "../diagnostics/log";
import { recordingGateway } from "../diagnostics/recordingGateway";
import type { PaneHost } from "../host";
import { TEXTS, langFromDisplayLanguage } from "../i18n";
import { useAnnouncer } from "../hooks/useAnnouncer";
import { useCheck } from "../hooks/useCheck";
import { useComparison } from "../hooks/useComparison";
import { useEngine } from "../hooks/useEngine";
import { useErrors } from "../hooks/useErrors";
import { useExport } from "../hooks/useExport";
import { useFindingsView } from "../hooks/useFindingsView";
import { useLiveRecheck } from "../hooks/useLiveRecheck";
import { useReview } from "../hooks/useReview";
import { useSettings, type SettingsValue } from "../hooks/useSettings";
import { HelpContext } from "../hooks/useHelp";
import { LangContext } from "../hooks/useTexts";
import { notesSupport } from "../state/capabilities";
import { changedTargetsOf } from "../../core/compare/changedTargets";
import { withComparison } from "../state/comparison";
import type { CheckResult } from "../state/runCheck";
import { summariseAnalysis } from "../state/summary";
import { createChangeGate } from "../state/changeGate";
import {
  withIndicatorSetting,
  withTableOverride,
  withoutTableOverride,
  type PaneSettings,
} from "../state/settings";
import type { Lang } from "../i18n";
import { CheckToolbar } from "./CheckToolbar";
import { ComparisonBar } from "./ComparisonBar";
import { ErrorBar } from "./ErrorBar";
import { ErrorBoundary } from "./ErrorBoundary";
import { CheckTab, ExportPanel, SettingsPanel, loadCheckTab } from "./lazyPanels";
import { Notices } from "./Notices";
import { ProgrammePicker } from "./ProgrammePicker";
import { StatusLine } from "./StatusLine";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The display above would otherwise beat the hidden attribute.
  hidden: { display: "none" },
});

type TabValue = "check" | "tables" | "settings";
const TABS: readonly TabValue[] = ["check", "tables", "settings"];

/** What changes the analysis or the marks: when one changes after a check, the pane checks again. */
const checkKey = (s: PaneSettings) => JSON.stringify([s.tables, s.indicators, s.showMet]);

/** The whole pane: settings and language first, then everything under one error boundary. */
export function Pane({ host: given }: { host: PaneHost }) {
  const settings = useSettings();
  const lang: Lang = settings.settings.lang ?? langFromDisplayLanguage(given.displayLanguage);
  const texts = TEXTS[lang];
  const value = useMemo(() => ({ lang, texts }), [lang, texts]);
  // The diagnosis's memory: every workbook operation goes through the recording gateway.
  const diagnostics = useMemo(() => createDiagnosticsLog(), []);
  const host = useMemo(
    () => ({ ...given, gateway: recordingGateway(given.gateway, diagnostics) }),
    [given, diagnostics]
  );
  return (
    <LangContext.Provider value={value}>
      <HelpContext.Provider value={host.openHelp}>
        <ErrorBoundary texts={texts}>
          <PaneBody host={host} lang={lang} settings={settings} diagnostics={diagnostics} />
        </ErrorBoundary>
      </HelpContext.Provider>
    </LangContext.Provider>
  );
}

interface PaneBodyProps {
  readonly host: PaneHost;
  readonly lang: Lang;
  readonly settings: SettingsValue;
  readonly diagnostics: DiagnosticsLog;
}

function PaneBody({ host, lang, settings: stored, diagnostics }: PaneBodyProps) {
  const styles = useStyles();
  const texts = TEXTS[lang];
  const { gateway } = host;
  const { settings, update } = stored;
  const { report } = useErrors();
  const gate = useMemo(() => createChangeGate(), []);
  const [message, announce] = useAnnouncer();
  const [tab, setTab] = useState<TabValue>("check");
  // A tab's panel is mounted (and its chunk loaded) on first visit, then kept with its state.
  const [visited, setVisited] = useState<ReadonlySet<TabValue>>(() => new Set(["check"]));
  const openTab = (next: TabValue) => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const loading = <Spinner size="tiny" label={texts.working} />;
  const [clearing, setClearing] = useState(false);
  /**
   * What the last clear could not list, and after which check it came: a later check's marking
   * replaces what it said.
   */
  const [cleared, setCleared] = useState<{ after: unknown; unread: readonly string[] } | null>(null);

  const engine = useEngine();
  const comparison = useComparison();
  const check = useCheck({
    engine,
    gateway,
    settings,
    lang,
    gate,
    report,
    announce,
    diagnostics,
    comparison,
  });
  // The comparison's findings beside the check's: listed, counted, marked and reviewed alike.
  const checkResult = check.result;
  const compared = useMemo(() => withComparison(checkResult), [checkResult]);
  const changedTargets = useMemo(
    () => (checkResult?.comparison ? changedTargetsOf(checkResult.comparison) : null),
    [checkResult]
  );
  const review = useReview(gateway, compared, lang, report);
  // A workbook of several programmes: the one the pane shows (its findings, summary, tables), or all.
  const [picked, setPicked] = useState<ProgrammeId | null>(null);
  const programmes = check.result?.analysis.programmes ?? [];
  const programme = picked !== null && programmes.some((p) => p.id === picked) ? picked : null;
  const shown = useMemo(() => showProgramme(compared, programme), [compared, programme]);
  const view = useFindingsView(shown?.analysis ?? null, review.view, gateway, report);
  const exporting = useExport(
    host,
    engine,
    check.result?.analysis ?? null,
    settings,
    lang,
    texts.layoutSheetName,
    gate,
    report,
    announce,
    programme,
    review.state,
    compared?.analysis ?? null,
    changedTargets
  );
  useLiveRecheck(gateway, settings.liveRecheck, gate, check.run, report);

  // Settings that change the analysis or the marks apply at once when there is a check to redo.
  const key = checkKey(settings);
  const lastKey = useRef(key);
  const hasResult = check.result !== null;
  const { run } = check;
  useEffect(() => {
    if (key === lastKey.current) return;
    lastKey.current = key;
    if (hasResult) run();
  }, [key, hasResult, run]);

  // A version chosen to compare with, or comparing stopped, applies at once: the pane checks again.
  const lastComparison = useRef(comparison.state);
  useEffect(() => {
    if (comparison.state === lastComparison.current) return;
    lastComparison.current = comparison.state;
    if (comparison.state.kind !== "none") run();
  }, [comparison.state, run]);
  const { referenceSample } = host;
  const { choose } = comparison;
  const chooseSample = useCallback(() => {
    referenceSample?.load().then(choose, report);
  }, [referenceSample, choose, report]);

  const clearMarks = useCallback(() => {
    setClearing(true);
    gate.begin();
    gateway
      .clearMarks()
      .then((outcome) => {
        setCleared({ after: checkResult, unread: outcome?.unreadFormats ?? [] });
        announce((t) => t.marksCleared);
      }, report)
      .finally(() => {
        gate.end(Date.now());
        setClearing(false);
      });
  }, [gateway, gate, announce, report, checkResult]);

  const useSelectionAs = useCallback(
    (kind: TableKind) => {
      gateway
        .getSelection()
        .then(({ sheet, range }) => update((s) => withTableOverride(s, { kind, sheet, range })), report);
    },
    [gateway, update, report]
  );

  const notes = useMemo(() => notesSupport(gateway), [gateway]);
  const diagnose = useCallback(
    () => formatDiagnosis(buildDiagnosis(host, diagnostics, lang), TEXTS[lang].diagnosis),
    [host, diagnostics, lang]
  );
  const result = shown;
  const formatsUnread = cleared?.after === checkResult ? cleared.unread : result?.formatsUnread;

  return (
    <main className={styles.root}>
      <Title3 as="h1">{texts.appTitle}</Title3>
      <CheckToolbar
        running={check.running}
        clearing={clearing}
        onCheck={() => {
          void loadCheckTab(); // fetched while the workbook is read
          check.run();
        }}
        onClear={clearMarks}
      />
      <ComparisonBar
        chosen={comparison.chosen}
        remembered={review.state.reference ?? null}
        sample={referenceSample}
        busy={check.running}
        onChoose={choose}
        onChooseSample={chooseSample}
        onStop={comparison.stop}
      />
      <StatusLine step={check.step} message={message} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => openTab(data.value as TabValue)}
        size="small"
      >
        {TABS.map((t) => (
          <Tab key={t} value={t} id={`pane-tab-${t}`} aria-controls={`pane-panel-${t}`}>
            {texts.tabs[t]}
          </Tab>
        ))}
      </TabList>
      <ProgrammePicker programmes={programmes} value={programme} onChange={setPicked} />
      <ErrorBar />
      <Notices
        notes={notes}
        reviewWarning={result?.reviewWarning ?? null}
        settingsPersisted={stored.persisted}
        mergesSkipped={result?.mergesSkipped}
        formatsUnread={formatsUnread}
      />

      <div
        role="tabpanel"
        id="pane-panel-check"
        aria-labelledby="pane-tab-check"
        hidden={tab !== "check"}
        className={mergeClasses(styles.panel, tab !== "check" && styles.hidden)}
      >
        {result ? (
          <Suspense fallback={loading}>
            <CheckTab
              gateway={gateway}
              result={result}
              review={review}
              view={view}
              reviewer={stored.reviewer}
              onReviewerChange={stored.setReviewer}
            />
          </Suspense>
        ) : (
          !check.running && <Text>{texts.notChecked}</Text>
        )}
      </div>

      <div
        role="tabpanel"
        id="pane-panel-tables"
        aria-labelledby="pane-tab-tables"
        hidden={tab !== "tables"}
        className={mergeClasses(styles.panel, tab !== "tables" && styles.hidden)}
      >
        {visited.has("tables") && (
          <Suspense fallback={loading}>
            <ExportPanel
              ready={result !== null}
              harmonise={settings.harmonise}
              statusColumn={settings.statusColumn}
              changedAgainst={changedTargets?.against ?? null}
              markChangedTargets={settings.markChangedTargets}
              onOptions={(o) => update((s) => ({ ...s, ...o }))}
              exporting={exporting}
            />
          </Suspense>
        )}
      </div>

      <div
        role="tabpanel"
        id="pane-panel-settings"
        aria-labelledby="pane-tab-settings"
        hidden={tab !== "settings"}
        className={mergeClasses(styles.panel, tab !== "settings" && styles.hidden)}
      >
        {visited.has("settings") && (
          <Suspense fallback={loading}>
            <SettingsPanel
              programme={result?.analysis.programme ?? null}
              settings={settings}
              lang={lang}
              liveAvailable={typeof gateway.onChanged === "function"}
              onUseSelection={useSelectionAs}
              onChange={update}
              onResetTable={(kind) => update((s) => withoutTableOverride(s, kind))}
              onIndicator={(id, patch) => update((s) => withIndicatorSetting(s, id, patch))}
              diagnose={diagnose}
              copyText={host.copyText}
            />
          </Suspense>
        )}
      </div>
    </main>
  );
}

/** The check's result as the pane shows it: one programme's part of it, or the whole. */
function showProgramme(result: CheckResult | null, programme: ProgrammeId | null): CheckResult | null {
  if (!result || programme === null) return result;
  const analysis = selectProgramme(result.analysis, programme);
  return { ...result, analysis, summary: summariseAnalysis(analysis) };
}
