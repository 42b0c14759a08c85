// Prints one closing line that scripts can parse: "vitest: N passed, N failed, N skipped".
// A test file that fails to load, or an unhandled error, counts as one failure.
import type { Reporter, SerializedError, TestModule } from 'vitest/node'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const m of modules) {
      let tests = 0
      for (const t of m.children.allTests()) {
        tests++
        const state = t.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      if (tests === 0 && m.state() === 'failed') failed++
    }
    failed += errors.length
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  }
}
