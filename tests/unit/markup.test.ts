import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import {
  annotationClass,
  annotationOf,
  annotationProperties,
  annotationSelector,
  cardClass,
  cardId,
  cardSummaryId,
  previewCardId,
  previewLinkSelector,
  previewProperty,
  previewSummaryId
} from '@/lib/annotate/markup'
import { blockProperty } from '@/lib/render/blocks'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'

describe('the markup contract', () => {
  it('survives the final sanitiser: everything the plugins add reaches the page', () => {
    const render = createMarkdownRenderer(
      { terms: [{ id: 'cuda', forms: ['CUDA'] }], href: (id) => `/en/glossary/${id}` },
      { linkTarget: (href) => (href === '/essays/x' ? { key: 'essay-x', href: '/en/essays/x' } : undefined) }
    )
    const added: Element[] = []
    visit(render('CUDA and [an essay](/essays/x).').tree, 'element', (node: Element) => {
      if (node.tagName === 'a' || node.tagName === 'p') added.push(node)
    })
    const [paragraph, annotation, link] = added
    expect(paragraph.properties[blockProperty]).toBe(0)
    expect(annotation.properties).toMatchObject({
      className: [annotationClass],
      [annotationProperties.term]: 'cuda',
      [annotationProperties.first]: ''
    })
    expect(link.properties[previewProperty]).toBe('essay-x')
  })

  it('does not let authors forge what the plugins add', () => {
    const html = JSON.stringify(
      createMarkdownRenderer()('<a class="term" data-term="x" data-preview="y" data-block="9" href="#a">forged</a>').tree
    )
    expect(html).not.toMatch(/dataTerm|dataPreview|"term"|dataBlock":9/)
  })

  it('names what client code selects, as the plugins write it', () => {
    // The selectors and ids that CardBehavior and the card components share, spelled out.
    expect([annotationSelector, annotationOf('cuda'), previewLinkSelector]).toEqual([
      'a.term[data-term]',
      'a.term[data-term][data-term="cuda"]',
      'a[data-preview]'
    ])
    expect([cardClass, cardId('cuda'), cardSummaryId('cuda')]).toEqual(['card', 'card-cuda', 'card-cuda-summary'])
    expect([previewCardId('essay-x'), previewSummaryId('essay-x')]).toEqual(['preview-essay-x', 'preview-essay-x-summary'])
    expect(annotationClass).toBe('term')
  })

  it('is what the CSS selects: the stylesheets use the contract’s class names, and no other spelling of them', () => {
    const folder = path.join(import.meta.dirname, '../../app/styles')
    const css = readdirSync(folder)
      .map((file) => readFileSync(path.join(folder, file), 'utf8'))
      .join('\n')
    expect(css).toContain(`a.${annotationClass}`)
    expect(css).toContain(`.${cardClass}`)
    expect(css).toContain('[data-preview]')
    expect(css).toContain('[data-first]')
    // Annotations are selected by class, never by another attribute spelling.
    expect(css).not.toMatch(/\[data-term|\.annotation\b/)
  })
})
