import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { WorkingCalendar } from "../model/calendar-form";

export const calendarQueryKey = ["calendar"] as const;

export function useCalendar() {
  const api = useApiClient();
  return useQuery({
    queryKey: calendarQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/calendar")),
    refetchOnWindowFocus: false,
  });
}

export function useSaveCalendar() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WorkingCalendar) => unwrap(await api.PUT("/api/v1/calendar", { body })),
    onSuccess: (saved) => queryClient.setQueryData(calendarQueryKey, saved),
  });
}
