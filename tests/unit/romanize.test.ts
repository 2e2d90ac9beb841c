import { describe, expect, it } from 'vitest';
import { romanize, slugify, uniqueSlug } from '../../src/lib/romanize';

describe('romanize', () => {
  it('spells Hangul syllables in Revised Romanization letters', () => {
    expect(romanize('신경망 기초')).toBe('singyeongmang gicho');
    expect(romanize('역전파')).toBe('yeokjeonpa');
    expect(romanize('합성곱')).toBe('hapseonggop');
    expect(romanize('ResNet 정리')).toBe('ResNet jeongri');
  });
});

describe('slugify', () => {
  it('turns file names into lowercase hyphenated slugs', () => {
    expect(slugify('01_신경망 기초')).toBe('01-singyeongmang-gicho');
    expect(slugify('02_Neural_Network_Basics')).toBe('02-neural-network-basics');
    expect(slugify('Café — résumé!')).toBe('cafe-resume');
    expect(slugify('???')).toBe('');
  });

  it('numbers collisions and never returns a taken slug', () => {
    const taken = new Set(['alpha', 'alpha-2', 'note']);
    expect(uniqueSlug('Alpha', taken)).toBe('alpha-3');
    expect(uniqueSlug('???', taken)).toBe('note-2');
    expect(uniqueSlug('beta', taken)).toBe('beta');
  });
});
