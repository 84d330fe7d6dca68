import { startTransition, useCallback, useRef, useState } from "react";
import type { WorkbookGateway } from "../../core/gateway";
import type { Lang } from "../../core/messages";
import { asCompareError } from "../engine/compareError";
import type { ChangeGate } from "../state/changeGate";
import { withComparison } from "../state/comparison";
import { runCheck, type CheckResult, type CheckStep, type ReferenceChoice } from "../state/runCheck";
import { analyseOptionsFrom, type PaneSettings } from "../state/settings";
import type { Announcement } from "./useAnnouncer";
import type { Engine } from "../engine/createEngine";
import type { ComparisonValue } from "./useComparison";
import type { DiagnosticsLog } from "../diagnostics/log";

export interface CheckValue {
  readonly result: CheckResult | null;
  readonly step: CheckStep | null;
  readonly running: boolean;
  /** Starts a check; while one runs, queues exactly one more. */
  readonly run: () => void;
}

interface CheckDeps {
  /** The pane's engine (useEngine), which the exports use too. */
  readonly engine: () => Engine;
  readonly gateway: WorkbookGateway;
  readonly settings: PaneSettings;
  readonly lang: Lang;
  readonly gate: ChangeGate;
  readonly report: (error: unknown) => void;
  readonly announce: (message: Announcement | null) => void;
  /** Where the check's steps and timings go, for the diagnosis. */
  readonly diagnostics?: DiagnosticsLog;
  /** The version to compare with ('Vergelijken met…'). */
  readonly comparison: Pick<ComparisonValue, "state" | "drop">;
}

/** What the check does about comparing, with the comparison run by the pane's engine. */
function referenceChoice({ state, drop }: CheckDeps["comparison"], engine: () => Engine): ReferenceChoice {
  if (state.kind !== "file") return state;
  const { chosen } = state;
  return {
    kind: "file",
    reference: chosen.reference,
    compare: async (analysis, job) => {
      try {
        return await engine().compare(analysis, await chosen.read(), job);
      } catch (error) {
        // A file that cannot be compared with is let go; the message says why.
        if (asCompareError(error)) drop(chosen);
        throw error;
      }
    },
  };
}

/** 'Controleren': runs the check pipeline with the current settings and shows its progress. */
export function useCheck(deps: CheckDeps): CheckValue {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [step, setStep] = useState<CheckStep | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef(deps);
  latest.current = deps;
  const busy = useRef(false);
  const again = useRef(false);

  const run = useCallback(() => {
    if (busy.current) {
      again.current = true;
      return;
    }
    busy.current = true;
    setRunning(true);
    const go = async () => {
      const { engine, gateway, settings, lang, gate, report, announce, comparison, diagnostics } =
        latest.current;
      announce(null);
      gate.begin();
      diagnostics?.beginCheck();
      let failure: unknown = undefined;
      const onStep = (next: CheckStep) => {
        diagnostics?.checkStep(stepName(next));
        setStep(next);
      };
      try {
        const checked = await runCheck(
          gateway,
          (workbook, job, onProgress) => engine().analyse(workbook, job, onProgress),
          {
            analyse: analyseOptionsFrom(settings),
            lang,
            showMet: settings.showMet,
            reference: referenceChoice(comparison, engine),
          },
          onStep
        );
        // A transition: React may render the result in slices, so a long list does not block input.
        startTransition(() => setResult(checked));
        const { counts } = (withComparison(checked) ?? checked).summary;
        announce((t) => t.checkDone(counts));
        checked.problems.forEach(report);
      } catch (error) {
        failure = error;
        report(error);
      } finally {
        diagnostics?.endCheck(failure);
        gate.end(Date.now());
      }
    };
    void go().finally(() => {
      busy.current = false;
      setStep(null);
      setRunning(false);
      if (again.current) {
        again.current = false;
        run();
      }
    });
  }, []);

  return { result, step, running, run };
}

/** A step as the diagnosis names it: "reading", the engine's "detect" … "receiving", "marking", "review". */
function stepName(step: CheckStep): string {
  if (step.kind !== "analysing") return step.kind;
  const progress = step.progress;
  if (!progress) return "analysing";
  return progress.kind === "phase" ? progress.phase : progress.kind;
}
