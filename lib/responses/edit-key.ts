/**
 * A writer's edit key, as Isso has it: no account, a random writer id in an
 * HttpOnly cookie signed by the server, so that the same browser can edit or
 * delete its responses for 15 minutes, and the policy knows a writer whose
 * responses were approved before.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { sameSecret } from './moderators'

export const editMinutes = 15
export const editKeyCookie = 'glossa-writer'

export function newWriterId(): string {
  return randomBytes(16).toString('base64url')
}

/** The cookie's value: the writer id and its signature. */
export function signWriter(writer: string, secret: string): string {
  return `${writer}.${signature(writer, secret)}`
}

/** The writer id of a cookie value, or undefined when it was not signed by this server. */
export function verifiedWriter(value: string | undefined, secret: string): string | undefined {
  if (!value) return undefined
  const dot = value.lastIndexOf('.')
  if (dot <= 0) return undefined
  const writer = value.slice(0, dot)
  return sameSecret(value.slice(dot + 1), signature(writer, secret)) ? writer : undefined
}

/** Whether a response written at `createdAt` can still be edited or deleted by its writer at `at`. */
export function stillEditable(createdAt: string, at = new Date()): boolean {
  return at.getTime() - new Date(createdAt).getTime() < editMinutes * 60_000
}

function signature(writer: string, secret: string): string {
  return createHmac('sha256', secret).update(`writer:${writer}`).digest('base64url')
}
