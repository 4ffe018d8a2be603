/**
 * The `sourceBlocks` stamp of a translation, as written by
 * `npm run translations -- stamp`: one quoted string, the source's fields by
 * name, then its blocks (`sourceBlocks: "title:1a2b3c4d 37ebb4c7 2a36eeaa …"`).
 * This module owns the format, both ways.
 */
import type { FieldReader } from './field-reader'
import type { Report } from './files'
import type { Stamp } from './types'

export const stampKey = 'sourceBlocks'

const entry = /^(?:([a-z][a-zA-Z]*):)?([0-9a-f]{8})$/

/** The stamp as its front-matter value. */
export function formatStamp(stamp: Stamp): string {
  return [...Object.entries(stamp.fields).map(([name, hash]) => `${name}:${hash}`), ...stamp.blocks].join(' ')
}

/**
 * The stamp of a file, reporting one that is malformed, that names a field the
 * file does not have (`fieldNames`), or that sits on a file which is no translation.
 */
export function readStamp(
  fields: FieldReader,
  file: string,
  report: Report,
  isTranslation: boolean,
  fieldNames: readonly string[]
): Stamp | undefined {
  const tokens = fields.optionalString(stampKey)?.split(/\s+/).filter(Boolean)
  if (tokens === undefined) return undefined
  if (!isTranslation) {
    report({ file, message: `${stampKey}: only translations are stamped: remove the key from the source` })
    return undefined
  }
  const stamp = { fields: {} as Record<string, string>, blocks: [] as string[] }
  for (const token of tokens) {
    const [, name, hash] = entry.exec(token) ?? []
    if (hash === undefined) {
      report({ file, message: `${stampKey}: is not a stamp (8-digit hex hashes): run \`npm run translations -- stamp\` again` })
      return undefined
    }
    if (name === undefined) {
      stamp.blocks.push(hash)
    } else if (!fieldNames.includes(name)) {
      report({ file, message: `${stampKey}: "${name}" is not a field of this file (${fieldNames.join(', ')}): run \`npm run translations -- stamp\` again` })
      return undefined
    } else {
      stamp.fields[name] = hash
    }
  }
  return stamp
}
