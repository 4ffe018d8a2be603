'use client'

import { useEffect } from 'react'
import { newerResponsesFrom } from './newer-responses-markup'

export interface ResponseFormLabels {
  sending: string
  published: string
  held: string
  note: string
  anonymous: string
  failed: string
}

/**
 * The page's response forms, improved: the time the page was shown (the
 * spam check's), the words a reader selects in the essay (for "What does this
 * phrase mean?"), and, once the reader comes near the responses or opens a
 * paragraph's, the code that sends the forms in place (send-responses.ts,
 * a chunk of its own) and, in a static copy built with RESPONSES_ORIGIN, the
 * code that brings its responses up to date from there (newer-responses.ts).
 * Without JavaScript the forms post and come back.
 */
export default function ResponseFormScript({ labels }: { labels: ResponseFormLabels }) {
  useEffect(() => {
    const loaded = String(Date.now())
    for (const input of document.querySelectorAll<HTMLInputElement>('[data-response-form] input[name="loaded"]')) input.value = loaded
    let selected = ''
    const onSelection = () => {
      const selection = document.getSelection()
      const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? ''
      const anchor = selection?.anchorNode?.parentElement
      if (text && text.length <= 200 && anchor?.closest('.essay-body') && !anchor.closest('a.term')) selected = text
    }
    const section = document.getElementById('responses')
    let detach: (() => void) | undefined
    let stopped = false
    const load = () => {
      if (detach || stopped) return
      detach = () => {}
      void import('./send-responses').then(({ attachResponseForms }) => {
        if (!stopped) detach = attachResponseForms(labels, () => selected)
      })
      const origin = section?.getAttribute(newerResponsesFrom.attribute)
      if (origin)
        void import('./newer-responses').then(({ showNewerResponses }) => {
          if (!stopped) void showNewerResponses(origin)
        })
    }
    const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: '600px 0px' })
    if (section) near.observe(section)
    const onToggle = (event: Event) => {
      if (event.target instanceof HTMLElement && event.target.classList.contains('block-panel')) load()
    }
    document.addEventListener('selectionchange', onSelection)
    document.addEventListener('toggle', onToggle, true)
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-response-form]')) load()
    }
    document.addEventListener('focusin', onFocus)
    return () => {
      stopped = true
      near.disconnect()
      detach?.()
      document.removeEventListener('selectionchange', onSelection)
      document.removeEventListener('toggle', onToggle, true)
      document.removeEventListener('focusin', onFocus)
    }
  }, [labels])
  return null
}
