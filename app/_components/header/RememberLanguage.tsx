'use client'

import { useEffect } from 'react'
import { localeCookie } from '@/app/_i18n/locale-cookie'
import { localeLinkAttribute } from '@/lib/annotate/header-markup'

/**
 * Remembers the language a reader chooses in the language menu, in
 * next-intl's locale cookie: the server's `/` (and the static `/`) opens in
 * it next time. Renders nothing.
 */
export default function RememberLanguage() {
  useEffect(() => {
    const controller = new AbortController()
    document.addEventListener(
      'click',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest<HTMLElement>(localeLinkAttribute.selector) : null
        const locale = link?.getAttribute(localeLinkAttribute.attribute)
        if (!locale) return
        const { name, maxAge } = localeCookie
        void cookieStore.set({ name, value: locale, path: '/', expires: Date.now() + maxAge * 1000, sameSite: 'lax' })
      },
      { signal: controller.signal }
    )
    return () => controller.abort()
  }, [])

  return null
}
