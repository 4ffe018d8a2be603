import { describe, expect, it } from 'vitest'
import { fillPluralTemplate, pluralTemplates } from '@/lib/i18n/plural-templates'

/** A stand-in for an ICU plural message, as next-intl would format it. */
const english = (count: number) => `${count} ${count === 1 ? 'result' : 'results'} for “{query}”`
const arabic = (count: number) => {
  const n = new Intl.NumberFormat('ar').format(count)
  const category = new Intl.PluralRules('ar').select(count)
  return (
    { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: `${n} نتائج`, many: `${n} نتيجة`, other: `${n} من النتائج` }[category] +
    ' لـ «{query}»'
  )
}

describe('plural templates', () => {
  it('keeps one template per plural category, with a token for the count', () => {
    expect(pluralTemplates(english, 'en')).toEqual({ one: '{count} result for “{query}”', other: '{count} results for “{query}”' })
    expect(Object.keys(pluralTemplates(arabic, 'ar')).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'])
  })

  it('fills in the count in the language’s digits and its plural form, and the other values', () => {
    const en = pluralTemplates(english, 'en')
    expect(fillPluralTemplate(en, 'en', 1, { query: 'CUDA' })).toBe('1 result for “CUDA”')
    expect(fillPluralTemplate(en, 'en', 1234, { query: 'CUDA' })).toBe('1,234 results for “CUDA”')
    const ar = pluralTemplates(arabic, 'ar')
    for (const count of [0, 1, 2, 3, 11, 100, 102])
      expect(fillPluralTemplate(ar, 'ar', count, { query: 'س' })).toBe(arabic(count).replace('{query}', 'س'))
  })
})
