// The responses store and service on a real SQLite file and a real Postgres:
// the same queries, the same answers (written down here), both databases.
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest'
import { openDatabase, type ResponsesDatabase } from '@/lib/responses/database'
import { moderate } from '@/lib/responses/moderation'
import { moderators } from '@/lib/responses/moderators'
import { addressForgetting } from '@/lib/responses/privacy'
import { type EssayFacts, responseService } from '@/lib/responses/service'
import { responseStore } from '@/lib/responses/store'
import { Refusal, type Submission } from '@/lib/responses/submission'
import { exportLines, importLines } from '@/lib/responses/transfer'
import { testResponse } from '../support/response-row'
import { databaseKinds, freshTarget } from '../support/responses-databases'

const blocks = ['aaaa0001', 'aaaa0002', 'aaaa0003']
const facts: EssayFacts = {
  accepts: (slug) => (slug === 'open' || slug === 'other' ? true : slug === 'quiet' ? false : undefined),
  sourceBlocks: () => blocks,
  pairing: () => ({ textBlockOf: [0, 1, 2], sourceBlockOf: [0, 1, 2] }),
  blockText: (_slug, _locale, block) => ['First paragraph.', 'Second paragraph.', 'Third paragraph.'][block]
}

const say = (text: string, more: Partial<Submission> = {}): Submission => ({ kind: 'response', locale: 'en', text, ...more })

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Refusal) return `${error.status} ${error.reason}`
    throw error
  }
  return 'accepted'
}

describe.each(databaseKinds)('responses on %s', (kind) => {
  let db: ResponsesDatabase
  let clock: Date
  beforeEach(async () => {
    db = await openDatabase(await freshTarget(kind, inject('postgresUrl')))
    clock = new Date('2026-12-01T10:00:00.000Z')
  })
  afterEach(async () => {
    await db.destroy()
  })
  const service = (policy?: 'hold-first' | 'hold-all' | 'publish-all') =>
    responseService({ store: responseStore(db), facts, defaultPolicy: policy, now: () => clock })
  const tick = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000)
  }

  test('address hashes older than 30 days are cleared as responses arrive, at most once an hour', async () => {
    const store = responseStore(db)
    for (const [id, created_at] of [
      ['r_old', '2026-11-01T09:59:00.000Z'],
      ['r_new', '2026-11-01T10:01:00.000Z']
    ]) {
      await store.addResponse({ ...testResponse(0, 'open'), id, address: `hash-${id}`, created_at, updated_at: created_at })
    }
    const forgetOldAddresses = addressForgetting()
    const addresses = async () => Object.fromEntries((await store.responsesOf('open')).map((row) => [row.id, row.address]))
    expect(await forgetOldAddresses(store, clock)).toBe(true)
    expect(await addresses()).toEqual({ r_old: null, r_new: 'hash-r_new' })
    // Within the hour, this process does not ask again; an hour later it does.
    expect(await forgetOldAddresses(store, new Date(clock.getTime() + 59 * 60_000))).toBe(false)
    expect(await forgetOldAddresses(store, new Date(clock.getTime() + 60 * 60_000))).toBe(true)
  })

  test('a first response is held; once one is approved, the same writer publishes at once, unless it holds a link', async () => {
    const store = responseStore(db)
    const first = await service().receive('open', say('Well argued.', { block: 1 }), { writer: 'w1' })
    expect(first.kind === 'response' && [first.response.status, first.response.block, first.response.quote]).toEqual([
      'held',
      1,
      'Second paragraph.'
    ])
    if (first.kind !== 'response') throw new Error('not a response')
    await moderate(store, 'alice', { action: 'approve', ids: [first.response.id] })
    tick(1)
    const second = await service().receive('open', say('And another thought.'), { writer: 'w1' })
    tick(1)
    const linked = await service().receive('open', say('See [this](https://example.org).'), { writer: 'w1' })
    expect([second, linked].map((received) => received.kind === 'response' && received.response.status)).toEqual(['published', 'held'])
    const published = await store.responsesOf('open')
    expect(published.map((row) => [row.body, row.block, row.flags])).toEqual([
      ['Well argued.', 1, 0],
      ['And another thought.', null, 0]
    ])
    expect(JSON.parse(published[0].source_blocks)).toEqual(blocks)
    expect((await store.logEntries()).map((entry) => [entry.moderator, entry.action, entry.target])).toEqual([
      ['alice', 'approve', first.response.id]
    ])
  })

  test('publish-all and hold-all, and an essay-level setting over the publication one', async () => {
    const store = responseStore(db)
    const open = await service('publish-all').receive('open', say('One.'), { writer: 'w1' })
    await store.setSettings('essay:open', { policy: 'hold-all' })
    tick(1)
    const held = await service('publish-all').receive('open', say('Two.'), { writer: 'w1' })
    expect([open, held].map((received) => received.kind === 'response' && received.response.status)).toEqual(['published', 'held'])
    await store.setSettings('essay:open', { closed: true })
    expect(await refusalOf(service().receive('open', say('Three.'), { writer: 'w1' }))).toBe('403 closed')
    expect(await store.settingsFor('open', 'hold-first')).toEqual({ policy: 'hold-all', closed: true })
  })

  test('refusals: unknown essay or block, an essay without responses, a reply elsewhere, the same text twice, too many', async () => {
    const store = responseStore(db)
    const s = service('publish-all')
    expect(await refusalOf(s.receive('nope', say('Hi.'), { writer: 'w1' }))).toBe('404 unknownEssay')
    expect(await refusalOf(s.receive('quiet', say('Hi.'), { writer: 'w1' }))).toBe('403 closed')
    expect(await refusalOf(s.receive('open', say('Hi.', { block: 3 }), { writer: 'w1' }))).toBe('404 unknownBlock')
    const other = await s.receive('other', say('Elsewhere.'), { writer: 'w1' })
    if (other.kind !== 'response') throw new Error('not a response')
    expect(await refusalOf(s.receive('open', say('Reply.', { parent: other.response.id }), { writer: 'w1' }))).toBe('422 unknownParent')
    expect(await refusalOf(s.receive('open', say('Reply.', { parent: 'r_missing' }), { writer: 'w1' }))).toBe('422 unknownParent')
    await s.receive('open', say('Hi.'), { writer: 'w2' })
    expect(await refusalOf(s.receive('open', say('Hi.'), { writer: 'w3' }))).toBe('409 sameText')
    for (let n = 0; n < 3; n++) await s.receive('open', say(`Post ${n}.`), { writer: 'w4', address: 'a1' })
    await s.receive('open', say('Post 3.'), { writer: 'w4', address: 'a1' })
    await s.receive('open', say('Post 4.'), { writer: 'w4', address: 'a1' })
    expect(await refusalOf(s.receive('open', say('Post 5.'), { writer: 'w4' }))).toBe('429 tooMany')
    tick(11)
    expect(await refusalOf(s.receive('open', say('Post 5.'), { writer: 'w4' }))).toBe('accepted')
    expect((await store.responsesOf('open')).length).toBe(7)
  })

  test('a reply answers where its parent does, and SQL-looking text is kept verbatim', async () => {
    const s = service('publish-all')
    const top = await s.receive('open', say('On the third.', { block: 2 }), { writer: 'w1' })
    if (top.kind !== 'response') throw new Error('not a response')
    tick(1)
    const text = "Robert'); DROP TABLE responses;-- and 1=1"
    const reply = await s.receive('open', say(text, { parent: top.response.id, block: 0 }), { writer: 'w2' })
    expect(reply.kind === 'response' && [reply.response.parent_id, reply.response.block, reply.response.body]).toEqual([
      top.response.id,
      2,
      text
    ])
    expect((await responseStore(db).responsesOf('open')).map((row) => row.body)).toEqual(['On the third.', text])
  })

  test('a writer edits or deletes their response for 15 minutes, nobody else ever', async () => {
    const s = service('publish-all')
    const sent = await s.receive('open', say('Typo hre.'), { writer: 'w1' })
    if (sent.kind !== 'response') throw new Error('not a response')
    const { id } = sent.response
    expect(await refusalOf(s.editOwn(id, 'w2', { text: 'Hijacked.' }))).toBe('403 notEditable')
    tick(14)
    expect((await s.editOwn(id, 'w1', { text: 'Typo here.', name: 'Ann' })).body).toBe('Typo here.')
    tick(2)
    expect(await refusalOf(s.editOwn(id, 'w1', { text: 'Too late.' }))).toBe('403 notEditable')
    expect(await refusalOf(s.deleteOwn(id, 'w1'))).toBe('403 notEditable')
    const row = await responseStore(db).response(id)
    expect([row?.body, row?.name, row?.status]).toEqual(['Typo here.', 'Ann', 'published'])
  })

  test('three readers flag a response back into the queue; one reader flagging twice counts once', async () => {
    const store = responseStore(db)
    const sent = await service('publish-all').receive('open', say('Contested.'), { writer: 'w1' })
    if (sent.kind !== 'response') throw new Error('not a response')
    const s = service()
    await s.flag(sent.response.id, 'r1')
    await s.flag(sent.response.id, 'r1')
    await s.flag(sent.response.id, 'r2')
    expect((await store.response(sent.response.id))?.status).toBe('published')
    await s.flag(sent.response.id, 'r3')
    const row = await store.response(sent.response.id)
    expect([row?.status, row?.flags]).toEqual(['held', 3])
    expect((await store.queue()).map((queued) => queued.id)).toEqual([sent.response.id])
  })

  test('private notes never show as responses; term questions are counted per phrase', async () => {
    const store = responseStore(db)
    const s = service('publish-all')
    await s.receive('open', { kind: 'term-question', locale: 'en', text: '', phrase: 'Dry Powder' }, { writer: 'w1' })
    await s.receive('open', { kind: 'term-question', locale: 'en', text: 'What is it?', phrase: 'dry powder' }, { writer: 'w2' })
    await s.receive('open', { kind: 'term-question', locale: 'en', text: '', phrase: 'mark to market' }, { writer: 'w3' })
    await s.receive('open', { kind: 'translation-problem', locale: 'de', text: 'Falsches Wort.', block: 2 }, { writer: 'w4' })
    expect(await store.responsesOf('open', ['published', 'held'])).toEqual([])
    expect(await store.termQuestions()).toEqual([
      { essay: 'open', phrase: 'dry powder', count: 2 },
      { essay: 'open', phrase: 'mark to market', count: 1 }
    ])
    expect((await store.openNotes()).map((note) => [note.kind, note.block])).toEqual([
      ['term-question', null],
      ['term-question', null],
      ['term-question', null],
      ['translation-problem', 2]
    ])
  })

  test('a blocked writer is refused, and what they had waiting becomes spam', async () => {
    const store = responseStore(db)
    const sent = await service().receive('open', say('Buy now.'), { writer: 'spammer' })
    if (sent.kind !== 'response') throw new Error('not a response')
    await moderate(store, 'alice', { action: 'block', id: sent.response.id })
    expect((await store.response(sent.response.id))?.status).toBe('spam')
    tick(1)
    expect(await refusalOf(service().receive('open', say('Buy again.'), { writer: 'spammer' }))).toBe('403 forbidden')
  })

  test('a sign-in link works once and only in time; removing a moderator ends their sessions', async () => {
    const people = moderators(responseStore(db))
    const token = await people.add('alice')
    const session = await people.signIn(token)
    expect(session?.moderator).toBe('alice')
    expect(await people.signIn(token)).toBeUndefined()
    expect((await people.session(session?.session))?.moderator).toBe('alice')
    expect(await people.session('forged')).toBeUndefined()
    const expired = await people.add('alice')
    await db.updateTable('sign_in_links').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute()
    expect(await people.signIn(expired)).toBeUndefined()
    expect(await people.remove('alice')).toBe(true)
    expect(await people.session(session?.session)).toBeUndefined()
    expect(await people.remove('alice')).toBe(false)
    await expect(people.add('bad name!')).rejects.toThrow('is not a moderator name')
  })

  test('export and import: JSON Lines, idempotent by id, all or nothing', async () => {
    const s = service('publish-all')
    await s.receive('open', say('Kept across databases.', { block: 0 }), { writer: 'w1' })
    await s.receive('open', { kind: 'term-question', locale: 'en', text: '', phrase: 'float' }, { writer: 'w2' })
    const lines: string[] = []
    for await (const line of exportLines(db)) lines.push(line)
    expect(lines.map((line) => JSON.parse(line).type)).toEqual(['response', 'note'])
    expect(JSON.parse(lines[0])).toMatchObject({ type: 'response', essay: 'open', block: 0, flags: 0, body: 'Kept across databases.' })

    const copy = await openDatabase(await freshTarget(kind, inject('postgresUrl')))
    try {
      expect((await importLines(copy, lines.join('\n'))).imported).toMatchObject({ response: 1, note: 1 })
      expect(await importLines(copy, lines.join('\n'))).toMatchObject({ skipped: 2 })
      await expect(importLines(copy, `${lines[0].replace('"r_', '"r_new')}\n{"type":"response"}`)).rejects.toThrow('line 2:')
      expect((await responseStore(copy).responsesOf('open')).map((row) => row.body)).toEqual(['Kept across databases.'])
    } finally {
      await copy.destroy()
    }
  })

  test('several processes opening the same new database at once all migrate it safely', async () => {
    const target = await freshTarget(kind, inject('postgresUrl'))
    const opened = await Promise.all([openDatabase(target), openDatabase(target), openDatabase(target)])
    try {
      await responseStore(opened[0]).addResponse({
        id: 'r_1',
        essay: 'open',
        parent_id: null,
        block: null,
        source_blocks: '[]',
        quote: null,
        locale: 'en',
        name: null,
        body: 'x',
        status: 'published',
        writer: 'w',
        address: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z'
      })
      expect((await responseStore(opened[2]).responsesOf('open')).map((row) => row.id)).toEqual(['r_1'])
    } finally {
      await Promise.all(opened.map((one) => one.destroy()))
    }
  })
})
