/** A problem an author can fix: where it is, what is wrong, and how to fix it. */
export interface ContentProblem {
  /** Path relative to the project, e.g. `content/glossary/vc/en.md`. */
  file: string
  line?: number
  message: string
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`
}

/** Thrown when the content folder cannot be published; lists every problem, one per line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[]

  constructor(problems: readonly ContentProblem[]) {
    super(`The content folder has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
    this.problems = problems
  }
}
