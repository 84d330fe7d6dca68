import { lazy } from "react";

/**
 * The parts of the pane that are not needed to start it, in their own chunks: the check's result
 * (loaded when Controleren is clicked), the tables tab and the settings tab (loaded when opened).
 * This keeps the start-up JavaScript small; each import() is fetched once.
 */
export const loadCheckTab = () => import("./CheckTab");
export const loadExportPanel = () => import("./ExportPanel");
export const loadSettingsPanel = () => import("./SettingsPanel");

export const CheckTab = lazy(() => loadCheckTab().then((m) => ({ default: m.CheckTab })));
export const ExportPanel = lazy(() => loadExportPanel().then((m) => ({ default: m.ExportPanel })));
export const SettingsPanel = lazy(() => loadSettingsPanel().then((m) => ({ default: m.SettingsPanel })));
