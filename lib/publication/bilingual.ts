/**
 * The bilingual view pairs an essay's source with each of its translations,
 * both ways; a locale that only falls back to the source has no pair.
 */
import type { Root } from 'hast'
import type { Essay } from '@/lib/content/types'
import { type Locale, locales } from '@/lib/i18n/locales'
import { type Block, blocksOf } from '@/lib/render/blocks'
import type { BlockPairing } from '@/lib/translations/block-pairing'

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

/** One row of the bilingual view: a block of the source and the block of each text that renders it. */
export interface BlockRow {
  /** Unique among the rows. */
  key: string
  /** The current source block the row shows; undefined for a block of a translation whose source block is gone. */
  source?: number
  left?: Block
  right?: Block
}

/** A text of the view: its blocks, and which of them renders which source block (lib/translations/block-pairing). */
export interface PairedText {
  tree: Root
  pairing: BlockPairing
}

/**
 * The rows of the bilingual view of two texts of an essay, in the source's
 * order: each source block beside the blocks that render it, followed
 * through the stamps rather than by position, so a source block a
 * translation has not caught up with leaves that side empty and shifts
 * nothing. A translated block whose source block is gone gets a row of its
 * own after the block before it.
 */
export function blockRows(left: PairedText, right: PairedText): BlockRow[] {
  const sides = [left, right].map(({ tree, pairing }) => ({ blocks: blocksOf(tree), pairing }))
  const sourceLength = Math.max(...sides.map(({ pairing }) => pairing.textBlockOf.length))
  // Rows before source block 0 (key -1), and after each source block.
  const orphansAfter = new Map<number, BlockRow[]>()
  sides.forEach(({ blocks, pairing }, side) => {
    let previousSource = -1
    blocks.forEach((block, index) => {
      const source = pairing.sourceBlockOf[index]
      if (source !== undefined) {
        previousSource = source
        return
      }
      const rows = orphansAfter.get(previousSource) ?? []
      rows.push(side === 0 ? { key: `left-${index}`, left: block } : { key: `right-${index}`, right: block })
      orphansAfter.set(previousSource, rows)
    })
  })
  const blockFor = (side: number, source: number): Block | undefined => {
    const { blocks, pairing } = sides[side]
    const index = pairing.textBlockOf[source]
    return index === undefined ? undefined : blocks[index]
  }
  return [
    ...(orphansAfter.get(-1) ?? []),
    ...Array.from({ length: sourceLength }, (_, source) => [
      { key: `source-${source}`, source, left: blockFor(0, source), right: blockFor(1, source) },
      ...(orphansAfter.get(source) ?? [])
    ]).flat()
  ]
}
