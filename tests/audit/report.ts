/** The audit's findings: each check passes or fails with its details, written to reports/audit.{json,md}. */
import { mkdirSync, writeFileSync } from 'node:fs'

export interface Check {
  name: string
  passed: boolean
  details: unknown
}

export class AuditReport {
  readonly checks: Check[] = []
  /** Extra Markdown sections (a Lighthouse table), after the list of checks. */
  readonly sections: string[] = []

  record(name: string, passed: boolean, details: unknown) {
    this.checks.push({ name, passed, details })
    console.log(`${passed ? 'PASS' : 'FAIL'} ${name}`)
  }

  get failed(): Check[] {
    return this.checks.filter((check) => !check.passed)
  }

  write(origin: string, folder = 'reports') {
    mkdirSync(folder, { recursive: true })
    writeFileSync(`${folder}/audit.json`, JSON.stringify({ date: new Date().toISOString(), origin, checks: this.checks }, null, 2))
    const table = this.checks.map((check) => `| ${check.name.replaceAll('|', '/')} | ${check.passed ? 'pass' : '**fail**'} |`)
    writeFileSync(
      `${folder}/audit.md`,
      ['# Audit', '', '| check | result |', '| --- | --- |', ...table, '', ...this.sections, ''].join('\n')
    )
    console.log(
      `\n${this.checks.length - this.failed.length} passed, ${this.failed.length} failed (${folder}/audit.json, ${folder}/audit.md)`
    )
  }
}
