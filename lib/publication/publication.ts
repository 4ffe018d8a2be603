/**
 * The publication, built once: the validated content, each text rendered and
 * annotated per locale (texts.ts), the fallback rules (lib/content/localized.ts), the
 * reading order and pages of the home list, the subjects, the "appears in"
 * index, the glossary index, the bilingual pairs, the card closure of a page,
 * link previews and translation status. Every piece is computed on first use
 * and kept, so a process that builds every page renders each text once. Where
 * it lives between requests is the caller's choice (app/_content/publication.ts).
 */

import { essayFileIn, type Localized, termEntryIn } from '@/lib/content/localized'
import type { Content, Essay, EssayFile, Term, TermEntry, TermMeta } from '@/lib/content/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import type { RenderedMarkdown } from '@/lib/render/render-markdown'
import { essayPath, termPath } from '@/lib/site/paths.mjs'
import { type BlockPairing, essayBlockPairing } from '@/lib/translations/block-pairing'
import { entryStatus, essayStatus, type TranslationStatus } from '@/lib/translations/status'
import { type AppearsIn, appearancesIn, essaySentences } from './appearances'
import { bilingualPairs, bilingualPartner, isBilingualPair } from './bilingual'
import { neighbours, type Page, paginate, readingOrder } from './essay-order'
import { glossaryIndex, type IndexGroup } from './glossary-index'
import { memoize } from './memo'
import { essaySubjectIds, type SubjectEntry, subjectIndex } from './subjects'
import { type EssayText, previewTarget, publicationTexts, required, type Texts } from './texts'

export type { AppearsIn, EssayText, Localized }

export interface LinkPreview {
  key: string
  title: string
  summary?: string
  /** Language of `title` and `summary`. */
  locale: Locale
  href: string
  /** For a term's card on a link: the site the link goes to (its host), which the card names. */
  destination?: string
}

/** The cards a page needs, once each. */
export interface PageCardSet {
  /** Terms annotated in the page's texts, in order of first appearance. */
  annotated: string[]
  /** Print note number of each annotated term, in that order from 1. */
  notes: Record<string, number>
  /** The terms whose cards the page needs: the annotated ones, then those their cards name (nested cards). */
  cards: string[]
  /** Keys of the pages the texts link to, for preview cards. */
  previews: string[]
}

/** Essays on one page of the home list. */
export const essaysPerPage = 10

export interface Publication extends Texts {
  /** Essays in reading order (newest first). */
  essays: Essay[]
  /** An essay or term by its id; undefined when there is none (ids come from URLs). */
  essay(slug: string): Essay | undefined
  term(id: string): Term | undefined
  termIds(): string[]
  essayFile(slug: string, locale: Locale): Localized<EssayFile>
  /** An essay's date is its source's: translations need not repeat it. */
  essayDate(slug: string): string | undefined
  termEntry(termId: string, locale: Locale): Localized<TermEntry>
  termMeta(termId: string): TermMeta
  /** The cards of a page showing `texts`, with their cards in `locale`; never one of `excluding` (a term page's own term). */
  pageCards(texts: readonly RenderedMarkdown[], locale: Locale, excluding?: string): PageCardSet
  /** What the preview card of a linked page shows, in `locale` (or its fallback). */
  preview(key: string, locale: Locale): LinkPreview | undefined
  /** The essays (in reading order) whose text in `locale` annotates the term, with a link to each occurrence. */
  appearsIn(termId: string, locale: Locale): AppearsIn[]
  glossaryIndex(locale: Locale): IndexGroup[]
  homePages(): Page<string>[]
  neighbours(slug: string): { newer?: string; older?: string }
  subjects: Map<string, SubjectEntry>
  /** Every subject id, in the order of its label in `locale`. */
  subjectIdsByLabel(locale: Locale): string[]
  essaySubjects(slug: string): string[]
  isBilingualPair(slug: string, locale: Locale, other: Locale): boolean
  bilingualPartner(slug: string, locale: Locale): Locale | undefined
  bilingualPairs(slug: string): [Locale, Locale][]
  /** Whether the file of an essay in `locale` follows its source's current version; undefined for a source or a fallback. */
  essayStatus(slug: string, locale: Locale): TranslationStatus | undefined
  /** Whether a term's entry in `locale` follows the default locale's current entry; undefined for that entry or a fallback. */
  termStatus(termId: string, locale: Locale): TranslationStatus | undefined
  /** Which block of the essay's text in `locale` renders which block of its current source (from the stamp). */
  blockPairing(slug: string, locale: Locale): BlockPairing
}

export function buildPublication(content: Content): Publication {
  const essays = readingOrder(content.essays.values())
  const slugs = essays.map((essay) => essay.slug)
  const texts = publicationTexts(content)
  const essayOf = (slug: string): Essay => required(content.essays.get(slug), `essay "${slug}"`)
  const termOf = (id: string): Term => required(content.terms.get(id), `term "${id}"`)
  const subjects = subjectIndex(content, essays)
  // An untranslated essay shown in another locale is the same text with other links: its sentences are its own language's.
  const sentencesOf = memoize((slug: string, writtenIn: Locale) => essaySentences(texts.essayText(slug, writtenIn)))
  const appearances = memoize((locale: Locale) => appearancesIn(essays, locale, (slug) => texts.essayText(slug, locale), sentencesOf))

  return {
    ...texts,
    essays,
    essay: (slug) => content.essays.get(slug),
    term: (id) => content.terms.get(id),
    termIds: () => [...content.terms.keys()],
    essayFile: (slug, locale) => essayFileIn(essayOf(slug), locale),
    essayDate: (slug) => essayOf(slug).source.date,
    termEntry: (termId, locale) => termEntryIn(termOf(termId), locale),
    termMeta: (termId) => termOf(termId).meta,
    pageCards: (pageTexts, locale, excluding) => {
      const annotated = [...new Set(pageTexts.flatMap((text) => text.occurrences.map((occurrence) => occurrence.termId)))]
      return {
        annotated,
        notes: Object.fromEntries(annotated.map((termId, index) => [termId, index + 1])),
        cards: cardClosure(annotated, (termId) => texts.termSummary(termId, locale, locale), excluding),
        previews: [...new Set(pageTexts.flatMap((text) => text.previews))]
      }
    },
    preview: (key, locale) => linkPreview(content, texts, key, locale),
    appearsIn: (termId, locale) => appearances(locale).get(termId) ?? [],
    glossaryIndex: memoize((locale: Locale) => glossaryIndex(content.terms.values(), locale)),
    homePages: memoize(() => paginate(slugs, essaysPerPage)),
    neighbours: (slug) => neighbours(slugs, slug),
    subjects,
    subjectIdsByLabel: memoize((locale: Locale) => subjectIdsByLabel(subjects, locale)),
    essaySubjects: (slug) => essaySubjectIds(essayOf(slug)),
    isBilingualPair: (slug, locale, other) => isBilingualPair(essayOf(slug), locale, other),
    bilingualPartner: (slug, locale) => bilingualPartner(essayOf(slug), locale),
    bilingualPairs: (slug) => bilingualPairs(essayOf(slug)),
    essayStatus: memoize((slug: string, locale: Locale) => essayStatus(essayOf(slug), locale)),
    termStatus: memoize((termId: string, locale: Locale) => entryStatus(termOf(termId), locale)),
    blockPairing: memoize((slug: string, locale: Locale) => essayBlockPairing(essayOf(slug), locale))
  }
}

/** The annotated terms, then every term their summaries name, and so on, in order of first appearance. */
function cardClosure(annotated: readonly string[], summaryOf: (termId: string) => RenderedMarkdown, excluding?: string): string[] {
  const found = new Set(annotated)
  for (const termId of found) {
    for (const { termId: named } of summaryOf(termId).occurrences) if (named !== excluding) found.add(named)
  }
  return [...found]
}

function linkPreview(content: Content, texts: Texts, key: string, locale: Locale): LinkPreview | undefined {
  const target = previewTarget(key)
  const linkedEssay = target?.kind === 'essay' ? content.essays.get(target.id) : undefined
  const linkedTerm = target?.kind === 'term' ? content.terms.get(target.id) : undefined
  if (linkedEssay) {
    const file = essayFileIn(linkedEssay, locale)
    const summary = texts.essayDescription(linkedEssay.slug, locale)
    return { key, title: file.value.title, summary, locale: file.locale, href: essayPath(locale, linkedEssay.slug) }
  }
  if (target?.kind === 'via') {
    const term = content.terms.get(target.id)
    if (!term) return undefined
    const entry = termEntryIn(term, locale)
    return {
      key,
      title: entry.value.term,
      summary: entry.value.summary,
      locale: entry.locale,
      href: target.href,
      destination: destinationOf(target.href)
    }
  }
  if (linkedTerm) {
    const entry = termEntryIn(linkedTerm, locale)
    return { key, title: entry.value.term, summary: entry.value.summary, locale: entry.locale, href: termPath(locale, linkedTerm.id) }
  }
  return undefined
}

/** A link's destination as a reader names it: the host of an absolute URL, else the path. */
function destinationOf(href: string): string {
  try {
    return new URL(href).host || href
  } catch {
    return href
  }
}

function subjectIdsByLabel(subjects: Map<string, SubjectEntry>, locale: Locale): string[] {
  const collator = new Intl.Collator(localeInfo[locale].lang, { sensitivity: 'base', numeric: true })
  const label = (id: string) => subjects.get(id)?.label(locale).value ?? id
  return [...subjects.keys()].sort((a, b) => collator.compare(label(a), label(b)))
}
