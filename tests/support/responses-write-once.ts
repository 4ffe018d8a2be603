// For the storage fault tests, run as another process (another user, for a
// file it may not write): opens the database, reads an essay's responses, tries
// to add one, and prints what happened as one line of JSON.
// Run: tsx responses-write-once.ts '<target JSON>' <essay>
import { type DatabaseTarget, openDatabase, type ResponsesDatabase, storageProblem } from '@/lib/responses/database'
import { responseStore } from '@/lib/responses/store'
import { testResponse } from './response-row'

const target: DatabaseTarget = JSON.parse(process.argv[2])
const essay = process.argv[3]
const failure = (step: string, error: unknown) => ({
  failedAt: step,
  code: String((error as { code?: unknown }).code ?? ''),
  problem: storageProblem(error, target)
})

let db: ResponsesDatabase | undefined
let outcome: object
try {
  db = await openDatabase(target)
  const store = responseStore(db)
  const read = (await store.responsesOf(essay)).length
  try {
    await store.addResponse(testResponse(read, essay))
    outcome = { read, written: true }
  } catch (error) {
    outcome = { read, ...failure('write', error) }
  }
} catch (error) {
  outcome = failure('open', error)
}
await db?.destroy()
process.stdout.write(`${JSON.stringify(outcome)}\n`)
