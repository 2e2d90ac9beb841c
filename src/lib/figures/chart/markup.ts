// Small helpers for writing SVG/HTML as strings (figures are rendered at build time, without a DOM).

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds a coordinate to 2 decimals: enough at viewBox sizes of a few hundred units, and keeps pages small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Serializes attributes; undefined and false are left out, numbers are rounded. */
export function attributes(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${typeof value === 'number' ? round(value) : escapeHtml(String(value))}"`))
    .join(' ');
}

/** `<name attrs>children</name>`, or a self-closing element without children. */
export function element(name: string, attrs: Record<string, string | number | boolean | undefined>, children?: string): string {
  const open = [name, attributes(attrs)].filter(Boolean).join(' ');
  return children === undefined ? `<${open}/>` : `<${open}>${children}</${name}>`;
}

/** Korean-style number for labels: a true minus sign, up to `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 2): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '−∞';
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return (text === '-0' ? '0' : text).replace('-', '−');
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10 to an integer power with superscript digits: 10⁻⁴⁰ (and 1 for 10⁰). */
export function powerOfTen(exponent: number): string {
  return exponent === 0 ? '1' : `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** Scientific notation for labels: 7.0 × 10⁻⁴⁶. */
export function formatScientific(value: number, digits = 1): string {
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return `${(value / 10 ** exponent).toFixed(digits)} × ${powerOfTen(exponent)}`;
}
