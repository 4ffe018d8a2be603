/**
 * Setting keys of a Markdown file's front matter in place: the value of each
 * key is replaced where it is written (a new key goes last), and every other
 * byte of the file stays as the author wrote it. Values are written as YAML
 * double-quoted strings (which also keeps a hash such as 12345678 a string),
 * lists as flow sequences of them (`["a", "b"]`).
 */
import { isMap, isScalar, parseDocument } from 'yaml'

/** Where the front matter's YAML is in `text`, or an error saying what is missing. */
function frontMatterOf(text: string): { yamlStart: number; yamlEnd: number; bodyStart: number } {
  const opening = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!opening) throw new Error('has no front matter: it must start with a --- line')
  const closing = /^---[ \t]*(?:\r?\n|$)/m
  const rest = text.slice(opening[0].length)
  const end = closing.exec(rest)
  if (!end) throw new Error('has no end to its front matter: add a --- line after it')
  const yamlStart = opening[0].length
  return { yamlStart, yamlEnd: yamlStart + end.index, bodyStart: yamlStart + end.index + end[0].length }
}

/** `text` with the front-matter keys in `values` set to those strings or lists of strings. */
export function withFrontMatter(text: string, values: Readonly<Record<string, string | readonly string[]>>): string {
  const { yamlStart, yamlEnd } = frontMatterOf(text)
  const yaml = text.slice(yamlStart, yamlEnd)
  const document = parseDocument(yaml, { uniqueKeys: false })
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const edits: { from: number; to: number; text: string }[] = []
  const added: string[] = []
  for (const [key, value] of Object.entries(values)) {
    const written = typeof value === 'string' ? JSON.stringify(value) : `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined
    const keyEnd = pair && isScalar(pair.key) ? pair.key.range?.[1] : undefined
    if (!pair || keyEnd === undefined) {
      added.push(`${key}: ${written}${newline}`)
      continue
    }
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range
    // From the end of the key to the end of its value: `key: old`, `key:\n  - a\n  - b` and `key:` alike become `key: "new"`.
    // A block collection's range runs on to the next key: its own lines end at its last non-blank character.
    const to =
      valueRange && valueRange[1] > keyEnd ? keyEnd + yaml.slice(keyEnd, valueRange[1]).trimEnd().length : yaml.indexOf(':', keyEnd) + 1
    edits.push({ from: keyEnd, to, text: `: ${written}` })
  }
  let edited = yaml
  for (const edit of edits.sort((a, b) => b.from - a.from)) edited = edited.slice(0, edit.from) + edit.text + edited.slice(edit.to)
  if (added.length > 0 && edited !== '' && !edited.endsWith('\n')) edited += newline
  return text.slice(0, yamlStart) + edited + added.join('') + text.slice(yamlEnd)
}
