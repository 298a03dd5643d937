import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import i18n from "@/i18n";
import type { Schema } from "@/lib/api/schema-types";
import { attachment, me, problem, workOrder } from "@/test/fixtures";
import { json, renderWithApi } from "@/test/render";
import { OrderPhotos } from "./OrderPhotos";

const order = workOrder({ status: "ON_SITE" });
const installer = me({ userId: "0193a5c8-0000-7000-8000-0000000a0001", username: "li", roles: ["installer"] });
const earlier = attachment({ id: "0193a5c8-0000-7000-8000-0000000f0001", fileName: "before.jpg" });
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);

/** The attachments API of one order: uploads are stored unless the name says the server should refuse them. */
function photosApi(initial: Schema<"Attachment">[]) {
  let stored = [...initial];
  let next = 2;
  return async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === "/api/v1/attachments" && request.method === "GET") return json({ items: stored });
    if (url.pathname === "/api/v1/attachments" && request.method === "POST") {
      const fileName = url.searchParams.get("fileName") ?? undefined;
      if (fileName?.endsWith(".heic")) {
        return json(
          problem({
            status: 415,
            type: "https://aftercare.dev/problems/unsupported-file-type",
            title: "Unsupported file type",
            detail: "Attachments may be JPEG, PNG, WebP, PDF or MP4; this file is none of them.",
          }),
          415,
        );
      }
      if (fileName?.startsWith("huge")) {
        return json(
          problem({
            status: 413,
            type: "https://aftercare.dev/problems/attachment-too-large",
            title: "Attachment too large",
            detail: "The file has 15728640 bytes; your tenant accepts at most 10485760 bytes per attachment.",
          }),
          413,
        );
      }
      const body = await request.arrayBuffer();
      const created = attachment({
        id: `0193a5c8-0000-7000-8000-0000000f000${next++}`,
        fileName,
        contentType: "image/jpeg",
        sizeBytes: body.byteLength,
        createdAt: "2026-03-05T10:30:00+08:00",
      });
      stored = [...stored, created];
      return json(created, 201);
    }
    if (url.pathname.startsWith("/api/v1/attachments/") && request.method === "GET") {
      return new Response(new Blob([JPEG], { type: "image/jpeg" }), { headers: { "Content-Type": "image/jpeg" } });
    }
    if (url.pathname.startsWith("/api/v1/attachments/") && request.method === "DELETE") {
      stored = stored.filter((item) => !url.pathname.endsWith(item.id));
      return new Response(null, { status: 204 });
    }
    return json(problem({ status: 404 }), 404);
  };
}

describe("OrderPhotos", () => {
  it("shows the order's photos as thumbnails fetched with the token", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<OrderPhotos order={order} />, photosApi([earlier]), installer);
    const gallery = await screen.findByRole("list", { name: "WO-000042 的现场照片" });
    const image = await within(gallery).findByRole("img", { name: "before.jpg" });
    expect(image.getAttribute("src")).toMatch(/^blob:/);
    expect(within(gallery).getByRole("link", { name: "打开 before.jpg" })).toHaveAttribute(
      "href",
      image.getAttribute("src"),
    );

    const list = requests.find((request) => new URL(request.url).pathname === "/api/v1/attachments")!;
    expect(Object.fromEntries(new URL(list.url).searchParams)).toEqual({ ownerType: "WORK_ORDER", ownerId: order.id });
    const download = requests.find((request) => request.url.endsWith(`/api/v1/attachments/${earlier.id}`))!;
    expect(download.headers.get("Authorization")).toBe("Bearer token");
    // Only the office may delete photos.
    expect(screen.queryByRole("button", { name: /删除/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("拍照")).not.toBeInTheDocument();
  });

  it("uploads each photo taken, one after the other, and shows the state of each", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(<OrderPhotos order={order} canAdd />, photosApi([]), installer);
    expect(await screen.findByText("还没有现场照片。")).toBeInTheDocument();

    const camera = screen.getByLabelText("拍照");
    expect(camera).toHaveAttribute("accept", "image/*");
    expect(camera).toHaveAttribute("capture", "environment");
    expect(camera).toHaveAttribute("multiple");
    await userEvent.upload(camera, [
      new File([JPEG], "unit.jpg", { type: "image/jpeg" }),
      new File([JPEG], "pipe.heic", { type: "image/heic" }),
      new File([JPEG], "huge.jpg", { type: "image/jpeg" }),
    ]);

    const uploads = screen.getByRole("list", { name: "上传进度" });
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("已上传 1/3 个文件"));
    await waitFor(() => expect(within(uploads).getAllByText("上传失败")).toHaveLength(2));
    const [unit, heic, huge] = within(uploads).getAllByRole("listitem");
    expect(unit).toHaveTextContent("unit.jpg");
    expect(unit).toHaveTextContent("已上传");
    expect(within(heic!).getByRole("alert")).toHaveTextContent(
      "不支持这种文件。只能上传 JPEG、PNG、WebP 图片、PDF 或 MP4 视频。",
    );
    expect(within(huge!).getByRole("alert")).toHaveTextContent("文件太大，超过了每个附件允许的大小。");

    // The uploaded photo joins the thumbnails; it is shown from the phone's own file, not downloaded again.
    const gallery = await screen.findByRole("list", { name: "WO-000042 的现场照片" });
    expect(await within(gallery).findByRole("img", { name: "unit.jpg" })).toHaveAttribute(
      "src",
      expect.stringMatching(/^blob:/),
    );
    const posts = requests.filter((request) => request.method === "POST");
    expect(posts.map((post) => new URL(post.url).searchParams.get("fileName"))).toEqual([
      "unit.jpg",
      "pipe.heic",
      "huge.jpg",
    ]);
    expect(posts.map((post) => post.headers.get("Content-Type"))).toEqual([
      "image/jpeg",
      "application/octet-stream",
      "image/jpeg",
    ]);
    expect(posts.every((post) => new URL(post.url).searchParams.get("kind") === "PHOTO")).toBe(true);
    expect(
      requests.some((request) => request.method === "GET" && /\/attachments\/[0-9a-f-]{36}$/.test(request.url)),
    ).toBe(false);

    // A refused file can be dismissed; picking new photos clears the ones already uploaded.
    await userEvent.click(within(heic!).getByRole("button", { name: "从列表中移除 pipe.heic" }));
    expect(within(uploads).queryByText("pipe.heic")).not.toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText("从相册选择"), new File([JPEG], "label.jpg", { type: "image/jpeg" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("已上传 1/2 个文件"));
    expect(within(uploads).queryByText("unit.jpg")).not.toBeInTheDocument();
    expect(await within(gallery).findByRole("img", { name: "label.jpg" })).toBeInTheDocument();
  });

  it("lets the office delete a photo after confirming", async () => {
    await i18n.changeLanguage("zh-CN");
    const { requests } = renderWithApi(
      <OrderPhotos order={order} canRemove />,
      photosApi([earlier]),
      me({ roles: ["dispatcher"] }),
    );
    const remove = await screen.findByRole("button", { name: "删除 before.jpg" });

    await userEvent.click(remove);
    const question = await screen.findByRole("tooltip");
    expect(question).toHaveTextContent("确定删除 before.jpg 吗？删除后无法恢复。");
    await userEvent.click(within(question).getByRole("button", { name: /取\s*消|Cancel/ }));
    expect(requests.filter((request) => request.method === "DELETE")).toEqual([]);

    await userEvent.click(remove);
    await userEvent.click(within(await screen.findByRole("tooltip")).getByRole("button", { name: /确\s*定|OK/ }));
    expect(await screen.findByText("还没有现场照片。")).toBeInTheDocument();
    const deleted = requests.find((request) => request.method === "DELETE")!;
    expect(new URL(deleted.url).pathname).toBe(`/api/v1/attachments/${earlier.id}`);
  });
});
