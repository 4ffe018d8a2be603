/**
 * The bilingual view pairs an essay's source with each of its translations,
 * both ways; a locale that only falls back to the source has no pair.
 */
import type { Root } from 'hast'
import type { Essay } from '@/lib/content/types'
import { type Locale, locales } from '@/lib/i18n/locales'
import { type Block, blocksOf } from '@/lib/render/blocks'

export function isBilingualPair(essay: Essay, locale: Locale, other: Locale): boolean {
  const source = essay.sourceLocale
  return locale !== other && (locale === source || other === source) && Boolean(essay.files[locale] && essay.files[other])
}

/** The language the bilingual view pairs an essay page in `locale` with, if any. */
export function bilingualPartner(essay: Essay, locale: Locale): Locale | undefined {
  return locales.find((other) => isBilingualPair(essay, locale, other))
}

/** Every pair of an essay, as [page locale, other locale]. */
export function bilingualPairs(essay: Essay): [Locale, Locale][] {
  return locales.flatMap((locale) =>
    locales.filter((other) => isBilingualPair(essay, locale, other)).map((other): [Locale, Locale] => [locale, other])
  )
}

/** One row of the bilingual view: block `index` of each text (blocks are numbered alike in every language). */
export interface BlockRow {
  index: number
  left?: Block
  right?: Block
}

/** The rows of the bilingual view of two texts: row n pairs block n of each; a text with fewer blocks leaves its side empty. */
export function blockRows(left: Root, right: Root): BlockRow[] {
  const [leftBlocks, rightBlocks] = [blocksOf(left), blocksOf(right)]
  return Array.from({ length: Math.max(leftBlocks.length, rightBlocks.length) }, (_, index) => ({
    index,
    left: leftBlocks[index],
    right: rightBlocks[index]
  }))
}
