import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockSources, type Inline, plainText, type SpanCode, sameContent, writeBlockContent } from '@/lib/translations/inline-markup'
import { required } from '@/tests/support/required'

const markdown = [
  '## Liquidity *first*',
  'Markets need **liquidity and _depth_**, a [lender](https://example.org/lender "L") of last resort, `code`, ![chart](c.png) and <kbd>Ctrl</kbd>.\\\na hard break, \\*stars\\* &amp; <https://example.org>.',
  '- Bonds react first.\n- Equity follows:\n  - later\n\n  and then.',
  '3. Third',
  '> A quote\n> on two lines.',
  '```js\ncode()\n```',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'See [the note][n] and a footnote[^1].',
  '[n]: https://example.org/n\n\n[^1]: The footnote.'
].join('\n\n')

describe('blockSources', () => {
  const blocks = blockSources(markdown)
  const at = (index: number) => required(blocks[index], `block ${index}`)

  it('numbers blocks as the renderer does, a list item each, the footnotes section without a place', () => {
    // heading, paragraph, three list items, quote, code, table, paragraph, footnotes: counted by hand.
    expect(blocks.length).toBe(10)
    expect(blocks.map((block) => block?.kind)).toEqual([
      'heading',
      'paragraph',
      'listItem',
      'listItem',
      'listItem',
      'blockquote',
      'code',
      'table',
      'paragraph',
      undefined
    ])
  })

  it('keeps the frame out of the content: heading hashes, list markers, quote markers', () => {
    const frame = (index: number) => markdown.slice(at(index).start, at(index).contentStart)
    expect([frame(0), frame(2), frame(4), frame(5)]).toEqual(['## ', '- ', '3. ', '> '])
    expect(at(0).content).toEqual(['Liquidity ', { code: 'span', kind: 'emphasis', start: '*', end: '*', content: ['first'] }])
  })

  it('makes formatting and links spans, and inline code, images, HTML and breaks placeholders, with the exact Markdown of each', () => {
    expect(at(1).content).toEqual([
      'Markets need ',
      {
        code: 'span',
        kind: 'strong',
        start: '**',
        end: '**',
        content: ['liquidity and ', { code: 'span', kind: 'emphasis', start: '_', end: '_', content: ['depth'] }]
      },
      ', a ',
      { code: 'span', kind: 'link', start: '[', end: '](https://example.org/lender "L")', content: ['lender'] },
      ' of last resort, ',
      { code: 'placeholder', kind: 'code', data: '`code`' },
      ', ',
      { code: 'placeholder', kind: 'image', data: '![chart](c.png)' },
      ' and ',
      { code: 'placeholder', kind: 'html', data: '<kbd>' },
      'Ctrl',
      { code: 'placeholder', kind: 'html', data: '</kbd>' },
      '.',
      { code: 'placeholder', kind: 'break', data: '\\\n' },
      // Escapes and entities are resolved; an autolink is its URL, with nothing to translate.
      'a hard break, *stars* & ',
      { code: 'placeholder', kind: 'markup', data: '<https://example.org>' },
      '.'
    ])
  })

  it('keeps the structure inside a list item as markup between its texts', () => {
    expect(at(3).content).toEqual([
      'Equity follows:',
      { code: 'placeholder', kind: 'markup', data: '\n  - ' },
      'later',
      { code: 'placeholder', kind: 'markup', data: '\n\n  ' },
      'and then.'
    ])
    expect(at(5).content).toEqual(['A quote\non two lines.'])
    expect(at(6).content).toEqual([{ code: 'placeholder', kind: 'markup', data: '```js\ncode()\n```' }])
  })

  it('reads reference links as spans whose end names the reference', () => {
    expect(at(8).content).toEqual([
      'See ',
      { code: 'span', kind: 'link', start: '[', end: '][n]', content: ['the note'] },
      ' and a footnote',
      { code: 'placeholder', kind: 'markup', data: '[^1]' },
      '.'
    ])
  })
})

describe('writeBlockContent', () => {
  const write = (content: Inline[], kind = 'paragraph', framePrefix = '') => writeBlockContent(content, { kind, framePrefix })
  const readBack = (text: string) => required(blockSources(text)[0], 'the written block').content

  it('writes each code’s Markdown where the translator put it, and escapes what would be read as markup', () => {
    const link: SpanCode = { code: 'span', kind: 'link', start: '[', end: '](https://example.org)', content: ['un lien'] }
    const { markdown: written } = write(['Voir ', link, ' : 2 * 3 = [6] <b> & _x_ `y` ~z~ a|b'])
    expect(written).toBe('Voir [un lien](https://example.org) : 2 \\* 3 = \\[6\\] \\<b> & \\_x\\_ \\`y\\` \\~z\\~ a\\|b')
    expect(sameContent(readBack(written), write(['Voir ', link, ' : 2 * 3 = [6] <b> & _x_ `y` ~z~ a|b']).expected)).toBe(true)
  })

  it('escapes what would start a block at the start of a line, and an entity', () => {
    for (const text of ['# not a heading', '- not an item', '1. not a list', '> not a quote', '+ no', '= no', '&amp; stays']) {
      const { markdown: written, expected } = write([text])
      expect(plainText(readBack(written)), text).toBe(text)
      expect(sameContent(readBack(written), expected)).toBe(true)
    }
  })

  it('escapes a line that would make the line above a table’s header (a delimiter row such as :-)', () => {
    const { markdown: written, expected } = write(['a header?\n:- or :-: no'])
    expect(written).toBe('a header?\n\\:- or :-: no')
    expect(blockSources(written)).toHaveLength(1)
    expect(required(blockSources(written)[0], 'the written block').kind).toBe('paragraph')
    expect(sameContent(readBack(written), expected)).toBe(true)
  })

  it('moves spaces out of formatting (** bold** is no emphasis) and links', () => {
    const bold: SpanCode = { code: 'span', kind: 'strong', start: '**', end: '**', content: [' gras '] }
    expect(write(['un', bold, 'mot']).markdown).toBe('un **gras** mot')
    const link: SpanCode = { code: 'span', kind: 'link', start: '[', end: '](u)', content: [' lien '] }
    expect(write(['un', link, 'mot']).markdown).toBe('un [lien](u) mot')
  })

  it('continues a line break with the block’s own prefix, and makes it a space in a heading', () => {
    expect(write(['une\nsuite'], 'listItem', '- ').markdown).toBe('une\n  suite')
    expect(write(['une\nsuite'], 'blockquote', '> ').markdown).toBe('une\n> suite')
    expect(write(['un\ntitre'], 'heading', '## ').markdown).toBe('un titre')
    expect(write(['  trailing  \n  spaces  ']).markdown).toBe('trailing\nspaces')
  })

  it('writes any text, in any kind of block, so that Markdown reads the same content back (property)', () => {
    // Bare addresses (www.…) are left out: GFM links them whatever escapes them, and the import refuses the new link.
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'é',
        '中',
        ' ',
        '\t',
        '\n',
        '*',
        '_',
        '`',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '&',
        'amp;',
        '#',
        '-',
        '+',
        '=',
        '1',
        '.',
        ':',
        '\\',
        '!',
        '|',
        '~',
        '"',
        "'"
      )
    })
    for (const [kind, framePrefix] of [
      ['paragraph', ''],
      ['listItem', '- '],
      ['listItem', '12. '],
      ['heading', '## '],
      ['blockquote', '> ']
    ]) {
      fc.assert(
        fc.property(text, text, text, (before, inside, after) => {
          const content: Inline[] = [
            before,
            { code: 'span', kind: 'emphasis', start: '*', end: '*', content: [`x${inside}x`] },
            after,
            { code: 'span', kind: 'link', start: '[', end: '](u)', content: [inside] }
          ]
          const { markdown: written, expected } = write(content, kind, framePrefix)
          const blocks = blockSources(framePrefix + written)
          return blocks.length === 1 && sameContent(required(blocks[0], 'a block').content, expected)
        }),
        { numRuns: 300 }
      )
    }
  })
})
