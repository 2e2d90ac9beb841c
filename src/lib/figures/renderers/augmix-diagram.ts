// augmix-chains: how AugMix builds one training image. The original x_orig (left) goes through k = 3
// augmentation chains of 1–3 operations each; Dirichlet weights w₁…w₃ mix the chain outputs into x_aug;
// a Beta-sampled m then mixes x_orig back in: x_augmix = m·x_orig + (1−m)·x_aug (the skip path along the
// bottom). Thumbnails are a small drawn scene, transformed like the chain's operations, so the figure needs
// no image files. The viewBox is 400 units wide and shown in the single-panel column (≤ 24rem), so its
// 12.5-unit labels render at 10–12 px from a 360 px phone to a desktop.
import { figureDomId, figureHtml } from '../chart/figure';
import { element, escapeHtml } from '../chart/markup';
import type { FigureContext } from '../registry';
import { estimateTextWidth } from './cnn-accuracy';

const WIDTH = 400;
const FONT = { box: 12.5, math: 13, small: 12 } as const;
const BOX_HEIGHT = 26;
const ARROW_GAP = 14;
const BOX_PADDING = 12;

/** The three chains of the figure: depth 2, 1 and 3, operations from the note's list. */
export const AUGMIX_CHAINS: readonly (readonly string[])[] = [['회전', '포스터화'], ['전단'], ['이동', '평활화', '회전']];

/** A piece of math text: italic variable names, upright words, subscripts. */
type MathPart = { text: string; italic?: boolean; sub?: boolean };

const v = (text: string): MathPart => ({ text, italic: true });
const sub = (text: string): MathPart => ({ text, sub: true });
const t = (text: string): MathPart => ({ text });

function mathText(parts: readonly MathPart[], attrs: Record<string, string | number | undefined>): string {
  let shifted = false;
  const spans = parts.map((part) => {
    const dy = part.sub && !shifted ? 3.5 : !part.sub && shifted ? -3.5 : undefined;
    shifted = !!part.sub;
    return element(
      'tspan',
      { dy, 'font-style': part.italic ? 'italic' : undefined, 'font-size': part.sub ? '0.8em' : undefined },
      escapeHtml(part.text),
    );
  });
  return element('text', attrs, spans.join(''));
}

function mathWidth(parts: readonly MathPart[], fontSize: number): number {
  return parts.reduce((sum, part) => sum + estimateTextWidth(part.text, part.sub ? fontSize * 0.8 : fontSize), 0);
}

/** A line or polyline ending in an arrowhead at its last point. */
function arrow(points: readonly (readonly [number, number])[], colour = 'var(--fg-muted)'): string {
  const [x1, y1] = points[points.length - 2]!;
  const [x2, y2] = points[points.length - 1]!;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (da: number) => [x2 - 7 * Math.cos(angle + da), y2 - 7 * Math.sin(angle + da)] as const;
  const [ax, ay] = head(0.45);
  const [bx, by] = head(-0.45);
  // The shaft stops inside the head so that its end does not poke through the tip.
  const shaft = points.map(([x, y], i) => (i === points.length - 1 ? [x2 - 5 * Math.cos(angle), y2 - 5 * Math.sin(angle)] : [x, y]));
  return (
    element('path', {
      d: 'M' + shaft.map(([x, y]) => `${x},${y}`).join('L'),
      fill: 'none',
      stroke: colour,
      'stroke-width': 1.4,
      'stroke-linejoin': 'round',
    }) + element('path', { d: `M${x2},${y2}L${ax},${ay}L${bx},${by}Z`, fill: colour })
  );
}

/**
 * A small picture: sky, sun and two hills in a rounded frame, drawn with theme colours. `transform` is applied to
 * the scene inside the frame (rotation, shear, shift), `posterize` flattens it to two tones, and `ghosts` adds
 * faint shifted copies, the double image that pixel averaging of differently moved copies leaves.
 */
function thumbnail(
  dom: string,
  name: string,
  x: number,
  y: number,
  size: number,
  options: { transform?: string; posterize?: boolean; ghosts?: readonly string[]; equalize?: boolean } = {},
): string {
  const clip = `${dom}-${name}-clip`;
  const s = size / 48;
  const scene = (opacity?: number, transform?: string) =>
    element(
      'g',
      { transform, opacity },
      [
        element('circle', { cx: 34 * s, cy: 14 * s, r: 6.5 * s, fill: options.posterize ? 'var(--fg)' : 'var(--series-2)' }),
        element('path', {
          d: `M${-6 * s},${48 * s}L${14 * s},${22 * s}L${30 * s},${40 * s}L${38 * s},${30 * s}L${56 * s},${48 * s}Z`,
          fill: options.posterize ? 'var(--fg)' : 'var(--series-3)',
          'fill-opacity': options.equalize ? 1 : 0.85,
        }),
        element('path', {
          d: `M${-6 * s},${48 * s}L${4 * s},${38 * s}L${20 * s},${54 * s}Z`,
          fill: options.posterize ? 'var(--fg)' : 'var(--series-1)',
          'fill-opacity': 0.9,
        }),
      ].join(''),
    );
  const centre = `${size / 2} ${size / 2}`;
  const sceneTransform = options.transform?.replace(/CENTRE/g, centre);
  const ghosts = (options.ghosts ?? []).map((ghost) => scene(0.35, ghost.replace(/CENTRE/g, centre)));
  return element(
    'g',
    { transform: `translate(${x} ${y})` },
    [
      element('clipPath', { id: clip }, element('rect', { width: size, height: size, rx: 5 })),
      element('rect', { width: size, height: size, rx: 5, fill: options.posterize ? 'var(--bg)' : 'var(--accent-soft)' }),
      element('g', { 'clip-path': `url(#${clip})` }, ghosts.join('') + scene(ghosts.length ? 0.75 : undefined, sceneTransform)),
      element('rect', { width: size, height: size, rx: 5, fill: 'none', stroke: 'var(--fg-muted)', 'stroke-width': 1 }),
    ].join(''),
  );
}

/** Thumbnail effects for the chains' outputs, roughly what their operations do to the picture. */
const CHAIN_EFFECTS = [
  { transform: 'rotate(-18 CENTRE)', posterize: true },
  { transform: 'translate(6 0) skewX(-22)' },
  { transform: 'translate(-5 4) rotate(14 CENTRE)', equalize: true },
] as const;

export function renderAugmixDiagram({ caption }: FigureContext, id = 'augmix-chains'): string {
  const dom = figureDomId(id);
  const parts: string[] = [];

  // Column positions, from the widest chain: chain boxes, then the outputs, then the weighted sum.
  const boxWidth = (op: string) => estimateTextWidth(op, FONT.box) + BOX_PADDING;
  const chainWidth = (ops: readonly string[]) => ops.reduce((sum, op) => sum + boxWidth(op), 0) + (ops.length - 1) * ARROW_GAP;
  const origin = { x: 2, size: 46 };
  const busX = origin.x + origin.size + 10;
  const chainX = busX + 11;
  const outX = chainX + Math.max(...AUGMIX_CHAINS.map(chainWidth)) + ARROW_GAP;
  const outSize = 28;
  const sumParts = [t('Σ '), v('w'), sub('i'), t('·chain'), sub('i')];
  const sigma = { x: outX + outSize + 40, width: 0, height: 46 };
  sigma.width = WIDTH - 2 - sigma.x;
  const rows = [58, 114, 170];
  const sigmaY = rows[1]! - sigma.height / 2;
  const originY = rows[1]! - origin.size / 2;

  parts.push(
    element(
      'text',
      { x: chainX, y: 16, fill: 'var(--fg-muted)', 'font-size': FONT.small },
      `증강 체인 k = ${AUGMIX_CHAINS.length} (체인마다 연산 1~3개)`,
    ),
  );

  // The original image.
  parts.push(thumbnail(dom, 'orig', origin.x, originY, origin.size));
  parts.push(
    mathText([v('x'), sub('orig')], {
      x: origin.x + origin.size / 2,
      y: originY + origin.size + 16,
      'text-anchor': 'middle',
      fill: 'var(--fg)',
      'font-size': FONT.math,
    }),
    element(
      'text',
      { x: origin.x + origin.size / 2, y: originY - 8, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.box },
      '원본',
    ),
  );
  // Fan-out to the chains.
  parts.push(
    element('path', {
      d: `M${origin.x + origin.size},${rows[1]}H${busX}M${busX},${rows[0]}V${rows[2]}`,
      fill: 'none',
      stroke: 'var(--fg-muted)',
      'stroke-width': 1.4,
    }),
  );

  // The chains: operation boxes joined by arrows, then the chain's output picture.
  AUGMIX_CHAINS.forEach((ops, i) => {
    const y = rows[i]!;
    let x = chainX;
    parts.push(
      element('text', { x: chainX, y: y - BOX_HEIGHT / 2 - 5, fill: 'var(--fg-muted)', 'font-size': FONT.small }, `체인 ${i + 1}`),
    );
    ops.forEach((op, j) => {
      const width = boxWidth(op);
      parts.push(
        arrow([
          [j === 0 ? busX : x - ARROW_GAP, y],
          [x, y],
        ]),
      );
      parts.push(
        element(
          'g',
          { class: 'augmix-op' },
          element('rect', {
            x,
            y: y - BOX_HEIGHT / 2,
            width,
            height: BOX_HEIGHT,
            rx: 6,
            fill: 'var(--bg-soft)',
            stroke: 'var(--accent)',
            'stroke-width': 1.3,
          }) +
            element(
              'text',
              { x: x + width / 2, y: y + 4.5, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.box },
              escapeHtml(op),
            ),
        ),
      );
      x += width + ARROW_GAP;
    });
    parts.push(
      arrow([
        [x - ARROW_GAP, y],
        [outX, y],
      ]),
    );
    parts.push(thumbnail(dom, `chain${i + 1}`, outX, y - outSize / 2, outSize, CHAIN_EFFECTS[i]));
  });

  // Dirichlet weights into the weighted sum: each label on the short level
  // run before its line bends (w₃ below, the others above).
  const sigmaLeft = sigma.x;
  rows.forEach((y, i) => {
    const endY = rows[1]! + (i - 1) * 12;
    const startX = outX + outSize + 2;
    parts.push(
      arrow(
        [
          [startX, y],
          [startX + 14, y],
          [sigmaLeft - 8, endY],
          [sigmaLeft, endY],
        ],
        'var(--series-4)',
      ),
    );
    parts.push(
      mathText([v('w'), sub(String(i + 1))], {
        x: startX + 1,
        y: i === 2 ? y + 17 : y - 6,
        fill: 'var(--fg)',
        'font-size': FONT.math,
      }),
    );
  });
  parts.push(
    element(
      'g',
      { class: 'augmix-sum' },
      element('rect', {
        x: sigma.x,
        y: sigmaY,
        width: sigma.width,
        height: sigma.height,
        rx: 8,
        fill: 'var(--bg-soft)',
        stroke: 'var(--series-4)',
        'stroke-width': 1.6,
      }) +
        mathText(sumParts, {
          x: sigma.x + sigma.width / 2,
          y: sigmaY + 19,
          'text-anchor': 'middle',
          fill: 'var(--fg)',
          'font-size': FONT.math,
        }) +
        mathText([t('= '), v('x'), sub('aug')], {
          x: sigma.x + sigma.width / 2,
          y: sigmaY + 37,
          'text-anchor': 'middle',
          fill: 'var(--fg)',
          'font-size': FONT.math,
        }),
    ),
  );
  const dirichlet = [v('w'), t(' ~ Dirichlet('), v('α'), t(')')];
  parts.push(
    element(
      'text',
      { x: sigma.x + sigma.width, y: rows[0]! - 22, 'text-anchor': 'end', fill: 'var(--fg)', 'font-size': FONT.small },
      '디리클레 가중치',
    ),
    mathText(dirichlet, { x: sigma.x + sigma.width, y: rows[0]! - 6, 'text-anchor': 'end', fill: 'var(--fg)', 'font-size': FONT.small }),
  );

  // Mixing with the original: the skip path along the bottom and x_aug coming down meet in the mix node.
  const mix = { width: 0, height: 34, y: rows[2]! + 62 };
  const mixParts = [v('m'), t('·'), v('x'), sub('orig'), t(' + (1 − '), v('m'), t(')·'), v('x'), sub('aug')];
  mix.width = mathWidth(mixParts, FONT.math) + 22;
  const mixX = (chainX + sigma.x + sigma.width) / 2 - mix.width / 2 + 16;
  const mixMid = mix.y + mix.height / 2;
  parts.push(
    arrow(
      [
        [origin.x + origin.size / 2, originY + origin.size + 22],
        [origin.x + origin.size / 2, mixMid],
        [mixX, mixMid],
      ],
      'var(--series-2)',
    ),
    arrow(
      [
        [sigma.x + sigma.width / 2, sigmaY + sigma.height],
        [sigma.x + sigma.width / 2, mixMid],
        [mixX + mix.width, mixMid],
      ],
      'var(--series-2)',
    ),
    element(
      'text',
      { x: origin.x + origin.size / 2 + 8, y: mixMid - 7, fill: 'var(--fg-muted)', 'font-size': FONT.small },
      '건너뛰기 연결',
    ),
    element(
      'g',
      { class: 'augmix-mix' },
      element('rect', {
        x: mixX,
        y: mix.y,
        width: mix.width,
        height: mix.height,
        rx: 8,
        fill: 'var(--bg-soft)',
        stroke: 'var(--series-2)',
        'stroke-width': 1.6,
      }) +
        mathText(mixParts, {
          x: mixX + mix.width / 2,
          y: mixMid + 4.5,
          'text-anchor': 'middle',
          fill: 'var(--fg)',
          'font-size': FONT.math,
        }),
    ),
    element(
      'text',
      { x: mixX + mix.width / 2, y: mix.y - 22, 'text-anchor': 'middle', fill: 'var(--fg)', 'font-size': FONT.small },
      '베타 가중치로 원본과 다시 섞기',
    ),
    mathText([v('m'), t(' ~ Beta('), v('α'), t(', '), v('α'), t(')')], {
      x: mixX + mix.width / 2,
      y: mix.y - 7,
      'text-anchor': 'middle',
      fill: 'var(--fg)',
      'font-size': FONT.small,
    }),
  );

  // The result.
  const resultSize = 46;
  const resultX = mixX + mix.width / 2 - resultSize / 2;
  const resultY = mix.y + mix.height + 22;
  parts.push(
    arrow([
      [mixX + mix.width / 2, mix.y + mix.height],
      [mixX + mix.width / 2, resultY - 1],
    ]),
    thumbnail(dom, 'augmix', resultX, resultY, resultSize, {
      transform: 'translate(1 0)',
      ghosts: ['rotate(-12 CENTRE)', 'translate(5 -2) skewX(-18)'],
    }),
    mathText([v('x'), sub('augmix')], {
      x: resultX + resultSize + 10,
      y: resultY + resultSize / 2 - 2,
      fill: 'var(--fg)',
      'font-size': FONT.math,
    }),
    element(
      'text',
      { x: resultX + resultSize + 10, y: resultY + resultSize / 2 + 15, fill: 'var(--fg-muted)', 'font-size': FONT.small },
      '학습에 쓰는 이미지',
    ),
  );
  const height = Math.ceil(resultY + resultSize + 8);

  const svg = element(
    'svg',
    {
      class: 'figure-panel',
      role: 'img',
      'aria-labelledby': `${dom}-title ${dom}-desc`,
      viewBox: `0 0 ${WIDTH} ${height}`,
      'font-size': FONT.box,
    },
    [
      element('title', { id: `${dom}-title` }, 'AugMix가 증강 체인 세 개와 두 번의 섞기로 학습 이미지를 만드는 과정'),
      element(
        'desc',
        { id: `${dom}-desc` },
        escapeHtml(
          `원본 이미지 x_orig가 증강 체인 ${AUGMIX_CHAINS.length}개에 똑같이 들어갑니다. ` +
            AUGMIX_CHAINS.map((ops, i) => `체인 ${i + 1}은 ${ops.join(' → ')}(연산 ${ops.length}개)`).join(', ') +
            '를 차례로 적용합니다. 체인 출력은 디리클레 분포 Dirichlet(α)에서 뽑은 가중치 w₁, w₂, w₃로 가중합해 x_aug = Σ wᵢ·chainᵢ가 됩니다. ' +
            '마지막으로 베타 분포 Beta(α, α)에서 뽑은 m으로 원본과 다시 섞어 x_augmix = m·x_orig + (1 − m)·x_aug를 만듭니다. 원본에서 혼합 단계로 바로 가는 아래쪽 경로가 건너뛰기 연결 역할을 합니다.',
        ),
      ),
      ...parts,
    ].join(''),
  );
  return figureHtml({ id, caption, panels: [svg] });
}
