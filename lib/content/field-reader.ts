import { isKanaOnly } from '@/lib/i18n/kana'
import type { ContentProblem } from './problems'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Reads typed fields from front matter or YAML, reporting missing keys and wrong types. */
export class FieldReader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly file: string,
    private readonly report: (problem: ContentProblem) => void
  ) {}

  has(key: string): boolean {
    return this.data[key] !== undefined && this.data[key] !== null
  }

  requiredString(key: string, what: string): string | undefined {
    const value = this.data[key]
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      this.report({ file: this.file, message: `missing "${key}": add ${key}: <${what}>` })
      return undefined
    }
    return this.string(key, value)
  }

  optionalString(key: string): string | undefined {
    const value = this.data[key]
    return value === undefined || value === null ? undefined : this.string(key, value)
  }

  optionalBoolean(key: string): boolean | undefined {
    const value = this.data[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value
    this.report({ file: this.file, message: `${key}: must be true or false, not ${JSON.stringify(value)}` })
    return undefined
  }

  optionalDate(key: string): string | undefined {
    const value = this.data[key]
    if (value === undefined || value === null) return undefined
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value)
    if (!isoDate.test(text) || Number.isNaN(Date.parse(text))) {
      this.report({ file: this.file, message: `${key}: "${text}" is not a date: write it as YYYY-MM-DD` })
      return undefined
    }
    return text
  }

  /** A reading in kana (hiragana or katakana), as Japanese furigana are written. */
  optionalKana(key: string): string | undefined {
    const value = this.optionalString(key)
    if (value === undefined || isKanaOnly(value)) return value
    this.report({
      file: this.file,
      message: `${key}: "${value}" is not kana: write the reading in hiragana or katakana alone, without kanji, Latin letters or spaces (e.g. ${key}: かんじ for 漢字)`
    })
    return undefined
  }

  stringList(key: string): string[] | undefined {
    const value = this.data[key]
    if (value === undefined || value === null) return undefined
    const list = typeof value === 'string' ? [value] : value
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' || typeof item === 'number')) {
      this.report({ file: this.file, message: `${key}: must be a list of strings, e.g. ${key}: [first, second]` })
      return undefined
    }
    return list.map((item) => String(item).trim())
  }

  private string(key: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value.trim()
    if (typeof value === 'number') return String(value)
    this.report({ file: this.file, message: `${key}: must be text, not ${Array.isArray(value) ? 'a list' : typeof value}` })
    return undefined
  }
}
