import { describe, expect, it } from 'vitest'
import { indexedHtml } from '@/lib/search/indexed-html'

describe('a page as the search index takes it', () => {
  it('keeps the ids of headings, drops the others, and changes nothing else (an empty attribute written out)', () => {
    const page =
      '<!doctype html><html lang="fr"><head><title>T</title></head><body><main data-pagefind-body data-pagefind-filter="kind:essay">' +
      '<h2 id="plus-tard">Plus tard</h2><p data-block="1">Un <a href="/fr/glossary/cuda" class="term" data-term="cuda" id="term-cuda-1">CUDA</a> et une note<sup><a href="#fn-1" id="fnref-1">1</a></sup>.</p>' +
      '<h3 id="fin" data-pagefind-ignore>Fin</h3></main></body></html>'
    expect(indexedHtml(page)).toBe(
      '<!doctype html><html lang="fr"><head><title>T</title></head><body><main data-pagefind-body="" data-pagefind-filter="kind:essay">' +
        '<h2 id="plus-tard">Plus tard</h2><p data-block="1">Un <a href="/fr/glossary/cuda" class="term" data-term="cuda">CUDA</a> et une note<sup><a href="#fn-1">1</a></sup>.</p>' +
        '<h3 id="fin" data-pagefind-ignore="">Fin</h3></main></body></html>'
    )
  })
})
