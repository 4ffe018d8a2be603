/** Reading the content folder: its folders, locale files and YAML files, with author-facing problems. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import { isLocale, type Locale, locales } from '@/lib/i18n/locales'
import type { ContentProblem } from './problems'

export type Report = (problem: ContentProblem) => void
/** Turns an absolute path into the project-relative one used in messages. */
export type Relative = (absolute: string) => string

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Sub-folders of `dir` (each an essay or a term), reporting stray files and names that are not kebab-case. */
export function listFolders(dir: string, relative: Relative, report: Report): string[] {
  if (!existsSync(dir)) return []
  const names: string[] = []
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'README.md') continue
    const full = path.join(dir, name)
    if (!statSync(full).isDirectory()) {
      report({ file: relative(full), message: `is not a folder: put files in ${relative(dir)}/<name>/<locale>.md` })
    } else if (!kebabCase.test(name)) {
      report({ file: relative(full), message: `folder name "${name}" is not lowercase kebab-case: rename it to "${suggestKebab(name)}"` })
    } else {
      names.push(name)
    }
  }
  return names
}

/** The locales of a folder's `<locale>.md` files, reporting any other file that is not in `allowed`. */
export function listLocaleFiles(dir: string, relative: Relative, report: Report, allowed: string[] = []): Locale[] {
  const found: Locale[] = []
  for (const name of readdirSync(dir).sort()) {
    if (allowed.includes(name) || name.startsWith('.')) continue
    const locale = name.replace(/\.md$/, '')
    const file = relative(path.join(dir, name))
    if (!name.endsWith('.md')) {
      report({ file, message: `unexpected file: only <locale>.md files${allowed.length ? ` and ${allowed.join(', ')}` : ''} belong here` })
    } else if (!isLocale(locale)) {
      report({
        file,
        message: `"${locale}" is not a configured locale (${locales.join(', ')}): rename the file or add the locale to lib/i18n/locales.ts`
      })
    } else {
      found.push(locale)
    }
  }
  return found
}

export interface ParsedYaml {
  document: Document
  lines: LineCounter
}

/** A parsed YAML file with its line counter, or undefined (reported) when it does not parse. */
export function readYaml(absolute: string, file: string, report: Report): ParsedYaml | undefined {
  const lines = new LineCounter()
  const document = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter: lines, uniqueKeys: false })
  const [error] = document.errors
  if (error) {
    const line = error.linePos?.[0].line
    report({ file, line, message: `invalid YAML (${error.message.split('\n')[0]}): fix the syntax` })
    return undefined
  }
  return { document, lines }
}

export interface YamlMapping {
  data: Record<string, unknown>
  /** Line of a top-level key, for messages. */
  lineOf: (key: string) => number | undefined
}

/**
 * The plain data of a YAML mapping, reporting a file that holds something
 * else (`expected` says what it should hold) and keys written twice.
 */
export function yamlMapping(parsed: ParsedYaml, file: string, report: Report, expected: string): YamlMapping | undefined {
  const { document, lines } = parsed
  if (!isMap(document.contents)) {
    report({ file, message: `must be a YAML mapping: ${expected}` })
    return undefined
  }
  const keyLines = new Map<string, number>()
  for (const item of document.contents.items) {
    const key = String(isScalar(item.key) ? item.key.value : item.key)
    const line = isScalar(item.key) && item.key.range ? lines.linePos(item.key.range[0]).line : undefined
    const earlier = keyLines.get(key)
    if (earlier !== undefined) report({ file, line, message: `"${key}" is written twice (lines ${earlier} and ${line}): keep one` })
    else if (line !== undefined) keyLines.set(key, line)
  }
  return { data: document.toJS() as Record<string, unknown>, lineOf: (key) => keyLines.get(key) }
}

export function suggestKebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
}
