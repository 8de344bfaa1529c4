/** A message in both languages. Templates use {name} placeholders. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Catalog = Readonly<Record<string, Bilingual>>;

export type Lang = "vi" | "en";

export type Params = Readonly<Record<string, string | number>>;
