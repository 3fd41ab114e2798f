// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from './search-box';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SearchBox', () => {
  it('applies the text once typing pauses', () => {
    const onChange = vi.fn();
    render(<SearchBox value="" onChange={onChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    fireEvent.change(box, { target: { value: 'ki' } });
    act(() => vi.advanceTimersByTime(100));
    fireEvent.change(box, { target: { value: 'kishida' } });
    act(() => vi.advanceTimersByTime(299));
    expect(onChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('kishida');
  });

  it('applies at once on Enter and shows values set from outside', () => {
    const onChange = vi.fn();
    const { rerender } = render(<SearchBox value="" onChange={onChange} />);
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    fireEvent.change(box, { target: { value: 'tokyo' } });
    fireEvent.submit(box);
    expect(onChange).toHaveBeenCalledWith('tokyo');
    rerender(<SearchBox value="" onChange={onChange} />);
    rerender(<SearchBox value="berlin" onChange={onChange} />);
    expect((box as HTMLInputElement).value).toBe('berlin');
  });
});
