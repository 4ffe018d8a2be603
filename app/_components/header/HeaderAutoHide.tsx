'use client'

import { useEffect } from 'react'
import { siteHeaderClass } from '@/lib/annotate/header-markup'

/** How far the page must scroll in one direction before the header hides or comes back. */
const threshold = 24
/** On the header while it is out of the way (layout.css slides it up). */
const hiddenAttribute = 'data-hidden'

/**
 * While reading, the header gets out of the way: it slides up as the page
 * scrolls down and comes back as soon as the reader scrolls up (at once,
 * without sliding, under reduced motion: see layout.css). It stays while
 * anything in it has focus or one of its menus is open. Renders nothing.
 */
export default function HeaderAutoHide() {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>(`.${siteHeaderClass}`)
    if (!header) return
    // Where the current run of scrolling started: its lowest point while the header shows, its highest while it hides.
    let anchor = window.scrollY
    const show = (shown: boolean) => header.toggleAttribute(hiddenAttribute, !shown)
    const onScroll = () => {
      const y = window.scrollY
      const hidden = header.hasAttribute(hiddenAttribute)
      const busy = header.matches(':focus-within') || header.querySelector(':popover-open') !== null
      if (y <= header.offsetHeight || busy) {
        show(true)
        anchor = y
      } else if (hidden) {
        if (y < anchor - threshold) show(true)
        anchor = y < anchor - threshold ? y : Math.max(anchor, y)
      } else {
        if (y > anchor + threshold) show(false)
        anchor = y > anchor + threshold ? y : Math.min(anchor, y)
      }
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => window.removeEventListener('scroll', onScroll)
  }, [])

  return null
}
