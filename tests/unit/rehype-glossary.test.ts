import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { createMarkdownRenderer } from '../../lib/render/render-markdown'

const fixtures = path.join(import.meta.dirname, '../fixtures/annotate')

// One case per folder: input.md + config.json (rehypeGlossary options) → output.html.
// UPDATE_FIXTURES=1 writes missing outputs; review them before committing.
describe('rehypeGlossary fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, () => {
      const folder = path.join(fixtures, name)
      const options = JSON.parse(readFileSync(path.join(folder, 'config.json'), 'utf8'))
      const input = readFileSync(path.join(folder, 'input.md'), 'utf8')
      const html = toHtml(createMarkdownRenderer(options)(input).tree).trim()
      const outputPath = path.join(folder, 'output.html')
      if (!existsSync(outputPath) && process.env.UPDATE_FIXTURES) writeFileSync(outputPath, `${html}\n`)
      expect(html).toBe(readFileSync(outputPath, 'utf8').trim())
    })
  }
})
