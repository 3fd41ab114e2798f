import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  formatSearch,
  hasActiveFilters,
  parseState,
  serializeState,
  type ViewState,
} from './view-state';
import { mulberry32, randomState } from './random-state';

const parse = (qs: string) => parseState(new URLSearchParams(qs));

describe('parseState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
  });

  it('reads every parameter of the contract', () => {
    const state = parse(
      'topics=economic-security,indo-pacific&people=fumio-kishida&places=tokyo&kinds=meeting,visit' +
        '&status=held&sources=004_d1234d4bdc7d581f&from=2023-01-01&to=2023-12-31&q=supply+chains' +
        '&event=2023-03-18-kishida-scholz-talks&reader=000_d85cbbf49fa03a6f~000_d85cbbf49fa03a6f:s3' +
        '&range=2022-01-01..2023-06-30&lanes=country&map=35.68,139.69,5&view=list' +
        '&tiles=https://tiles.example.org/{z}/{x}/{y}.png',
    );
    expect(state).toEqual({
      filters: {
        topics: ['economic-security', 'indo-pacific'],
        people: ['fumio-kishida'],
        places: ['tokyo'],
        kinds: ['meeting', 'visit'],
        statuses: ['held'],
        sources: ['004_d1234d4bdc7d581f'],
        from: '2023-01-01',
        to: '2023-12-31',
        q: 'supply chains',
      },
      selected: '2023-03-18-kishida-scholz-talks',
      reader: { source: '000_d85cbbf49fa03a6f', sentence: '000_d85cbbf49fa03a6f:s3' },
      range: ['2022-01-01', '2023-06-30'],
      lanes: 'country',
      map: { lat: 35.68, lon: 139.69, zoom: 5 },
      view: 'list',
      tiles: 'https://tiles.example.org/{z}/{x}/{y}.png',
    });
  });

  it('falls back to the default of each malformed field without touching the others', () => {
    const state = parse(
      'topics=%%%,economic-security,,<script>&kinds=banana,meeting&status=done&from=2023-99-99&to=2023-13-45' +
        '&map=x&view=zzz&lanes=xyz&range=2023-05-01..2023-01-01&event=a%20b&reader=~s1' +
        '&tiles=javascript:alert(1)/{z}/{x}/{y}&q=ok',
    );
    expect(state).toEqual({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, topics: ['economic-security'], kinds: ['meeting'], q: 'ok' },
    });
  });

  it.each([
    ['from=2023-02-30', {}],
    ['from=2024-02-29', { from: '2024-02-29' }],
    ['from=2023-2-3', {}],
    ['to=20230101', {}],
    ['from=2023-06-01&to=2023-01-01', {}],
    ['from=2023-01-01&to=2023-01-01', { from: '2023-01-01', to: '2023-01-01' }],
    ['from=2023-06-01&to=junk', { from: '2023-06-01' }],
  ])('date filter %s', (qs, expected) => {
    const { from, to } = parse(qs).filters;
    expect({ ...(from && { from }), ...(to && { to }) }).toEqual(expected);
  });

  it.each([
    ['range=2023-01-01..2023-02-01', ['2023-01-01', '2023-02-01']],
    ['range=2023-01-01..2023-01-01', ['2023-01-01', '2023-01-01']],
    ['range=2023-02-01..2023-01-01', undefined],
    ['range=2023-01-01', undefined],
    ['range=2023-01-01..2023-02-01..2023-03-01', undefined],
    ['range=..', undefined],
  ])('timeline window %s', (qs, expected) => {
    expect(parse(qs).range).toEqual(expected);
  });

  it.each([
    ['map=35.6895,139.6917,5.5', { lat: 35.6895, lon: 139.6917, zoom: 5.5 }],
    ['map=-33.123456789,-70.1,0', { lat: -33.12346, lon: -70.1, zoom: 0 }],
    ['map=91,0,3', undefined],
    ['map=0,181,3', undefined],
    ['map=0,0,30', undefined],
    ['map=1e2,0,3', undefined],
    ['map=Infinity,0,3', undefined],
    ['map=0x10,0,3', undefined],
    ['map=1,2', undefined],
    ['map=,,', undefined],
    ['map=foo', undefined],
  ])('map view %s', (qs, expected) => {
    expect(parse(qs).map).toEqual(expected);
  });

  it.each([
    ['https://a.tile.example.org/{z}/{x}/{y}.png', true],
    ['http://localhost:8080/tiles/{z}/{x}/{y}.png', true],
    ['https://{s}.tile.example.org/{z}/{x}/{y}@2x.png?key=abc', true],
    ['https://tiles.example.org/{z}/{x}.png', false],
    ['ftp://tiles.example.org/{z}/{x}/{y}.png', false],
    ['javascript:alert(1)//{z}/{x}/{y}', false],
    ['//tiles.example.org/{z}/{x}/{y}.png', false],
    ['https://tiles.example.org/{z}/{x}/{y}.png" onerror="x', false],
    [`https://tiles.example.org/{z}/{x}/{y}.png?${'a'.repeat(3000)}`, false],
  ])('tiles %s → %s', (tiles, ok) => {
    expect(parse(new URLSearchParams({ tiles }).toString()).tiles).toBe(ok ? tiles : undefined);
  });

  it('keeps the source of a reader whose sentence is malformed', () => {
    expect(parse('reader=src-1~bad%20id').reader).toEqual({ source: 'src-1' });
    expect(parse('reader=src-1').reader).toEqual({ source: 'src-1' });
    expect(parse('reader=src-1~s:1~x').reader).toEqual({ source: 'src-1' });
  });

  it('drops duplicates and ids that are not slug-ish, keeping first-seen order', () => {
    const { filters } = parse('people=b,a,b,%20a,a-b_c.d:e,-x,' + 'z'.repeat(129) + ',métro');
    expect(filters.people).toEqual(['b', 'a', 'a-b_c.d:e', 'métro']);
  });

  it('keeps unknown but well-formed ids (filtering simply matches nothing for them)', () => {
    expect(parse('topics=no-such-topic').filters.topics).toEqual(['no-such-topic']);
  });

  it('caps huge values', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `t${i}`).join(',');
    expect(parse(`topics=${many}`).filters.topics).toHaveLength(200);
    expect(parse(`q=${'x'.repeat(10_000)}`).filters.q).toBe('');
    expect(parse(`event=${'x'.repeat(10_000)}`).selected).toBeUndefined();
  });

  it('never throws, whatever the input', () => {
    const rand = mulberry32(7);
    const alphabet = 'abz019-_.,~:%&=+?#{}/ \u0000\uffff\ud800é..';
    for (let i = 0; i < 500; i++) {
      const keys = [
        'topics',
        'kinds',
        'status',
        'from',
        'to',
        'range',
        'map',
        'reader',
        'tiles',
        'view',
        'event',
      ];
      const qs = keys
        .map(
          (k) =>
            `${k}=${Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('')}`,
        )
        .join('&');
      expect(() => parse(qs)).not.toThrow();
    }
  });
});

describe('serializeState', () => {
  it('omits defaults', () => {
    expect(serializeState(DEFAULT_STATE).toString()).toBe('');
  });

  it('writes parameters in one stable order whatever the object key order', () => {
    const a: ViewState = {
      view: 'list',
      lanes: 'country',
      selected: 'e1',
      filters: { q: 'x', sources: [], statuses: ['held'], kinds: [], places: [], people: [], topics: ['t'] },
    };
    expect([...serializeState(a).keys()]).toEqual(['topics', 'status', 'q', 'event', 'lanes', 'view']);
  });

  it('round-trips: parse(serialize(s)) equals s for generated states', () => {
    const rand = mulberry32(42);
    for (let i = 0; i < 2000; i++) {
      const state = randomState(rand);
      expect(parse(serializeState(state).toString())).toEqual(state);
      expect(parse(formatSearch(state).slice(1))).toEqual(state);
    }
  });

  it('is canonical: serialize(parse(x)) is a fixed point', () => {
    for (const qs of [
      'view=list&topics=b,a,b&kinds=banana,visit&map=35.681234567,139.7,5',
      'q=%20hello%20&from=2023-01-01&to=2022-01-01&event=e1&tiles=nope',
    ]) {
      const once = serializeState(parse(qs)).toString();
      expect(serializeState(parse(once)).toString()).toBe(once);
    }
    expect(serializeState(parse('view=list&topics=b,a,b&kinds=banana,visit')).toString()).toBe(
      'topics=b%2Ca&kinds=visit&view=list',
    );
  });
});

describe('formatSearch', () => {
  const state: ViewState = {
    ...DEFAULT_STATE,
    filters: { ...DEFAULT_STATE.filters, topics: ['a', 'b'], q: 'x y&z' },
    reader: { source: 's', sentence: 's:1' },
  };

  it('is empty for the default state', () => {
    expect(formatSearch(DEFAULT_STATE)).toBe('');
  });

  it('leaves separators readable and escapes the rest', () => {
    expect(formatSearch(state)).toBe('?topics=a,b&q=x+y%26z&reader=s~s:1');
  });

  it('keeps parameters it does not own (an embed’s), after its own', () => {
    expect(formatSearch(state, '?panel=map&topics=old&theme=dark')).toBe(
      '?topics=a,b&q=x+y%26z&reader=s~s:1&panel=map&theme=dark',
    );
  });
});

describe('hasActiveFilters', () => {
  it('is false for the defaults and a blank search, true for any facet', () => {
    expect(hasActiveFilters(DEFAULT_STATE.filters)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_STATE.filters, q: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_STATE.filters, to: '2023-01-01' })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_STATE.filters, kinds: ['visit'] })).toBe(true);
  });
});
