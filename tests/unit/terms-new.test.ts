import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content/load-content'
import { draftEntry } from '@/lib/terms/draft-entry'
import { TermsError } from '@/lib/terms/terms-error'
import { contentFolder, markdown } from './support/content-folder'

const essayText = 'Their cash burn doubled. Dry powder is what a fund has not invested yet.\n\nThe fund kept its dry powder for later.'

function folder() {
  return contentFolder({
    'essays/an-essay/en.md': markdown({ title: 'An essay' }, essayText),
    'glossary/cash-burn/en.md': markdown({ term: 'Cash burn', summary: 'Spending beyond income.', match: ['cash burn'] })
  })
}

describe('terms new', () => {
  it('drafts an entry with the forms, an empty summary, draft: true and the sentences they occur in', () => {
    const { project, contentDir } = folder()
    const entry = draftEntry(loadContent(contentDir, project), { id: 'dry-powder', slug: 'an-essay', forms: ['dry powder'] })
    expect(entry.file).toBe('glossary/dry-powder/en.md')
    expect(entry.text).toBe(
      [
        '---',
        'term: "dry powder"',
        'match: ["dry powder"]',
        'summary: ""',
        'draft: true',
        '---',
        '',
        '<!--',
        'Where it occurs (remove this comment once the entry is written):',
        '- site/essays/an-essay/en.md: Dry powder is what a fund has not invested yet.',
        '- site/essays/an-essay/en.md: The fund kept its dry powder for later.',
        '-->',
        ''
      ].join('\n')
    )
  })

  it('refuses a form that belongs to another term, naming it', () => {
    const { project, contentDir } = folder()
    expect(() => draftEntry(loadContent(contentDir, project), { id: 'burn', slug: 'an-essay', forms: ['Cash burns'] })).toThrow(
      new TermsError('form "Cash burns" already belongs to term cash-burn (site/glossary/cash-burn/en.md): add to that term instead')
    )
  })

  it('refuses an id that exists, a form the essay does not contain, and an id that is not kebab-case', () => {
    const { project, contentDir } = folder()
    const content = loadContent(contentDir, project)
    expect(() => draftEntry(content, { id: 'cash-burn', slug: 'an-essay', forms: ['burn'] })).toThrow(
      new TermsError('term id "cash-burn" already exists: site/glossary/cash-burn/en.md')
    )
    expect(() => draftEntry(content, { id: 'wet-powder', slug: 'an-essay', forms: ['wet powder'] })).toThrow(
      new TermsError('"wet powder" does not occur in site/essays/an-essay/en.md: give a form as it is written there')
    )
    expect(() => draftEntry(content, { id: 'Dry Powder', slug: 'an-essay', forms: ['dry powder'] })).toThrow(
      new TermsError('term id "Dry Powder" is not lowercase kebab-case: use "dry-powder"')
    )
  })

  it('the command writes the draft, which loads as a draft, and refuses an existing form with exit code 1', () => {
    const { project, contentDir } = folder()
    const run = (...args: string[]) => {
      try {
        return {
          status: 0,
          output: execFileSync(tsx, ['--tsconfig', path.join(root, 'tsconfig.json'), script, ...args], {
            cwd: project,
            env: { ...process.env, CONTENT_DIR: contentDir },
            encoding: 'utf8',
            stdio: 'pipe'
          })
        }
      } catch (error) {
        const failed = error as { status: number; stderr: string }
        return { status: failed.status, output: failed.stderr }
      }
    }
    expect(run('new', 'dry-powder', '--from', 'an-essay', 'dry powder')).toEqual({
      status: 0,
      output: 'wrote site/glossary/dry-powder/en.md (draft: write its summary, then remove draft: true to publish it)\n'
    })
    expect(loadContent(contentDir, project).drafts.has('dry-powder')).toBe(true)
    expect(readFileSync(path.join(contentDir, 'glossary/dry-powder/en.md'), 'utf8')).toContain('draft: true')
    expect(run('new', 'powder', '--from', 'an-essay', 'dry powder')).toEqual({
      status: 1,
      output: 'form "dry powder" already belongs to term dry-powder (site/glossary/dry-powder/en.md): add to that term instead\n'
    })
    expect(existsSync(path.join(contentDir, 'glossary/powder'))).toBe(false)
    expect(run('suggest', 'no-such-essay')).toEqual({ status: 1, output: 'no essay "no-such-essay": the essays are an-essay\n' })
  })
})

const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const script = path.join(root, 'scripts/terms.ts')
