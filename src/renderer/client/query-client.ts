import { QueryClient } from '@tanstack/react-query';

/**
 * Reads come from a local store, so a failure is a real answer (no lab open, file gone), not a flaky
 * network: retrying would only delay the message.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 5_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
