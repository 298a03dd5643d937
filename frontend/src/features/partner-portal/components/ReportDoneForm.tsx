import { Flex, Form, Input, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { AttachmentGallery } from "@/components/AttachmentGallery";
import { FilePicker } from "@/components/FilePicker";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useApiForm } from "@/components/form/use-api-form";
import { UploadList } from "@/components/UploadList";
import { useAttachmentUploads, type Attachment } from "@/lib/attachments";
import { useReportMyPartnerOrderDone, type PartnerOrderView } from "../api/portal";

/** The server takes 1 to 20 photos per report. */
const MAX_PHOTOS = 20;

interface ReportDoneValues {
  note?: string;
  photoIds?: string[];
}

/**
 * The partner's report that a taken job is done: photos taken with the phone's camera, uploaded to the order one
 * after the other with their progress shown, and a note; the report names the photos uploaded here.
 */
export function ReportDoneForm({ order }: { order: PartnerOrderView }) {
  const { t } = useTranslation();
  const report = useReportMyPartnerOrderDone();
  const uploads = useAttachmentUploads({ ownerType: "WORK_ORDER", ownerId: order.workOrderId }, "PHOTO");
  // The uploads list forgets finished files when more are picked; the report keeps every photo uploaded here.
  const [photos, setPhotos] = useState<Attachment[]>([]);
  const uploaded = useMemo(
    () => uploads.items.flatMap((item) => (item.attachment ? [item.attachment] : [])),
    [uploads.items],
  );
  const uploading = uploads.items.some((item) => item.state === "waiting" || item.state === "uploading");
  // Adjusted while rendering (React's pattern for state derived from a changing input), not in an effect.
  const added = uploaded.filter((photo) => !photos.some((known) => known.id === photo.id));
  if (added.length > 0) setPhotos([...photos, ...added]);

  const { form, onFinish, submitting, problem } = useApiForm<ReportDoneValues, PartnerOrderView>({
    submit: (values) =>
      report.mutateAsync({
        workOrderId: order.workOrderId,
        body: {
          photoIds: photos.map((photo) => photo.id),
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        },
      }),
    check: (): Record<string, string> => {
      if (uploading) return { photoIds: t("partnerPortal.report.waitForUploads") };
      if (photos.length === 0) return { photoIds: t("partnerPortal.report.photosNeeded") };
      if (photos.length > MAX_PHOTOS) return { photoIds: t("partnerPortal.report.tooManyPhotos", { max: MAX_PHOTOS }) };
      return {};
    },
    success: t("partnerPortal.report.done", { number: order.number }),
    fieldLabels: { photoIds: t("partnerPortal.report.photos"), note: t("partnerPortal.report.note") },
  });

  return (
    <Form<ReportDoneValues>
      form={form}
      layout="vertical"
      aria-label={t("partnerPortal.report.formFor", { number: order.number })}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
        {t("partnerPortal.report.title")}
      </Typography.Title>
      {/* The field carries the server's and the form's messages about the photos; the pickers are its controls. */}
      <Form.Item name="photoIds" label={t("partnerPortal.report.photos")} extra={t("partnerPortal.report.photosHint")}>
        <PhotoPickers
          disabled={submitting}
          onFiles={(files) => {
            form.setFields([{ name: "photoIds", errors: [] }]);
            uploads.add(files);
          }}
        />
      </Form.Item>
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        <UploadList uploads={uploads} />
        {photos.length > 0 && (
          <AttachmentGallery
            attachments={photos}
            label={t("partnerPortal.report.photoList", { number: order.number })}
          />
        )}
      </Flex>
      <Form.Item name="note" label={t("partnerPortal.report.note")}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      {problem}
      <SubmitButton submitting={submitting}>{t("partnerPortal.report.submit")}</SubmitButton>
    </Form>
  );
}

/** The camera (the back camera on a phone) and, for photos taken before, the gallery. */
function PhotoPickers({ id, disabled, onFiles }: { id?: string; disabled: boolean; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <Flex id={id} gap={8} wrap>
      <FilePicker
        label={t("partnerPortal.report.takePhoto")}
        accept="image/*"
        capture="environment"
        multiple
        primary
        large
        disabled={disabled}
        onFiles={onFiles}
      />
      <FilePicker
        label={t("partnerPortal.report.choosePhotos")}
        accept="image/*"
        multiple
        large
        disabled={disabled}
        onFiles={onFiles}
      />
    </Flex>
  );
}
