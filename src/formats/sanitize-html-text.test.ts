import { describe, expect, it } from 'vitest';
import { sanitizeHtmlText } from './sanitize-html-text';

describe('sanitizeHtmlText', () => {
  it('strips tags and decodes named and numeric entities', () => {
    expect(sanitizeHtmlText('<b>Kishida</b> &amp; Scholz &eacute;&#233;&#x1F600;')).toBe(
      'Kishida & Scholz éé😀',
    );
  });

  it('drops script, style and comment content entirely', () => {
    expect(sanitizeHtmlText('a<script>alert(1)</script>b<style>p{}</style>c<!-- hidden -->d')).toBe('abcd');
    expect(sanitizeHtmlText('a<SCRIPT type="x">evil()</SCRIPT >b')).toBe('ab');
    expect(sanitizeHtmlText('a<script>never closed')).toBe('a');
  });

  it('starts a new line for block elements and <br>, and collapses other whitespace', () => {
    expect(sanitizeHtmlText('<p>One\n  two</p><p>Three<br/>four</p>')).toBe('One two\nThree\nfour');
    expect(sanitizeHtmlText('<p>One</p><p>Two</p>', { singleLine: true })).toBe('One Two');
    expect(sanitizeHtmlText('x&nbsp;&nbsp;y')).toBe('x y');
  });

  it('reads ">" inside quoted attributes as part of the tag', () => {
    expect(sanitizeHtmlText('<a title="a > b" href=\'c>d\'>link</a> after')).toBe('link after');
  });

  it('keeps a "<" that does not open a tag, and decoded markup stays text', () => {
    expect(sanitizeHtmlText('3 < 4 and &lt;b&gt;bold&lt;/b&gt;')).toBe('3 < 4 and <b>bold</b>');
  });

  it('separates table cells and removes control characters', () => {
    expect(sanitizeHtmlText('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
    expect(sanitizeHtmlText('a\u0000b\u0007c')).toBe('abc');
  });

  it('returns an empty string for empty or tag-only input', () => {
    expect(sanitizeHtmlText('')).toBe('');
    expect(sanitizeHtmlText('<p> </p><img src="x.png">')).toBe('');
  });
});
