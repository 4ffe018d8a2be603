'use client'

import { useEffect, useState } from 'react'
import { chooseValue, currentValue, markingSetting, readingsSetting, showTermsAsPlain } from '@/lib/reader/settings'

interface Props {
  labels: { marking: string; first: string; every: string; never: string; readings: string }
}

/**
 * The reader's settings (lib/reader/settings.ts): how often terms are marked,
 * and whether the authors' readings show over foreign phrases. Each choice
 * applies at once, on every page, and is remembered in the browser.
 */
export default function ReaderSettings({ labels }: Props) {
  const [marking, setMarking] = useState(markingSetting.initial)
  const [readings, setReadings] = useState(readingsSetting.initial)

  useEffect(() => {
    setMarking(currentValue(markingSetting))
    setReadings(currentValue(readingsSetting))
    // The head script styled unmarked terms before the first paint; Tab passes them by from now on.
    showTermsAsPlain()
  }, [])

  return (
    <>
      <fieldset className="setting">
        <legend>{labels.marking}</legend>
        {markingSetting.values.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="marking"
              value={value}
              checked={marking === value}
              onChange={() => {
                chooseValue(markingSetting, value)
                setMarking(value)
              }}
            />{' '}
            {labels[value]}
          </label>
        ))}
      </fieldset>
      <label className="setting">
        <input
          type="checkbox"
          checked={readings === 'on'}
          onChange={(event) => {
            const value = event.target.checked ? 'on' : 'off'
            chooseValue(readingsSetting, value)
            setReadings(value)
          }}
        />{' '}
        {labels.readings}
      </label>
    </>
  )
}
