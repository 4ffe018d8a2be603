/**
 * How pages and route handlers reach the responses (lib/responses): the
 * process's database, the service with the publication's facts about its
 * essays, and the essay pages to refresh when what they show has changed.
 */

import { revalidatePath } from 'next/cache'
import { type Locale, locales } from '@/lib/i18n/locales'
import { blockElements, blockText } from '@/lib/render/blocks'
import { arrangeResponses } from '@/lib/responses/arrangement'
import { sharedDatabase } from '@/lib/responses/database'
import type { Policy } from '@/lib/responses/schema'
import { defaultRateLimits, type EssayFacts, responseService } from '@/lib/responses/service'
import { type ResponseRow, type ResponseStore, responseStore } from '@/lib/responses/store'
import { responsesOrigin } from '@/lib/site/cross-origin.mjs'
import { allResponsesFeedPath, cardsPath, essayPath, responsesFeedPath } from '@/lib/site/paths.mjs'
import { essayVersion } from '@/lib/translations/block-hashes'
import { getPublication } from './publication'

/**
 * `npm run export` writes pages that show the responses published when they
 * were built and take none, unless RESPONSES_ORIGIN names the server that takes them.
 */
export const responsesReadOnly = Boolean(process.env.STATIC_EXPORT) && !responsesOrigin

/** Whether an essay without a `comments:` key takes responses (RESPONSES_DEFAULT=on). */
const acceptsByDefault = process.env.RESPONSES_DEFAULT === 'on'

export const defaultPolicy: Policy = 'hold-first'

export function essayFacts(): EssayFacts {
  const publication = getPublication()
  return {
    accepts: (slug) => {
      const essay = publication.essay(slug)
      return essay && (essay.source.comments ?? acceptsByDefault)
    },
    sourceBlocks: (slug) => essayVersion(publication.essay(slug)?.source ?? missing(slug)).blocks.map((block) => block.hash),
    pairing: (slug, locale) => publication.blockPairing(slug, locale),
    blockText: (slug, locale, block) => {
      const element = blockElements(publication.essayText(slug, locale).rendered.tree)[block]
      return element && blockText(element)
    }
  }
}

function missing(slug: string): never {
  throw new Error(`no essay "${slug}"`)
}

export async function responses() {
  const store = responseStore(await sharedDatabase())
  const rates = process.env.RESPONSES_RATE_PER_WRITER
    ? {
        ...defaultRateLimits,
        perWriter: Number(process.env.RESPONSES_RATE_PER_WRITER),
        perAddress: Number(process.env.RESPONSES_RATE_PER_WRITER) * 4
      }
    : defaultRateLimits
  return { store, service: responseService({ store, facts: essayFacts(), defaultPolicy, rates }) }
}

/**
 * An essay's published responses for its page, oldest first; undefined when
 * the database cannot be reached (the page then says so, and stays up).
 */
export function publishedResponses(slug: string): Promise<ResponseRow[] | undefined> {
  return readOr(undefined, `Responses of "${slug}"`, (store) => store.responsesOf(slug, ['published', 'deleted']))
}

/** What a page reads of the store, or `fallback` when the database cannot be reached: the page says so and stays up. */
async function readOr<Value, Fallback>(fallback: Fallback, what: string, read: (store: ResponseStore) => Promise<Value>) {
  try {
    return await read(responseStore(await sharedDatabase()))
  } catch (error) {
    console.error(`${what} could not be read: ${error instanceof Error ? error.message : error}`)
    return fallback
  }
}

/** After a response is published, changed or withdrawn: every locale's page of the essay is rendered again on its next request. */
export function refreshEssay(slug: string): void {
  for (const locale of locales) {
    revalidatePath(essayPath(locale, slug))
    revalidatePath(cardsPath(locale, slug))
  }
  revalidatePath(responsesFeedPath(slug))
  revalidatePath(allResponsesFeedPath)
}

/**
 * What an essay's page in `pageLocale` shows of its responses: undefined when
 * the essay takes none; `arrangement` undefined when the database cannot be
 * read; the rendered texts, for the page's cards.
 */
export async function essayResponses(slug: string, pageLocale: Locale) {
  const facts = essayFacts()
  if (!facts.accepts(slug)) return undefined
  const rows = await publishedResponses(slug)
  const pairing = getPublication().blockPairing(slug, pageLocale)
  const arrangement = rows && arrangeResponses(rows, facts.sourceBlocks(slug), pairing.textBlockOf)
  const texts = (rows ?? [])
    .filter((row) => row.status === 'published')
    .map((row) => getPublication().responseText(row.body, row.locale as Locale, pageLocale, responseIdPrefix(row.id)))
  const settings = rows ? await responseStore(await sharedDatabase()).settingsFor(slug, defaultPolicy) : undefined
  return { arrangement, texts, closed: settings?.closed ?? false }
}

/** The prefix of the ids in a response's text (its annotations), and of its element's id. */
export const responseIdPrefix = (id: string) => `response-${id}-`

/** The publication's latest published responses, newest first (its feed); none when the database cannot be read. */
export function latestResponses(limit: number): Promise<ResponseRow[]> {
  return readOr([], 'Responses', (store) => store.latestPublished(limit))
}
