import { describe, expect, it } from 'vitest';
import { parseTileUrl, tileAttribution } from './tiles';

describe('parseTileUrl', () => {
  it('accepts http(s) templates with {z}/{x}/{y}', () => {
    expect(parseTileUrl('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org/{z}/{x}/{y}.png',
    );
    expect(parseTileUrl(' http://{s}.tile.example.org/{z}/{x}/{y}.png ')).toBe(
      'http://{s}.tile.example.org/{z}/{x}/{y}.png',
    );
  });
  it('rejects anything else', () => {
    for (const bad of [
      undefined,
      '',
      'https://tiles.example.org/map.png',
      'https://tiles.example.org/{z}/{x}.png',
      'javascript:alert(1)//{z}/{x}/{y}',
      'data:image/png;base64,{z}{x}{y}',
      '//tiles.example.org/{z}/{x}/{y}.png',
      'https://user:pw@tiles.example.org/{z}/{x}/{y}.png',
    ])
      expect(parseTileUrl(bad), String(bad)).toBeUndefined();
  });
});

describe('tileAttribution', () => {
  it('uses the configured text, else the host', () => {
    expect(tileAttribution('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('a.tiles.example.org');
    expect(tileAttribution('https://tiles.example.org/{z}/{x}/{y}.png', '© Example')).toBe('© Example');
  });
});
