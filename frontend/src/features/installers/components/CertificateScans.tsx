import { Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { AttachmentGallery } from "@/components/AttachmentGallery";
import { FilePicker } from "@/components/FilePicker";
import { Loading } from "@/components/Loading";
import { ProblemAlert } from "@/components/ProblemAlert";
import { UploadList } from "@/components/UploadList";
import { useAttachmentUploads, useAttachments, useDeleteAttachment, type AttachmentOwner } from "@/lib/attachments";
import type { Certification, Installer } from "../api/installers";
import { useCertificateName } from "./CertificateTag";

/** The scans of one certificate: open each, and for the manager upload (image or PDF) and delete. */
function CertificateScanList({ certificate, canManage }: { certificate: Certification; canManage: boolean }) {
  const { t } = useTranslation();
  const name = `${useCertificateName()(certificate)} ${certificate.number}`;
  const owner: AttachmentOwner = { ownerType: "CERTIFICATION", ownerId: certificate.id };
  const attachments = useAttachments(owner);
  const uploads = useAttachmentUploads(owner, "CERTIFICATE_SCAN");
  const remove = useDeleteAttachment(owner);
  const scans = (attachments.data ?? []).filter((attachment) => attachment.kind === "CERTIFICATE_SCAN");

  return (
    <Card size="small" title={name} role="group" aria-label={name}>
      {attachments.isPending && <Loading />}
      {attachments.isError && <ProblemAlert error={attachments.error} />}
      {attachments.isSuccess &&
        (scans.length === 0 ? (
          <Typography.Text type="secondary">{t("installers.scans.none")}</Typography.Text>
        ) : (
          <AttachmentGallery
            attachments={scans}
            label={t("installers.scans.list", { certificate: name })}
            onRemove={canManage ? (scan) => remove.mutate(scan) : undefined}
            removing={remove.isPending}
          />
        ))}
      <ProblemAlert error={remove.error} />
      {canManage && (
        <>
          <FilePicker
            label={t("installers.scans.upload")}
            hint={t("installers.scans.hint")}
            accept="image/*,application/pdf"
            multiple
            onFiles={uploads.add}
          />
          <UploadList uploads={uploads} />
        </>
      )}
    </Card>
  );
}

/** Every certificate of an installer with its scans; read only when the panel is opened. */
export function CertificateScans({ installer, canManage }: { installer: Installer; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t("installers.scans.title", { name: installer.displayName })}>
      {installer.certifications.length === 0 ? (
        <Typography.Text type="secondary">{t("installers.certificates.none")}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {installer.certifications.map((certificate) => (
            <CertificateScanList key={certificate.id} certificate={certificate} canManage={canManage} />
          ))}
        </Flex>
      )}
    </section>
  );
}
