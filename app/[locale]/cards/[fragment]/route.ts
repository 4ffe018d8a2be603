import { toHtml } from 'hast-util-to-html'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { essayResponses } from '@/app/_content/responses'
import { essayStaticParams } from '@/app/_content/static-params'
import { cardList } from '@/lib/cards/card-list'
import { cardsDocument } from '@/lib/cards/cards-document'
import { locales } from '@/lib/i18n/locales'
import { cardsFragmentName, cardsFragmentSlug } from '@/lib/site/paths.mjs'

// Written at build time (the static export writes the files too); readers'
// responses name terms, so it is rendered again at once when one changes
// (refreshEssay), and at most a minute later on every instance.
export const dynamic = 'force-static'
export const dynamicParams = false
export const revalidate = 60

export function generateStaticParams() {
  return essayStaticParams().map(({ locale, slug }) => ({ locale, fragment: cardsFragmentName(slug) }))
}

/**
 * The cards of an essay in one language, as an HTML fragment (the cards in
 * the smallest valid document, lib/cards/cards-document.ts): every term
 * annotated in any language of the essay or in its readers' responses, the
 * terms their cards name, and the previews of the pages it links to. No page
 * around them and no note numbers: the essay's pages (and its bilingual
 * views) fetch it when a reader first needs a card, and number the cards as
 * their own notes (app/_components/cards/card-source.ts). It is built from
 * the same hast as the cards a page carries (lib/cards), serialised here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; fragment: string }> }) {
  const { locale, fragment } = await params
  const slug = cardsFragmentSlug(fragment)
  const publication = getPublication()
  if (!hasLocale(locales, locale) || slug === undefined || !publication.essay(slug)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Card' })
  const tEssay = await getTranslations({ locale, namespace: 'Essay' })
  const responseTexts = (await essayResponses(slug, locale))?.texts ?? []
  const texts = [...locales.map((other) => publication.essayText(slug, other).rendered), ...responseTexts]
  const cards = cardList(publication, publication.pageCards(texts, locale), { locale, textLocale: locale, numbered: false }, t)
  const title = `${tEssay('notes')}: ${publication.essayText(slug, locale).value.title}`
  return new Response(toHtml(cardsDocument(title, locale, cards)), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Robots-Tag': 'noindex' }
  })
}
