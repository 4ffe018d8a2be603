import { sameLanguage } from './language-tag'

/**
 * The locales the reader publishes. Adding a locale: add it here, add
 * `messages/<locale>.json`, and (optionally) content files for it.
 */
export const locales = ['en', 'zh', 'ja', 'es', 'de', 'fr', 'ar'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

export interface LocaleInfo {
  /** BCP 47 tag used in `lang` attributes. */
  lang: string
  dir: 'ltr' | 'rtl'
  /** The language's name in itself, for the language switcher. */
  endonym: string
  /** Word endings the matcher accepts after a glossary form (normalised spelling). */
  suffixes: readonly string[]
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', dir: 'ltr', endonym: 'English', suffixes: ['s', 'es', "'s", "s'"] },
  zh: { lang: 'zh-Hans', dir: 'ltr', endonym: '简体中文', suffixes: [] },
  ja: { lang: 'ja', dir: 'ltr', endonym: '日本語', suffixes: [] },
  es: { lang: 'es', dir: 'ltr', endonym: 'Español', suffixes: ['s', 'es'] },
  de: { lang: 'de', dir: 'ltr', endonym: 'Deutsch', suffixes: ['s', 'es', 'n', 'en'] },
  fr: { lang: 'fr', dir: 'ltr', endonym: 'Français', suffixes: ['s', 'x'] },
  ar: { lang: 'ar', dir: 'rtl', endonym: 'العربية', suffixes: [] }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The locale a BCP 47 tag from elsewhere (a translation tool's `fr-FR`, `zh-Hans`) is written in, if it is one of ours. */
export function localeOfTag(tag: string): Locale | undefined {
  return locales.find((locale) => sameLanguage(localeInfo[locale].lang, tag))
}

/**
 * The name of a locale's language as a sentence in another locale says it
 * ("anglais" on a French page, "英语" on a Chinese one); the language switcher
 * shows endonyms instead.
 */
export function languageName(of: Locale, inLocale: Locale): string {
  return displayNames(inLocale).of(localeInfo[of].lang) ?? localeInfo[of].endonym
}

// One Intl.DisplayNames per locale: pages ask for language names once per card and list item.
const displayNamesByLocale = new Map<Locale, Intl.DisplayNames>()
function displayNames(locale: Locale): Intl.DisplayNames {
  let names = displayNamesByLocale.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([localeInfo[locale].lang], { type: 'language' })
    displayNamesByLocale.set(locale, names)
  }
  return names
}
