import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import PageCards from '@/app/_components/cards/PageCards'
import EssayHeader from '@/app/_components/EssayHeader'
import EssayNeighbours from '@/app/_components/EssayNeighbours'
import EssayTools from '@/app/_components/EssayTools'
import HastContent from '@/app/_components/HastContent'
import PageShell from '@/app/_components/PageShell'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { essayStaticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { sourceBlocksAttribute, sourceBlocksValue } from '@/lib/annotate/markup'
import { localeInfo } from '@/lib/i18n/locales'
import { cardsPath, essayPath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = essayStaticParams

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  const { slug } = await params
  if (!locale || !getPublication().essay(slug)) return {}
  const text = getPublication().essayText(slug, locale)
  return pageMetadata({
    locale,
    pathFor: (other) => essayPath(other, slug),
    title: text.value.title,
    description: getPublication().essayDescription(slug, locale)
  })
}

export default async function EssayPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  if (!getPublication().essay(slug)) notFound()
  const text = getPublication().essayText(slug, locale)
  const { locale: textLocale, rendered, isFallback } = text
  const cards = getPublication().pageCards([rendered], locale)
  const { lang, dir } = localeInfo[textLocale]

  return (
    <PageShell locale={locale} pathFor={(other) => essayPath(other, slug)}>
      <article className="essay" lang={lang} dir={dir}>
        <EssayHeader slug={slug} locale={locale} />
        <EssayTools slug={slug} locale={locale} />
        {/* Search indexes each text once, in its own language: not a fallback shown in another locale. */}
        <div
          className="essay-body"
          data-pagefind-body={isFallback ? undefined : ''}
          {...{ [sourceBlocksAttribute.attribute]: sourceBlocksValue(getPublication().blockPairing(slug, locale).sourceBlockOf) }}
        >
          <HastContent tree={rendered.tree} cards={{ notes: cards.notes, inPage: false }} />
        </div>
        <EssayNeighbours slug={slug} locale={locale} />
      </article>
      <PageCards cards={cards} locale={locale} textLocale={textLocale} source={cardsPath(locale, slug)} />
    </PageShell>
  )
}
