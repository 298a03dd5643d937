import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApiClient } from "@/lib/api/client";
import { unwrap } from "@/lib/api/problem";
import type { Schema } from "@/lib/api/schema-types";

export type MessageKind = Schema<"NotificationTemplate">;
export type MessageText = Schema<"NotificationTemplateText">;
export type MessageLanguage = Schema<"TemplateLanguage">;

const templatesKey = ["notificationTemplates"] as const;

/** Every message kind with what its {0}, {1}, ... stand for, and its text in each language. */
export function useMessageKinds() {
  const api = useApiClient();
  return useQuery({
    queryKey: templatesKey,
    queryFn: async () => unwrap(await api.GET("/api/v1/notification-templates")),
  });
}

export function useSaveMessageText(template: string, language: MessageLanguage) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const params = { path: { template, language } };
  return useMutation({
    mutationFn: async (change: { action: "save"; subject: string; body: string } | { action: "reset" }) =>
      change.action === "save"
        ? unwrap(
            await api.PUT("/api/v1/notification-templates/{template}/{language}", {
              params,
              body: { subject: change.subject, body: change.body },
            }),
          )
        : unwrap(await api.DELETE("/api/v1/notification-templates/{template}/{language}", { params })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: templatesKey }),
  });
}

/** The text filled in with sample values and its SMS count, for what is typed now (the caller debounces it). */
export function useMessagePreview(template: string, language: MessageLanguage, subject: string, body: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...templatesKey, "preview", template, language, subject, body],
    placeholderData: keepPreviousData,
    retry: false,
    queryFn: async () =>
      unwrap(
        await api.POST("/api/v1/notification-templates/{template}/preview", {
          params: { path: { template } },
          body: { language, subject, body },
        }),
      ),
  });
}
