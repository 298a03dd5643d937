import { useQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useApiClient, type ApiClient } from "./api/client";
import { apiErrorOf, unwrap } from "./api/problem";
import type { Schema } from "./api/schema-types";
import { readBytes, useObjectUrl } from "./files";

// Photos of work orders and scans of certificates: uploading, listing, showing and deleting the files the API
// keeps with an owner. Shared by the installer's job page, the order detail and the installers page.

export type Attachment = Schema<"Attachment">;
export type AttachmentKind = Schema<"AttachmentKind">;
export type AttachmentOwnerType = Schema<"AttachmentOwnerType">;

/** What the files belong to: one work order or one certificate. */
export interface AttachmentOwner {
  ownerType: AttachmentOwnerType;
  ownerId: string;
}

export const attachmentsKey = ["attachments"] as const;
const listKey = ({ ownerType, ownerId }: AttachmentOwner) => [...attachmentsKey, "list", ownerType, ownerId] as const;
const contentKey = (attachmentId: string) => [...attachmentsKey, "content", attachmentId] as const;

/** The types the upload endpoint declares; the server decides by the bytes in any case. */
const DECLARED_TYPES: ReadonlySet<string> = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "application/pdf",
  "video/mp4",
]);
const FILE_NAME_MAX = 255;

/**
 * The Content-Type a file is sent with: its own type when the API names it, otherwise application/octet-stream
 * (e.g. a phone's HEIC photo or a file without a type), so the server judges the bytes and answers 415 if needed.
 */
export function uploadContentType(file: Blob): string {
  const type = file.type.toLowerCase();
  return DECLARED_TYPES.has(type) ? type : "application/octet-stream";
}

/** The file name as the API accepts it (no slashes, quotes or line breaks, at most 255 characters), or undefined. */
export function uploadFileName(name: string | undefined): string | undefined {
  const cleaned = (name ?? "")
    .replace(/[/\\\r\n"]/g, "_")
    .trim()
    .slice(0, FILE_NAME_MAX);
  return cleaned === "" ? undefined : cleaned;
}

export interface UploadCommand extends AttachmentOwner {
  kind: AttachmentKind;
  file: File;
}

/**
 * Sends the file's bytes as the request body, not as JSON or a form, with the owner, kind and file name as query
 * parameters. The answer is the stored attachment; a refusal is an ApiError (413 too large, 415 not an accepted
 * type, 422 no such owner).
 */
export async function uploadAttachment(
  api: ApiClient,
  { ownerType, ownerId, kind, file }: UploadCommand,
): Promise<Attachment> {
  const bytes = await readBytes(file);
  const fileName = uploadFileName(file.name);
  return unwrap(
    await api.POST("/api/v1/attachments", {
      params: { query: { ownerType, ownerId, kind, ...(fileName ? { fileName } : {}) } },
      // The contract types a binary body as a string; the bytes go as they are.
      body: bytes as unknown as string,
      bodySerializer: (body: unknown) => body as ArrayBuffer,
      headers: { "Content-Type": uploadContentType(file) },
    }),
  );
}

/** The files of one owner, oldest first. */
export function useAttachments(owner: AttachmentOwner, enabled = true) {
  const api = useApiClient();
  return useQuery({
    queryKey: listKey(owner),
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET("/api/v1/attachments", {
          params: { query: { ownerType: owner.ownerType, ownerId: owner.ownerId } },
        }),
      ).items,
  });
}

/** Deletes one file of the owner (manager and dispatcher). */
export function useDeleteAttachment(owner: AttachmentOwner) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachment: Pick<Attachment, "id">) =>
      unwrap(
        await api.DELETE("/api/v1/attachments/{attachmentId}", { params: { path: { attachmentId: attachment.id } } }),
      ),
    onSuccess: (_, attachment) => {
      queryClient.setQueryData<Attachment[]>(listKey(owner), (list) =>
        list?.filter((item) => item.id !== attachment.id),
      );
      queryClient.removeQueries({ queryKey: contentKey(attachment.id) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: listKey(owner) }),
  });
}

/**
 * An object URL of the file while the component shows it. The download needs the bearer token, so it is
 * fetched as a blob; the URL is revoked when the component unmounts.
 */
export function useAttachmentUrl(attachment: Pick<Attachment, "id">) {
  const api = useApiClient();
  const content = useQuery({
    queryKey: contentKey(attachment.id),
    // A stored file never changes.
    staleTime: Infinity,
    queryFn: async () => {
      const { data, error, response } = await api.GET("/api/v1/attachments/{attachmentId}", {
        params: { path: { attachmentId: attachment.id } },
        headers: { Accept: "image/*, application/pdf, video/mp4, application/problem+json" },
        parseAs: "blob",
      });
      if (!response.ok || !data) throw apiErrorOf(response, error);
      return data as Blob;
    },
  });
  const url = useObjectUrl(content.data);
  return { url, error: content.error };
}

export type UploadState = "waiting" | "uploading" | "done" | "failed";

/** One picked file on its way to the server. */
export interface Upload {
  key: string;
  file: File;
  state: UploadState;
  error: unknown;
  /** The stored attachment, once uploaded (a report may name it, e.g. the partner's photos of a done job). */
  attachment?: Attachment;
}

export interface AttachmentUploads {
  items: readonly Upload[];
  /** Queues the files; the ones uploaded before are cleared from the list. */
  add: (files: readonly File[]) => void;
  retry: (key: string) => void;
  dismiss: (key: string) => void;
}

/**
 * Uploads picked files one after the other (a phone on a building site has a thin connection) and keeps the
 * state of each. An uploaded file joins the owner's list at once and its thumbnail is shown from the local
 * file, without downloading it again.
 */
export function useAttachmentUploads(owner: AttachmentOwner, kind: AttachmentKind): AttachmentUploads {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<Upload[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const counter = useRef(0);
  const { ownerType, ownerId } = owner;

  const update = useCallback((key: string, patch: Partial<Upload>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const enqueue = useCallback(
    (key: string, file: File) => {
      queue.current = queue.current.then(async () => {
        update(key, { state: "uploading", error: null });
        try {
          const attachment = await uploadAttachment(api, { ownerType, ownerId, kind, file });
          queryClient.setQueryData(contentKey(attachment.id), file.slice(0, file.size, attachment.contentType));
          queryClient.setQueryData<Attachment[]>(listKey({ ownerType, ownerId }), (list) =>
            list && !list.some((item) => item.id === attachment.id) ? [...list, attachment] : list,
          );
          void queryClient.invalidateQueries({ queryKey: listKey({ ownerType, ownerId }) });
          update(key, { state: "done", attachment });
        } catch (error) {
          update(key, { state: "failed", error });
        }
      });
    },
    [api, queryClient, ownerType, ownerId, kind, update],
  );

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({
        key: `upload-${++counter.current}`,
        file,
        state: "waiting" as const,
        error: null,
      }));
      setItems((list) => [...list.filter((item) => item.state !== "done"), ...added]);
      for (const item of added) enqueue(item.key, item.file);
    },
    [enqueue],
  );

  const retry = useCallback(
    (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (!item || item.state !== "failed") return;
      update(key, { state: "waiting", error: null });
      enqueue(key, item.file);
    },
    [items, update, enqueue],
  );

  const dismiss = useCallback((key: string) => {
    setItems((list) =>
      list.filter((item) => item.key !== key || item.state === "uploading" || item.state === "waiting"),
    );
  }, []);

  return { items, add, retry, dismiss };
}
