// Regression losses against the residual r, and their derivatives, as in content/notes/loss-functions.md.

export interface LossCurve {
  id: string;
  label: string;
  loss(r: number): number;
  gradient(r: number): number;
  /** Residuals where the gradient jumps (drawn as a break, not a vertical line). */
  jumps?: readonly number[];
}

/** Squared error r² (MSE per sample). */
export const l2Loss: LossCurve = { id: 'l2', label: 'L2 (제곱, MSE)', loss: (r) => r * r, gradient: (r) => 2 * r };

/** Absolute error |r|; its (sub)gradient sign(r) jumps at 0. */
export const l1Loss: LossCurve = { id: 'l1', label: 'L1 (절댓값, MAE)', loss: Math.abs, gradient: Math.sign, jumps: [0] };

/** Huber: ½r² inside |r| ≤ δ, δ(|r| − ½δ) outside; gradient clip(r, −δ, δ). */
export function huber(delta: number): LossCurve {
  return {
    id: 'huber',
    label: `휴버 (δ=${delta})`,
    loss: (r) => (Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta)),
    gradient: (r) => Math.min(delta, Math.max(-delta, r)),
  };
}

/** Smooth L1: 0.5r²/β inside |r| < β, |r| − 0.5β outside; gradient r/β inside, sign(r) outside. */
export function smoothL1(beta: number): LossCurve {
  return {
    id: 'smooth-l1',
    label: `스무스 L1 (β=${beta})`,
    loss: (r) => (Math.abs(r) < beta ? (0.5 * r * r) / beta : Math.abs(r) - 0.5 * beta),
    gradient: (r) => (Math.abs(r) < beta ? r / beta : Math.sign(r)),
  };
}
