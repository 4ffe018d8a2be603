import { describe, expect, it } from 'vitest'
import { isLanguageTag, latinScriptOf, primaryLanguage, sameLanguage } from '@/lib/i18n/language-tag'
import { isLocale, languageName, localeInfo, locales } from '@/lib/i18n/locales'

describe('locales', () => {
  it('name a language as a sentence in another language says it', () => {
    expect(languageName('en', 'fr')).toBe('anglais')
    expect(languageName('fr', 'fr')).toBe('français')
    expect(languageName('en', 'zh')).toBe('英语')
    expect(languageName('ar', 'de')).toBe('Arabisch')
  })

  it('have a valid tag, a direction and an endonym each', () => {
    for (const locale of locales) {
      expect(isLanguageTag(localeInfo[locale].lang)).toBe(true)
      expect(['ltr', 'rtl']).toContain(localeInfo[locale].dir)
      expect(localeInfo[locale].endonym.length).toBeGreaterThan(1)
    }
    expect(isLocale('en')).toBe(true)
    expect(isLocale('xx')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})

describe('language tags', () => {
  it('read the language of a tag, whatever its script or region', () => {
    expect(primaryLanguage('zh-Hans')).toBe('zh')
    expect(primaryLanguage('EN-gb')).toBe('en')
    expect(sameLanguage('zh-Hans', 'zh-CN')).toBe(true)
    expect(sameLanguage('zh', 'ja')).toBe(false)
    expect(sameLanguage('zh', undefined)).toBe(false)
    expect(latinScriptOf('zh-Hans')).toBe('zh-Latn')
  })

  it('tell a BCP 47 tag from other text', () => {
    expect(isLanguageTag('zh-Hans')).toBe(true)
    expect(isLanguageTag('not a tag!')).toBe(false)
    expect(isLanguageTag('')).toBe(false)
  })
})
