/**
 * The few UI strings that rendering writes into a text (the heading of its
 * footnotes, the labels of their links back), read from the locale's
 * messages (`Content` in messages/<locale>.json, which the message parity test
 * keeps complete), so that a footnote section of an Arabic essay is headed in
 * Arabic.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Locale } from './locales'

/**
 * `footnotes`: the heading of a text's footnotes; `backToReference`: the label
 * of a footnote's link back to its reference, `{number}` for the reference's number.
 */
const keys = ['footnotes', 'backToReference'] as const

export type ContentLabels = Record<(typeof keys)[number], string>

const labels = new Map<string, ContentLabels>()

export function contentLabels(locale: Locale, messagesDir = path.join(process.cwd(), 'messages')): ContentLabels {
  const file = path.join(messagesDir, `${locale}.json`)
  let found = labels.get(file)
  if (!found) {
    const { Content } = JSON.parse(readFileSync(file, 'utf8')) as { Content: Record<string, string> }
    found = Object.fromEntries(keys.map((key) => [key, Content[key]])) as ContentLabels
    labels.set(file, found)
  }
  return found
}
