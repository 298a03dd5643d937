import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { apiErrorOf, unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { XLSX_TYPE } from "@/lib/download";

export type PayrollSheet = Schema<"PayrollSheet">;
export type PayrollRow = Schema<"PayrollRow">;
export type PayrollLine = Schema<"PayrollLine">;
export type PersonPayroll = Schema<"PersonPayroll">;
export type PayComponent = Schema<"PayComponent">;
export type PayAdjustmentRequest = Schema<"PayAdjustmentRequest">;

const payrollKey = ["payroll"] as const;
const sheetKey = (month: string) => [...payrollKey, month, "sheet"] as const;
const personKey = (month: string, personId: string) => [...payrollKey, month, "person", personId] as const;

export function usePayrollSheet(month: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: sheetKey(month),
    queryFn: async () => unwrap(await api.GET("/api/v1/payroll/{month}", { params: { path: { month } } })),
  });
}

export function usePersonPayroll(month: string, personId: string | null) {
  const api = useApiClient();
  return useQuery({
    queryKey: personKey(month, personId ?? ""),
    enabled: personId !== null,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/payroll/{month}/people/{personId}", {
          params: { path: { month, personId: personId ?? "" } },
        }),
      ),
  });
}

export function useLockMonth(month: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/v1/payroll/{month}/lock", { params: { path: { month } } })),
    onSuccess: (sheet) => {
      queryClient.setQueryData(sheetKey(month), sheet);
      void queryClient.invalidateQueries({ queryKey: [...payrollKey, month, "person"] });
    },
  });
}

export function useAddAdjustment(month: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PayAdjustmentRequest) =>
      unwrap(await api.POST("/api/v1/payroll/{month}/adjustments", { params: { path: { month } }, body })),
    onSuccess: (person) => {
      if (person.row.personId) queryClient.setQueryData(personKey(month, person.row.personId), person);
      void queryClient.invalidateQueries({ queryKey: sheetKey(month) });
    },
  });
}

/** The month's XLSX, fetched with the bearer token (a plain link would go without it). */
export function useExportPayroll(month: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async () => {
      const { data, error, response } = await api.GET("/api/v1/payroll/{month}/export.xlsx", {
        params: { path: { month } },
        headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
        parseAs: "blob",
      });
      if (!response.ok || !data) throw apiErrorOf(response, error);
      return data as Blob;
    },
  });
}
