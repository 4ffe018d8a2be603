'use client'

import { useEffect, useState } from 'react'
import { annotationSelector } from '@/lib/annotate/markup'
import { annotationsSetting, chooseValue, currentValue } from '@/lib/reader/settings'

/**
 * Turns annotations off and on for every page (a reader setting). With them
 * off, terms read as plain text: CSS hides their marks, no card opens, and
 * Tab passes them by.
 */
export default function AnnotationsToggle({ label }: { label: string }) {
  const [on, setOn] = useState(true)

  useEffect(() => {
    setOn(currentValue(annotationsSetting) === 'on')
  }, [])

  useEffect(() => {
    for (const term of document.querySelectorAll<HTMLElement>(annotationSelector)) {
      if (on) term.removeAttribute('tabindex')
      else term.setAttribute('tabindex', '-1')
    }
  }, [on])

  const toggle = () => {
    chooseValue(annotationsSetting, on ? 'off' : 'on')
    setOn(!on)
  }

  return (
    <button type="button" className="toggle" aria-pressed={on} onClick={toggle}>
      {label}
    </button>
  )
}
