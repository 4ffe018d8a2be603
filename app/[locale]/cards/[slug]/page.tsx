import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { annotatedTerms, notesFor } from '@/app/_components/PageCards'
import TermCard from '@/app/_components/TermCard'
import { getPublication } from '@/app/_content/publication'
import { staticParams } from '@/app/_content/static-params'
import { pageLocale } from '@/app/_i18n/page-locale'
import { locales } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return staticParams(
    locales.flatMap((locale) => getPublication().essays.map(({ slug }) => ({ locale, slug }))),
    ['slug']
  )
}

export const dynamicParams = false

export const metadata: Metadata = { robots: { index: false } }

/**
 * The cards of an essay's terms in one language, for readers who want
 * definitions in another language than the page's (see CardLanguagePicker).
 */
export default async function CardsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const publication = getPublication()
  if (!publication.essay(slug)) notFound()
  // Every term annotated in any language of the essay, and those their cards name.
  const termIds = publication.cardTerms(
    annotatedTerms(...locales.map((other) => publication.essayText(slug, other).rendered)),
    locale,
    locale
  )
  const notes = notesFor(termIds)
  return (
    <main>
      {termIds.map((termId) => (
        <TermCard key={termId} termId={termId} locale={locale} textLocale={locale} pageLocale={locale} note={notes[termId]} />
      ))}
    </main>
  )
}
