import { useTranslation } from "react-i18next";
import { useAttachmentUrl, type Attachment } from "@/lib/attachments";
import { useTenantFormat } from "@/lib/current-user";

/** The name a file is shown and announced by: its original name, or its place in the list. */
function useNameOf() {
  const { t } = useTranslation();
  return (attachment: Attachment, index: number) => attachment.fileName || t("attachments.unnamed", { number: index + 1 });
}

/**
 * A file as a small picture that opens the full file in a new tab: images show themselves, PDFs and videos a
 * tile with their type. The bytes are fetched with the bearer token and shown through an object URL.
 */
export function AttachmentThumbnail({ attachment, name }: { attachment: Attachment; name: string }) {
  const { t } = useTranslation();
  const { url, error } = useAttachmentUrl(attachment);
  if (!url) {
    return (
      <span className="thumb thumb--placeholder" title={name}>
        {error ? t("attachments.loadFailed") : t("common.loading")}
      </span>
    );
  }
  const isImage = attachment.contentType.startsWith("image/");
  return (
    <a className="thumb" href={url} target="_blank" rel="noopener" title={name} aria-label={t("attachments.open", { name })}>
      {isImage ? (
        <img className="thumb__image" src={url} alt={name} />
      ) : (
        <span className="thumb__type">{attachment.contentType.split("/")[1]?.toUpperCase()}</span>
      )}
    </a>
  );
}

interface AttachmentGalleryProps {
  attachments: readonly Attachment[];
  /** Accessible name of the list, e.g. "WO-000042 的现场照片". */
  label: string;
  /** Offers deletion (after a confirmation) when given. */
  onRemove?: ((attachment: Attachment) => void) | undefined;
  removing?: boolean;
}

/** Thumbnails with their names and upload times; optionally a delete button under each. */
export function AttachmentGallery({ attachments, label, onRemove, removing }: AttachmentGalleryProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const nameOf = useNameOf();
  return (
    <ul className="gallery" aria-label={label}>
      {attachments.map((attachment, index) => {
        const name = nameOf(attachment, index);
        return (
          <li key={attachment.id} className="gallery__item">
            <AttachmentThumbnail attachment={attachment} name={name} />
            <span className="gallery__caption" title={name}>
              {name}
            </span>
            <span className="gallery__caption muted">{format.dateTime(attachment.createdAt)}</span>
            {onRemove && (
              <button
                type="button"
                className="button button--small button--danger"
                disabled={removing}
                aria-label={t("attachments.remove", { name })}
                onClick={() => {
                  if (window.confirm(t("attachments.confirmRemove", { name }))) onRemove(attachment);
                }}
              >
                {t("common.remove")}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
