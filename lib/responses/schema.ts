/**
 * The tables of the responses store, as Kysely sees them. Ids are random
 * text (never auto-increment, which SQLite and Postgres spell differently),
 * times are ISO 8601 strings in UTC, and flags are 0/1 integers, so one set
 * of queries reads the same on both databases.
 */
import type { Generated } from 'kysely'

export type ResponseStatus = 'published' | 'held' | 'rejected' | 'spam' | 'deleted'

export interface ResponsesTable {
  id: string
  essay: string
  /** The response it replies to; null for a response to the essay or a paragraph. */
  parent_id: string | null
  /** The source block answered, as its index in `source_blocks`; null for the whole essay. */
  block: number | null
  /** The essay source's block hashes (the stamp's format, JSON) when the response was written. */
  source_blocks: string
  /** The text of the answered block as the reader read it, kept for "an earlier version of this paragraph". */
  quote: string | null
  locale: string
  name: string | null
  body: string
  status: ResponseStatus
  /** Who wrote it: the writer id in their signed edit key (never shown). */
  writer: string
  /** Salted hash of the writer's address, for rate limits; cleared after 30 days. */
  address: string | null
  flags: Generated<number>
  created_at: string
  updated_at: string
}

export type NoteKind = 'term-question' | 'translation-problem'

export interface NotesTable {
  id: string
  essay: string
  kind: NoteKind
  locale: string
  /** The phrase asked about (term questions), normalised to lower case for counting. */
  phrase: string | null
  /** The block of the page's text it concerns. */
  block: number | null
  body: string
  writer: string
  address: string | null
  /** 0 while it waits in the moderation queue, 1 once a moderator dealt with it. */
  done: Generated<number>
  created_at: string
}

export interface FlagsTable {
  response_id: string
  writer: string
  created_at: string
}

export interface ModeratorsTable {
  name: string
  created_at: string
}

export interface SignInLinksTable {
  /** SHA-256 of the one-time token: the token itself is only in the link. */
  token_hash: string
  moderator: string
  expires_at: string
  used_at: string | null
}

export interface SessionsTable {
  token_hash: string
  moderator: string
  csrf: string
  expires_at: string
}

export interface ModerationLogTable {
  id: string
  moderator: string
  action: string
  target: string
  at: string
}

export type Policy = 'hold-first' | 'hold-all' | 'publish-all'

export interface SettingsTable {
  /** `publication`, or `essay:<slug>`. */
  scope: string
  policy: Policy | null
  closed: Generated<number>
}

export interface SecretsTable {
  name: string
  value: string
}

export interface ResponsesSchema {
  responses: ResponsesTable
  notes: NotesTable
  flags: FlagsTable
  moderators: ModeratorsTable
  sign_in_links: SignInLinksTable
  sessions: SessionsTable
  moderation_log: ModerationLogTable
  settings: SettingsTable
  secrets: SecretsTable
}
