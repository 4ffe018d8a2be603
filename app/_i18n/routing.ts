import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from '@/lib/i18n/locales'

/**
 * The reader's choice of language, remembered for a year: the proxy reads it
 * for `/`; the language switch and the static `/` page read and write it.
 */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365 }

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // Pages carry their hreflang alternates as <link> elements; the HTTP Link header
  // would repeat them with the full path seven times (and overflow on long paths).
  alternateLinks: false
})
