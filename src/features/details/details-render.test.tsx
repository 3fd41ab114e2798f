// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../data/schema';
import { EventDetails } from './event-details';
import { buildSource, fixtureDataset } from './fixture.test-data';
import { SourceReader } from './source-reader';

afterEach(cleanup);

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

/** A source whose title, outlet, note and text all carry markup, as hostile input would. */
function hostileDataset(): Dataset {
  const evil = buildSource(
    'evil',
    {
      title: `Headline ${IMG}`,
      outlet: `Outlet ${SCRIPT}`,
      published: '2023-03-18',
      note: `Note ${IMG}`,
      byline: `By ${SCRIPT}`,
      url: 'javascript:alert(1)',
    },
    [[`Leaders met in Tokyo ${SCRIPT} today.`], [`Then ${IMG} happened.`]],
  );
  return {
    ...fixtureDataset,
    sources: [evil],
    places: [{ ...fixtureDataset.places[0], mentions: ['evil:s0'] }],
    people: [],
    events: [
      {
        ...fixtureDataset.events[0],
        title: `Talks ${SCRIPT}`,
        participants: [],
        evidence: [{ source: 'evil', sentence: 'evil:s0', quote: `Leaders met in Tokyo ${SCRIPT} today.` }],
      },
    ],
  };
}

const noop = () => {};

describe('hostile text renders inert', () => {
  it('in the source reader', () => {
    const data = hostileDataset();
    const { container } = render(
      <SourceReader dataset={data} source="evil" sentence="evil:s0" onClose={noop} onFilter={noop} />,
    );
    expect(container.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Headline ${IMG}`);
    expect(container.querySelector('mark')!.textContent).toBe(`Leaders met in Tokyo ${SCRIPT} today.`);
    expect(container.textContent).toContain(`Then ${IMG} happened.`);
    expect(container.textContent).toContain(`Note ${IMG}`);
    expect(container.textContent).toContain(`By ${SCRIPT}`);
    // A javascript: URL never becomes a link.
    expect(container.querySelector('a')).toBeNull();
  });

  it('in the event details', () => {
    const data = hostileDataset();
    const { container } = render(
      <EventDetails
        dataset={data}
        event={data.events[0]}
        onClose={noop}
        onOpenReader={noop}
        onFilter={noop}
      />,
    );
    expect(container.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`Talks ${SCRIPT}`);
    expect(container.querySelector('blockquote')!.textContent).toBe(`Leaders met in Tokyo ${SCRIPT} today.`);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(`Outlet ${SCRIPT}`);
  });
});

describe('EventDetails', () => {
  const event = fixtureDataset.events[0];
  const setup = () => {
    const props = { onClose: vi.fn(), onOpenReader: vi.fn(), onFilter: vi.fn() };
    const { container } = render(<EventDetails dataset={fixtureDataset} event={event} {...props} />);
    return { ...props, container };
  };

  it('focuses its heading and shows the date with its precision', () => {
    const { container } = setup();
    const heading = screen.getByRole('heading', { level: 2, name: event.title });
    expect(document.activeElement).toBe(heading);
    expect(container.querySelector('.details-date')!.textContent).toBe('18 March 2023 · exact day');
    expect(screen.getByText('Reported by 2 sources')).toBeTruthy();
  });

  it('filters by place, person and topic', () => {
    const { onFilter } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Filter by place Tokyo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Filter by person Olaf Scholz' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Filter by topic Economic security › Supply chains' }),
    );
    expect(onFilter.mock.calls).toEqual([
      ['places', 'tokyo'],
      ['people', 'olaf-scholz'],
      ['topics', 'supply-chains'],
    ]);
    const moulson = screen.getByRole('button', { name: 'Filter by person Geir Moulson' }).closest('li')!;
    expect(within(moulson).getByText('not in the registry')).toBeTruthy();
  });

  it('opens the reader at the sentence of a quote, and closes on Escape', () => {
    const { onOpenReader, onClose } = setup();
    const ap = screen.getByRole('region', { name: 'Associated Press (republished)' });
    fireEvent.click(within(ap).getByRole('button', { name: 'Read in context' }));
    expect(onOpenReader).toHaveBeenCalledWith('ap', 'ap:s1');
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('SourceReader', () => {
  it('focuses the highlighted sentence and filters from a name in the text', () => {
    const onFilter = vi.fn();
    const onClose = vi.fn();
    const { container } = render(
      <SourceReader
        dataset={fixtureDataset}
        source="ap"
        sentence="ap:s0"
        onClose={onClose}
        onFilter={onFilter}
      />,
    );
    const mark = container.querySelector('mark')!;
    expect(document.activeElement).toBe(mark);
    expect(mark.getAttribute('aria-describedby')).toBeTruthy();
    const dateline = within(mark).getAllByRole('button', { name: 'Filter by place Tokyo' })[0];
    expect(dateline.textContent).toBe('TOKYO');
    fireEvent.click(dateline);
    expect(onFilter).toHaveBeenCalledWith('places', 'tokyo');
    fireEvent.click(screen.getByRole('button', { name: /back to event/i }));
    fireEvent.keyDown(mark, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('lets the keyboard use a name in the text like a button (Enter, Space)', () => {
    const onFilter = vi.fn();
    render(<SourceReader dataset={fixtureDataset} source="ap" onClose={noop} onFilter={onFilter} />);
    const [scholz] = screen.getAllByRole('button', { name: 'Filter by person Olaf Scholz' });
    expect(scholz.tabIndex).toBe(0);
    fireEvent.keyDown(scholz, { key: 'Enter' });
    fireEvent.keyDown(scholz, { key: ' ' });
    expect(onFilter).toHaveBeenCalledTimes(1);
    fireEvent.keyUp(scholz, { key: ' ' });
    expect(onFilter.mock.calls).toEqual([
      ['people', 'olaf-scholz'],
      ['people', 'olaf-scholz'],
    ]);
  });

  it('splits the text into paragraphs without repeating the headline', () => {
    const { container } = render(
      <SourceReader dataset={fixtureDataset} source="nhk" onClose={noop} onFilter={noop} />,
    );
    const paragraphs = container.querySelectorAll('.reader-text p');
    expect(paragraphs).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('says so when the source is unknown', () => {
    render(<SourceReader dataset={fixtureDataset} source="nope" onClose={noop} onFilter={noop} />);
    expect(screen.getByRole('heading', { name: 'Article not found' })).toBeTruthy();
  });
});
