/**
 * The one content loader: reads a content folder (see content/README.md),
 * validates everything, and either returns the whole publication's content
 * or throws a `ContentError` listing every problem. Nothing is half-published.
 */
import path from 'node:path'
import { defaultLocale } from '@/lib/i18n/locales'
import { checkMatchForms, checkReferences } from './cross-checks'
import { loadEssay } from './essays'
import { listFolders } from './files'
import { ContentError, type ContentProblem } from './problems'
import { loadSubjects, subjectsFile } from './subjects'
import { loadTerm } from './terms'
import type { Content, Essay, Term } from './types'

export type * from './types'

/**
 * Loads and validates the content folder.
 * @param contentDir absolute path of the content folder
 * @param projectDir paths in messages are relative to this (default: the parent of `contentDir`)
 */
export function loadContent(contentDir: string, projectDir = path.dirname(contentDir)): Content {
  const problems: ContentProblem[] = []
  const report = (problem: ContentProblem) => problems.push(problem)
  const relative = (absolute: string) => path.relative(projectDir, absolute).split(path.sep).join('/')
  const folder = (name: string) => path.join(contentDir, name)

  const essays = new Map<string, Essay>()
  for (const slug of listFolders(folder('essays'), relative, report)) {
    const essay = loadEssay(path.join(folder('essays'), slug), slug, relative, report)
    if (essay) essays.set(slug, essay)
  }
  const terms = new Map<string, Term>()
  const drafts = new Map<string, Term>()
  for (const id of listFolders(folder('glossary'), relative, report)) {
    const term = loadTerm(path.join(folder('glossary'), id), id, relative, report)
    if (term) (term.entries[defaultLocale]?.draft ? drafts : terms).set(id, term)
  }
  const subjects = loadSubjects(folder(subjectsFile), relative(folder(subjectsFile)), report)

  checkReferences(terms, subjects, relative(folder(subjectsFile)), report)
  checkMatchForms(terms, report)

  if (problems.length > 0) throw new ContentError(problems)
  return { essays, terms, drafts, subjects }
}
