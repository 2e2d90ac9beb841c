// hsv-hue-wheel (hue wheel with the note's bins, and an S–V slice with the classifier's thresholds)
// and hsv-demo (the interactive demo's server-rendered markup; public/scripts/hsv-demo.js makes it live).
// Swatch fills are the colours themselves, not theme variables: they are the data.
import { figureDomId, figureHtml } from '../chart/figure';
import { element, escapeHtml, formatNumber, round } from '../chart/markup';
import { FONT, renderPanel } from '../chart/panel';
import { describeColor, formatColor, hsvToRgb, hueBinArcs, HUE_BINS, toHex, type FormattedColor } from '../hsv';
import type { FigureContext } from '../registry';

const rgbFill = (h: number, s: number, v: number) => `rgb(${hsvToRgb(h, s, v).join(' ')})`;

/** A point on the wheel: 0° at the top, angles increasing clockwise. */
function polar(cx: number, cy: number, radius: number, deg: number): [number, number] {
  const t = (deg * Math.PI) / 180;
  return [round(cx + radius * Math.sin(t)), round(cy - radius * Math.cos(t))];
}

function ringSector(cx: number, cy: number, inner: number, outer: number, from: number, to: number): string {
  const large = to - from > 180 ? 1 : 0;
  const [a, b, c, d] = [polar(cx, cy, outer, from), polar(cx, cy, outer, to), polar(cx, cy, inner, to), polar(cx, cy, inner, from)];
  return `M${a}A${outer},${outer} 0 ${large},1 ${b}L${c}A${inner},${inner} 0 ${large},0 ${d}Z`;
}

function hueWheelPanel(id: string): string {
  const [cx, cy, inner, outer] = [150, 160, 66, 100];
  const size = 300;
  const arcs = hueBinArcs();
  const colours = Array.from({ length: 72 }, (_, k) =>
    element('path', { d: ringSector(cx, cy, inner, outer, k * 5 - 0.3, k * 5 + 5.3), fill: rgbFill(k * 5 + 2.5, 1, 1) }),
  ).join('');
  const boundaries = HUE_BINS.slice(1)
    .map(([, start]) => {
      const [x1, y1] = polar(cx, cy, inner - 6, start);
      const [x2, y2] = polar(cx, cy, outer + 6, start);
      const [tx, ty] = polar(cx, cy, inner - 16, start);
      return (
        element('line', { x1, y1, x2, y2, stroke: 'var(--fg)', 'stroke-width': 1.5 }) +
        element('text', { x: tx, y: ty + 3.5, 'text-anchor': 'middle', 'font-size': 9.5, fill: 'var(--fg-muted)' }, `${start}`)
      );
    })
    .join('');
  const names = arcs
    .map(({ name, fromDeg, toDeg }) => {
      const mid = (fromDeg + toDeg) / 2;
      const [x, y] = polar(cx, cy, outer + 20, mid);
      return element('text', { x, y: y + 4, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.label }, escapeHtml(name));
    })
    .join('');
  const desc =
    '색상환은 위쪽 0°(빨강)에서 시계 방향으로 60° 노랑, 120° 초록, 180° 청록, 240° 파랑, 300° 자홍을 지나 360°에서 다시 빨강이 됩니다. ' +
    '구간 경계: ' +
    arcs.map(({ name, fromDeg, toDeg }) => `${name} ${(fromDeg + 360) % 360}–${toDeg}°`).join(', ') +
    '.';
  return element(
    'svg',
    {
      class: 'figure-panel',
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      viewBox: `0 0 ${size} ${size + 10}`,
      'font-size': FONT.tick,
    },
    element('title', { id: `${id}-title` }, '색상환과 색상 구간') +
      element('desc', { id: `${id}-desc` }, escapeHtml(desc)) +
      element('text', { x: 4, y: 15, 'font-size': FONT.heading, 'font-weight': 700, fill: 'var(--fg)' }, '색상 H와 색상 구간 (각도, °)') +
      element('g', { class: 'hue-ring' }, colours) +
      element('g', { class: 'hue-bins' }, boundaries + names) +
      element('text', { x: cx, y: cy - 4, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.label }, '0°가 위,') +
      element('text', { x: cx, y: cy + 12, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.label }, '시계 방향'),
  );
}

/** The S–V plane at one hue (a slice of the HSV cylinder), with the classifier's thresholds marked. */
function saturationValuePanel(id: string, hue: number): string {
  const cells = 20;
  const bin = describeColor(...hsvToRgb(hue, 1, 1)).hueBin;
  return renderPanel(
    {
      id,
      heading: `H = ${hue}°(${bin})에서 S와 V를 바꾼 색`,
      title: `색상 ${hue}°에서 채도와 명도에 따른 색과 분류`,
      desc:
        `가로축은 채도 S, 세로축은 명도 V입니다. V가 0.2보다 작으면 검정, S가 0.15보다 작으면 V에 따라 회색 또는 흰색(V > 0.85)으로 분류됩니다. ` +
        `나머지 중 V < 0.6이면 '어두운 ${bin}', S < 0.45이고 V > 0.8이면 '연한 ${bin}', 그 밖은 '${bin}'입니다.`,
      height: 300,
      equalAspect: true,
      x: { domain: [0, 1], label: '채도 S', ticks: [0, 0.15, 0.45, 1], format: (v) => formatNumber(v) },
      y: { domain: [0, 1], label: '명도 V', ticks: [0, 0.2, 0.6, 0.8, 1], format: (v) => formatNumber(v) },
    },
    (plot) => {
      const size = (plot.x(1) - plot.x(0)) / cells;
      const swatches: string[] = [];
      for (let i = 0; i < cells; i++) {
        for (let j = 0; j < cells; j++) {
          const [s, v] = [(i + 0.5) / cells, (j + 0.5) / cells];
          swatches.push(
            element('rect', {
              x: plot.x(i / cells),
              y: plot.y((j + 1) / cells),
              width: size + 0.3,
              height: size + 0.3,
              fill: rgbFill(hue, s, v),
            }),
          );
        }
      }
      // Threshold lines of the note's classify(), and labels on a background plate so they read on any colour.
      const line = (x1: number, y1: number, x2: number, y2: number) =>
        element('line', {
          x1: plot.x(x1),
          y1: plot.y(y1),
          x2: plot.x(x2),
          y2: plot.y(y2),
          stroke: 'var(--fg)',
          'stroke-width': 1.5,
          'stroke-dasharray': '4 3',
        });
      const label = (text: string, s: number, v: number) => {
        const width = text.length * 11 + 8;
        const [x, y] = [plot.x(s), plot.y(v)];
        return (
          element('rect', { x: x - width / 2, y: y - 10, width, height: 17, rx: 3, fill: 'var(--bg)', 'fill-opacity': 0.85 }) +
          element('text', { x, y: y + 3, 'text-anchor': 'middle', fill: 'var(--fg)' }, escapeHtml(text))
        );
      };
      return [
        element('g', { class: 'sv-swatches' }, swatches.join('')),
        line(0, 0.2, 1, 0.2),
        line(0.15, 0.2, 0.15, 1),
        line(0.15, 0.6, 1, 0.6),
        line(0.15, 0.8, 0.45, 0.8),
        line(0.45, 0.8, 0.45, 1),
        label('검정', 0.5, 0.1),
        label('회색', 0.075, 0.5),
        label('흰색', 0.075, 0.925),
        label(`어두운 ${bin}`, 0.58, 0.4),
        label(`연한 ${bin}`, 0.3, 0.9),
        label(bin, 0.72, 0.8),
      ].join('');
    },
  );
}

export const HSV_SLICE_HUE = 30;

export function renderHueWheel({ caption }: FigureContext, id = 'hsv-hue-wheel'): string {
  return figureHtml({
    id,
    caption,
    panels: [hueWheelPanel(`${figureDomId(id)}-p0`), saturationValuePanel(`${figureDomId(id)}-p1`, HSV_SLICE_HUE)],
  });
}

/** Colours of the no-JS example table: the three of the issue (red, a teal, a grey) and some of the note's samples. */
export const HSV_EXAMPLES: readonly { label: string; rgb: [number, number, number] }[] = [
  { label: '빨강', rgb: [255, 0, 0] },
  { label: '청록(teal)', rgb: [0, 128, 128] },
  { label: '회색', rgb: [128, 128, 128] },
  { label: '토마토', rgb: [255, 99, 71] },
  { label: '올리브', rgb: [128, 128, 0] },
  { label: '하늘', rgb: [135, 206, 235] },
  { label: '라벤더', rgb: [230, 230, 250] },
];

const INITIAL_RGB: [number, number, number] = [255, 99, 71];

export function renderHsvDemo({ base, caption }: FigureContext, id = 'hsv-demo'): string {
  const dom = figureDomId(id);
  const initial = formatColor(describeColor(...INITIAL_RGB));
  const channel = (name: 'r' | 'g' | 'b', label: string, value: number) =>
    `<div class="hsv-demo-field"><label for="${dom}-${name}">${label}</label>` +
    `<input id="${dom}-${name}" name="${name}" type="number" inputmode="numeric" min="0" max="255" step="1" required value="${value}"></div>`;
  const values: [string, keyof FormattedColor][] = [
    ['H, S, V (0–360°, 0–100%)', 'hsv'],
    ['0–1 비율 (Python colorsys)', 'unit'],
    ['OpenCV 8비트 (H 0–179, S·V 0–255)', 'opencv'],
    ['색상 구간 (H만 본 이름)', 'hueBin'],
    ['분류 결과 (V, S 검사 포함)', 'name'],
  ];
  const rows = HSV_EXAMPLES.map(({ label, rgb }) => {
    const text = formatColor(describeColor(...rgb));
    return (
      `<tr><th scope="row"><span class="hsv-demo-chip" style="background:${toHex(rgb)}"></span>${escapeHtml(label)}</th>` +
      `<td class="num">${rgb.join(', ')}</td><td class="num">${text.hsv}</td>` +
      `<td class="num">${text.opencv}</td><td>${escapeHtml(text.hueBin)}</td><td>${escapeHtml(text.name)}</td></tr>`
    );
  }).join('');
  return [
    `<figure class="figure hsv-demo" id="${dom}" data-figure="${escapeHtml(id)}">`,
    `<form class="hsv-demo-form" data-hsv-demo aria-labelledby="${dom}-legend" data-pagefind-ignore>`,
    `<fieldset disabled><legend id="${dom}-legend">색 고르기: 색 선택기로 고르거나 R, G, B 값(0–255)을 입력하세요</legend>`,
    `<div class="hsv-demo-inputs">`,
    `<div class="hsv-demo-field"><label for="${dom}-color">색 선택기</label><input id="${dom}-color" name="color" type="color" value="${toHex(INITIAL_RGB)}"></div>`,
    channel('r', 'R (빨강)', INITIAL_RGB[0]),
    channel('g', 'G (초록)', INITIAL_RGB[1]),
    channel('b', 'B (파랑)', INITIAL_RGB[2]),
    `</div><button type="submit" class="visually-hidden">변환</button></fieldset>`,
    `<div class="hsv-demo-result">`,
    `<div class="hsv-demo-swatch" style="background:${toHex(INITIAL_RGB)}" aria-hidden="true"></div>`,
    `<p class="hsv-demo-summary"><output for="${dom}-color ${dom}-r ${dom}-g ${dom}-b" aria-live="polite">${escapeHtml(initial.summary)}</output></p>`,
    `<dl class="hsv-demo-values">`,
    values.map(([term, key]) => `<div><dt>${escapeHtml(term)}</dt><dd data-field="${key}">${escapeHtml(initial[key])}</dd></div>`).join(''),
    `</dl></div></form>`,
    `<p class="hsv-demo-nojs figure-note">자바스크립트가 꺼져 있어 색을 바꿀 수 없습니다. 위 값은 토마토색 (255, 99, 71)의 결과이고, 아래 표에 대표 색의 결과를 미리 계산해 두었습니다.</p>`,
    // Focusable so that keyboard users can scroll the table sideways on phones.
    `<section class="table-wrap" tabindex="0" aria-labelledby="${dom}-examples">`,
    `<table class="figure-table hsv-demo-examples"><caption id="${dom}-examples">대표 색의 변환 결과 (미리 계산)</caption>`,
    `<thead><tr><th scope="col">색</th><th scope="col">RGB</th><th scope="col">H, S, V</th><th scope="col">OpenCV 8비트</th><th scope="col">구간</th><th scope="col">분류</th></tr></thead>`,
    `<tbody>${rows}</tbody></table></section>`,
    `<figcaption>${escapeHtml(caption)}</figcaption>`,
    `</figure>`,
    `<script type="module" src="${escapeHtml(base)}scripts/hsv-demo.js"></script>`,
  ].join('');
}
