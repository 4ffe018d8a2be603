import { VFile } from 'vfile'
import { matter } from 'vfile-matter'
import { YAMLParseError } from 'yaml'
import type { ContentProblem } from './problems'

export interface ParsedMarkdown {
  data: Record<string, unknown>
  body: string
}

/**
 * Splits a Markdown file into its YAML front matter and body. Problems (no
 * text, binary data, invalid YAML) are reported, not thrown.
 */
export function parseFrontMatter(
  raw: Buffer,
  file: string,
  report: (problem: ContentProblem) => void
): ParsedMarkdown | undefined {
  if (raw.includes(0) || !isUtf8(raw)) {
    report({ file, message: 'is not UTF-8 text (binary data?): save it as UTF-8 Markdown' })
    return undefined
  }
  const text = raw.toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') {
    report({ file, message: 'is empty: add YAML front matter between --- lines, then the text' })
    return undefined
  }
  const vfile = new VFile({ value: text, path: file })
  try {
    matter(vfile, { strip: true })
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? error.linePos[0].line + 1 : undefined
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    report({ file, line, message: `invalid YAML front matter (${reason}): fix the syntax between the --- lines` })
    return undefined
  }
  const data = vfile.data.matter
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report({ file, line: 1, message: 'front matter must be a YAML mapping of key: value lines' })
    return undefined
  }
  return { data: data as Record<string, unknown>, body: String(vfile.value) }
}

function isUtf8(buffer: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer)
    return true
  } catch {
    return false
  }
}
