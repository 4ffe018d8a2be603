import { toString as textOf } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { type BlockRow, blockRows } from '@/lib/publication/bilingual'
import { buildPublication } from '@/lib/publication/publication'
import { markdownBlocks } from '@/lib/translations/block-hashes'
import { withStamp } from '@/lib/translations/stamp-file'
import { loadFolder, markdown } from './support/content-folder'

const hashes = (text: string) => markdownBlocks(text).map((block) => block.hash)
const translation = (title: string, body: string, stampedSource: string) =>
  withStamp(markdown({ title, translatedFrom: 'en' }, body), { fields: {}, blocks: hashes(stampedSource) })

// The source gained "Added." after French was stamped, and lost "Dropped." after German was.
const source = 'Alpha.\n\nAdded.\n\nGamma.\n\nDelta.'
const publication = buildPublication(
  loadFolder({
    'essays/drift/en.md': markdown({ title: 'Drift' }, source),
    'essays/drift/fr.md': translation('Dérive', 'Alpha fr.\n\nGamma fr.\n\nDelta fr.', 'Alpha.\n\nGamma.\n\nDelta.'),
    'essays/drift/de.md': translation(
      'Drift',
      'Alpha de.\n\nDropped de.\n\nAdded de.\n\nGamma de.\n\nDelta de.',
      `Alpha.\n\nDropped.\n\n${source.slice(8)}`
    )
  })
)

describe('blockPairing', () => {
  it('follows the stamp: a source block the translation has not caught up with has no counterpart, and shifts nothing', () => {
    expect(publication.blockPairing('drift', 'fr')).toEqual({ textBlockOf: [0, undefined, 1, 2], sourceBlockOf: [0, 2, 3] })
  })

  it('leaves a translated block whose source block is gone without a source', () => {
    expect(publication.blockPairing('drift', 'de')).toEqual({ textBlockOf: [0, 2, 3, 4], sourceBlockOf: [0, undefined, 1, 2, 3] })
  })

  it('pairs the source, and a locale that falls back to it, with itself', () => {
    const identity = { textBlockOf: [0, 1, 2, 3], sourceBlockOf: [0, 1, 2, 3] }
    expect(publication.blockPairing('drift', 'en')).toEqual(identity)
    expect(publication.blockPairing('drift', 'ja')).toEqual(identity)
  })
})

describe('blockRows', () => {
  const rowsOf = (other: 'fr' | 'de') =>
    blockRows(
      { tree: publication.essayText('drift', 'en').rendered.tree, pairing: publication.blockPairing('drift', 'en') },
      { tree: publication.essayText('drift', other).rendered.tree, pairing: publication.blockPairing('drift', other) }
    )
  const texts = (rows: BlockRow[]) =>
    rows.map(({ source, left, right }) => [source, left && textOf(left.element), right && textOf(right.element)])

  it('puts each source block beside the block that translates it, not beside the block at its position', () => {
    expect(texts(rowsOf('fr'))).toEqual([
      [0, 'Alpha.', 'Alpha fr.'],
      [1, 'Added.', undefined],
      [2, 'Gamma.', 'Gamma fr.'],
      [3, 'Delta.', 'Delta fr.']
    ])
  })

  it('gives a translated block whose source block is gone a row of its own after the block before it', () => {
    expect(texts(rowsOf('de'))).toEqual([
      [0, 'Alpha.', 'Alpha de.'],
      [undefined, undefined, 'Dropped de.'],
      [1, 'Added.', 'Added de.'],
      [2, 'Gamma.', 'Gamma de.'],
      [3, 'Delta.', 'Delta de.']
    ])
  })
})
