/**
 * A Playwright reporter that ends a run with one line: how many tests passed,
 * failed, were flaky or skipped, and how long the run took; then the slowest
 * tests with their share of the time all tests took, to keep the suite fast
 * as it grows (issue 23).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

const slowestShown = 5

export default class SummaryReporter implements Reporter {
  private readonly results: { test: TestCase; result: TestResult }[] = []

  onTestEnd(test: TestCase, result: TestResult) {
    this.results.push({ test, result })
  }

  onEnd(result: FullResult) {
    const count = (status: TestResult['status']) => this.results.filter(({ result }) => result.status === status).length
    const total = this.results.reduce((sum, { result }) => sum + result.duration, 0)
    const slowest = [...this.results].sort((a, b) => b.result.duration - a.result.duration).slice(0, slowestShown)
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(
      `\ne2e ${result.status}: ${count('passed')} passed, ${count('failed') + count('timedOut')} failed, ${count('skipped')} skipped in ${(result.duration / 60_000).toFixed(1)} min (tests ${seconds(total)} in all); slowest: ${slowest
        .map(
          ({ test, result }) => `${test.title} ${seconds(result.duration)} (${((100 * result.duration) / Math.max(total, 1)).toFixed(1)} %)`
        )
        .join('; ')}`
    )
  }
}
