/**
 * Reads the React Server Components payload that Next inlines in a page
 * (`self.__next_f.push([1, "…"])`) and sets apart the not-found boundaries
 * Next serialises into every page (each layout's `notFound` prop and the rows
 * it references), so that the audit can measure them and check the rest.
 */

import { required } from '@/tests/support/required'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The payload text, chunks joined, as React reads it. */
export function flightPayload(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
  return chunks.map((match) => JSON.parse(match[1]) as string).join('')
}

/** Rows of the payload: `<hex id>:<json>\n`, or `<hex id>:T<hex byte length>,<text>` for long text. */
function flightRows(payload: string): Map<string, string> {
  const rows = new Map<string, string>()
  const bytes = Buffer.from(payload)
  let at = 0
  while (at < bytes.length) {
    const colon = bytes.indexOf(':', at)
    if (colon < 0) break
    const id = bytes.subarray(at, colon).toString()
    if (bytes[colon + 1] === 'T'.charCodeAt(0)) {
      const comma = bytes.indexOf(',', colon)
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16)
      rows.set(id, bytes.subarray(comma + 1, comma + 1 + length).toString())
      at = comma + 1 + length
    } else {
      const end = bytes.indexOf('\n', colon)
      rows.set(id, bytes.subarray(colon + 1, end < 0 ? bytes.length : end).toString())
      at = end < 0 ? bytes.length : end + 1
    }
  }
  return rows
}

const parse = (row: string): Json | undefined => {
  try {
    return JSON.parse(row) as Json
  } catch {
    return undefined // Import (`I[…]`), hint (`HL[…]`) and text rows.
  }
}

/** Row ids a value refers to (`"$L1a"`, `"$1a"`). */
function references(value: Json, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^\$L?([0-9a-f]+)$/.exec(value)
    if (match) found.add(match[1])
  } else if (Array.isArray(value)) {
    for (const item of value) references(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) references(item, found)
  }
  return found
}

/** Replaces every `notFound` value with null; returns the removed values. */
function takeNotFound(value: Json, taken: Json[]): Json {
  if (Array.isArray(value)) return value.map((item) => takeNotFound(item, taken))
  if (!value || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key !== 'notFound' || item === '$undefined') return [key, takeNotFound(item, taken)]
      taken.push(item)
      return [key, null]
    })
  )
}

export interface SplitPage {
  /** The page's markup outside scripts, plus its payload without the not-found boundaries. */
  rest: string
  boundaries: number
  /** Bytes of payload the boundaries take (their props and the rows only they reach). */
  boundaryBytes: number
}

export function setAsideNotFoundBoundaries(html: string): SplitPage {
  const rows = flightRows(flightPayload(html))
  const taken: Json[] = []
  const kept = new Map<string, string>()
  for (const [id, row] of rows) {
    const value = parse(row)
    kept.set(id, value === undefined ? row : JSON.stringify(takeNotFound(value, taken)))
  }
  // Rows reached from the boundaries only.
  const fromBoundaries = new Set<string>()
  const pending = [...references(taken)]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const row = rows.get(id)
    if (fromBoundaries.has(id) || row === undefined) continue
    fromBoundaries.add(id)
    const value = parse(row)
    if (value !== undefined) pending.push(...references(value))
  }
  const reachedFromPage = references([...kept].filter(([id]) => !fromBoundaries.has(id)).map(([, row]) => parse(row) ?? null))
  const boundaryRows = [...fromBoundaries].filter((id) => !reachedFromPage.has(id))
  for (const id of boundaryRows) kept.delete(id)
  const boundaryBytes =
    taken.reduce<number>((sum, value) => sum + Buffer.byteLength(JSON.stringify(value)), 0) +
    boundaryRows.reduce((sum, id) => sum + Buffer.byteLength(required(rows.get(id), `flight row ${id}`)), 0)
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  return { rest: [markup, ...kept.values()].join('\n'), boundaries: taken.length, boundaryBytes }
}
