// Focal loss FL(p_t) = −(1 − p_t)^γ log p_t (Lin et al. 2017, without α); γ = 0 is the cross-entropy.

export const crossEntropy = (pt: number) => -Math.log(pt);

export function focalLoss(pt: number, gamma: number): number {
  // At p_t = 1, log p_t = 0 and the loss is 0 for every γ (written out to avoid returning −0).
  if (pt >= 1) return 0;
  return -((1 - pt) ** gamma) * Math.log(pt);
}

/** The γ values of the notes' table and figure. */
export const FOCAL_GAMMAS = [0, 0.5, 1, 2, 5] as const;
