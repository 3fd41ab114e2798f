// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, type ViewState } from '../../state/view-state';
import { EmbedButton } from './embed-button';

// jsdom has <dialog> but not its modal methods; model them as the browser does (close fires "close").
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const state: ViewState = {
  ...DEFAULT_STATE,
  filters: { ...DEFAULT_STATE.filters, topics: ['economic-security'] },
  selected: 'e1',
};

function open() {
  render(<EmbedButton state={state} />);
  fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
  return screen.getByRole('dialog', { name: 'Embed a panel' });
}
const code = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;

describe('Embed dialog', () => {
  it('builds a snippet carrying the current filters and the chosen options', () => {
    open();
    expect(code()).toContain('panel=timeline');
    expect(code()).toContain('topics=economic-security');
    expect(code()).toContain('event=e1');
    expect(code()).toMatch(/<script src="[^"]*\/embed\.js" async><\/script>/);
    fireEvent.change(screen.getByLabelText('Panel'), { target: { value: 'map' } });
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } });
    fireEvent.click(screen.getByLabelText('Show controls'));
    fireEvent.change(screen.getByLabelText('Link group'), { target: { value: 'jp de!' } });
    expect(code()).toContain('panel=map&amp;theme=dark&amp;controls=0&amp;group=jpde');
    fireEvent.click(screen.getByLabelText('Pages using pym.js'));
    expect(code()).toContain('data-pym-src=');
    expect(screen.getByTitle(/^Preview:/)).toBeTruthy();
  });

  it('copies with the clipboard API, and selects the code when that is refused', async () => {
    open();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(screen.getByRole('status').textContent).toMatch(/copied/i);

    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    const area = screen.getByLabelText('Embed code') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    expect(area.selectionEnd - area.selectionStart).toBe(area.value.length);
    expect(screen.getByRole('status').textContent).toMatch(/selected/i);
  });

  it('closes and gives focus back to the Embed button', () => {
    const dialog = open();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog.isConnected).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Embed' }));
  });
});
