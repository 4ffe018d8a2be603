import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import CardList from '@/app/_components/cards/CardList'
import { getPublication } from '@/app/_content/publication'
import { essayResponses } from '@/app/_content/responses'
import { essayStaticParams } from '@/app/_content/static-params'
import { pageLocale } from '@/app/_i18n/page-locale'
import { locales } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = essayStaticParams

export const dynamicParams = false

// Readers' responses are part of the page: it is rendered again at once when one changes
// (refreshEssay), and at most a minute later on every instance, after a restart too.
export const revalidate = 60

export const metadata: Metadata = { robots: { index: false } }

/**
 * The cards of an essay in one language: every term annotated in any language
 * of the essay, the terms their cards name, and the previews of the pages it
 * links to. The essay's pages (and its bilingual views) fetch their cards
 * from here when a reader first needs one, in the reader's choice of language
 * (see app/_components/cards/card-source.ts).
 */
export default async function CardsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const publication = getPublication()
  if (!publication.essay(slug)) notFound()
  // The terms readers' responses name have cards too.
  const responseTexts = (await essayResponses(slug, locale))?.texts ?? []
  const texts = [...locales.map((other) => publication.essayText(slug, other).rendered), ...responseTexts]
  return (
    <main>
      <CardList cards={publication.pageCards(texts, locale)} locale={locale} textLocale={locale} />
    </main>
  )
}
