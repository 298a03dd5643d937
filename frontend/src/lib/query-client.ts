import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/problem";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network errors and 5xx get two more tries.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
