/** Bytes of a Pagefind index on disk, per language (its meta, index chunks and fragments, and its WebAssembly), and shared. */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export function searchIndexSizes(dir: string): Record<string, number> {
  const sizes: Record<string, number> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        walk(file)
        continue
      }
      // pagefind.<lang>_<hash>.pf_meta, index/<lang>_<hash>.pf_index, fragment/<lang>_<hash>.pf_fragment, wasm.<lang>.pagefind
      const language =
        /^(?:pagefind\.)?([a-z]{2,3}(?:-[a-z]+)?)_[0-9a-f]+\.pf_/.exec(entry.name)?.[1] ??
        /^wasm\.([a-z-]+)\.pagefind$/.exec(entry.name)?.[1] ??
        'shared'
      sizes[language] = (sizes[language] ?? 0) + statSync(file).size
    }
  }
  walk(dir)
  return sizes
}
