// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './panel-boundary';

function Bomb({ explode }: { explode: boolean }) {
  if (explode) throw new Error('Invalid LatLng');
  return <p>map drawn</p>;
}

afterEach(cleanup);

describe('PanelBoundary', () => {
  it('replaces only the failing panel with a message, and retries when its reset key changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      <>
        <PanelBoundary name="the map" resetKey="a">
          <Bomb explode />
        </PanelBoundary>
        <p>timeline drawn</p>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Sorry, the map could not be shown');
    expect(screen.getByText('timeline drawn')).toBeTruthy();

    rerender(
      <>
        <PanelBoundary name="the map" resetKey="b">
          <Bomb explode={false} />
        </PanelBoundary>
        <p>timeline drawn</p>
      </>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('map drawn')).toBeTruthy();
  });

  it('links embeds to the full explorer', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <PanelBoundary explorerUrl="./index.html?topics=china">
        <Bomb explode />
      </PanelBoundary>,
    );
    const link = screen.getByRole('link', { name: /full explorer/ });
    expect(link.getAttribute('href')).toBe('./index.html?topics=china');
  });
});
