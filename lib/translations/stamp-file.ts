/** Writing a stamp into a translation's front matter, leaving every other line as the translator wrote it. */
import { formatStamp, stampKey } from '@/lib/content/stamp-field'
import type { Stamp } from '@/lib/content/types'

/** `text` (a Markdown file with front matter) with its `sourceBlocks:` set to `stamp`. */
export function withStamp(text: string, stamp: Stamp): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  if (lines[0].replace(/^\uFEFF/, '') !== '---') throw new Error('has no front matter: it must start with a --- line')
  const end = lines.indexOf('---', 1)
  if (end < 0) throw new Error('has no end to its front matter: add a --- line after it')
  const kept: string[] = []
  for (let index = 1; index < end; index++) {
    if (!lines[index].startsWith(`${stampKey}:`)) {
      kept.push(lines[index])
      continue
    }
    // Skip a block-style list written under the key.
    while (index + 1 < end && /^\s+-/.test(lines[index + 1])) index++
  }
  // One quoted string: a hash such as 12345678 or 1e234567 would otherwise be read as a number.
  return [lines[0], ...kept, `${stampKey}: "${formatStamp(stamp)}"`, ...lines.slice(end)].join(newline)
}
