import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { getTerm } from '../_content/publication'
import CardBehavior from './CardBehavior'
import TermCard from './TermCard'

interface Props {
  /** Terms annotated on the page, in order of first appearance. */
  termIds: string[]
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
}

/** Print note numbers, in order of first appearance. */
export function notesFor(termIds: string[]): Record<string, number> {
  return Object.fromEntries(termIds.map((termId, index) => [termId, index + 1]))
}

/** The cards of every term annotated on a page (hidden popovers; print notes), and their behaviour. */
export default async function EssayCards({ termIds, locale, textLocale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const notes = notesFor(termIds)
  return (
    <div className="cards">
      <h2 className="print-only">{t('notes')}</h2>
      {termIds.map((termId) => (
        <TermCard key={termId} term={getTerm(termId)!} locale={locale} textLocale={textLocale} pageLocale={locale} note={notes[termId]} />
      ))}
      <CardBehavior />
    </div>
  )
}
