// Prints one closing line that scripts can parse: "e2e: N passed, N failed, N skipped".
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

export default class SummaryReporter implements Reporter {
  private passed = 0
  private failed = 0
  private skipped = 0

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped')
      return
    if (result.status === 'passed') this.passed++
    else if (result.status === 'skipped') this.skipped++
    else this.failed++
  }

  onEnd(result: FullResult): void {
    // A run that died before any test (server down in globalSetup, config error) is a failure.
    if (result.status !== 'passed' && this.failed === 0) this.failed = 1
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`)
  }

  printsToStdio(): boolean {
    return false
  }
}
