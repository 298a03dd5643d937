import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { PublishSchedule } from "../model/schedule-upload";

const key = ["country-calendars"] as const;

export function useCountryCalendars() {
  const api = useApiClient();
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET("/api/v1/platform/calendars")) });
}

export function useCountrySchedule(country: string | null, year: number | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...key, country, year],
    enabled: country !== null && year !== null,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/platform/calendars/{country}/{year}", {
          params: { path: { country: country!, year: year! } },
        }),
      ),
  });
}

/** Publishes a year from JSON (with the version read when replacing) or from iCalendar text. */
export function usePublishSchedule() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { country: string; year: number } & ({ json: PublishSchedule } | { ics: string })) => {
      const params = { path: { country: input.country.toUpperCase(), year: input.year } };
      if ("json" in input) {
        return unwrap(await api.PUT("/api/v1/platform/calendars/{country}/{year}", { params, body: input.json }));
      }
      return unwrap(
        await api.PUT("/api/v1/platform/calendars/{country}/{year}", {
          params,
          body: input.ics as unknown as PublishSchedule,
          bodySerializer: (body: unknown) => body as string,
          headers: { "Content-Type": "text/calendar" },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
