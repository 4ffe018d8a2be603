// A writer for the crash tests: sends responses through the store as fast as
// it can and prints each id once its write is committed, the moment the
// server would tell a reader "received". Run: tsx responses-burst.ts '<target JSON>'.
import { openDatabase } from '@/lib/responses/database'
import { newId, responseStore } from '@/lib/responses/store'

const db = await openDatabase(JSON.parse(process.argv[2]))
const store = responseStore(db)
for (let n = 0; ; n++) {
  const id = newId('r_')
  const at = new Date().toISOString()
  await store.addResponse({
    id,
    essay: 'burst',
    parent_id: null,
    block: n % 5,
    source_blocks: '["a","b","c","d","e"]',
    quote: null,
    locale: 'en',
    name: `Writer ${n}`,
    body: `Response number ${n}, with some text to write. `.repeat(10),
    status: 'published',
    writer: `w${n % 10}`,
    address: null,
    created_at: at,
    updated_at: at
  })
  process.stdout.write(`${id}\n`)
}
