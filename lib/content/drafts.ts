/** Draft terms: loaded and checked like any other, never published, and listed until they are finished. */
import { defaultLocale } from '@/lib/i18n/locales'
import type { ContentProblem } from './problems'
import type { Content } from './types'

/** One warning per draft term, naming the file that holds `draft: true` and what publishing it takes. */
export function draftWarnings(content: Content): ContentProblem[] {
  return [...content.drafts.values()].map((term) => {
    const entry = term.entries[defaultLocale]
    const missing = entry?.summary.trim() ? '' : 'write its summary, then '
    return { file: entry?.file ?? term.folder, message: `${term.id} is a draft and is not published: ${missing}remove draft: true to publish it` }
  })
}
