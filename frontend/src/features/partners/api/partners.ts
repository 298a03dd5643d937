import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { collectPages } from "@/lib/api/pages";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";
import { PDF_TYPE, XLSX_TYPE, blobOf, saveBlob } from "@/lib/download";

export type Partner = Schema<"Partner">;
export type PartnerAgreement = Schema<"PartnerAgreement">;
export type PartnerOrder = Schema<"PartnerOrder">;
export type PartnerStatement = Schema<"PartnerStatement">;
export type PartnerStatementSummary = Schema<"PartnerStatementSummary">;
export type PartnerQuota = Schema<"PartnerQuota">;
export type CreatePartnerRequest = Schema<"CreatePartnerRequest">;
export type CreatePartnerAgreementRequest = Schema<"CreatePartnerAgreementRequest">;
export type AssignPartnerOrderRequest = Schema<"AssignPartnerOrderRequest">;
export type PartnerDamageRequest = Schema<"PartnerDamageRequest">;
export type CreatePartnerStatementRequest = Schema<"CreatePartnerStatementRequest">;

const PAGE_SIZE = 50;
const partnersKey = ["partners"] as const;
const partnerKey = (id: string) => [...partnersKey, "detail", id] as const;
const agreementsKey = (id: string) => [...partnersKey, id, "agreements"] as const;
const ordersKey = (id: string) => [...partnersKey, id, "orders"] as const;
const statementsKey = (id: string) => [...partnersKey, id, "statements"] as const;
const statementKey = (id: string, statementId: string) => [...statementsKey(id), "detail", statementId] as const;

export function usePartners() {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...partnersKey, "list"],
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET("/api/v1/partners", { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePartner(partnerId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: partnerKey(partnerId),
    queryFn: async () => unwrap(await api.GET("/api/v1/partners/{partnerId}", { params: { path: { partnerId } } })),
  });
}

export function useCreatePartner() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreatePartnerRequest; idempotencyKey: string }) =>
      unwrap(await api.POST("/api/v1/partners", { body, params: { header: { "Idempotency-Key": idempotencyKey } } })),
    onSuccess: (created) => {
      queryClient.setQueryData(partnerKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, "list"] });
    },
  });
}

/** Sets or changes the partner's construction qualification, keeping everything else. */
export function useUpdatePartnerQualification(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schema<"UpdatePartnerRequest">) =>
      unwrap(await api.PATCH("/api/v1/partners/{partnerId}", { params: { path: { partnerId } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnerKey(partnerId), saved);
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, "list"] });
    },
  });
}

/** Every agreement of the partner: a partner has a handful, and the order form picks one. */
export function usePartnerAgreements(partnerId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: agreementsKey(partnerId),
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(
            await api.GET("/api/v1/partners/{partnerId}/agreements", {
              params: { path: { partnerId }, query: { limit: 200, cursor } },
            }),
          ),
        )
      ).items,
  });
}

export function useCreateAgreement(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreatePartnerAgreementRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/partners/{partnerId}/agreements", {
          body,
          params: { path: { partnerId }, header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementsKey(partnerId) }),
  });
}

export function usePartnerOrders(partnerId: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: ordersKey(partnerId),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/partners/{partnerId}/orders", {
          params: { path: { partnerId }, query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAssignOrder(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: AssignPartnerOrderRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/partners/{partnerId}/orders", {
          body,
          params: { path: { partnerId }, header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ordersKey(partnerId) }),
  });
}

export type PartnerOrderCommand =
  { step: "accept"; order: PartnerOrder } | { step: "damage"; order: PartnerOrder; amount: string; note: string };

export function usePartnerOrderStep(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: PartnerOrderCommand) => {
      const params = { path: { partnerOrderId: command.order.id } };
      const version = command.order.version;
      return unwrap(
        command.step === "accept"
          ? await api.POST("/api/v1/partner-orders/{partnerOrderId}/accept", { params, body: { version } })
          : await api.POST("/api/v1/partner-orders/{partnerOrderId}/damage", {
              params,
              body: { version, amount: command.amount, note: command.note },
            }),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ordersKey(partnerId) }),
  });
}

export function usePartnerQuota(partnerId: string, from: string, to: string, enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...partnersKey, partnerId, "quota", from, to],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/partners/{partnerId}/quota", { params: { path: { partnerId }, query: { from, to } } }),
      ),
  });
}

export function useLinkStaff(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (command: { link: true; staffUserId: string } | { link: false; staffUserId: string }) => {
      if (command.link) {
        return unwrap(
          await api.POST("/api/v1/partners/{partnerId}/staff", {
            params: { path: { partnerId } },
            body: { staffUserId: command.staffUserId },
          }),
        );
      }
      const result = await api.DELETE("/api/v1/partners/{partnerId}/staff/{staffUserId}", {
        params: { path: { partnerId, staffUserId: command.staffUserId } },
      });
      unwrap(result);
      return null;
    },
    onSuccess: (partner) => {
      if (partner) queryClient.setQueryData(partnerKey(partnerId), partner);
      else void queryClient.invalidateQueries({ queryKey: partnerKey(partnerId) });
    },
  });
}

/** Staff accounts with the role partner: the people who may be linked to a partner. */
export function usePartnerAccounts(enabled: boolean) {
  const api = useApiClient();
  return useQuery({
    queryKey: ["users", { role: "partner", all: true }],
    enabled,
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/users", { params: { query: { limit: 200, cursor, role: "partner" } } })),
        )
      ).items,
  });
}

export function usePartnerStatements(partnerId: string) {
  const api = useApiClient();
  return useInfiniteQuery({
    queryKey: [...statementsKey(partnerId), "list"],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET("/api/v1/partners/{partnerId}/statements", {
          params: { path: { partnerId }, query: { limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePartnerStatement(partnerId: string, statementId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: statementKey(partnerId, statementId),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/partners/{partnerId}/statements/{statementId}", {
          params: { path: { partnerId, statementId } },
        }),
      ),
  });
}

export function useCreateStatement(partnerId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: CreatePartnerStatementRequest; idempotencyKey: string }) =>
      unwrap(
        await api.POST("/api/v1/partners/{partnerId}/statements", {
          body,
          params: { path: { partnerId }, header: { "Idempotency-Key": idempotencyKey } },
        }),
      ),
    onSuccess: (created) => {
      queryClient.setQueryData(statementKey(partnerId, created.id), created);
      void queryClient.invalidateQueries({ queryKey: [...statementsKey(partnerId), "list"] });
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, "all-statements"] });
    },
  });
}

export type StatementStep = "recompute" | "confirm" | "pay" | "delete";

export function useStatementStep(partnerId: string, statement: PartnerStatement) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: StatementStep): Promise<PartnerStatement | null> => {
      const params = { path: { partnerId, statementId: statement.id } };
      const body = { version: statement.version };
      switch (step) {
        case "recompute":
          return unwrap(
            await api.POST("/api/v1/partners/{partnerId}/statements/{statementId}/recompute", { params, body }),
          );
        case "confirm":
          return unwrap(
            await api.POST("/api/v1/partners/{partnerId}/statements/{statementId}/confirm", { params, body }),
          );
        case "pay":
          return unwrap(await api.POST("/api/v1/partners/{partnerId}/statements/{statementId}/pay", { params, body }));
        case "delete":
          unwrap(await api.DELETE("/api/v1/partners/{partnerId}/statements/{statementId}", { params }));
          return null;
      }
    },
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData(statementKey(partnerId, statement.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...statementsKey(partnerId), "list"] });
      void queryClient.invalidateQueries({ queryKey: [...partnersKey, "all-statements"] });
      void queryClient.invalidateQueries({ queryKey: ordersKey(partnerId) });
    },
  });
}

/** Downloads the statement as XLSX or PDF with the bearer token and saves it under its number. */
export function useStatementExport(partnerId: string, statement: Pick<PartnerStatement, "id" | "number">) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (kind: "xlsx" | "pdf") => {
      const params = { path: { partnerId, statementId: statement.id } };
      const blob =
        kind === "xlsx"
          ? blobOf(
              await api.GET("/api/v1/partners/{partnerId}/statements/{statementId}.xlsx", {
                params,
                headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
                parseAs: "blob",
              }),
            )
          : blobOf(
              await api.GET("/api/v1/partners/{partnerId}/statements/{statementId}.pdf", {
                params,
                headers: { Accept: `${PDF_TYPE}, application/problem+json` },
                parseAs: "blob",
              }),
            );
      saveBlob(blob, `${statement.number}.${kind}`);
    },
  });
}

/** A statement with its partner's name, as the list of all statements shows it. */
export type StatementWithPartner = PartnerStatementSummary & { partnerName: string };

/**
 * Every partner's statements in a state (the manager's pending drafts): read partner by partner, as a tenant has
 * a few tens of partners and each a statement a month.
 */
export function useAllStatements(status: PartnerStatementSummary["status"] | undefined) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...partnersKey, "all-statements", status ?? null],
    queryFn: async (): Promise<StatementWithPartner[]> => {
      const partners = (
        await collectPages(async (cursor) =>
          unwrap(await api.GET("/api/v1/partners", { params: { query: { limit: 200, cursor } } })),
        )
      ).items;
      const perPartner = await Promise.all(
        partners.map(async (partner) =>
          (
            await collectPages(async (cursor) =>
              unwrap(
                await api.GET("/api/v1/partners/{partnerId}/statements", {
                  params: { path: { partnerId: partner.id }, query: { limit: 200, cursor } },
                }),
              ),
            )
          ).items
            .filter((statement) => !status || statement.status === status)
            .map((statement) => ({ ...statement, partnerName: partner.name })),
        ),
      );
      return perPartner.flat().sort((a, b) => a.periodFrom.localeCompare(b.periodFrom));
    },
  });
}
