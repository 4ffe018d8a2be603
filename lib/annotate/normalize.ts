/**
 * Text normalisation for matching, with a map back to the original offsets so
 * that annotations wrap the untouched text.
 *
 * Each grapheme-like cluster (a code point plus the combining marks after it)
 * is normalised on its own: NFKC (full-width and compatibility forms), case
 * folding, one apostrophe and one double quote for all quote styles, Arabic
 * diacritics and tatweel dropped, and any run of spaces, line breaks,
 * hyphens and dashes collapsed to a single space.
 */

export interface NormalizedText {
  /** The normalised text that patterns are matched against. */
  text: string
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  starts: Int32Array
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  ends: Int32Array
}

const separator = /^[\s\u00AD\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+$/u
const combiningMark = /\p{M}/u
const arabicDiacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu
const quoteVariants: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"'
}

/** Normalise one cluster; the empty string drops it. */
function normalizeCluster(cluster: string): string {
  const quote = quoteVariants[cluster]
  if (quote) return quote
  const folded = cluster.normalize('NFKC').toUpperCase().toLowerCase()
  if (separator.test(folded)) return ' '
  return folded.replace(arabicDiacritics, '')
}

export function normalizeText(original: string): NormalizedText {
  const length = original.length
  let out = ''
  let starts = new Int32Array(length + 8)
  let ends = new Int32Array(length + 8)
  let size = 0
  let index = 0
  // Dropped clusters before any kept one belong to the first kept one.
  let leadingStart = -1
  while (index < length) {
    const start = index
    const code = original.charCodeAt(index)
    let normalized: string
    if (code < 0x80) {
      index++
      normalized = asciiTable[code]
    } else {
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1
      while (index < length && original.charCodeAt(index) >= 0x300 && isCombiningMark(original, index)) {
        index += original.charCodeAt(index) >= 0xd800 && original.charCodeAt(index) <= 0xdbff ? 2 : 1
      }
      normalized = index - start === 1 && isStableCjk(code) ? original[start] : normalizeCluster(original.slice(start, index))
    }
    if (normalized === '' || (normalized === ' ' && size > 0 && out.charCodeAt(size - 1) === 32)) {
      // A dropped cluster (an Arabic diacritic on its own) or a repeated separator
      // belongs to what precedes it.
      if (size > 0) ends[size - 1] = index
      else if (leadingStart === -1) leadingStart = start
      continue
    }
    if (size + normalized.length > starts.length) {
      starts = grow(starts, size + normalized.length)
      ends = grow(ends, size + normalized.length)
    }
    for (let unit = 0; unit < normalized.length; unit++) {
      starts[size] = size === 0 && leadingStart !== -1 ? leadingStart : start
      ends[size] = index
      size++
    }
    out += normalized
  }
  return { text: out, starts: starts.subarray(0, size), ends: ends.subarray(0, size) }
}

const asciiTable: string[] = Array.from({ length: 0x80 }, (_, code) => normalizeCluster(String.fromCharCode(code)))

/** Han ideographs and kana are unchanged by NFKC and case folding. */
function isStableCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa)
}

function isCombiningMark(text: string, index: number): boolean {
  return combiningMark.test(String.fromCodePoint(text.codePointAt(index)!))
}

function grow(array: Int32Array<ArrayBuffer>, minimum: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(minimum, array.length * 2))
  bigger.set(array)
  return bigger
}

/** Normalise a pattern the same way as text, without leading or trailing spaces. */
export function normalizePattern(form: string): string {
  return normalizeText(form).text.trim()
}
