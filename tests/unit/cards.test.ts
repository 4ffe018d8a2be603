// The cards as hast (lib/cards): one description for the cards a page
// carries and for an essay's fetched fragment. Golden markup, written down.
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { cardList } from '@/lib/cards/card-list'
import type { CardText } from '@/lib/cards/card-text'
import { previewCard } from '@/lib/cards/preview-card'
import { termCard } from '@/lib/cards/term-card'
import { buildPublication } from '@/lib/publication/publication'
import { loadFolder, markdown } from './support/content-folder'

function publicationOf() {
  return buildPublication(
    loadFolder({
      'essays/chips/en.md': markdown({ title: 'Chips', date: '2025-01-01' }, 'Nvidia sells CUDA. See [the other](/essays/other).'),
      'essays/other/en.md': markdown({ title: 'Other', date: '2024-01-01' }, 'Text.'),
      'glossary/nvidia/en.md': markdown({ term: 'Nvidia', summary: 'A chip maker, known for CUDA.' }),
      'glossary/nvidia/fr.md': markdown({ term: 'Nvidia', summary: 'Un fabricant de puces.' }),
      'glossary/cuda/en.md': markdown({ term: 'CUDA', summary: 'Software for GPUs.' }),
      'glossary/gpu/en.md': markdown({ term: 'GPU', summary: 'A graphics processor.' }),
      'glossary/eye/meta.yaml': 'lang: zh\noriginal: 睁一只眼\nromanization: zhēng yī zhī yǎn\n',
      'glossary/eye/en.md': markdown({ term: 'turn a blind eye', summary: 'To ignore.', literal: 'open one eye' })
    })
  )
}

/** Messages that show their key and values, so that the markup says which message goes where. */
const t: CardText = (key, values) => (values ? `${key}(${Object.values(values).join(',')})` : key)

const bar = (id: string, title: string) =>
  `<div class="card-bar"><button type="button" class="card-back" hidden data-card-back=""><span aria-hidden="true" class="card-back-arrow">←</span> back</button><p class="card-term" id="${id}-title" data-card-move="">${title}</p><div class="card-actions"><button type="button" class="card-move" aria-describedby="card-move-hint" data-card-move="">move</button><button type="button" class="card-pin" aria-pressed="false" data-card-pin="">pin</button><button type="button" class="card-close" aria-label="close" data-card-close=""><span aria-hidden="true">×</span></button></div></div><ol class="card-trail" aria-label="trail" hidden data-card-trail=""></ol>`

describe('a term’s card', () => {
  it('is a popover dialog named by its title, with its note, annotated summary, the reader’s buttons and its links', () => {
    const card = termCard(publicationOf(), 'cuda', { locale: 'en', textLocale: 'en', pageLocale: 'en', note: 2 }, t)
    expect(toHtml(card)).toBe(
      '<div popover="manual" role="dialog" tabindex="-1" aria-labelledby="card-cuda-title" id="card-cuda" class="card" lang="en" dir="ltr" data-note="2" data-term-entry="">' +
        bar('card-cuda', '<span class="card-note">2</span><span data-entry-name=""><dfn>CUDA</dfn></span>') +
        '<p id="card-cuda-summary" class="card-summary" data-entry-meaning="">Software for <a href="/en/glossary/gpu" class="term" data-term="gpu" id="card-cuda--gpu-1">GPUs</a>.</p>' +
        '<p class="card-reader" lang="en"><button type="button" aria-pressed="false" data-know-term="cuda">know</button><button type="button" aria-pressed="false" data-save-term="cuda">save</button><a href="/en/glossary/cuda#appears-in">appearsIn(1)</a></p>' +
        '<a class="card-link" href="/en/glossary/cuda">readMore<span aria-hidden="true"> →</span></a></div>'
    )
  })

  it('of a foreign phrase, in a locale without an entry: the original, its romanization, literal sense, listen, and a notice', () => {
    const html = toHtml(termCard(publicationOf(), 'eye', { locale: 'fr', textLocale: 'fr', pageLocale: 'fr' }, t))
    expect(html).toContain('lang="en" dir="ltr" data-term-entry="">')
    expect(html).toContain(
      '<dl class="card-facts"><div><dt>original</dt><dd lang="zh">睁一只眼</dd></div><div><dt>romanization</dt><dd lang="zh-Latn" data-entry-reading="">zhēng yī zhī yǎn</dd></div><div><dt>literal</dt><dd>open one eye</dd></div></dl>'
    )
    expect(html).toContain(
      '<button type="button" class="listen" hidden data-speak="睁一只眼" data-speak-lang="zh"><span aria-hidden="true">🔊 </span>listen</button>'
    )
    expect(html).toContain('<p class="card-notice">untranslated(français)</p><p class="card-reader" lang="fr">')
    expect(html).toContain('<a class="card-link" href="/fr/glossary/eye">')
    // No note number: the page that puts it in gives it one.
    expect(html).not.toContain('data-note')
    expect(html).toContain('<span class="card-note"></span>')
  })

  it('read beside another language’s text names the term in the default locale', () => {
    const html = toHtml(termCard(publicationOf(), 'nvidia', { locale: 'fr', textLocale: 'fr', pageLocale: 'fr' }, t))
    expect(html).toContain('lang="fr" dir="ltr"')
    expect(html).not.toContain('defaultForm')
    expect(html).not.toContain('card-notice')
  })
})

describe('a page’s cards', () => {
  it('numbered as the page’s notes, nested ones marked, then the previews', () => {
    const publication = publicationOf()
    const set = publication.pageCards([publication.essayText('chips', 'en').rendered], 'en')
    const cards = cardList(publication, set, { locale: 'en', textLocale: 'en', numbered: true }, t)
    expect(cards.map((card) => [card.properties.id, card.properties.dataNote, card.properties.dataNested])).toEqual([
      ['card-nvidia', 1, undefined],
      ['card-cuda', 2, undefined],
      ['card-gpu', undefined, ''],
      ['preview-essay-other', undefined, undefined]
    ])
  })

  it('in a fragment, unnumbered: the page numbers them', () => {
    const publication = publicationOf()
    const set = publication.pageCards([publication.essayText('chips', 'en').rendered], 'en')
    const html = toHtml(cardList(publication, set, { locale: 'en', textLocale: 'en', numbered: false }, t))
    expect(html).not.toMatch(/data-note|data-nested/)
    expect([...html.matchAll(/role="dialog"[^>]* id="([^"]+)"/g)].map((found) => found[1])).toEqual([
      'card-nvidia',
      'card-cuda',
      'card-gpu',
      'preview-essay-other'
    ])
  })

  it('a preview names its page and links there; a key without a page has none', () => {
    const publication = publicationOf()
    expect(toHtml(previewCard(publication, 'essay-other', 'en', t) ?? [])).toBe(
      '<div popover="manual" role="dialog" tabindex="-1" aria-labelledby="preview-essay-other-title" id="preview-essay-other" class="card card-preview" lang="en" dir="ltr">' +
        bar('preview-essay-other', 'Other') +
        '<p id="preview-essay-other-summary" class="card-summary">Text.</p><a class="card-link" href="/en/essays/other" lang="en">goTo<span aria-hidden="true"> →</span></a></div>'
    )
    expect(previewCard(publication, 'essay-missing', 'en', t)).toBeUndefined()
  })
})
