// Optimizer paths on the ill-conditioned quadratic of content/notes/optimizers.md:
// f(w) = ½ wᵀ A w with A = R diag(1, 25) Rᵀ, started at (−4, 2), exact gradients, constant learning rates.
// The settings are the ones in the note's table, so the figure shows the runs the table counts.

export type Vec2 = readonly [number, number];

export interface Surface {
  /** Rotation of the valley in degrees (0 = axis-aligned, 45 = the rotated case of the note). */
  angleDeg: number;
  loss(w: Vec2): number;
  gradient(w: Vec2): Vec2;
}

/** The note's surface: curvatures 1 and 25 (condition number 25), valley turned by `angleDeg`. */
export function quadraticSurface(angleDeg: number, curvatures: Vec2 = [1, 25]): Surface {
  const t = (angleDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  const [l1, l2] = curvatures;
  // A = R diag(l1, l2) Rᵀ with R the rotation by t.
  const a = l1 * c * c + l2 * s * s;
  const b = (l1 - l2) * c * s;
  const d = l1 * s * s + l2 * c * c;
  const gradient = ([x, y]: Vec2): Vec2 => [a * x + b * y, b * x + d * y];
  return {
    angleDeg,
    gradient,
    loss: (w) => {
      const [gx, gy] = gradient(w);
      return 0.5 * (w[0] * gx + w[1] * gy);
    },
  };
}

/** One optimizer: `step` maps the current point to the next one and keeps its own state between calls. */
export interface Optimizer {
  step(w: Vec2, surface: Surface, t: number): Vec2;
}

export interface OptimizerSpec {
  id: 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';
  /** Korean label with the settings, as shown in the legend. */
  label: string;
  create(): Optimizer;
}

const EPSILON = 1e-8;

/** Applies a per-coordinate update to both coordinates (the adaptive methods scale each one separately). */
const perCoordinate = (update: (i: 0 | 1) => number): Vec2 => [update(0), update(1)];

export function sgd(lr: number): () => Optimizer {
  return () => ({
    step: (w, surface) => {
      const g = surface.gradient(w);
      return [w[0] - lr * g[0], w[1] - lr * g[1]];
    },
  });
}

/** Heavy ball: v ← μv − ηg, w ← w + v. */
export function momentum(lr: number, mu = 0.9): () => Optimizer {
  return () => {
    let v: Vec2 = [0, 0];
    return {
      step: (w, surface) => {
        const g = surface.gradient(w);
        v = [mu * v[0] - lr * g[0], mu * v[1] - lr * g[1]];
        return [w[0] + v[0], w[1] + v[1]];
      },
    };
  };
}

/** Nesterov in the Sutskever et al. form: the gradient is taken at the look-ahead point w + μv. */
export function nesterov(lr: number, mu = 0.9): () => Optimizer {
  return () => {
    let v: Vec2 = [0, 0];
    return {
      step: (w, surface) => {
        const g = surface.gradient([w[0] + mu * v[0], w[1] + mu * v[1]]);
        v = [mu * v[0] - lr * g[0], mu * v[1] - lr * g[1]];
        return [w[0] + v[0], w[1] + v[1]];
      },
    };
  };
}

/** Adagrad: per-coordinate sum of squared gradients, ε outside the square root. */
export function adagrad(lr: number): () => Optimizer {
  return () => {
    const sum: [number, number] = [0, 0];
    return {
      step: (w, surface) => {
        const g = surface.gradient(w);
        return perCoordinate((i) => {
          sum[i] += g[i] * g[i];
          return w[i] - (lr / (Math.sqrt(sum[i]) + EPSILON)) * g[i];
        });
      },
    };
  };
}

/** RMSProp: exponential moving average of squared gradients (ρ = 0.9), ε outside the square root. */
export function rmsprop(lr: number, rho = 0.9): () => Optimizer {
  return () => {
    const mean: [number, number] = [0, 0];
    return {
      step: (w, surface) => {
        const g = surface.gradient(w);
        return perCoordinate((i) => {
          mean[i] = rho * mean[i] + (1 - rho) * g[i] * g[i];
          return w[i] - (lr / (Math.sqrt(mean[i]) + EPSILON)) * g[i];
        });
      },
    };
  };
}

/** Adam, Algorithm 1 of Kingma & Ba (bias-corrected moments, ε added to √v̂). */
export function adam(lr: number, beta1 = 0.9, beta2 = 0.999): () => Optimizer {
  return () => {
    const m: [number, number] = [0, 0];
    const v: [number, number] = [0, 0];
    return {
      step: (w, surface, t) => {
        const g = surface.gradient(w);
        return perCoordinate((i) => {
          m[i] = beta1 * m[i] + (1 - beta1) * g[i];
          v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
          const mHat = m[i] / (1 - beta1 ** t);
          const vHat = v[i] / (1 - beta2 ** t);
          return w[i] - (lr * mHat) / (Math.sqrt(vHat) + EPSILON);
        });
      },
    };
  };
}

/** The six runs of the figure, with the learning rates of the note's table. */
export const OPTIMIZERS: readonly OptimizerSpec[] = [
  { id: 'sgd', label: 'SGD (η=0.07)', create: sgd(0.07) },
  { id: 'momentum', label: '모멘텀 (η=0.05, μ=0.9)', create: momentum(0.05, 0.9) },
  { id: 'nesterov', label: '네스테로프 (η=0.05, μ=0.9)', create: nesterov(0.05, 0.9) },
  { id: 'adagrad', label: 'Adagrad (η=1.0)', create: adagrad(1.0) },
  { id: 'rmsprop', label: 'RMSProp (η=0.05, ρ=0.9)', create: rmsprop(0.05, 0.9) },
  { id: 'adam', label: 'Adam (α=0.1, β₁=0.9, β₂=0.999)', create: adam(0.1) },
];

export const START: Vec2 = [-4, 2];

/** The iterates w₀ (the start), w₁, …, w_steps. */
export function simulate(create: () => Optimizer, surface: Surface, steps: number, start: Vec2 = START): Vec2[] {
  const optimizer = create();
  const path: Vec2[] = [start];
  let w = start;
  for (let t = 1; t <= steps; t++) {
    w = optimizer.step(w, surface, t);
    path.push(w);
  }
  return path;
}

/** First step at which f < tol (as counted in the note's table), or undefined within maxSteps. */
export function stepsToConverge(create: () => Optimizer, surface: Surface, maxSteps = 3000, tol = 1e-6): number | undefined {
  const optimizer = create();
  let w = START;
  for (let t = 1; t <= maxSteps; t++) {
    w = optimizer.step(w, surface, t);
    if (surface.loss(w) < tol) return t;
    if (!Number.isFinite(surface.loss(w))) return undefined;
  }
  return undefined;
}
