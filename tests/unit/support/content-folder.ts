import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import { loadContent } from '@/lib/content/load-content'
import type { Content } from '@/lib/content/types'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/**
 * A content folder in a temporary project (`<project>/site/`), removed after
 * the test: `files` maps paths inside the content folder to their text (or
 * bytes); null leaves a file out.
 */
export function contentFolder(files: Record<string, string | Buffer | null>): { project: string; contentDir: string } {
  const project = mkdtempSync(path.join(tmpdir(), 'content-'))
  folders.push(project)
  const contentDir = path.join(project, 'site')
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue
    mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true })
    writeFileSync(path.join(contentDir, file), text)
  }
  return { project, contentDir }
}

export function loadFolder(files: Record<string, string | Buffer | null>): Content {
  const { project, contentDir } = contentFolder(files)
  return loadContent(contentDir, project)
}

/** Front matter and a body, as an essay or entry file. */
export function markdown(frontMatter: Record<string, unknown>, body = 'Text.'): string {
  return `---\n${Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`
}
