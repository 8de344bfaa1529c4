/** The pane's language: Vietnamese by default, English on request; every text goes through the catalog. */
import { createContext, useCallback, useContext } from "react";
import { t, type Lang, type MessageCode, type Params } from "../i18n";

export const LangContext = createContext<Lang>("vi");

export type TextFn = (code: MessageCode, params?: Params) => string;

export function useText(): TextFn {
  const lang = useContext(LangContext);
  return useCallback((code: MessageCode, params?: Params) => t(lang, code, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
