// The Nu HTML Checker (vnu-jar, needs Java) over the prerendered pages of a build.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFilesIn(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : []
  )
}

export interface HtmlError {
  url: string
  message: string
}

/** Every error the checker finds in `files` (warnings are left out). */
export function htmlErrors(files: string[]): HtmlError[] {
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar')
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.error) throw new Error(`The Nu HTML Checker needs Java 11 or later on the PATH: ${result.error.message}`)
  return (JSON.parse(result.stderr || '{"messages":[]}') as { messages: HtmlError[] }).messages
}
