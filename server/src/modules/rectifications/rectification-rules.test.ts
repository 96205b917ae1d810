import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET, flagshipSecret, loadConfig } from '../../config';
import { clientKeyOf } from './public-reviews.service';
import { charLength, cleanComment, doneEvidenceProblem, UNIT_TRANSITIONS } from './rectification-rules';

describe('cleanComment', () => {
  it('removes control characters and direction overrides, keeps line breaks and HTML as typed', () => {
    expect(cleanComment('\u0000a\u0008b\u001bc\u007fd\u0085e')).toBe('abcde');
    expect(cleanComment('第一行\r\n第二行\r第三行\t完')).toBe('第一行\n第二行\n第三行 完');
    expect(cleanComment('\u202e<script>alert(1)</script>\u2066')).toBe('<script>alert(1)</script>');
  });

  it('trims, and makes an empty or missing comment null', () => {
    expect(cleanComment('  好  ')).toBe('好');
    expect(cleanComment(' \u0000 \n ')).toBeNull();
    expect(cleanComment(undefined)).toBeNull();
    expect(cleanComment(null)).toBeNull();
  });

  it('counts characters as the database does (code points, not UTF-16 units)', () => {
    expect(charLength('党建😀')).toBe(3);
  });
});

describe('evidence for marking an item done', () => {
  it('asks for a note, and for a photo when the note is shorter than 10 characters', () => {
    expect(doneEvidenceProblem(null, 3)).toMatch(/整改说明/);
    expect(doneEvidenceProblem('短', 0)).toMatch(/佐证材料/);
    expect(doneEvidenceProblem('短', 1)).toBeNull();
    expect(doneEvidenceProblem('一二三四五六七八九十', 0)).toBeNull();
  });
});

describe('unit transitions', () => {
  it('only ever moves forward, and never into or out of VERIFIED', () => {
    expect(UNIT_TRANSITIONS).toEqual({ OPEN: ['IN_PROGRESS', 'DONE'], IN_PROGRESS: ['DONE'], DONE: [], VERIFIED: [] });
  });
});

describe('client keys', () => {
  it('is a keyed hash: stable per address, different per address and per secret, never the address', () => {
    const key = clientKeyOf('198.51.100.7', 'secret-a');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(clientKeyOf('198.51.100.7', 'secret-a')).toBe(key);
    expect(clientKeyOf('198.51.100.8', 'secret-a')).not.toBe(key);
    expect(clientKeyOf('198.51.100.7', 'secret-b')).not.toBe(key);
  });

  it('reads FLAGSHIP_SECRET, falling back to the development secret', () => {
    expect(flagshipSecret({ FLAGSHIP_SECRET: 'x'.repeat(40) })).toBe('x'.repeat(40));
    expect(flagshipSecret({})).toBe(DEVELOPMENT_SECRET);
    expect(loadConfig({ FLAGSHIP_SECRET: 'abc' }, []).secret).toBe('abc');
  });
});
