/** What an import hands back: the files to write, or every reason it refuses (then nothing is written). */

export interface FileWrite {
  /** Project-relative, as content paths are. */
  file: string
  text: string
  /** What was written, for the command's output. */
  summary: string
}

/** Thrown with every reason a document cannot be imported, one line each; nothing has been written. */
export class ImportRefused extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Nothing was imported:\n${problems.join('\n')}`)
    this.name = 'ImportRefused'
  }
}
