/**
 * Moderators, without passwords: `npm run responses -- moderator add <name>`
 * prints a one-time sign-in link (15 minutes, used once); using it opens a
 * session (an HttpOnly cookie holding a random token; the database keeps only
 * its hash) with a CSRF token for the moderation page's forms.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { type ResponseStore, sha256 } from './store'

export const signInLinkMinutes = 15
export const sessionHours = 12

const token = () => randomBytes(24).toString('base64url')
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

export const moderatorNamePattern = /^[\p{L}\p{N}._-]{1,40}$/u

export function moderators(store: ResponseStore) {
  const { db } = store
  return {
    /** Adds a moderator (or keeps an existing one) and returns a fresh one-time sign-in token. */
    async add(name: string): Promise<string> {
      if (!moderatorNamePattern.test(name))
        throw new Error(`"${name}" is not a moderator name: use 1 to 40 letters, digits, ".", "_" or "-"`)
      await db
        .insertInto('moderators')
        .values({ name, created_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute()
      const signIn = token()
      await db
        .insertInto('sign_in_links')
        .values({ token_hash: sha256(signIn), moderator: name, expires_at: later(signInLinkMinutes), used_at: null })
        .execute()
      return signIn
    },

    /** Removes a moderator and ends their sessions; false when there was none of that name. */
    async remove(name: string): Promise<boolean> {
      await db.deleteFrom('sessions').where('moderator', '=', name).execute()
      await db.deleteFrom('sign_in_links').where('moderator', '=', name).execute()
      const removed = await db.deleteFrom('moderators').where('name', '=', name).executeTakeFirst()
      return Number(removed.numDeletedRows) > 0
    },

    async list(): Promise<string[]> {
      return (await db.selectFrom('moderators').select('name').orderBy('name').execute()).map((row) => row.name)
    },

    /** Uses a sign-in token once: a new session's token and CSRF token, or undefined when the link is unknown, used or expired. */
    async signIn(signInToken: string): Promise<{ session: string; moderator: string } | undefined> {
      const hash = sha256(signInToken)
      return db.transaction().execute(async (trx) => {
        const used = await trx
          .updateTable('sign_in_links')
          .set({ used_at: new Date().toISOString() })
          .where('token_hash', '=', hash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', new Date().toISOString())
          .returning('moderator')
          .executeTakeFirst()
        if (!used) return undefined
        const session = token()
        await trx
          .insertInto('sessions')
          .values({ token_hash: sha256(session), moderator: used.moderator, csrf: token(), expires_at: later(sessionHours * 60) })
          .execute()
        return { session, moderator: used.moderator }
      })
    },

    /** The moderator and CSRF token of a live session. */
    async session(sessionToken: string | undefined): Promise<{ moderator: string; csrf: string } | undefined> {
      if (!sessionToken) return undefined
      const row = await db
        .selectFrom('sessions')
        .innerJoin('moderators', 'moderators.name', 'sessions.moderator')
        .select(['sessions.moderator', 'sessions.csrf'])
        .where('sessions.token_hash', '=', sha256(sessionToken))
        .where('sessions.expires_at', '>', new Date().toISOString())
        .executeTakeFirst()
      return row
    },

    async signOut(sessionToken: string): Promise<void> {
      await db.deleteFrom('sessions').where('token_hash', '=', sha256(sessionToken)).execute()
    }
  }
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
