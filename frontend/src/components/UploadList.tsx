import { useTranslation } from "react-i18next";
import type { AttachmentUploads } from "@/lib/attachments";
import { formatFileSize } from "@/lib/files";
import { ProblemAlert } from "./ProblemAlert";

/** Each picked file with its state: waiting, uploading, uploaded, or why the server refused it. */
export function UploadList({ uploads }: { uploads: AttachmentUploads }) {
  const { t } = useTranslation();
  const { items } = uploads;
  if (items.length === 0) return null;
  const done = items.filter((item) => item.state === "done").length;
  return (
    <div className="uploads">
      <p className="status" role="status">
        {t("attachments.summary", { done, total: items.length })}
      </p>
      <ul className="upload-list" aria-label={t("attachments.uploads")}>
        {items.map((item) => {
          const name = item.file.name || t("attachments.unnamed", { number: 1 });
          return (
            <li key={item.key} className={`upload-item upload-item--${item.state}`}>
              <div className="upload-item__line">
                <span className="upload-item__name">{name}</span>
                <span className="muted small nowrap">{formatFileSize(item.file.size)}</span>
                <span className="upload-item__state">{t(`attachments.state.${item.state}`)}</span>
              </div>
              {item.state === "uploading" && (
                <progress className="upload-item__progress" aria-label={t("attachments.uploadingFile", { name })} />
              )}
              {item.state === "failed" && (
                <ProblemAlert error={item.error}>
                  <div className="upload-item__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t("attachments.retryFile", { name })}
                      onClick={() => uploads.retry(item.key)}
                    >
                      {t("attachments.retry")}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={t("attachments.dismissFile", { name })}
                      onClick={() => uploads.dismiss(item.key)}
                    >
                      {t("attachments.dismiss")}
                    </button>
                  </div>
                </ProblemAlert>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
