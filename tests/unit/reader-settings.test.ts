// @vitest-environment happy-dom
/**
 * The reader's settings and saved terms in a browser-like document: what
 * each choice does to the page and to storage, what the head script makes of
 * stored values (good, unknown, broken, or no storage at all).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isSaved, type SavedTerm, savedTerms, saveTerm, unsaveTerms } from '@/lib/reader/saved-terms'
import {
  applySettingsScript,
  chooseValue,
  currentValue,
  isMarked,
  knownTerms,
  knownTermsKey,
  markingSetting,
  readingsSetting,
  setKnown,
  showTermsAsPlain
} from '@/lib/reader/settings'

/** A page with two annotations of `carry` and one of `float`, as the annotation plugin writes them. */
function writePage() {
  document.head.innerHTML = ''
  document.body.innerHTML = `<p>
    <a class="term" data-term="carry" href="/en/glossary/carry" id="a1">carry</a>
    <a class="term" data-term="float" href="/en/glossary/float" id="a2">float</a>
    <a class="term" data-term="carry" href="/en/glossary/carry" id="a3">carry</a>
    <a href="/elsewhere" id="plain-link">a link</a>
  </p>`
  for (const { attribute } of [markingSetting, readingsSetting]) document.documentElement.removeAttribute(attribute)
}

const annotation = (id: string) => document.getElementById(id) as Element
const plainStyle = () => document.getElementById('plain-terms')?.textContent ?? ''
/** Runs the head script as the page does, before anything else. */
const runHeadScript = () => new Function(applySettingsScript)()

beforeEach(() => {
  localStorage.clear()
  writePage()
})
afterEach(() => vi.unstubAllGlobals())

/** A browser without storage (private modes, storage blocked): every call throws. */
function withoutStorage() {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError')
  }
  vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse, clear: refuse, key: refuse, length: 0 })
}

describe('reader settings', () => {
  it('start at their first values, and read an unknown attribute value as the first', () => {
    expect(currentValue(markingSetting)).toBe('first')
    expect(currentValue(readingsSetting)).toBe('off')
    document.documentElement.setAttribute(markingSetting.attribute, 'sometimes')
    expect(currentValue(markingSetting)).toBe('first')
  })

  it('a choice sets the page’s attribute and is remembered in storage', () => {
    chooseValue(readingsSetting, 'on')
    expect(document.documentElement.getAttribute('data-readings')).toBe('on')
    expect(currentValue(readingsSetting)).toBe('on')
    expect(localStorage.getItem(readingsSetting.key)).toBe('on')
  })

  it('marking “never” leaves no term marked, takes every one out of the Tab order, and the plain rule covers them', () => {
    expect(isMarked(annotation('a1'))).toBe(true)
    chooseValue(markingSetting, 'never')
    for (const id of ['a1', 'a2', 'a3']) {
      expect(isMarked(annotation(id)), id).toBe(false)
      expect(annotation(id).getAttribute('tabindex'), id).toBe('-1')
    }
    expect(annotation('plain-link').hasAttribute('tabindex')).toBe(false)
    expect(plainStyle()).toContain('html[data-marking="never"] a.term')
    chooseValue(markingSetting, 'every')
    expect(isMarked(annotation('a1'))).toBe(true)
    expect(annotation('a1').hasAttribute('tabindex')).toBe(false)
  })
})

describe('terms the reader knows', () => {
  it('are unmarked wherever they stand, and only they', () => {
    setKnown(['carry'], true)
    expect([...knownTerms()]).toEqual(['carry'])
    expect(JSON.parse(localStorage.getItem(knownTermsKey) ?? '')).toEqual(['carry'])
    expect(isMarked(annotation('a1'))).toBe(false)
    expect(isMarked(annotation('a3'))).toBe(false)
    expect(isMarked(annotation('a2'))).toBe(true)
    expect(annotation('a3').getAttribute('tabindex')).toBe('-1')
    expect(annotation('a2').hasAttribute('tabindex')).toBe(false)
    expect(plainStyle()).toContain('a.term[data-term="carry"]')
    expect(plainStyle()).not.toContain('float')
  })

  it('taken back, are marked again', () => {
    setKnown(['carry', 'float'], true)
    setKnown(['carry'], false)
    expect([...knownTerms()]).toEqual(['float'])
    expect(isMarked(annotation('a1'))).toBe(true)
    expect(annotation('a1').hasAttribute('tabindex')).toBe(false)
    expect(plainStyle()).not.toContain('carry')
  })

  it('an id that is not a CSS identifier is escaped in the rule, and the rule stays one rule', () => {
    const hostile = 'x"]{}a.term{color:red'
    setKnown([hostile, '2-fold'], true)
    const style = plainStyle()
    // One block: every other brace is escaped.
    expect(style.match(/(?<!\\)\{/g)?.length).toBe(1)
    expect(style).toContain(`[data-term="${CSS.escape(hostile)}"]`)
    expect(style).toContain(`[data-term="${CSS.escape('2-fold')}"]`)
  })

  it('a stored list that is not a list of ids is read as nothing known, or as its ids only', () => {
    localStorage.setItem(knownTermsKey, '{not json')
    expect(knownTerms().size).toBe(0)
    localStorage.setItem(knownTermsKey, '{"carry": true}')
    expect(knownTerms().size).toBe(0)
    localStorage.setItem(knownTermsKey, '["carry", 3, null]')
    expect([...knownTerms()]).toEqual(['carry'])
  })

  it('without storage, a choice still applies to this page', () => {
    withoutStorage()
    expect(() => chooseValue(markingSetting, 'never')).not.toThrow()
    expect(currentValue(markingSetting)).toBe('never')
    expect(() => setKnown(['carry'], true)).not.toThrow()
  })
})

describe('the head script', () => {
  it('applies stored choices and known terms before anything else runs', () => {
    localStorage.setItem(markingSetting.key, 'every')
    localStorage.setItem(readingsSetting.key, 'on')
    localStorage.setItem(knownTermsKey, JSON.stringify(['float']))
    runHeadScript()
    expect(document.documentElement.getAttribute('data-marking')).toBe('every')
    expect(document.documentElement.getAttribute('data-readings')).toBe('on')
    expect(plainStyle()).toContain('a.term[data-term="float"]')
    expect(plainStyle()).not.toContain('carry')
  })

  it('writes the same rule as the page’s own code, so that nothing changes when that code takes over', () => {
    localStorage.setItem(knownTermsKey, JSON.stringify(['float', 'carry']))
    runHeadScript()
    const fromHeadScript = plainStyle()
    document.head.innerHTML = ''
    showTermsAsPlain()
    expect(plainStyle()).toBe(fromHeadScript)
  })

  it('sets the first values for values it does not know, and for no storage at all', () => {
    localStorage.setItem(markingSetting.key, 'sometimes')
    localStorage.setItem(knownTermsKey, 'broken')
    runHeadScript()
    expect(document.documentElement.getAttribute('data-marking')).toBe('first')
    expect(document.documentElement.getAttribute('data-readings')).toBe('off')
    expect(plainStyle()).toBe(
      ':is(html[data-marking="never"] a.term){text-decoration:none;cursor:text;pointer-events:none;background:none;color:inherit}'
    )
    withoutStorage()
    document.documentElement.removeAttribute('data-marking')
    expect(runHeadScript).not.toThrow()
    expect(document.documentElement.getAttribute('data-marking')).toBe('first')
  })
})

describe('saved terms', () => {
  const saved = (id: string, sentence = `A sentence with ${id}.`): SavedTerm => ({
    id,
    term: id,
    reading: '',
    meaning: `What ${id} means`,
    sentence,
    link: `https://reader.example.org/en/glossary/${id}`,
    savedAt: '2026-12-02T07:00:00.000Z'
  })

  it('are kept in the order saved; saving one again replaces it', () => {
    saveTerm(saved('carry'))
    saveTerm(saved('float'))
    saveTerm(saved('carry', 'Another sentence.'))
    expect(savedTerms().map(({ id, sentence }) => [id, sentence])).toEqual([
      ['float', 'A sentence with float.'],
      ['carry', 'Another sentence.']
    ])
    expect(isSaved('carry')).toBe(true)
    expect(isSaved('moat')).toBe(false)
  })

  it('are removed, some or all', () => {
    for (const id of ['carry', 'float', 'moat']) saveTerm(saved(id))
    unsaveTerms(['carry', 'moat'])
    expect(savedTerms().map(({ id }) => id)).toEqual(['float'])
    unsaveTerms(['float'])
    expect(savedTerms()).toEqual([])
  })

  it('a stored list that is broken, or holds entries without an id or a term, is read without them', () => {
    localStorage.setItem('saved-terms', 'not json')
    expect(savedTerms()).toEqual([])
    localStorage.setItem('saved-terms', '{"id": "carry"}')
    expect(savedTerms()).toEqual([])
    localStorage.setItem('saved-terms', JSON.stringify([saved('carry'), { id: 'float' }, { term: 'moat' }, null, 3]))
    expect(savedTerms().map(({ id }) => id)).toEqual(['carry'])
  })

  it('without storage, saving does not break the page', () => {
    withoutStorage()
    expect(() => saveTerm(saved('carry'))).not.toThrow()
    expect(savedTerms()).toEqual([])
  })
})
