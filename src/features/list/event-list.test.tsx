// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, NewsEvent } from '../../data/schema';
import { EventList, PAGE_SIZE } from './event-list';

afterEach(cleanup);

const events: NewsEvent[] = Array.from({ length: 120 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${String(i).padStart(3, '0')}`,
  kind: 'meeting',
  status: 'held',
  date: { start: `2023-01-${String(1 + (i % 28)).padStart(2, '0')}`, precision: 'day' },
  order: i,
  participants: [],
  topics: [],
  evidence: [{ source: 's', sentence: 's:0', quote: 'q' }],
}));
const dataset: Dataset = { schemaVersion: 1, sources: [], places: [], people: [], topics: [], events };

const titles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

describe('EventList', () => {
  it('renders a page of rows and shows more on request', () => {
    render(<EventList dataset={dataset} events={events} onSelect={() => {}} onHover={() => {}} />);
    expect(titles()).toHaveLength(PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: /^Show 50 more/ }));
    expect(titles()).toHaveLength(2 * PAGE_SIZE);
    fireEvent.click(screen.getByRole('button', { name: /^Show 20 more/ }));
    expect(titles()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('always shows the selected event, even beyond the first page', () => {
    const last = events[events.length - 1];
    render(
      <EventList
        dataset={dataset}
        events={events}
        selectedId={last.id}
        onSelect={() => {}}
        onHover={() => {}}
      />,
    );
    const current = screen.getByRole('table').querySelector('tr[aria-current="true"]');
    expect(current?.textContent).toContain(last.title);
  });

  it('sorts from the column headers and reports it with aria-sort', () => {
    const few = events.slice(0, 5);
    render(<EventList dataset={dataset} events={few} onSelect={() => {}} onHover={() => {}} />);
    const header = (name: string) => screen.getByRole('columnheader', { name });
    expect(header('Date').getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header('Event')).getByRole('button'));
    expect(header('Event').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Date').hasAttribute('aria-sort')).toBe(false);
    fireEvent.click(within(header('Event')).getByRole('button'));
    expect(titles()).toEqual(['Event 004', 'Event 003', 'Event 002', 'Event 001', 'Event 000']);
  });

  it('selects from the title and reports hover', () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    render(<EventList dataset={dataset} events={events.slice(0, 3)} onSelect={onSelect} onHover={onHover} />);
    fireEvent.click(screen.getByRole('button', { name: 'Event 001' }));
    expect(onSelect).toHaveBeenCalledWith('e1');
    fireEvent.mouseEnter(screen.getByRole('button', { name: 'Event 002' }).closest('tr')!);
    expect(onHover).toHaveBeenLastCalledWith('e2');
  });
});
