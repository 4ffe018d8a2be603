/**
 * The `sourceBlocks` stamp of a translation, as written by
 * `npm run translations -- stamp`: the hashes of its source's blocks, in one
 * quoted string (`sourceBlocks: "37ebb4c7 2a36eeaa …"`).
 */
import type { FieldReader } from './field-reader'
import type { Report } from './files'

const blockHash = /^[0-9a-f]{8}$/

/** The stamp of a file, reporting one that is malformed or that sits on a file which is no translation. */
export function readStamp(fields: FieldReader, file: string, report: Report, isTranslation: boolean): string[] | undefined {
  const stamp = fields.optionalString('sourceBlocks')?.split(/\s+/).filter(Boolean)
  if (stamp === undefined) return undefined
  if (!isTranslation) {
    report({ file, message: 'sourceBlocks: only translations are stamped: remove the key from the source' })
    return undefined
  }
  if (!stamp.every((hash) => blockHash.test(hash))) {
    report({ file, message: 'sourceBlocks: is not a stamp (8-digit hex block hashes): run `npm run translations -- stamp` again' })
    return undefined
  }
  return stamp
}
