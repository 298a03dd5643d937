import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { XLSX_TYPE, blobOf, saveBlob } from "@/lib/download";
import { currentPosition } from "@/lib/geolocation";

export type Clock = Schema<"Clock">;
export type AttendanceRow = Schema<"AttendanceRow">;
export type AttendanceDay = Schema<"AttendanceDay">;
export type AttendanceDetail = Schema<"AttendanceDetail">;
export type AttendanceDayKind = Schema<"AttendanceDayKind">;

const attendanceKey = ["attendance"] as const;

export function useAttendanceSheet(month: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...attendanceKey, "sheet", month],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/attendance/sheet", { params: { query: { month, limit: 200, cursor: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAttendanceDetail(personId: string | null, month: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...attendanceKey, "person", personId, month],
    enabled: personId !== null,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/attendance/people/{personId}", {
          params: { path: { personId: personId ?? "" }, query: { month } },
        }),
      ),
  });
}

/** Clocks the caller in or out, where the device says it is (when allowed) and the place typed. */
export function useClock() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ direction, place }: { direction: "in" | "out"; place: string }) => {
      const position = await currentPosition(5000);
      const body = {
        ...(position ? { latitude: position.latitude, longitude: position.longitude } : {}),
        ...(place.trim() ? { place: place.trim() } : {}),
      };
      return unwrap(
        direction === "in"
          ? await api.POST("/api/v1/attendance/clock-in", { body })
          : await api.POST("/api/v1/attendance/clock-out", { body }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: attendanceKey }),
  });
}

export function useAttendanceExport(month: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async () => {
      const blob = blobOf(
        await api.GET("/api/v1/attendance/sheet.xlsx", {
          params: { query: { month } },
          headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
          parseAs: "blob",
        }),
      );
      saveBlob(blob, `attendance-${month}.xlsx`);
    },
  });
}
