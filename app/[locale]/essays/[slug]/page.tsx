import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import PageCards from '@/app/_components/cards/PageCards'
import EssayHeader from '@/app/_components/EssayHeader'
import EssayNeighbours from '@/app/_components/EssayNeighbours'
import EssayTools from '@/app/_components/EssayTools'
import HastContent from '@/app/_components/HastContent'
import PageShell from '@/app/_components/PageShell'
import { blockCountButton } from '@/app/_components/responses/block-count'
import EssayResponses, { responsesSectionId } from '@/app/_components/responses/EssayResponses'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { essayResponses, responsesReadOnly } from '@/app/_content/responses'
import { essayStaticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { sourceBlocksAttribute, sourceBlocksValue } from '@/lib/annotate/markup'
import { localeInfo } from '@/lib/i18n/locales'
import { blockElements, blockText, withBlockEndings } from '@/lib/render/blocks'
import { kindFilter } from '@/lib/search/pagefind-client'
import { cardsPath, essayPath } from '@/lib/site/paths.mjs'
import { firstWords } from '@/lib/translations/block-hashes'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = essayStaticParams

export const dynamicParams = false

// Readers' responses are part of the page: it is rendered again at once when one changes
// (refreshEssay), and at most a minute later on every instance, after a restart too.
export const revalidate = 60

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
  const responses = await essayResponses(slug, locale)
  const cards = getPublication().pageCards([rendered, ...(responses?.texts ?? [])], locale)
  const { lang, dir } = localeInfo[textLocale]
  const t = await getTranslations({ locale, namespace: 'Responses' })
  // Each block with responses ends with their count, which opens its panel.
  const counts = new Map(
    [...(responses?.arrangement?.byBlock ?? [])].map(([block, threads]) => {
      const count = threads.reduce((sum, thread) => sum + 1 + thread.replies.length, 0)
      return [block, blockCountButton(block, count, t('blockCount', { count }))] as const
    })
  )
  const blockWords = blockElements(rendered.tree).map((block) => firstWords(blockText(block)))

  return (
    <PageShell locale={locale} pathFor={(other) => essayPath(other, slug)}>
      <article className="essay" lang={lang} dir={dir}>
        <EssayHeader slug={slug} locale={locale} />
        <EssayTools slug={slug} locale={locale} />
        {responses ? (
          <p className="responses-link">
            <a href={`#${responsesSectionId}`}>{t('headerLink', { count: responses.arrangement?.total ?? 0 })}</a>
          </p>
        ) : null}
        {/* Search indexes each text once, in its own language: not a fallback shown in another locale. */}
        <div
          className="essay-body"
          data-pagefind-body={isFallback ? undefined : ''}
          data-pagefind-filter={isFallback ? undefined : `${kindFilter}:essay`}
          {...{ [sourceBlocksAttribute.attribute]: sourceBlocksValue(getPublication().blockPairing(slug, locale).sourceBlockOf) }}
        >
          <HastContent tree={withBlockEndings(rendered.tree, counts)} notes={cards.notes} />
        </div>
        {responses ? (
          <EssayResponses
            slug={slug}
            locale={locale}
            arrangement={responses.arrangement}
            blockWords={blockWords}
            cardNotes={cards.notes}
            notAccepting={responsesReadOnly ? 'readOnly' : responses.closed ? 'closed' : undefined}
            translated={textLocale !== getPublication().essay(slug)?.sourceLocale}
          />
        ) : null}
        <EssayNeighbours slug={slug} locale={locale} />
      </article>
      <PageCards cards={cards} locale={locale} textLocale={textLocale} source={cardsPath(locale, slug)} />
    </PageShell>
  )
}
