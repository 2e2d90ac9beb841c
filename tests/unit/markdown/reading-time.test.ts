import { describe, expect, it } from 'vitest';
import { readingTime } from '../../../src/lib/reading-time';
import { render } from './render';

describe('reading time left by rendering', () => {
  it('is the reading time of the note’s source, code and math left out', async () => {
    const prose = '가'.repeat(1600);
    const source = `${prose}\n\n$$\n${'x + '.repeat(400)}y\n$$\n\n\`\`\`python\n${'print(1)\n'.repeat(300)}\`\`\``;
    const { metadata } = await render(source);
    expect(metadata.frontmatter.readingMinutes).toBe(readingTime(source).minutes);
    expect(metadata.frontmatter.readingMinutes).toBe(readingTime(prose).minutes);
  });
});
