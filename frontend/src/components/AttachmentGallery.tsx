import { DeleteOutlined, ExportOutlined, FileOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Image, Popconfirm, Typography, theme } from "antd";
import { useTranslation } from "react-i18next";
import { useAttachmentUrl, type Attachment } from "@/lib/attachments";
import { useTenantFormat } from "@/lib/current-user";

const WIDTH = 160;
const HEIGHT = 120;
/** A list without bullets or indent; antd gives the rest. */
const LIST = { listStyle: "none", margin: 0, padding: 0 } as const;

/** The name a file is shown and announced by: its original name, or its place in the list. */
function useNameOf() {
  const { t } = useTranslation();
  return (attachment: Attachment, index: number) =>
    attachment.fileName || t("attachments.unnamed", { number: index + 1 });
}

/**
 * A file as a small picture: images show themselves and open antd's preview (with the others of the gallery), PDFs
 * and videos a tile with their type that opens the file in a new tab. The bytes are fetched with the bearer token
 * and shown through an object URL.
 */
function Thumbnail({
  attachment,
  name,
  url,
  error,
}: {
  attachment: Attachment;
  name: string;
  url: string | null;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const tile = {
    width: WIDTH,
    height: HEIGHT,
    background: token.colorFillTertiary,
    borderRadius: token.borderRadius,
  };
  if (!url) {
    return (
      <Flex align="center" justify="center" style={tile} title={name}>
        <Typography.Text type={error ? "danger" : "secondary"}>
          {error ? t("attachments.loadFailed") : t("common.loading")}
        </Typography.Text>
      </Flex>
    );
  }
  if (attachment.contentType.startsWith("image/")) {
    return (
      <Image
        src={url}
        alt={name}
        width={WIDTH}
        height={HEIGHT}
        style={{ objectFit: "cover", borderRadius: token.borderRadius }}
      />
    );
  }
  return (
    <a href={url} target="_blank" rel="noopener" title={name} aria-label={t("attachments.open", { name })}>
      <Flex vertical align="center" justify="center" gap={4} style={tile}>
        <FileOutlined aria-hidden style={{ fontSize: 28 }} />
        <Typography.Text strong>{attachment.contentType.split("/")[1]?.toUpperCase()}</Typography.Text>
      </Flex>
    </a>
  );
}

/** An image's link to the full file in a new tab (other files open from their tile). */
function OpenLink({ attachment, name, url }: { attachment: Attachment; name: string; url: string | null }) {
  const { t } = useTranslation();
  if (!url || !attachment.contentType.startsWith("image/")) return null;
  return (
    <Button
      size="small"
      type="link"
      href={url}
      target="_blank"
      rel="noopener"
      icon={<ExportOutlined aria-hidden />}
      aria-label={t("attachments.open", { name })}
    >
      {t("attachments.openShort")}
    </Button>
  );
}

interface ItemProps {
  attachment: Attachment;
  name: string;
  onRemove?: ((attachment: Attachment) => void) | undefined;
  removing?: boolean | undefined;
}

/** One file of the gallery: its picture, name, upload time, and the ways to open or delete it. */
function GalleryItem({ attachment, name, onRemove, removing }: ItemProps) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const { url, error } = useAttachmentUrl(attachment);
  return (
    <Card size="small" style={{ width: WIDTH + 18 }} styles={{ body: { padding: 8 } }}>
      <Flex vertical gap={4}>
        <Thumbnail attachment={attachment} name={name} url={url} error={error} />
        <Typography.Text ellipsis={{ tooltip: name }}>{name}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {format.dateTime(attachment.createdAt)}
        </Typography.Text>
        <Flex gap={4} wrap>
          <OpenLink attachment={attachment} name={name} url={url} />
          {onRemove && (
            <Popconfirm
              title={t("attachments.confirmRemove", { name })}
              okButtonProps={{ danger: true }}
              onConfirm={() => onRemove(attachment)}
            >
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                disabled={removing}
                aria-label={t("attachments.remove", { name })}
              >
                {t("common.remove")}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
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

/** Thumbnails with their names and upload times, the images browsable in one preview; optionally deletable. */
export function AttachmentGallery({ attachments, label, onRemove, removing }: AttachmentGalleryProps) {
  const nameOf = useNameOf();
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={12} component="ul" aria-label={label} style={LIST}>
        {attachments.map((attachment, index) => {
          const name = nameOf(attachment, index);
          return (
            <li key={attachment.id}>
              <GalleryItem attachment={attachment} name={name} onRemove={onRemove} removing={removing} />
            </li>
          );
        })}
      </Flex>
    </Image.PreviewGroup>
  );
}
