'use client'

import { useEffect } from 'react'
import { siteHeaderClass } from '@/lib/annotate/header-markup'

/**
 * Keyboard comfort in the header's menus (they work without it): the search
 * box takes focus when its popover opens, so that one tap or key readies it
 * for typing (not `autofocus`: on wide screens the box shows in the row, and
 * would take focus on load); in a menu of links, the arrow keys, Home and End
 * move between them. Renders nothing.
 */
export default function HeaderMenus() {
  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    for (const menu of document.querySelectorAll<HTMLElement>(`.${siteHeaderClass} [popover]`)) {
      menu.addEventListener(
        'toggle',
        (event) => {
          if ((event as ToggleEvent).newState === 'open') menu.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
        },
        { signal }
      )
      menu.addEventListener('keydown', (event) => moveAmongLinks(menu, event), { signal })
    }
    return () => controller.abort()
  }, [])

  return null
}

function moveAmongLinks(menu: HTMLElement, event: KeyboardEvent) {
  const links = [...menu.querySelectorAll<HTMLElement>('a[href]')]
  const at = links.indexOf(document.activeElement as HTMLElement)
  if (links.length === 0 || at < 0) return
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key]
  if (next === undefined) return
  event.preventDefault()
  links[(next + links.length) % links.length].focus()
}
