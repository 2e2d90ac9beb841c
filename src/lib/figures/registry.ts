// Figure id → renderer. Each renderer returns self-contained HTML (a <figure> with inline SVG).
export interface FigureContext {
  /** The deploy base, for figures that load an asset (the HSV demo script). */
  base: string;
  /** The one-line Korean description written in the marker. */
  caption: string;
}

export type FigureRenderer = (context: FigureContext) => string;

export const figureRenderers: Record<string, FigureRenderer> = {};
