// Prints one plain line as the very last output of the run: "N passed, N failed" (and ", N skipped"
// when any were). CI reads this line. A suite that fails to load counts as a failure, so a broken
// file can never turn into a green "0 failed". It is written on process exit so that it comes after
// jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line =
      `${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '');
    process.once('exit', () => process.stdout.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
