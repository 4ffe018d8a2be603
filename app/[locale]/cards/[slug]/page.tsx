import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { locales } from '@/lib/i18n/locales'
import { essaySlugs, getEssayView, getTerm, usedTermIds } from '../../../_content/publication'
import TermCard from '../../../_components/TermCard'
import { notesFor } from '../../../_components/EssayCards'
import { routing } from '../../../_i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return locales.flatMap((locale) => essaySlugs().map((slug) => ({ locale, slug })))
}

export const dynamicParams = false

export const metadata: Metadata = { robots: { index: false } }

/**
 * The cards of an essay's terms in one language, for readers who want
 * definitions in another language than the page's (see CardLanguagePicker).
 */
export default async function CardsPage({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  if (!getEssayView(slug, locale)) notFound()
  // Every term annotated in any language of the essay, numbered as on the page.
  const termIds = usedTermIds(...locales.map((other) => getEssayView(slug, other)!.rendered))
  const notes = notesFor(termIds)
  return (
    <main>
      {termIds.map((termId) => (
        <TermCard key={termId} term={getTerm(termId)!} locale={locale} textLocale={locale} pageLocale={locale} note={notes[termId]} />
      ))}
    </main>
  )
}
