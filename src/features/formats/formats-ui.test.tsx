// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../formats/fixtures/read-fixture';
import { sampleDataset } from '../../formats/fixtures/sample-dataset';
import { ExportMenu } from './export-menu';
import { exporters } from './load-converters';
import { FileDropZone, OpenFileButton } from './open-file';

afterEach(cleanup);

describe('ExportMenu', () => {
  const blobs: Blob[] = [];
  const clicked: { download: string; href: string }[] = [];
  beforeEach(() => {
    blobs.length = 0;
    clicked.length = 0;
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
  });

  it('is a disclosure button that lists the four formats for the current view', () => {
    render(<ExportMenu dataset={sampleDataset} events={sampleDataset.events.slice(0, 3)} />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('group', { name: 'Export 3 events' });
    expect(group.textContent).toContain('The 3 events in the current view.');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Export',
      'CSVspreadsheet, one row per event',
      'GeoJSONmap tools, events with a place',
      'iCalendarcalendar apps, all-day events',
      'TimelineJSJSON for TimelineJS3 and this app',
    ]);
  });

  it('downloads only the filtered events as a blob, then closes and returns focus', async () => {
    render(<ExportMenu dataset={sampleDataset} events={sampleDataset.events.slice(0, 2)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: /^CSV/ }));
    // The writers load on first use (a separate chunk in the build).
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked).toEqual([{ download: 'japan-germany-2023.csv', href: 'blob:test/1' }]);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const text = await blobs[0].text();
    expect(text.trim().split('\r\n')).toHaveLength(3); // header + 2 events
    expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export' }));
  });

  it('exports at once, in the same click, once the writers have loaded', async () => {
    await exporters.load();
    render(<ExportMenu dataset={sampleDataset} events={sampleDataset.events.slice(0, 2)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: /^iCalendar/ }));
    expect(clicked).toEqual([{ download: 'japan-germany-2023.ics', href: 'blob:test/1' }]);
    expect((await blobs[0].text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('closes on Escape and disables the formats when no events match', () => {
    render(<ExportMenu dataset={sampleDataset} events={[]} />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    fireEvent.click(toggle);
    expect(screen.getByText('No events match the filters: nothing to export.')).toBeTruthy();
    expect((screen.getByRole('button', { name: /^GeoJSON/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(screen.getByRole('button', { name: /^GeoJSON/ }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('OpenFileButton and FileDropZone', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/octet-stream' });

  it('opens a TimelineJS3 JSON file chosen in the picker, locally', async () => {
    const onDataset = vi.fn();
    const onError = vi.fn();
    render(<OpenFileButton onDataset={onDataset} onError={onError} />);
    expect(screen.getByRole('button', { name: 'Open file…' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('open-file-input'), {
      target: { files: [file('eras.json', readFixture('eras.json'))] },
    });
    await waitFor(() => expect(onDataset).toHaveBeenCalledTimes(1));
    expect(onDataset.mock.calls[0][0].title).toBe('Ports of the Hanseatic League');
    expect(onDataset.mock.calls[0][1]).toBe('eras.json');
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a TimelineJS2 file through onError with a clear message', async () => {
    const onDataset = vi.fn();
    const onError = vi.fn();
    render(<OpenFileButton onDataset={onDataset} onError={onError} />);
    fireEvent.change(screen.getByTestId('open-file-input'), {
      target: { files: [file('old.json', readFixture('timelinejs2.json'))] },
    });
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0][0]).toMatch(/^old\.json: This is a TimelineJS2 file/);
    expect(onDataset).not.toHaveBeenCalled();
  });

  it('accepts a dropped CSV and shows a hint only while a file is dragged over', async () => {
    const onDataset = vi.fn();
    const onError = vi.fn();
    render(
      <FileDropZone onDataset={onDataset} onError={onError}>
        <p>Dashboard</p>
      </FileDropZone>,
    );
    const zone = screen.getByText('Dashboard').parentElement!;
    const csv = file('women.csv', readFixture('women-in-science.csv'));
    const dataTransfer = { types: ['Files'], files: [csv], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(screen.getByText(/Drop a dataset, TimelineJS3 JSON or CSV file/)).toBeTruthy();
    fireEvent.drop(zone, { dataTransfer });
    expect(screen.queryByText(/Drop a dataset/)).toBeNull();
    await waitFor(() => expect(onDataset).toHaveBeenCalledTimes(1));
    expect(onDataset.mock.calls[0][0].title).toBe('Women in Science');
    // Dragging text (not files) is left alone.
    fireEvent.dragEnter(zone, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText(/Drop a dataset/)).toBeNull();
  });
});
