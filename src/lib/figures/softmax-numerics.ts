// The two ways of computing the cross-entropy of content/notes/log-softmax-vs-softmax.md, in float32:
// softmax first and then log (naive), or log-softmax directly (log-sum-exp trick). Math.fround rounds every
// intermediate to float32 as a float32 framework would; exp and log are taken in float64 and rounded, which
// is what a correctly rounded float32 library gives.

const f32 = Math.fround;

/** Softmax with the max subtracted (so e^z cannot overflow), in float32, then the log of each probability. */
export function softmaxThenLog(logits: readonly number[]): number[] {
  const z = logits.map(f32);
  const max = Math.max(...z);
  const exps = z.map((zi) => f32(Math.exp(f32(zi - max)))); // a very negative z_i − max underflows to 0
  const sum = exps.reduce((acc, e) => f32(acc + e), 0);
  return exps.map((e) => f32(Math.log(f32(e / sum)))); // log 0 = −∞
}

/** Log-softmax: z_i − max − log Σ e^(z − max), never forming a probability, in float32. */
export function logSoftmax(logits: readonly number[]): number[] {
  const z = logits.map(f32);
  const max = Math.max(...z);
  const sum = z.reduce((acc, zi) => f32(acc + f32(Math.exp(f32(zi - max)))), 0);
  const logSumExp = f32(Math.log(sum));
  return z.map((zi) => f32(f32(zi - max) - logSumExp));
}

/**
 * Two-class logits whose softmax gives the true class (index 0) probability p: z = (log(p/(1−p)), 0).
 * Computed from log10 p so that probabilities far below float64's range could still be asked for.
 */
export function logitsForProbability(log10P: number): [number, number] {
  const logP = log10P * Math.LN10;
  const log1mP = Math.log1p(-Math.exp(logP));
  return [logP - log1mP, 0];
}

/** Cross-entropy −log p_y of the true class (index 0) along each path, for the probability 10^log10P. */
export function lossesAtProbability(log10P: number): { naive: number; logSoftmax: number; exact: number } {
  const logits = logitsForProbability(log10P);
  return {
    naive: -softmaxThenLog(logits)[0]!,
    logSoftmax: -logSoftmax(logits)[0]!,
    exact: -log10P * Math.LN10,
  };
}

/** log10 of the largest probability for which the naive path already returns +∞ (bisection). */
export function naiveFailureLog10P(): number {
  let [lo, hi] = [-60, -30];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (lossesAtProbability(mid).naive === Infinity) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The note's probability-space comparison: the naive loss 1 − p against −log p. */
export const oneMinusP = (p: number) => 1 - p;
export const negativeLogP = (p: number) => -Math.log(p);
