// The <figure> around one or more panels: legend, panels in a grid that wraps on phones, caption.
import { escapeHtml } from './markup';

export interface FigureParts {
  /** The figure's marker id; also the element id prefix. */
  id: string;
  caption: string;
  /** Rendered panels (<svg role="img">, or panelWithLegend cells). */
  panels: readonly string[];
  /** Legend HTML shared by the panels. */
  legend?: string;
  /** Extra HTML after the panels (notes, tables). */
  after?: string;
}

/** A panel with its own legend above it, for figures whose panels plot different series. */
export function panelWithLegend(legend: string, panel: string): string {
  return `<div class="figure-cell">${legend}${panel}</div>`;
}

/** Element id prefix for the figure with this marker id. Figure ids are unique on a page. */
export function figureDomId(id: string): string {
  return `fig-${id}`;
}

export function figureHtml(parts: FigureParts): string {
  const layout = parts.panels.length === 1 ? 'figure-panels figure-panels--single' : 'figure-panels';
  return [
    `<figure class="figure" id="${figureDomId(parts.id)}" data-figure="${escapeHtml(parts.id)}">`,
    // Tick labels and legends are noise in search excerpts; the caption stays indexed.
    `<div data-pagefind-ignore>${parts.legend ?? ''}<div class="${layout}">${parts.panels.join('')}</div></div>`,
    parts.after ?? '',
    `<figcaption>${escapeHtml(parts.caption)}</figcaption>`,
    '</figure>',
  ].join('');
}
