/** The validated content of a publication, as `loadContent` returns it. */
import type { Locale } from '@/lib/i18n/locales'

export interface EssayFile {
  slug: string
  locale: Locale
  /** Project-relative path, for messages. */
  file: string
  title: string
  description?: string
  date?: string
  /**
   * The subjects it is filed under, by label as written in this file (the
   * front-matter key Jekyll calls `categories`): the source's labels name the
   * subjects (lib/content/subjects.ts); a translation's give their labels in its language.
   */
  subjectLabels: string[]
  /** The source's `comments:` (Jekyll's key): whether readers may respond to the essay; unset, the publication's default applies. */
  comments?: boolean
  /** Set on translations: the locale this file was translated from. */
  translatedFrom?: Locale
  /** Set on stamped translations: what the source's title, description and blocks were when this file was brought up to date. */
  stamp?: Stamp
  body: string
}

/**
 * What a translation follows (`sourceBlocks:` in its front matter, written by
 * `npm run translations -- stamp`): a short hash of each field a reader sees
 * and of each block of its source, as they were when it was last brought up to date.
 */
export interface Stamp {
  /** Hash of each front-matter field by name (`title`, `summary`, …). */
  fields: Readonly<Record<string, string>>
  /** Hash of each block of the body, in order. */
  blocks: readonly string[]
}

export interface Essay {
  slug: string
  sourceLocale: Locale
  /** The original text: the one file without `translatedFrom`. */
  source: EssayFile
  files: Partial<Record<Locale, EssayFile>>
}

export interface TermMeta {
  /** Project-relative path of `meta.yaml`, when the term has one. */
  file?: string
  /** Subject id (see `Subject`); a term without one is uncategorised. */
  subject?: string
  related: string[]
  lang?: string
  original?: string
  romanization?: string
}

export interface TermEntry {
  id: string
  locale: Locale
  file: string
  term: string
  summary: string
  match: string[]
  literal?: string
  meaning?: string
  sortAs?: string
  /** Japanese entries: the term's reading in kana, shown as furigana over it. */
  reading?: string
  /** Longer forms that contain one of `match` but are not this term (`非上場企業` for `上場企業`): never annotated as it. */
  notMatch: string[]
  /** Set on stamped translations of the entry: what the default locale's entry was when this one was brought up to date. */
  stamp?: Stamp
  /** `draft: true` in the default locale's entry: the term is not published (no annotation, page, search entry or sitemap line). */
  draft?: boolean
  body: string
}

export interface Term {
  id: string
  /** The folder, project-relative, for messages. */
  folder: string
  meta: TermMeta
  /** Its entry per locale; a locale without one shows a fallback (lib/content/localized.ts). */
  entries: Partial<Record<Locale, TermEntry>>
}

/** A subject defined by the authors in `subjects.yaml`, with its label per locale. */
export interface Subject {
  id: string
  /** Project-relative path and line of its definition. */
  file: string
  line?: number
  labels: Partial<Record<Locale, string>>
}

export interface Content {
  essays: Map<string, Essay>
  /** The published terms. */
  terms: Map<string, Term>
  /** Terms whose default locale's entry says `draft: true`: loaded and checked, never published. */
  drafts: Map<string, Term>
  subjects: Map<string, Subject>
}
