/**
 * The front-matter fields a reader sees, in the order a translator meets
 * them: translations translate them, stamps cover them, and the XLIFF and TBX
 * exports carry them. Other keys (dates, categories, match forms, sort keys)
 * are not prose to translate.
 */
import type { EssayFile, TermEntry } from './types'

export const essayFields = ['title', 'description'] as const satisfies readonly (keyof EssayFile)[]
export const entryFields = ['term', 'summary', 'literal', 'meaning'] as const satisfies readonly (keyof TermEntry)[]

/**
 * The fields every file must have (the loader refuses one without them): a
 * new translation must translate these, and may leave the others out.
 */
export const requiredFields: ReadonlySet<string> = new Set<(typeof essayFields)[number] | (typeof entryFields)[number]>([
  'title',
  'term',
  'summary'
])
