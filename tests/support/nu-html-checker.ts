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

/**
 * Every error the checker finds in `files` (warnings are left out). Throws
 * when there is nothing to check, or when the checker did not run to the end
 * (no Java, a crash): its JSON report is the proof that it checked.
 */
export function htmlErrors(files: string[]): HtmlError[] {
  if (files.length === 0) throw new Error('The Nu HTML Checker was given no files to check')
  const jar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar')
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.error) throw new Error(`The Nu HTML Checker needs Java 11 or later on the PATH: ${result.error.message}`)
  // Exit status 0: no errors; 1: errors, listed in the report. Anything else is a failure to check.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`The Nu HTML Checker failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`)
  let report: { messages?: HtmlError[] }
  try {
    report = JSON.parse(result.stderr)
  } catch {
    throw new Error(`The Nu HTML Checker wrote no report: ${result.stderr.slice(0, 500) || '(nothing)'}`)
  }
  if (!Array.isArray(report.messages)) throw new Error('The Nu HTML Checker report has no list of messages')
  if (result.status === 1 && report.messages.length === 0) throw new Error('The Nu HTML Checker failed without saying why')
  return report.messages
}
