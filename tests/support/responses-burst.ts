// A writer for the crash tests: sends responses through the store as fast as
// it can and prints each id once its write is committed, the moment the
// server would tell a reader "received". Run: tsx responses-burst.ts '<target JSON>'.
import { openDatabase } from '@/lib/responses/database'
import { responseStore } from '@/lib/responses/store'
import { testResponse } from './response-row'

const db = await openDatabase(JSON.parse(process.argv[2]))
const store = responseStore(db)
for (let n = 0; ; n++) {
  const response = testResponse(n, 'burst')
  await store.addResponse(response)
  process.stdout.write(`${response.id}\n`)
}
