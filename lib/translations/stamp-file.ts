/** Writing a stamp into a translation's front matter, leaving every other byte as the translator wrote it. */
import { formatStamp, stampKey } from '@/lib/content/stamp-field'
import type { Stamp } from '@/lib/content/types'
import { withFrontMatter } from './front-matter-edit'

/** `text` (a Markdown file with front matter) with its `sourceBlocks:` set to `stamp`, where it is (last when new). */
export function withStamp(text: string, stamp: Stamp): string {
  return withFrontMatter(text, { [stampKey]: formatStamp(stamp) })
}
