// RGB → HSV and the hue bins of content/notes/hsv-color-classification.md (its "색상 구간표" and its
// classify() example, thresholds included). public/scripts/hsv-demo.js carries a minified copy of this
// logic for the interactive demo; tests/unit/figures/hsv-demo-script.test.ts keeps the two in agreement.

export interface Hsv {
  /** Hue in degrees, [0, 360); 0 for greys, as Python's colorsys does. */
  h: number;
  /** Saturation, [0, 1]. */
  s: number;
  /** Value, [0, 1]. */
  v: number;
}

/** Python's colorsys.rgb_to_hsv on 0–255 integers divided by 255, with the hue in degrees. */
export function rgbToHsv(r: number, g: number, b: number): Hsv {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const chroma = max - Math.min(R, G, B);
  if (chroma === 0) return { h: 0, s: 0, v: max };
  const sector = max === R ? (G - B) / chroma : max === G ? 2 + (B - R) / chroma : 4 + (R - G) / chroma;
  return { h: ((((sector / 6) % 1) + 1) % 1) * 360, s: chroma / max, v: max };
}

/** HSV (h in degrees, s and v in [0, 1]) back to 0–255 RGB, rounded. */
export function hsvToRgb(h: number, s: number, v: number): [number, number, number] {
  const channel = (n: number) => {
    const k = (n + h / 60) % 6;
    return Math.round(255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1))));
  };
  return [channel(5), channel(3), channel(1)];
}

/** OpenCV's 8-bit COLOR_RGB2HSV convention: H = hue/2 in 0–179, S and V scaled to 0–255 (rounded). */
export function toOpenCv8Bit({ h, s, v }: Hsv): { h: number; s: number; v: number } {
  return { h: Math.round(h / 2) % 180, s: Math.round(s * 255), v: Math.round(v * 255) };
}

/** The note's bins as (name, start angle): each runs to the next start; red appears at both ends. */
export const HUE_BINS: readonly (readonly [name: string, startDeg: number])[] = [
  ['빨강', 0],
  ['주황', 15],
  ['노랑', 40],
  ['연두', 65],
  ['초록', 95],
  ['청록', 150],
  ['파랑', 190],
  ['보라', 255],
  ['자홍', 290],
  ['분홍', 325],
  ['빨강', 345],
];

/** Bin name of a hue in degrees (the note's hue_name). */
export function hueName(hDeg: number): string {
  let name = HUE_BINS[0]![0];
  for (const [label, start] of HUE_BINS) if (hDeg >= start) name = label;
  return name;
}

/** The note's classify(): black by V, greys by S, then the hue bin with "어두운"/"연한" modifiers. */
export function classifyHsv({ h, s, v }: Hsv): string {
  if (v < 0.2) return '검정';
  if (s < 0.15) return v > 0.85 ? '흰색' : '회색';
  const name = hueName(h);
  if (v < 0.6) return `어두운 ${name}`;
  if (s < 0.45 && v > 0.8) return `연한 ${name}`;
  return name;
}

export interface ColorDescription {
  rgb: [number, number, number];
  hsv: Hsv;
  opencv: { h: number; s: number; v: number };
  /** Name of the hue bin alone. */
  hueBin: string;
  /** Name after the V and S checks of the note's classifier. */
  name: string;
}

export function describeColor(r: number, g: number, b: number): ColorDescription {
  const hsv = rgbToHsv(r, g, b);
  return { rgb: [r, g, b], hsv, opencv: toOpenCv8Bit(hsv), hueBin: hueName(hsv.h), name: classifyHsv(hsv) };
}

/** Representative hue of each distinct bin, for the wheel's labels (red's two pieces meet at 0°). */
export function hueBinArcs(): { name: string; fromDeg: number; toDeg: number }[] {
  const arcs = HUE_BINS.map(([name, start], i) => ({ name, fromDeg: start, toDeg: HUE_BINS[i + 1]?.[1] ?? 360 }));
  // Merge the red piece at 345–360 with the one at 0–15 into a single arc from −15 to 15.
  const last = arcs.pop()!;
  arcs[0] = { name: arcs[0]!.name, fromDeg: last.fromDeg - 360, toDeg: arcs[0]!.toDeg };
  return arcs;
}

/** Rounds to `digits` decimals and drops trailing zeros (9.1, 100, 0.025). Mirrored in hsv-demo.js. */
const fixed = (value: number, digits: number) => String(+value.toFixed(digits));

export interface FormattedColor {
  /** "9.1°, 72.2%, 100%" */
  hsv: string;
  /** "0.025, 0.722, 1" (colorsys ratios) */
  unit: string;
  /** "5, 184, 255" */
  opencv: string;
  hueBin: string;
  name: string;
  /** One line for the live region. */
  summary: string;
}

/** The demo's display strings; public/scripts/hsv-demo.js formats the same way (tested). */
export function formatColor(d: ColorDescription): FormattedColor {
  const hsv = `${fixed(d.hsv.h, 1)}°, ${fixed(d.hsv.s * 100, 1)}%, ${fixed(d.hsv.v * 100, 1)}%`;
  return {
    hsv,
    unit: `${fixed(d.hsv.h / 360, 3)}, ${fixed(d.hsv.s, 3)}, ${fixed(d.hsv.v, 3)}`,
    opencv: `${d.opencv.h}, ${d.opencv.s}, ${d.opencv.v}`,
    // A grey has no hue; colorsys (and so the note's code) calls it 0°, which lands in the red bin.
    hueBin: d.hsv.s === 0 ? `${d.hueBin} (무채색, H=0°)` : d.hueBin,
    name: d.name,
    summary: `RGB ${d.rgb.join(', ')} → H, S, V ${hsv}, 색상 구간 ${d.hueBin}, 분류 ${d.name}`,
  };
}

export const toHex = ([r, g, b]: readonly number[]) => '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
