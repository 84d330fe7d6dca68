/**
 * The look of the generated tables, shared by the HTML, Word and worksheet renderers so the three
 * look alike: a quiet blue header, thin blue-grey borders, right-aligned figures, and a yellow
 * mark on placeholders the author still has to fill in. Colours are "#RRGGBB".
 */
export const LAYOUT_THEME = {
  font: "Calibri",
  /** CSS font stack: Carlito is metric-compatible with Calibri where Calibri is missing. */
  fontStack: "Calibri, Carlito, Arial, sans-serif",
  /** Points. */
  size: { body: 10, title: 11, heading: 12, legend: 9 },
  color: {
    text: "#1F1F1F",
    muted: "#595959",
    headerText: "#1F3864",
    headerFill: "#D9E2F3",
    groupFill: "#EDF1F9",
    border: "#8EA9DB",
    placeholderText: "#7F6000",
    placeholderFill: "#FFF2CC",
  },
  status: { breach: "#C00000", missed: "#9C5700", met: "#375623", none: "#595959" },
} as const;
