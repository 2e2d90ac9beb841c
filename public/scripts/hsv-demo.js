// HSV demo (content/notes/hsv-color-classification.md): pick a colour or type R, G, B and see H, S, V,
// OpenCV's 8-bit values and the note's colour name. Plain script, no framework. describeColor and
// formatColor mirror src/lib/figures/hsv.ts; tests/unit/figures/hsv-demo-script.test.ts checks they agree.
const BINS = [
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

export function describeColor(r, g, b) {
  const R = r / 255,
    G = g / 255,
    B = b / 255;
  const max = Math.max(R, G, B),
    chroma = max - Math.min(R, G, B);
  let h = 0;
  if (chroma) {
    const sector = max === R ? (G - B) / chroma : max === G ? 2 + (B - R) / chroma : 4 + (R - G) / chroma;
    h = ((((sector / 6) % 1) + 1) % 1) * 360;
  }
  const s = chroma ? chroma / max : 0,
    v = max;
  let hueBin = BINS[0][0];
  for (const [label, start] of BINS) if (h >= start) hueBin = label;
  const name =
    v < 0.2
      ? '검정'
      : s < 0.15
        ? v > 0.85
          ? '흰색'
          : '회색'
        : v < 0.6
          ? '어두운 ' + hueBin
          : s < 0.45 && v > 0.8
            ? '연한 ' + hueBin
            : hueBin;
  const opencv = { h: Math.round(h / 2) % 180, s: Math.round(s * 255), v: Math.round(v * 255) };
  return { rgb: [r, g, b], hsv: { h, s, v }, opencv, hueBin, name };
}

const fixed = (x, digits) => String(+x.toFixed(digits));

export function formatColor(d) {
  const { h, s, v } = d.hsv;
  const hsv = `${fixed(h, 1)}°, ${fixed(s * 100, 1)}%, ${fixed(v * 100, 1)}%`;
  return {
    hsv,
    unit: `${fixed(h / 360, 3)}, ${fixed(s, 3)}, ${fixed(v, 3)}`,
    opencv: `${d.opencv.h}, ${d.opencv.s}, ${d.opencv.v}`,
    hueBin: s === 0 ? `${d.hueBin} (무채색, H=0°)` : d.hueBin,
    name: d.name,
    summary: `RGB ${d.rgb.join(', ')} → H, S, V ${hsv}, 색상 구간 ${d.hueBin}, 분류 ${d.name}`,
  };
}

function setUp(form) {
  const field = (name) => form.elements.namedItem(name);
  const picker = field('color');
  const channels = ['r', 'g', 'b'].map(field);
  const show = (rgb) => {
    const text = formatColor(describeColor(...rgb));
    for (const key of ['hsv', 'unit', 'opencv', 'hueBin', 'name']) form.querySelector(`[data-field="${key}"]`).textContent = text[key];
    form.querySelector('output').textContent = text.summary;
    form.querySelector('.hsv-demo-swatch').style.background = picker.value;
  };
  picker.addEventListener('input', () => {
    const rgb = [1, 3, 5].map((i) => parseInt(picker.value.slice(i, i + 2), 16));
    channels.forEach((input, i) => (input.value = rgb[i]));
    show(rgb);
  });
  const onNumber = () => {
    // Ignore a channel while it is being typed (empty or out of range); the last valid colour stays.
    const rgb = channels.map((input) => Number(input.value));
    if (!channels.every((input, i) => input.value !== '' && Number.isInteger(rgb[i]) && rgb[i] >= 0 && rgb[i] <= 255)) return;
    picker.value = '#' + rgb.map((c) => c.toString(16).padStart(2, '0')).join('');
    show(rgb);
  };
  channels.forEach((input) => input.addEventListener('input', onNumber));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector('fieldset').disabled = false;
  const note = form.parentElement.querySelector('.hsv-demo-nojs');
  if (note) note.hidden = true;
}

if (typeof document !== 'undefined') document.querySelectorAll('form[data-hsv-demo]').forEach(setUp);
