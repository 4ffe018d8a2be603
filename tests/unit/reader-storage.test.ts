// @vitest-environment happy-dom
// The one storage helper (lib/reader/storage.ts): what a page reads back,
// in either area, and that no storage at all is never an error.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { forget, readJson, readList, readText, store } from '@/lib/reader/storage'

afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
  sessionStorage.clear()
})

describe('the reader’s storage', () => {
  it('keeps text in the area asked for, and forgets it', () => {
    store('cards-language', 'zh')
    store('place', '{"block":3}', 'session')
    expect([readText('cards-language'), readText('cards-language', 'session')]).toEqual(['zh', undefined])
    expect(readJson('place', undefined, 'session')).toEqual({ block: 3 })
    forget('place', 'session')
    expect(readJson('place', 'none', 'session')).toBe('none')
  })

  it('reads broken JSON, null and a non-list as the fallback', () => {
    sessionStorage.setItem('pinned', '{not json')
    localStorage.setItem('known', '{"a":1}')
    localStorage.setItem('nothing', 'null')
    expect(readList('pinned', 'session')).toEqual([])
    expect(readList('known')).toEqual([])
    expect(readJson('nothing', 7)).toBe(7)
  })

  it('without storage (blocked, private modes), reads give the fallback and writes do nothing', () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    const blocked = { getItem: refuse, setItem: refuse, removeItem: refuse, clear: refuse, key: refuse, length: 0 }
    vi.stubGlobal('localStorage', blocked)
    vi.stubGlobal('sessionStorage', blocked)
    expect(() => store('a', 'b', 'session')).not.toThrow()
    expect(() => forget('a')).not.toThrow()
    expect([readText('a'), readJson('a', 1, 'session'), readList('a')]).toEqual([undefined, 1, []])
  })
})
