import { describe, expect, it } from 'vitest';
import { textSha256 as coreSha } from '../../../src/core/sources/edit-transcript';
import { smallestChange, textSha256 } from '../../../src/renderer/coding/text-sha';

describe('the turn editor’s change and text hash', () => {
  it('hashes a text as core does, emoji and lone halves included', async () => {
    for (const t of ['', 'Café 📚 résumé', 'half \ud83d alone', 'x'.repeat(100_000)]) expect(await textSha256(t)).toBe(coreSha(t));
  });

  it('sends only the changed middle of a turn, never half an emoji', () => {
    expect(smallestChange('The coaches visted every school', 'The coaches visited every school')).toEqual({ from: 15, to: 15, text: 'i' });
    expect(smallestChange('same', 'same')).toBeNull();
    expect(smallestChange('a b c', 'a c')).toEqual({ from: 2, to: 4, text: '' });
    expect(smallestChange('abc', 'xabc')).toEqual({ from: 0, to: 0, text: 'x' });
    // 😀 and 😁 share their first UTF-16 unit: the change still takes the whole character.
    expect(smallestChange('I 😀 it', 'I 😁 it')).toEqual({ from: 2, to: 4, text: '😁' });
    const before = 'The coaches visted every school';
    const after = 'The coaches visited every school';
    const c = smallestChange(before, after)!;
    expect(before.slice(0, c.from) + c.text + before.slice(c.to)).toBe(after);
  });
});
