/** The Nu HTML Checker on every prerendered page. */
import path from 'node:path'
import { htmlErrors, htmlFilesIn } from '@/tests/support/nu-html-checker'
import type { AuditReport } from '../report'

export function auditHtmlValidity(distDir: string, report: AuditReport) {
  const files = htmlFilesIn(path.join(distDir, 'server', 'app'))
  const errors = htmlErrors(files)
  const byMessage: Record<string, number> = {}
  for (const error of errors) byMessage[error.message] = (byMessage[error.message] ?? 0) + 1
  report.record(`Nu HTML Checker: ${files.length} prerendered pages, ${errors.length} errors`, errors.length === 0, byMessage)
}
