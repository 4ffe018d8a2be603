/**
 * What happens when a reader sends a response or a note, edits or deletes
 * their own, or flags one: the checks that need the database (the essay is
 * open, the block and the reply exist, rate limits, the same text twice),
 * the moderation policy, then one write. Framework-free: the route handlers
 * only read the request and write the answer.
 */
import type { Locale } from '@/lib/i18n/locales'
import { linkCount } from '@/lib/render/render-response'
import type { BlockPairing } from '@/lib/translations/block-pairing'
import { stillEditable } from './edit-key'
import type { Policy, ResponseStatus } from './schema'
import type { ResponseRow, ResponseStore } from './store'
import { newId } from './store'
import { cleanText, limits, Refusal, type Submission } from './submission'

/** What the responses need to know of the publication's essays. */
export interface EssayFacts {
  /** Whether the essay takes responses; undefined for an essay the publication does not have. */
  accepts(slug: string): boolean | undefined
  /** The hashes of the essay source's blocks as it is now. */
  sourceBlocks(slug: string): readonly string[]
  pairing(slug: string, locale: Locale): BlockPairing
  /** The plain text of a block of the essay's text in `locale` (its translation, or the source it falls back to). */
  blockText(slug: string, locale: Locale, block: number): string | undefined
}

export interface RateLimits {
  /** Posts per writer, and per address, within `windowMinutes`. */
  perWriter: number
  perAddress: number
  windowMinutes: number
}

export const defaultRateLimits: RateLimits = { perWriter: 5, perAddress: 20, windowMinutes: 10 }

export interface Sender {
  writer: string
  /** Salted hash of the sender's address, when known. */
  address?: string
}

export interface ServiceOptions {
  store: ResponseStore
  facts: EssayFacts
  defaultPolicy?: Policy
  rates?: RateLimits
  now?: () => Date
}

export type Received = { kind: 'response'; response: ResponseRow } | { kind: 'note' }

/** Which status a new response gets under a policy: hold-first holds a link, or a writer never published before. */
export function statusUnder(policy: Policy, { hasLink, knownWriter }: { hasLink: boolean; knownWriter: boolean }): ResponseStatus {
  if (policy === 'publish-all') return 'published'
  if (policy === 'hold-all') return 'held'
  return hasLink || !knownWriter ? 'held' : 'published'
}

export function responseService({
  store,
  facts,
  defaultPolicy = 'hold-first',
  rates = defaultRateLimits,
  now = () => new Date()
}: ServiceOptions) {
  const open = async (essay: string) => {
    const accepts = facts.accepts(essay)
    if (accepts === undefined) throw new Refusal('unknownEssay')
    const settings = await store.settingsFor(essay, defaultPolicy)
    if (!accepts || settings.closed) throw new Refusal('closed')
    return settings
  }

  /** The sender's standing, checked: not blocked, within the rate limits. Says whether they have a published response. */
  const checkSender = async (sender: Sender) => {
    const since = new Date(now().getTime() - rates.windowMinutes * 60_000).toISOString()
    const history = await store.senderHistory(sender.writer, sender.address, since)
    if (history.blocked) throw new Refusal('forbidden')
    if (history.byWriter >= rates.perWriter || history.byAddress >= rates.perAddress) throw new Refusal('tooMany')
    return history
  }

  return {
    async receive(essay: string, submission: Submission, sender: Sender): Promise<Received> {
      const { policy } = await open(essay)
      const pairing = facts.pairing(essay, submission.locale)
      const { block } = submission
      if (block !== undefined && block >= pairing.sourceBlockOf.length) throw new Refusal('unknownBlock')
      const history = await checkSender(sender)
      const createdAt = now().toISOString()

      if (submission.kind !== 'response') {
        await store.addNote({
          id: newId('n_'),
          essay,
          kind: submission.kind,
          locale: submission.locale,
          phrase: submission.phrase?.toLocaleLowerCase(submission.locale) ?? null,
          block: block ?? null,
          body: submission.text,
          writer: sender.writer,
          address: sender.address ?? null,
          created_at: createdAt
        })
        return { kind: 'note' }
      }

      let parent: ResponseRow | undefined
      if (submission.parent) {
        parent = await store.response(submission.parent)
        if (!parent || parent.essay !== essay || parent.status !== 'published') throw new Refusal('unknownParent')
      }
      if (await store.hasSameText(essay, submission.text)) throw new Refusal('sameText')

      const current = facts.sourceBlocks(essay)
      // A reply answers where its parent does; a block of the page's text becomes the source block it renders.
      const anchor = parent
        ? { block: parent.block, sourceBlocks: parent.source_blocks, quote: parent.quote }
        : blockAnchor(essay, submission.locale, block, pairing, current)
      const status = statusUnder(policy, { hasLink: linkCount(submission.text) > 0, knownWriter: history.hasPublished })
      const response = await store.addResponse({
        id: newId('r_'),
        essay,
        parent_id: parent?.id ?? null,
        block: anchor.block,
        source_blocks: anchor.sourceBlocks,
        quote: anchor.quote,
        locale: submission.locale,
        name: submission.name ?? null,
        body: submission.text,
        status,
        writer: sender.writer,
        address: sender.address ?? null,
        created_at: createdAt,
        updated_at: createdAt
      })
      return { kind: 'response', response }
    },

    /** A writer's change to their own response, within the edit window. */
    async editOwn(id: string, writer: string, changes: { text: string; name?: string }): Promise<ResponseRow> {
      await ownResponse(id, writer)
      const text = cleanText(changes.text)
      if (!text) throw new Refusal('emptyText')
      if (text.length > limits.text) throw new Refusal('tooLong')
      await store.edit(id, { body: text, name: changes.name ?? null })
      return (await store.response(id)) as ResponseRow
    },

    async deleteOwn(id: string, writer: string): Promise<ResponseRow> {
      const response = await ownResponse(id, writer)
      await store.setStatus([id], 'deleted')
      return response
    },

    async flag(id: string, writer: string): Promise<ResponseRow> {
      const response = await store.response(id)
      if (response?.status !== 'published') throw new Refusal('unknownParent')
      await store.flag(id, writer)
      return response
    }
  }

  async function ownResponse(id: string, writer: string): Promise<ResponseRow> {
    const response = await store.response(id)
    if (!response || response.status === 'deleted') throw new Refusal('unknownParent')
    if (response.writer !== writer || !stillEditable(response.created_at, now())) throw new Refusal('notEditable')
    return response
  }

  function blockAnchor(essay: string, locale: Locale, block: number | undefined, pairing: BlockPairing, current: readonly string[]) {
    const sourceBlocks = JSON.stringify(current)
    if (block === undefined) return { block: null, sourceBlocks, quote: null }
    const sourceBlock = pairing.sourceBlockOf[block]
    // A block of an outdated translation whose source block is gone: nothing to pair it with in other languages.
    if (sourceBlock === undefined) throw new Refusal('unknownBlock')
    return { block: sourceBlock, sourceBlocks, quote: facts.blockText(essay, locale, block) ?? null }
  }
}

export type ResponseService = ReturnType<typeof responseService>
