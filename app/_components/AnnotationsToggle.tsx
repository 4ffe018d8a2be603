'use client'

import { useEffect, useState } from 'react'
import { annotationSelector } from '@/lib/annotate/markup'

const storageKey = 'annotations'

/**
 * Turns annotations off and on for every page, remembered in localStorage.
 * The setting lives on `<html data-annotations>`, where CSS and CardBehavior read it.
 */
export default function AnnotationsToggle({ label }: { label: string }) {
  const [on, setOn] = useState(true)

  useEffect(() => {
    setOn(readSetting())
  }, [])

  useEffect(() => {
    document.documentElement.dataset.annotations = on ? 'on' : 'off'
    for (const term of document.querySelectorAll<HTMLElement>(annotationSelector)) {
      if (on) term.removeAttribute('tabindex')
      else term.setAttribute('tabindex', '-1')
    }
  }, [on])

  const toggle = () => {
    const next = !on
    setOn(next)
    try {
      localStorage.setItem(storageKey, next ? 'on' : 'off')
    } catch {
      // Storage can be unavailable (private mode); the setting then lasts for this page.
    }
  }

  return (
    <button type="button" className="toggle" aria-pressed={on} onClick={toggle}>
      {label}
    </button>
  )
}

function readSetting(): boolean {
  try {
    return localStorage.getItem(storageKey) !== 'off'
  } catch {
    return true
  }
}
