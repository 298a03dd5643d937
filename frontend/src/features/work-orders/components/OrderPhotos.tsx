import { Card, Empty, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { AttachmentGallery } from "@/components/AttachmentGallery";
import { FilePicker } from "@/components/FilePicker";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { UploadList } from "@/components/UploadList";
import { useAttachmentUploads, useAttachments, useDeleteAttachment, type AttachmentOwner } from "@/lib/attachments";
import type { WorkOrder } from "../api/work-orders";

interface OrderPhotosProps {
  order: Pick<WorkOrder, "id" | "number">;
  /** The installer on site takes photos and uploads them here. */
  canAdd?: boolean;
  /** Managers and dispatchers delete a photo taken by mistake. */
  canRemove?: boolean;
}

/** The photos taken on site: thumbnails that open the full picture, and on the phone the camera. */
export function OrderPhotos({ order, canAdd = false, canRemove = false }: OrderPhotosProps) {
  const { t } = useTranslation();
  const owner: AttachmentOwner = { ownerType: "WORK_ORDER", ownerId: order.id };
  const attachments = useAttachments(owner);
  const uploads = useAttachmentUploads(owner, "PHOTO");
  const remove = useDeleteAttachment(owner);
  const photos = (attachments.data ?? []).filter((attachment) => attachment.kind === "PHOTO");

  return (
    <Card size="small" title={t("workOrders.photos.title")} role="region" aria-label={t("workOrders.photos.title")}>
      <Flex vertical gap={12}>
        {canAdd && (
          <Flex vertical gap={8}>
            <Flex gap={8} wrap>
              <FilePicker
                label={t("workOrders.photos.take")}
                accept="image/*"
                capture="environment"
                multiple
                primary
                large
                onFiles={uploads.add}
              />
              <FilePicker label={t("workOrders.photos.choose")} accept="image/*" multiple large onFiles={uploads.add} />
            </Flex>
            <Typography.Text type="secondary">{t("workOrders.photos.hint")}</Typography.Text>
            <UploadList uploads={uploads} />
          </Flex>
        )}
        {attachments.isPending && <Loading />}
        {attachments.isError && <ProblemAlert error={attachments.error} />}
        {attachments.isSuccess &&
          (photos.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("workOrders.photos.none")} />
          ) : (
            <AttachmentGallery
              attachments={photos}
              label={t("workOrders.photos.list", { number: order.number })}
              onRemove={canRemove ? (photo) => remove.mutate(photo) : undefined}
              removing={remove.isPending}
            />
          ))}
        <ProblemAlert error={remove.error} />
      </Flex>
    </Card>
  );
}
