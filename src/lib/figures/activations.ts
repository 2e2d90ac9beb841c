// Activation functions and their derivatives, as defined in content/notes/activation-functions.md.
// GELU is the exact x·Φ(x); Φ uses the error function below (not the tanh or sigmoid approximation).

export interface Activation {
  id: string;
  /** Korean/English name used in headings and legends. */
  label: string;
  f(x: number): number;
  df(x: number): number;
}

/**
 * Error function, accurate to about 1e-14: its Maclaurin series for |x| < 3 and the Lentz evaluation of
 * the continued fraction of erfc beyond, where the series would lose digits to cancellation.
 */
export function erf(x: number): number {
  if (x < 0) return -erf(-x);
  if (x < 3) {
    // erf(x) = 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 100; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  return 1 - erfcContinuedFraction(x);
}

/** erfc(x) = e^(−x²)/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …)))) for x ≥ 3, by the modified Lentz method. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = x + a * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** Standard normal CDF Φ and density φ. */
export const normalCdf = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));
export const normalPdf = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/** Logistic sigmoid, written to avoid overflow of e^(−x) for large negative x. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export const relu6 = (x: number) => Math.min(Math.max(0, x), 6);
export const hardSigmoid = (x: number) => relu6(x + 3) / 6;

export const sigmoidActivation: Activation = {
  id: 'sigmoid',
  label: '시그모이드',
  f: sigmoid,
  df: (x) => sigmoid(x) * (1 - sigmoid(x)),
};

export const tanhActivation: Activation = {
  id: 'tanh',
  label: 'tanh',
  f: Math.tanh,
  df: (x) => 1 - Math.tanh(x) ** 2,
};

/** ReLU; the derivative at 0 is taken as 0, as most frameworks do. */
export const reluActivation: Activation = {
  id: 'relu',
  label: 'ReLU',
  f: (x) => Math.max(0, x),
  df: (x) => (x > 0 ? 1 : 0),
};

export function leakyRelu(alpha = 0.01): Activation {
  return {
    id: 'leaky-relu',
    label: `Leaky ReLU (α=${alpha})`,
    f: (x) => (x > 0 ? x : alpha * x),
    df: (x) => (x > 0 ? 1 : alpha),
  };
}

export function elu(alpha = 1): Activation {
  return {
    id: 'elu',
    label: `ELU (α=${alpha})`,
    f: (x) => (x > 0 ? x : alpha * Math.expm1(x)),
    df: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
  };
}

export const geluActivation: Activation = {
  id: 'gelu',
  label: 'GELU',
  f: (x) => x * normalCdf(x),
  df: (x) => normalCdf(x) + x * normalPdf(x),
};

/** Swish_β(x) = x·σ(βx); β = 1 is SiLU. */
export function swish(beta = 1): Activation {
  return {
    id: beta === 1 ? 'silu' : 'swish',
    label: beta === 1 ? 'SiLU (Swish, β=1)' : `Swish (β=${beta})`,
    f: (x) => x * sigmoid(beta * x),
    df: (x) => {
      const s = sigmoid(beta * x);
      return s + beta * x * s * (1 - s);
    },
  };
}

/** h-swish(x) = x·ReLU6(x+3)/6 (MobileNetV3). */
export const hardSwishActivation: Activation = {
  id: 'h-swish',
  label: 'h-swish',
  f: (x) => x * hardSigmoid(x),
  df: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6),
};

export const hardSigmoidActivation: Activation = {
  id: 'h-sigmoid',
  label: 'h-sigmoid',
  f: hardSigmoid,
  df: (x) => (x > -3 && x < 3 ? 1 / 6 : 0),
};
