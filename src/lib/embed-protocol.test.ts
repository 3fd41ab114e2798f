import { describe, expect, it } from 'vitest';
import {
  formatPymMessage,
  isHeightMessage,
  isValidChildId,
  makeHeightMessage,
  parsePymMessage,
} from './embed-protocol';

describe('pym.js messages', () => {
  it('formats the child protocol exactly as pym.js parses it', () => {
    expect(formatPymMessage('pym-0-abc', 'height', 412)).toBe('pymxPYMxpym-0-abcxPYMxheightxPYMx412');
    // pym.js's own parent regex, copied from pym.v1.js (_makeMessageRegex).
    const re = new RegExp('^' + ['pym', 'pym-0-abc', '(\\S+)', '(.*)'].join('xPYMx') + '$');
    expect(re.exec(formatPymMessage('pym-0-abc', 'height', 412))?.slice(1)).toEqual(['height', '412']);
  });

  it('reads width messages addressed to this child only', () => {
    expect(parsePymMessage('pymxPYMxc1xPYMxwidthxPYMx640', 'c1')).toEqual({
      id: 'c1',
      type: 'width',
      payload: '640',
    });
    expect(parsePymMessage('pymxPYMxc2xPYMxwidthxPYMx640', 'c1')).toBeUndefined();
    expect(parsePymMessage('pymxPYMxc1xPYMxwidth', 'c1')).toBeUndefined();
    expect(parsePymMessage({ type: 'width' }, 'c1')).toBeUndefined();
    expect(parsePymMessage('pymxPYMxc1xPYMxwi dthxPYMx1', 'c1')).toBeUndefined();
  });

  it('refuses child ids that would break the pym framing', () => {
    expect(isValidChildId('pym-0-x1y2z')).toBe(true);
    expect(isValidChildId('')).toBe(false);
    expect(isValidChildId('a b')).toBe(false);
    expect(isValidChildId('axPYMxb')).toBe(false);
    expect(isValidChildId('x'.repeat(201))).toBe(false);
  });
});

describe('our height message', () => {
  it('accepts exactly the shape the embed sends', () => {
    expect(isHeightMessage(makeHeightMessage('a', 300))).toBe(true);
    expect(isHeightMessage(JSON.parse(JSON.stringify(makeHeightMessage('', 0))))).toBe(true);
  });

  it('rejects anything else', () => {
    const bad: unknown[] = [
      null,
      'news-embed:height',
      [],
      { type: 'news-embed:height', id: 'a' },
      { type: 'news-embed:height', id: 'a', height: '300' },
      { type: 'news-embed:height', id: 'a', height: 300.5 },
      { type: 'news-embed:height', id: 'a', height: -1 },
      { type: 'news-embed:height', id: 'a', height: 1e9 },
      { type: 'news-embed:height', id: 'a', height: Number.NaN },
      { type: 'news-embed:height', id: 7, height: 300 },
      { type: 'other', id: 'a', height: 300 },
      { type: 'news-embed:height', id: 'a', height: 300, html: '<img onerror=alert(1)>' },
    ];
    for (const data of bad) expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
  });
});
