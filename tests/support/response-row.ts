// A response row as the store takes it, for tests that write many or write where they cannot.
import { newId } from '@/lib/responses/store'

export function testResponse(n: number, essay: string, body = `Response number ${n}, with some text to write. `.repeat(10)) {
  const at = new Date().toISOString()
  return {
    id: newId('r_'),
    essay,
    parent_id: null,
    block: n % 5,
    source_blocks: '["a","b","c","d","e"]',
    quote: null,
    locale: 'en',
    name: `Writer ${n}`,
    body,
    status: 'published' as const,
    writer: `w${n % 10}`,
    address: null,
    created_at: at,
    updated_at: at
  }
}
