/**
 * A new glossary term drafted from a candidate: the default locale's entry
 * with its forms, an empty summary and `draft: true`, and the sentences of
 * the publication's essays where the forms occur, as a comment for the
 * author. Refused when the id or a form already belongs to a term.
 */
import path from 'node:path'
import { kebabCase, suggestKebab } from '@/lib/content/files'
import type { Content } from '@/lib/content/types'
import { defaultLocale, localeInfo } from '@/lib/i18n/locales'
import { glossaryMatch } from './glossary-match'
import { essayFile, termFile, termForms } from './publication-text'
import { TermsError } from './terms-error'
import { textBlocks } from './text-blocks'

export interface DraftRequest {
  id: string
  /** The essay the forms were found in: they must occur in it. */
  slug: string
  forms: readonly string[]
}

export interface DraftEntry {
  /** Path of the entry inside the content folder, e.g. `glossary/cash-burn/en.md`. */
  file: string
  text: string
}

export function draftEntry(content: Content, { id, slug, forms }: DraftRequest): DraftEntry {
  if (!kebabCase.test(id)) throw new TermsError(`term id "${id}" is not lowercase kebab-case: use "${suggestKebab(id)}"`)
  if (content.terms.has(id) || content.drafts.has(id)) throw new TermsError(`term id "${id}" already exists: ${termFile(content, id)}`)
  if (forms.length === 0) throw new TermsError(`give the term's forms as they occur in ${slug}, e.g. new ${id} --from ${slug} "<form>"`)
  const source = essayFile(content, slug, defaultLocale)
  const glossary = glossaryMatch(termForms(content, defaultLocale), defaultLocale)
  for (const form of forms) {
    const owner = glossary.termOf(form)
    if (owner)
      throw new TermsError(`form "${form}" already belongs to term ${owner} (${termFile(content, owner)}): add to that term instead`)
  }
  const occurrence = (list: readonly string[]) => {
    const match = glossaryMatch([{ id, forms: list }], defaultLocale)
    return (text: string) => match.uses([{ text, links: [], emphasis: [] }]).size > 0
  }
  const missing = forms.find((form) => sentencesWith(source.body, occurrence([form])).length === 0)
  if (missing) throw new TermsError(`"${missing}" does not occur in ${source.file}: give a form as it is written there`)
  const occurs = occurrence(forms)

  const places = [...content.essays.values()].flatMap((essay) => {
    const file = essay.files[defaultLocale]
    return file ? sentencesWith(file.body, occurs).map((sentence) => `- ${file.file}: ${sentence}`) : []
  })
  const frontMatter = [
    `term: ${JSON.stringify(forms[0])}`,
    `match: [${forms.map((form) => JSON.stringify(form)).join(', ')}]`,
    'summary: ""',
    'draft: true'
  ]
  const comment = ['Where it occurs (remove this comment once the entry is written):', ...places].map((line) =>
    line.replaceAll('--', '\u2013')
  )
  return {
    file: path.posix.join('glossary', id, `${defaultLocale}.md`),
    text: `---\n${frontMatter.join('\n')}\n---\n\n<!--\n${comment.join('\n')}\n-->\n`
  }
}

function sentencesWith(markdown: string, occurs: (text: string) => boolean): string[] {
  const segmenter = new Intl.Segmenter(localeInfo[defaultLocale].lang, { granularity: 'sentence' })
  return textBlocks(markdown).flatMap((block) =>
    [...segmenter.segment(block.text)].map((sentence) => sentence.segment.trim().replace(/\s+/gu, ' ')).filter(occurs)
  )
}
