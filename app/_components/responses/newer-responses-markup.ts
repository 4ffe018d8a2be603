/**
 * What a static copy's page and the code that brings its responses up to date
 * (newer-responses.ts) agree on: the responses section names the server to ask
 * (RESPONSES_ORIGIN at build time), and the part of it that is replaced.
 */
import { dataAttribute } from '@/lib/annotate/markup'

export const newerResponsesFrom = dataAttribute('newer-responses-from')

/** The section's lists of responses and their choice of languages (not its form, which a reader may be filling in). */
export const responseLists = dataAttribute('response-lists')
