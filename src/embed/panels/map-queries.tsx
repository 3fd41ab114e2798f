/**
 * The map fetches its basemap through TanStack Query; the embed entry does not load TanStack
 * (see use-embed-dataset.ts), so the map panels bring its provider in their own lazy chunk.
 * One client per page: the basemap is fetched once.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

const client = new QueryClient();

export function MapQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
