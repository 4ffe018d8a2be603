/**
 * Privacy: a sender's address is kept only as a salted hash, for rate limits,
 * and cleared once it is 30 days old. The server clears them itself as
 * responses arrive (at most once an hour per process); `npm run responses --
 * forget-addresses` does it at once.
 */
import type { ResponseStore } from './store'

export const addressRetentionDays = 30

/** The moment before which address hashes are cleared. */
export const addressesKeptSince = (now: Date) => new Date(now.getTime() - addressRetentionDays * 24 * 3600_000).toISOString()

const hour = 3600_000

/**
 * A clearer of the address hashes past retention that does its work at most
 * once every `every` ms (one per process: the responses' route holds it); each
 * call says whether it cleared.
 */
export function addressForgetting(every = hour) {
  let lastCleared = Number.NEGATIVE_INFINITY
  return async (store: ResponseStore, now = new Date()): Promise<boolean> => {
    if (now.getTime() - lastCleared < every) return false
    lastCleared = now.getTime()
    await store.forgetAddresses(addressesKeptSince(now))
    return true
  }
}
