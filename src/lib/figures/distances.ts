// Distances between distributions for the parallel-lines example (WGAN paper, example 1), as in
// content/notes/distance-and-wgan.md. The general discrete versions are here too: the parallel lines are
// computed by discretizing both segments, so the figure's numbers come from the definitions, not from the
// closed forms (which the tests check them against).

/** A discrete distribution: masses on labelled support points (any key, e.g. "x,y"). */
export type Distribution = ReadonlyMap<string, number>;

const support = (p: Distribution, q: Distribution) => new Set([...p.keys(), ...q.keys()]);

/** Total variation: ½ Σ |p − q|. */
export function totalVariation(p: Distribution, q: Distribution): number {
  let sum = 0;
  for (const key of support(p, q)) sum += Math.abs((p.get(key) ?? 0) - (q.get(key) ?? 0));
  return sum / 2;
}

/** KL(P‖Q) = Σ p log(p/q) in nats; +∞ as soon as P has mass where Q has none. */
export function klDivergence(p: Distribution, q: Distribution): number {
  let sum = 0;
  for (const [key, pk] of p) {
    if (pk === 0) continue;
    const qk = q.get(key) ?? 0;
    if (qk === 0) return Infinity;
    sum += pk * Math.log(pk / qk);
  }
  return sum;
}

/** Jensen–Shannon with the ½ convention: ½KL(P‖M) + ½KL(Q‖M), M = ½(P + Q). At most log 2. */
export function jsDivergence(p: Distribution, q: Distribution): number {
  const m = new Map<string, number>();
  for (const key of support(p, q)) m.set(key, ((p.get(key) ?? 0) + (q.get(key) ?? 0)) / 2);
  return 0.5 * klDivergence(p, m) + 0.5 * klDivergence(q, m);
}

/** Wasserstein-1 between distributions on the real line: ∫ |F_P − F_Q| dt. */
export function wasserstein1D(p: ReadonlyMap<number, number>, q: ReadonlyMap<number, number>): number {
  const points = [...new Set([...p.keys(), ...q.keys()])].sort((a, b) => a - b);
  let cdfP = 0;
  let cdfQ = 0;
  let total = 0;
  for (let i = 0; i < points.length - 1; i++) {
    cdfP += p.get(points[i]!) ?? 0;
    cdfQ += q.get(points[i]!) ?? 0;
    total += Math.abs(cdfP - cdfQ) * (points[i + 1]! - points[i]!);
  }
  return total;
}

export interface ParallelLinesDistances {
  tv: number;
  kl: number;
  js: number;
  w1: number;
}

/**
 * P₀ is uniform on {0}×[0,1], P_θ uniform on {θ}×[0,1], each discretized into `samples` equal masses at the
 * same heights. TV, KL and JS come from the discrete definitions. W1: the x-projection is 1-Lipschitz, so
 * W1 of the x-marginals (point masses at 0 and θ) is a lower bound, and moving every point sideways by θ
 * reaches it, so it is the distance.
 */
export function parallelLinesDistances(theta: number, samples = 64): ParallelLinesDistances {
  const segment = (x: number): Distribution =>
    new Map(Array.from({ length: samples }, (_, k) => [`${x},${(k + 0.5) / samples}`, 1 / samples] as const));
  const p0 = segment(0);
  const pTheta = segment(theta);
  return {
    tv: totalVariation(p0, pTheta),
    kl: klDivergence(p0, pTheta),
    js: jsDivergence(p0, pTheta),
    w1: wasserstein1D(new Map([[0, 1]]), new Map([[theta, 1]])),
  };
}
