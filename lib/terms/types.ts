/** What the term finder reads and what it proposes (see scripts/terms.ts). */
import type { Locale } from '@/lib/i18n/locales'

/**
 * Readers' "What does this phrase mean?" questions about one essay, one item
 * per phrase (the responses store supplies them; `--questions <file>` reads
 * them as a JSON array of these).
 */
export interface ReaderQuestion {
  phrase: string
  /** How many readers asked. */
  count: number
}

/** Why a span was proposed; the ranking weighs each (lib/terms/rank.ts). */
export type Signal =
  | 'name'
  | 'acronym'
  | 'camel-case'
  | 'other-script'
  | 'quoted'
  | 'italic'
  | 'hyphenated'
  | 'compound'
  | 'of-phrase'
  | 'noun-phrase'
  | 'word'
  | 'repeated'
  | 'link-text'
  | 'heading'
  | 'defined'
  | 'asked'

/** A glossary term's forms in the text's language, as the finder matches them. */
export interface TermForms {
  id: string
  forms: readonly string[]
  notMatch?: readonly string[]
}

/** How the glossary covers a candidate. */
export interface Coverage {
  /** The term whose forms match the whole candidate, or null. */
  termId: string | null
  /** The term's forms occur in this text only inside link text, where they are never annotated. */
  onlyInLinkText: boolean
}

export interface Candidate {
  /** The form that occurs most often, as written. */
  phrase: string
  /** Every form as it occurs (case, plurals, hyphens), most frequent first. */
  forms: string[]
  count: number
  /** The first sentence it occurs in. */
  sentence: string
  /** Every sentence it occurs in, in order (for draft entries). */
  sentences: string[]
  signals: Signal[]
  score: number
  covered: Coverage
  /** "looks like a typo of …": a hint only; the author's spelling is never changed. */
  typoOf?: string
  /** How many readers asked what it means. */
  askedBy: number
}

export interface FinderInput {
  /** The text's Markdown source (no front matter). */
  markdown: string
  locale: Locale
  /** The glossary the candidates are checked against. */
  terms: readonly TermForms[]
  questions?: readonly ReaderQuestion[]
}
