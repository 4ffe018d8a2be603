import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { localeCookie } from './locale-cookie'

export const routing = defineRouting({
  locales,
  defaultLocale,
  // lib/site/paths.mjs makes every URL as /<locale><path>: keep the two in step.
  localePrefix: 'always',
  localeCookie,
  // Pages carry their hreflang alternates as <link> elements; the HTTP Link header
  // would repeat them with the full path seven times (and overflow on long paths).
  alternateLinks: false
})
