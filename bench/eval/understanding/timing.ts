// The time understanding one message takes, for the evaluation tasks that report it.

/**
 * Milliseconds per message. Each message is understood `rounds` times after as many rounds to warm up;
 * its own median is its cost, which leaves out pauses the machine caused (other work on a shared
 * machine, garbage collection). p50 and p99 are taken across messages; `rawP99` is the 99th percentile
 * of every single call, pauses included.
 */
export function timings(
  inputs: readonly (() => unknown)[],
  rounds = 21,
): { p50Ms: number; p99Ms: number; rawP99Ms: number } {
  for (let round = 0; round < rounds; round += 1) inputs.forEach((call) => call());
  const perInput: number[][] = inputs.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    inputs.forEach((call, index) => {
      const start = performance.now();
      call();
      perInput[index]?.push(performance.now() - start);
    });
  }
  const quantile = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  };
  const medians = perInput.map((times) => quantile(times, 0.5));
  return {
    p50Ms: quantile(medians, 0.5),
    p99Ms: quantile(medians, 0.99),
    rawP99Ms: quantile(perInput.flat(), 0.99),
  };
}
