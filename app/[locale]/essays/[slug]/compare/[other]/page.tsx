import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import PageCards from '@/app/_components/cards/PageCards'
import EssayTools from '@/app/_components/EssayTools'
import HastContent from '@/app/_components/HastContent'
import PageShell from '@/app/_components/PageShell'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { staticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { type Locale, languageName, localeInfo, locales } from '@/lib/i18n/locales'
import { blockRows } from '@/lib/publication/bilingual'
import type { EssayText } from '@/lib/publication/publication'
import { type Block, blockAsTree } from '@/lib/render/blocks'
import { cardsPath, comparePath, essayPath } from '@/lib/site/paths.mjs'
import { changedSourceBlocks } from '@/lib/translations/status'

type Props = { params: Promise<{ locale: string; slug: string; other: string }> }

export function generateStaticParams() {
  const publication = getPublication()
  return staticParams(
    publication.essays.flatMap(({ slug }) => publication.bilingualPairs(slug).map(([locale, other]) => ({ locale, slug, other }))),
    ['slug', 'other']
  )
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  const { slug, other } = await params
  if (!locale || !getPublication().essay(slug) || !hasLocale(locales, other)) return {}
  const text = getPublication().essayText(slug, locale)
  return {
    ...pageMetadata({
      locale,
      pathFor: (to) => switchTarget(slug, to, other),
      title: text.value.title,
      description: getPublication().essayDescription(slug, locale)
    }),
    robots: { index: false }
  }
}

/** The essay in the page's language beside another language, block by block. */
export default async function ComparePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug, other } = await params
  const publication = getPublication()
  const essay = publication.essay(slug)
  if (!essay || !hasLocale(locales, other) || !publication.isBilingualPair(slug, locale, other)) notFound()
  const primary = publication.essayText(slug, locale)
  const secondary = publication.essayText(slug, other, locale, `${other}-`)
  const t = await getTranslations('Essay')
  const cards = publication.pageCards([primary.rendered, secondary.rendered], locale)
  const isSource = (text: EssayText) => text.locale === essay.sourceLocale
  const translation = isSource(primary) ? secondary : primary
  const status = publication.essayStatus(slug, translation.locale)
  const changed = new Set(status ? changedSourceBlocks(status) : [])
  const rows = blockRows(
    { tree: primary.rendered.tree, pairing: publication.blockPairing(slug, primary.locale) },
    { tree: secondary.rendered.tree, pairing: publication.blockPairing(slug, secondary.locale) }
  )
  const column = (text: EssayText, block: Block | undefined, source: number | undefined) => {
    const { lang, dir } = localeInfo[text.locale]
    const markChanged = isSource(text) && source !== undefined && changed.has(source)
    return (
      <div className={markChanged ? 'column changed' : 'column'} lang={lang} dir={dir}>
        {markChanged ? (
          <p className="changed-label" lang={localeInfo[locale].lang}>
            {t('changedBlock')}
          </p>
        ) : null}
        {block ? <HastContent tree={blockAsTree(block)} notes={cards.notes} /> : null}
      </div>
    )
  }
  const heading = (text: EssayText) => (
    <div className="column" lang={localeInfo[text.locale].lang} dir={localeInfo[text.locale].dir}>
      <p className="meta" lang={localeInfo[locale].lang}>
        {t(isSource(text) ? 'sourceColumn' : 'translationColumn', { language: languageName(text.locale, locale) })}
      </p>
      <h1>{text.value.title}</h1>
    </div>
  )

  return (
    <PageShell locale={locale} pathFor={(to) => switchTarget(slug, to, other)}>
      <article className="bilingual">
        <div className="pair">
          {heading(primary)}
          {heading(secondary)}
        </div>
        <EssayTools slug={slug} locale={locale} comparedWith={other} />
        {changed.size > 0 ? (
          <p className="notice changed-legend" role="note">
            {t('changedLegend')}
          </p>
        ) : null}
        {rows.map(({ key, source, left, right }) => (
          <div className="pair" key={key}>
            {column(primary, left, source)}
            {column(secondary, right, source)}
          </div>
        ))}
      </article>
      <PageCards cards={cards} locale={locale} textLocale={primary.locale} source={cardsPath(locale, slug)} />
    </PageShell>
  )
}

/** The bilingual view in another page language, keeping the same partner where that pair exists. */
function switchTarget(slug: string, to: Locale, other: Locale): string {
  const publication = getPublication()
  if (publication.isBilingualPair(slug, to, other)) return comparePath(to, slug, other)
  const partner = publication.bilingualPartner(slug, to)
  return partner ? comparePath(to, slug, partner) : essayPath(to, slug)
}
