import path from 'node:path'

/** The content folder: CONTENT_DIR (tests and benchmarks point it at their own), else content/ in the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'))
}
