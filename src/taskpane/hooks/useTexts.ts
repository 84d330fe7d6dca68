import { createContext, useContext } from "react";
import { TEXTS, type Lang, type Texts } from "../i18n";

export interface LangValue {
  readonly lang: Lang;
  readonly texts: Texts;
}

export const LangContext = createContext<LangValue>({ lang: "nl", texts: TEXTS.nl });

/** The pane's texts in the current language. */
export function useTexts(): Texts {
  return useContext(LangContext).texts;
}

export function useLang(): Lang {
  return useContext(LangContext).lang;
}
