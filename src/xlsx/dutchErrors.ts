/** Excel error values as a Dutch Excel displays them; the stored value stays the invariant code. */
const DUTCH_ERRORS: Readonly<Record<string, string>> = {
  "#N/A": "#N/B",
  "#DIV/0!": "#DEEL/0!",
  "#VALUE!": "#WAARDE!",
  "#REF!": "#VERW!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#NULL!": "#LEEG!",
};

export function dutchErrorText(error: string): string {
  return DUTCH_ERRORS[error] ?? error;
}
