import { describe, expect, it } from 'vitest';
import { parseAllowlist, resolveDatasetUrl } from './dataset-url';
import { defaultDatasetUrl } from './load';

const page = new URL('https://news.example.org/interactives/japan/index.html?topics=china');
const resolve = (query: string, allowlist: string[] = []) =>
  resolveDatasetUrl(new URLSearchParams(query), page, allowlist);

describe('resolveDatasetUrl', () => {
  it('falls back to the built-in dataset without a data parameter', () => {
    expect(resolve('topics=china')).toEqual({ url: defaultDatasetUrl() });
  });

  it('resolves relative and root-relative URLs against the page', () => {
    expect(resolve('data=data/other.json')).toEqual({
      url: 'https://news.example.org/interactives/japan/data/other.json',
    });
    expect(resolve('data=/shared/events.json')).toEqual({
      url: 'https://news.example.org/shared/events.json',
    });
    expect(resolve('data=' + encodeURIComponent('../x.json?v=2'))).toEqual({
      url: 'https://news.example.org/interactives/x.json?v=2',
    });
  });

  it('allows absolute URLs on the same origin', () => {
    expect(resolve('data=https://news.example.org/a.json')).toEqual({
      url: 'https://news.example.org/a.json',
    });
  });

  it('refuses other origins unless allowed at build time', () => {
    const result = resolve('data=https://evil.example/a.json');
    expect(result).toEqual({
      error:
        'Refused to load data from https://evil.example: this app only loads datasets from its own site.',
    });
    expect(resolve('data=https://data.example.org/a.json', ['https://data.example.org'])).toEqual({
      url: 'https://data.example.org/a.json',
    });
    // Same host over plain http is another origin.
    expect(resolve('data=http://news.example.org/a.json')).toHaveProperty('error');
    expect(resolve('data=//evil.example/a.json', ['https://data.example.org'])).toEqual({
      error:
        'Refused to load data from https://evil.example: this app only loads datasets from its own site and from https://data.example.org.',
    });
  });

  it('refuses empty values, other schemes and credentials', () => {
    expect(resolve('data=')).toEqual({ error: 'The data parameter in the address is empty.' });
    expect(resolve('data=javascript:alert(1)')).toEqual({
      error: 'The data parameter must be an http or https URL, not javascript:',
    });
    expect(resolve('data=data:application/json,{}')).toHaveProperty('error');
    expect(resolve('data=https://user:pw@news.example.org/a.json')).toHaveProperty('error');
    expect(resolve('data=https://[bad')).toEqual({
      error: 'The data parameter "https://[bad" is not a valid URL.',
    });
  });
});

describe('parseAllowlist', () => {
  it('keeps the origins of valid http(s) entries, once each', () => {
    expect(
      parseAllowlist(
        ' https://a.example/data/ ,http://b.example:8080,, not a url, ftp://c.example, https://a.example',
      ),
    ).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(parseAllowlist(undefined)).toEqual([]);
  });
});
