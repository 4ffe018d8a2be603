import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { locales } from '@/lib/i18n/locales'

const folder = path.join(import.meta.dirname, '../../messages')
const read = (locale: string) => JSON.parse(readFileSync(path.join(folder, `${locale}.json`), 'utf8'))

/** Dotted paths of every message. */
function keysOf(messages: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]
  )
}

describe('messages', () => {
  it('has one file per configured locale and no other', () => {
    expect(
      readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.replace('.json', ''))
        .sort()
    ).toEqual([...locales].sort())
  })

  const english = keysOf(read('en')).sort()
  for (const locale of locales.filter((locale) => locale !== 'en')) {
    it(`${locale} has exactly the keys en has`, () => {
      const keys = keysOf(read(locale)).sort()
      expect(
        english.filter((key) => !keys.includes(key)),
        'missing'
      ).toEqual([])
      expect(
        keys.filter((key) => !english.includes(key)),
        'extra'
      ).toEqual([])
    })
  }

  it('has no message nothing uses: each key of en.json is named in the code (a key an ICU message only refers to counts too)', () => {
    const code = ['app', 'lib']
      .map((folder) => path.join(import.meta.dirname, '../..', folder))
      .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)))
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const unused = english.filter((key) => !new RegExp(`['"\`]${key.split('.').at(-1)}['"\`]`).test(code))
    expect(unused).toEqual([])
  })
})
