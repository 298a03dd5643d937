import { render, screen } from "@testing-library/react";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ProblemAlert } from "@/components/ProblemAlert";
import i18n from "@/i18n";
import { attachment, problem } from "@/test/fixtures";
import { json } from "@/test/render";
import { createApiClient } from "./api/client";
import { ApiError } from "./api/problem";
import { uploadAttachment, uploadContentType, uploadFileName } from "./attachments";

const ORDER = "0193a5c8-0000-7000-8000-0000000b0001";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

function clientAnswering(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const api = createApiClient({
    baseUrl: "http://app.test",
    accessToken: async () => "token",
    onUnauthorized: () => {},
    fetch: async (request) => {
      requests.push(request.clone());
      return answer(request);
    },
  });
  return { api, requests };
}

describe("uploadAttachment", () => {
  it("sends the file's bytes as they are, with its type and the owner, kind and name as query parameters", async () => {
    const stored = attachment({ contentType: "image/png", fileName: "outdoor unit.png", sizeBytes: PNG.length });
    const { api, requests } = clientAnswering(() => json(stored, 201));
    const file = new File([PNG], "outdoor unit.png", { type: "image/png" });

    await expect(
      uploadAttachment(api, { ownerType: "WORK_ORDER", ownerId: ORDER, kind: "PHOTO", file }),
    ).resolves.toEqual(stored);

    const [post] = requests;
    expect(post!.method).toBe("POST");
    const url = new URL(post!.url);
    expect(url.pathname).toBe("/api/v1/attachments");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ownerType: "WORK_ORDER",
      ownerId: ORDER,
      kind: "PHOTO",
      fileName: "outdoor unit.png",
    });
    expect(post!.headers.get("Content-Type")).toBe("image/png");
    expect(post!.headers.get("Authorization")).toBe("Bearer token");
    expect(new Uint8Array(await post!.arrayBuffer())).toEqual(PNG);
  });

  it("sends a type the API does not name as application/octet-stream and cleans the file name", async () => {
    const { api, requests } = clientAnswering(() => json(attachment({ kind: "CERTIFICATE_SCAN" }), 201));
    const file = new File([PNG], 'scan/"2026"\r\n.heic', { type: "image/heic" });

    await uploadAttachment(api, { ownerType: "CERTIFICATION", ownerId: ORDER, kind: "CERTIFICATE_SCAN", file });

    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get("fileName")).toBe("scan__2026___.heic");
    expect(url.searchParams.get("ownerType")).toBe("CERTIFICATION");
    expect(url.searchParams.get("kind")).toBe("CERTIFICATE_SCAN");
    expect(requests[0]!.headers.get("Content-Type")).toBe("application/octet-stream");
  });

  it("leaves out a name a file does not have", async () => {
    const { api, requests } = clientAnswering(() => json(attachment(), 201));
    await uploadAttachment(api, {
      ownerType: "WORK_ORDER",
      ownerId: ORDER,
      kind: "PHOTO",
      file: new File([PNG], "", { type: "image/jpeg" }),
    });
    expect(new URL(requests[0]!.url).searchParams.has("fileName")).toBe(false);
  });

  it("turns the server's 413 and 415 into clear messages", async () => {
    await i18n.changeLanguage("zh-CN");
    const tooLarge = problem({
      status: 413,
      type: "https://aftercare.dev/problems/attachment-too-large",
      title: "Attachment too large",
      detail: "The file has 15728640 bytes; your tenant accepts at most 10485760 bytes per attachment.",
      errors: [{ field: "body", message: "larger than 10 MB" }],
    });
    const unsupported = problem({
      status: 415,
      type: "https://aftercare.dev/problems/unsupported-file-type",
      title: "Unsupported file type",
      detail: "Attachments may be JPEG, PNG, WebP, PDF or MP4; this file is none of them.",
    });
    const file = new File([PNG], "photo.png", { type: "image/png" });
    const upload = (answer: Response) =>
      uploadAttachment(clientAnswering(() => answer).api, {
        ownerType: "WORK_ORDER",
        ownerId: ORDER,
        kind: "PHOTO",
        file,
      });

    const large = await upload(json(tooLarge, 413)).catch((error: unknown) => error);
    expect(large).toBeInstanceOf(ApiError);
    expect((large as ApiError).status).toBe(413);
    const first = render(createElement(ProblemAlert, { error: large }));
    expect(screen.getByRole("alert")).toHaveTextContent("文件太大，超过了每个附件允许的大小。");
    expect(screen.getByRole("alert")).toHaveTextContent("accepts at most 10485760 bytes");
    first.unmount();

    const refused = await upload(json(unsupported, 415)).catch((error: unknown) => error);
    expect((refused as ApiError).status).toBe(415);
    const second = render(createElement(ProblemAlert, { error: refused }));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "不支持这种文件。只能上传 JPEG、PNG、WebP 图片、PDF 或 MP4 视频。",
    );
    second.unmount();

    // A proxy's own 413 has no problem body; the message is the same.
    const bare = await upload(
      new Response("<html>413</html>", { status: 413, headers: { "Content-Type": "text/html" } }),
    ).catch((error: unknown) => error);
    render(createElement(ProblemAlert, { error: bare }));
    expect(screen.getByRole("alert")).toHaveTextContent("文件太大");
  });
});

describe("upload helpers", () => {
  it("names the content types the API declares and nothing else", () => {
    expect(uploadContentType(new Blob([], { type: "image/jpeg" }))).toBe("image/jpeg");
    expect(uploadContentType(new Blob([], { type: "application/pdf" }))).toBe("application/pdf");
    expect(uploadContentType(new Blob([], { type: "" }))).toBe("application/octet-stream");
    expect(uploadContentType(new Blob([], { type: "image/gif" }))).toBe("application/octet-stream");
  });

  it("keeps file names within what the API accepts", () => {
    expect(uploadFileName("  ")).toBeUndefined();
    expect(uploadFileName("a".repeat(300))).toHaveLength(255);
    expect(uploadFileName("C:\\photos\\1.jpg")).toBe("C:_photos_1.jpg");
  });
});
