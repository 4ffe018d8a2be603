/** A refusal of the term finder's commands: one line, naming what to fix. */
export class TermsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TermsError'
  }
}
