import type { IndicatorId } from "./findings/types";
import type { Analysis } from "./model/types";
import { detectStage } from "./pipeline/detect";
import { evaluateProgramme } from "./pipeline/evaluate";
import { groupProgrammes } from "./pipeline/group";
import type { AnalyseOptions, AnalysePhase, StageContext } from "./pipeline/options";
import { readProgramme } from "./pipeline/read";
import { reportAnalysis } from "./pipeline/report";
import { resolveProgramme, workbookLookup } from "./pipeline/resolve";
import { scopeOf } from "./pipeline/scope";
import { nlNotation } from "./values/notation";
import type { WorkbookData } from "./workbook";

export type { AnalyseOptions, IndicatorSettings } from "./pipeline/options";

/**
 * The engine in one call, as a pipeline of stages (src/core/pipeline), each handing plain data on:
 * detect the tables → group them into programmes → read each programme's tables → resolve its
 * references and toelichtingen → evaluate every value against its norm or target → report one
 * analysis with its findings as data.
 */
export function analyseWorkbook(workbook: WorkbookData, options: AnalyseOptions = {}): Analysis {
  const locale = options.locale ?? nlNotation;
  const context: StageContext = {
    options,
    locale,
    parse: { locale, date1904: workbook.date1904 ?? false, textCache: new Map() },
  };
  const clock = phaseClock(options.onPhase);

  const layouts = detectStage(workbook, options);
  clock("detect");
  const groups = groupProgrammes(workbook, layouts);
  const readings = groups.map((group) => readProgramme(group, context));
  clock("parse");
  const lookup = workbookLookup(readings);
  const checked = readings.map((reading) => {
    const resolution = resolveProgramme(reading, lookup, context);
    const scope = scopeOf(reading.group, readings.length);
    const settingsOf = (id: IndicatorId) => options.indicators?.[scope(id)];
    const evaluation = evaluateProgramme(reading, resolution, context, settingsOf);
    return { reading, resolution, evaluation };
  });
  const analysis = reportAnalysis(workbook, checked);
  clock("validate");
  return analysis;
}

/** Reports the time since the previous call; a no-op without a listener. */
function phaseClock(onPhase: AnalyseOptions["onPhase"]): (phase: AnalysePhase) => void {
  if (!onPhase) return () => undefined;
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase(phase, now - last);
    last = now;
  };
}
