/**
 * Which block of an essay's text in a locale renders which block of its
 * source as it is now: the one pairing of blocks, read from the translation's
 * stamp (status.ts `translatedBlocks`), never from positions. The bilingual
 * view, the language switch's kept place and responses all ask here, so a
 * translation that has not caught up with a new source block still pairs its
 * other blocks right.
 */
import { essayFileIn } from '@/lib/content/localized'
import type { Essay } from '@/lib/content/types'
import type { Locale } from '@/lib/i18n/locales'
import { essayVersion } from './block-hashes'
import { essayTranslation, translatedBlocks } from './status'

export interface BlockPairing {
  /** For each block of the current source, the block of the locale's text that renders it; undefined when none does yet. */
  textBlockOf: readonly (number | undefined)[]
  /** For each block of the locale's text, the current source block it renders; undefined for one whose source block is gone. */
  sourceBlockOf: readonly (number | undefined)[]
}

/** The pairing of the essay's text shown in `locale` (its own file, or the source it falls back to) with its source. */
export function essayBlockPairing(essay: Essay, locale: Locale): BlockPairing {
  const shown = essayFileIn(essay, locale)
  const textBlocks = essayVersion(shown.value).blocks.length
  const translation = essayTranslation(essay, shown.locale)
  const textBlockOf = translation
    ? translatedBlocks(translation.stamp, translation.source).map((block) =>
        block !== undefined && block < textBlocks ? block : undefined
      )
    : Array.from({ length: textBlocks }, (_, index) => index)
  const sourceBlockOf = new Array<number | undefined>(textBlocks).fill(undefined)
  textBlockOf.forEach((textBlock, sourceBlock) => {
    if (textBlock !== undefined) sourceBlockOf[textBlock] = sourceBlock
  })
  return { textBlockOf, sourceBlockOf }
}
