import { describe, expect, it } from 'vitest';
import { adam, OPTIMIZERS, quadraticSurface, sgd, simulate, START, stepsToConverge } from '../../../src/lib/figures/optimizers';
import { STEPS } from '../../../src/lib/figures/renderers/optimizer-paths';

const byId = (id: string) => OPTIMIZERS.find((spec) => spec.id === id)!;

describe('the surface', () => {
  it('has curvatures 1 and 25 along the (rotated) axes', () => {
    for (const angle of [0, 45]) {
      const surface = quadraticSurface(angle);
      const t = (angle * Math.PI) / 180;
      expect(surface.loss([Math.cos(t), Math.sin(t)])).toBeCloseTo(0.5, 12);
      expect(surface.loss([-Math.sin(t), Math.cos(t)])).toBeCloseTo(12.5, 12);
    }
    expect(quadraticSurface(0).loss(START)).toBe(58);
    expect(quadraticSurface(0).gradient([1, 1])).toEqual([1, 25]);
  });
});

describe('the optimizer runs', () => {
  it('uses the stated settings', () => {
    expect(OPTIMIZERS.map((spec) => spec.label)).toEqual([
      'SGD (η=0.07)',
      '모멘텀 (η=0.05, μ=0.9)',
      '네스테로프 (η=0.05, μ=0.9)',
      'Adagrad (η=1.0)',
      'RMSProp (η=0.05, ρ=0.9)',
      'Adam (α=0.1, β₁=0.9, β₂=0.999)',
    ]);
    expect(STEPS).toBe(100);
  });

  // The optimizers note's table: first step with f < 10⁻⁶ (3000 at most), axis-aligned and rotated by 45°.
  it.each([
    ['sgd', 110, 96],
    ['momentum', 145, 132],
    ['nesterov', 80, 51],
    ['adagrad', 47, 731],
    ['rmsprop', 113, undefined],
    ['adam', 150, 758],
  ])('%s reproduces the note table (%s, %s steps)', (id, aligned, rotated) => {
    expect(stepsToConverge(byId(id).create, quadraticSurface(0))).toBe(aligned);
    expect(stepsToConverge(byId(id).create, quadraticSurface(45))).toBe(rotated);
  });

  it.each(OPTIMIZERS.map((spec) => [spec.id, spec] as const))('%s: the loss decreases overall along the drawn path', (_, spec) => {
    for (const angle of [0, 45]) {
      const surface = quadraticSurface(angle);
      const losses = simulate(spec.create, surface, STEPS).map((w) => surface.loss(w));
      expect(losses).toHaveLength(STEPS + 1);
      expect(losses.at(-1)!).toBeLessThan(losses[0]! / 50);
      // Oscillations aside, each quarter of the run gets lower than the quarter before it ever did.
      const quarterMinima = [0, 25, 50, 75].map((step) => Math.min(...losses.slice(step + 1, step + 26)));
      expect(quarterMinima[0]).toBeLessThan(losses[0]!);
      for (let i = 1; i < quarterMinima.length; i++) expect(quarterMinima[i]).toBeLessThan(quarterMinima[i - 1]!);
    }
  });

  it("Adam's first step moves each coordinate by lr against the gradient's sign", () => {
    for (const angle of [0, 45]) {
      const surface = quadraticSurface(angle);
      const [w0, w1] = simulate(adam(0.1), surface, 1);
      const g = surface.gradient(w0!);
      for (const i of [0, 1]) expect(w1![i]! - w0![i]!).toBeCloseTo(-0.1 * Math.sign(g[i]!), 8);
    }
  });

  it("SGD's first step is −η times the gradient", () => {
    const surface = quadraticSurface(45);
    const [w0, w1] = simulate(sgd(0.07), surface, 1);
    const g = surface.gradient(w0!);
    expect(w1![0]).toBeCloseTo(w0![0] - 0.07 * g[0], 12);
    expect(w1![1]).toBeCloseTo(w0![1] - 0.07 * g[1], 12);
  });

  it('SGD diverges just above η = 2/25, as the note says', () => {
    const surface = quadraticSurface(0);
    const path = simulate(sgd(0.081), surface, 3000);
    expect(surface.loss(path.at(-1)!)).toBeGreaterThan(surface.loss(START));
  });
});
