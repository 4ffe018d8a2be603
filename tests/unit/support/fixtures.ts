import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const fixtures = path.join(import.meta.dirname, '../../fixtures')

/**
 * One test per folder of `tests/fixtures/<folder>`: `input.md` and
 * `config.json` → `output.html`. UPDATE_FIXTURES=1 writes missing outputs;
 * review them before committing.
 */
export function fixtureCases<Config>(folder: string, html: (input: string, config: Config) => string) {
  for (const name of readdirSync(path.join(fixtures, folder)).sort()) {
    it(name, () => {
      const dir = path.join(fixtures, folder, name)
      const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'))
      const actual = html(readFileSync(path.join(dir, 'input.md'), 'utf8'), config).trim()
      const outputPath = path.join(dir, 'output.html')
      if (!existsSync(outputPath) && process.env.UPDATE_FIXTURES) writeFileSync(outputPath, `${actual}\n`)
      expect(actual).toBe(readFileSync(outputPath, 'utf8').trim())
    })
  }
}
