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
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"'
}

/** Normalise one cluster; the empty string drops it. */
function normalizeCluster(cluster: string): string {
  const quote = quoteVariants[cluster]
  if (quote) return quote
  const folded = cluster.normalize('NFKC').toUpperCase().toLowerCase()
  if (separator.test(folded)) return ' '
  return folded.replace(arabicDiacritics, '')
}

/**
 * Reusable output of `normalizeInto`: code units of the normalised text and,
 * for each, the span of the original it comes from. Grows as needed.
 */
export class NormalizedBuffer {
  codes: Uint16Array
  starts: Int32Array
  ends: Int32Array
  length = 0

  constructor(capacity = 1024) {
    this.codes = new Uint16Array(capacity)
    this.starts = new Int32Array(capacity)
    this.ends = new Int32Array(capacity)
  }

  ensure(capacity: number) {
    if (capacity <= this.codes.length) return
    const size = Math.max(capacity, this.codes.length * 2)
    this.codes = grow(this.codes, new Uint16Array(size))
    this.starts = grow(this.starts, new Int32Array(size))
    this.ends = grow(this.ends, new Int32Array(size))
  }
}

/** Normalises `original` into `buffer` (replacing what it held); allocates only for unusual characters. */
export function normalizeInto(original: string, buffer: NormalizedBuffer): void {
  const length = original.length
  buffer.ensure(length + 8)
  let { codes, starts, ends } = buffer
  let size = 0
  let index = 0
  // Dropped clusters before any kept one belong to the first kept one.
  let leadingStart = -1
  while (index < length) {
    const start = index
    const code = original.charCodeAt(index)
    // The fast path: an ASCII character on its own (not a base for combining marks, as in "e\u0301").
    if (code < 0x80 && !(original.charCodeAt(index + 1) >= 0x300 && isCombiningMark(original, index + 1))) {
      index++
      const folded = asciiFold[code]
      if (folded === 32 && size > 0 && codes[size - 1] === 32) {
        ends[size - 1] = index
        continue
      }
      codes[size] = folded
      starts[size] = size === 0 && leadingStart !== -1 ? leadingStart : start
      ends[size] = index
      size++
      continue
    }
    index += isHighSurrogate(code) ? 2 : 1
    while (index < length && original.charCodeAt(index) >= 0x300 && isCombiningMark(original, index)) {
      index += isHighSurrogate(original.charCodeAt(index)) ? 2 : 1
    }
    const normalized = index - start === 1 && isStableCjk(code) ? original[start] : normalizeCluster(original.slice(start, index))
    if (normalized === '' || (normalized === ' ' && size > 0 && codes[size - 1] === 32)) {
      // A dropped cluster (an Arabic diacritic on its own) or a repeated separator
      // belongs to what precedes it.
      if (size > 0) ends[size - 1] = index
      else if (leadingStart === -1) leadingStart = start
      continue
    }
    // A cluster may expand (ﬁ → fi, ﷺ → 18 letters): keep room for it and for the rest of the text,
    // which the ASCII path above writes one unit per character without checking.
    if (size + normalized.length + (length - index) > codes.length) {
      buffer.ensure(size + normalized.length + (length - index) + 8)
      ;({ codes, starts, ends } = buffer)
    }
    for (let unit = 0; unit < normalized.length; unit++) {
      codes[size] = normalized.charCodeAt(unit)
      starts[size] = size === 0 && leadingStart !== -1 ? leadingStart : start
      ends[size] = index
      size++
    }
  }
  buffer.length = size
}

/** The normalised text as a string, with its map back to the original (for patterns and tests). */
export function normalizeText(original: string): NormalizedText {
  const buffer = new NormalizedBuffer(original.length + 8)
  normalizeInto(original, buffer)
  const { length } = buffer
  let text = ''
  for (let index = 0; index < length; index += 4096) {
    text += String.fromCharCode(...buffer.codes.subarray(index, Math.min(length, index + 4096)))
  }
  return { text, starts: buffer.starts.slice(0, length), ends: buffer.ends.slice(0, length) }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

const asciiFold = Uint16Array.from({ length: 0x80 }, (_, code) => normalizeCluster(String.fromCharCode(code)).charCodeAt(0))

/** Han ideographs and kana are unchanged by NFKC and case folding. */
function isStableCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa)
}

function isCombiningMark(text: string, index: number): boolean {
  return combiningMark.test(String.fromCodePoint(text.codePointAt(index) ?? 0))
}

function grow<T extends Uint16Array | Int32Array>(array: T, bigger: T): T {
  bigger.set(array)
  return bigger
}

/** Normalise a pattern the same way as text, without leading or trailing spaces. */
export function normalizePattern(form: string): string {
  return normalizeText(form).text.trim()
}
