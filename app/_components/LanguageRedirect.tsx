'use client'

import { useEffect } from 'react'
import { localeCookie } from '@/app/_i18n/locale-cookie'
import { primaryLanguage } from '@/lib/i18n/language-tag'
import type { Locale } from '@/lib/i18n/locales'
import { homePath } from '@/lib/site/paths.mjs'

interface Props {
  /** Locale codes and their BCP 47 tags, in order of preference when nothing matches. */
  locales: { code: Locale; lang: string }[]
}

/**
 * `/` on a static host, where no server negotiates: goes to the remembered
 * language (next-intl's locale cookie), else the first of the browser's
 * languages the site has, else the default. The page lists the languages as
 * plain links for readers without JavaScript.
 */
export default function LanguageRedirect({ locales }: Props) {
  useEffect(() => {
    const remembered = document.cookie.match(new RegExp(`(?:^|;\\s*)${localeCookie.name}=([^;]+)`))?.[1]
    const fromBrowser = navigator.languages
      .map((tag) => tag.toLowerCase())
      .map((tag) => locales.find(({ lang }) => lang.toLowerCase() === tag) ?? locales.find(({ code }) => code === primaryLanguage(tag)))
      .find(Boolean)
    const choice = locales.find(({ code }) => code === remembered) ?? fromBrowser ?? locales[0]
    location.replace(`${homePath(choice.code)}${location.search}${location.hash}`)
  }, [locales])
  return null
}
