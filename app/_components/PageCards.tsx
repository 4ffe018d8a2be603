import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import type { Locale } from '@/lib/i18n/locales'
import type { RenderedMarkdown } from '@/lib/render/render-markdown'
import CardBehavior from './CardBehavior'
import PreviewCard from './PreviewCard'
import TermCard from './TermCard'

interface Props {
  /** Terms annotated on the page, in order of first appearance. */
  termIds: string[]
  /** Pages of the publication the page links to. */
  previews?: string[]
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
  /** A term whose card the page must not have (a term page's own). */
  excluding?: string
}

/** Print note numbers, in order of first appearance. */
export function notesFor(termIds: readonly string[]): Record<string, number> {
  return Object.fromEntries(termIds.map((termId, index) => [termId, index + 1]))
}

/** Terms annotated in rendered texts, in order of first appearance. */
export function annotatedTerms(...texts: RenderedMarkdown[]): string[] {
  return [...new Set(texts.flatMap((text) => text.occurrences.map((occurrence) => occurrence.termId)))]
}

/**
 * The cards a page needs, each once: its terms' cards, the cards of the terms
 * those name (for nested cards), and the previews of the pages it links to;
 * hidden popovers in the top layer, a list of notes in print. And their behaviour.
 */
export default async function PageCards({ termIds, previews = [], locale, textLocale, excluding }: Props) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const tCard = await getTranslations({ locale, namespace: 'Card' })
  const withNested = getPublication().cardTerms(termIds, locale, locale, excluding)
  const notes = notesFor(withNested)
  return (
    <div className="cards" data-pagefind-ignore>
      <h2 className="print-only">{t('notes')}</h2>
      <p id="card-move-hint" hidden>
        {tCard('moveHint')}
      </p>
      {withNested.map((termId) => (
        <TermCard
          key={termId}
          termId={termId}
          locale={locale}
          textLocale={textLocale}
          pageLocale={locale}
          note={notes[termId]}
          nested={!termIds.includes(termId)}
        />
      ))}
      {previews.map((key) => (
        <PreviewCard key={key} previewKey={key} locale={locale} />
      ))}
      <CardBehavior />
    </div>
  )
}
