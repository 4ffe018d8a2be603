/**
 * Essay categories: Jekyll's `categories:` list. The source file's list
 * groups an essay and all its translations; a translation's list gives the
 * same categories' labels in its language, in the same order.
 */
import { slug } from 'github-slugger'

/** The id of a category, from its label in the source file (`AI economy` → `ai-economy`). */
export function categoryId(label: string): string {
  return slug(label)
}
