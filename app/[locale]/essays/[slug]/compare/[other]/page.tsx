import type { Element, Root } from 'hast'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { blockElements } from '@/lib/render/blocks'
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales'
import { bilingualPartner, essayDescription, essaySlugs, getEssayView, isBilingualPair, sourceLocaleOf, usedTermIds, type EssayView } from '../../../../../_content/publication'
import { comparePath, essayPath } from '../../../../../_content/paths'
import { pageMetadata } from '../../../../../_content/metadata'
import EssayCards, { notesFor } from '../../../../../_components/EssayCards'
import EssayTools from '../../../../../_components/EssayTools'
import HastContent from '../../../../../_components/HastContent'
import PageShell from '../../../../../_components/PageShell'
import { routing } from '../../../../../_i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string; other: string }> }

export function generateStaticParams() {
  return essaySlugs().flatMap((slug) =>
    locales.flatMap((locale) => locales.filter((other) => isBilingualPair(slug, locale, other)).map((other) => ({ locale, slug, other })))
  )
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, other } = await params
  if (!hasLocale(routing.locales, locale) || !hasLocale(routing.locales, other)) return {}
  const view = getEssayView(slug, locale)
  if (!view) return {}
  return {
    ...pageMetadata({ locale, pathFor: (to) => switchTarget(slug, to, other as Locale), title: view.value.title, description: essayDescription(view) }),
    robots: { index: false }
  }
}

/** The essay in the page's language beside another language, block by block. */
export default async function ComparePage({ params }: Props) {
  const { locale, slug, other } = await params
  if (!hasLocale(routing.locales, locale) || !hasLocale(routing.locales, other) || !isBilingualPair(slug, locale, other)) notFound()
  setRequestLocale(locale)
  const primary = getEssayView(slug, locale)
  const secondary = getEssayView(slug, other, locale, `${other}-`)
  if (!primary || !secondary) notFound()
  const t = await getTranslations('Essay')
  const termIds = usedTermIds(primary.rendered, secondary.rendered)
  const notes = notesFor(termIds)
  const left = blockElements(primary.rendered.tree)
  const right = blockElements(secondary.rendered.tree)
  const column = (view: EssayView, block: Element | undefined) => {
    const { lang, dir } = localeInfo[view.locale]
    return (
      <div className="column" lang={lang} dir={dir}>
        {block ? <HastContent tree={asRoot(block)} noteOf={notes} /> : null}
      </div>
    )
  }
  const heading = (view: EssayView, key: 'translationColumn' | 'sourceColumn') => (
    <div className="column" lang={localeInfo[view.locale].lang} dir={localeInfo[view.locale].dir}>
      <p className="meta" lang={localeInfo[locale].lang}>
        {t(key, { language: localeInfo[view.locale].endonym })}
      </p>
      <h1>{view.value.title}</h1>
    </div>
  )
  const isSource = (view: EssayView) => view.locale === sourceLocaleOf(slug)

  return (
    <PageShell locale={locale} pathFor={(to) => switchTarget(slug, to, other)}>
      <article className="bilingual">
        <div className="pair">
          {heading(primary, isSource(primary) ? 'sourceColumn' : 'translationColumn')}
          {heading(secondary, isSource(secondary) ? 'sourceColumn' : 'translationColumn')}
        </div>
        <EssayTools slug={slug} locale={locale} comparedWith={other as Locale} />
        {Array.from({ length: Math.max(left.length, right.length) }, (_, index) => (
          <div className="pair" key={index}>
            {column(primary, left[index])}
            {column(secondary, right[index])}
          </div>
        ))}
      </article>
      <EssayCards termIds={termIds} locale={locale} textLocale={primary.locale} />
    </PageShell>
  )
}

/** The bilingual view in another page language, keeping the same partner where that pair exists. */
function switchTarget(slug: string, to: Locale, other: Locale): string {
  if (isBilingualPair(slug, to, other)) return comparePath(to, slug, other)
  const partner = bilingualPartner(slug, to)
  return partner ? comparePath(to, slug, partner) : essayPath(to, slug)
}

/** A block as a tree of its own; list items keep a list around them. */
function asRoot(block: Element): Root {
  const element: Element = block.tagName === 'li' ? { type: 'element', tagName: 'ul', properties: {}, children: [block] } : block
  return { type: 'root', children: [element] }
}
