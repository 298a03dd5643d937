import type { ReactNode } from "react";
import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, LoadingOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Progress, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AttachmentUploads, UploadState } from "@/lib/attachments";
import { formatFileSize } from "@/lib/files";
import { ProblemAlert } from "./ProblemAlert";

const STATE_TAGS: Record<UploadState, { color: string; icon: ReactNode }> = {
  waiting: { color: "default", icon: <ClockCircleOutlined aria-hidden /> },
  uploading: { color: "processing", icon: <LoadingOutlined aria-hidden /> },
  done: { color: "success", icon: <CheckCircleOutlined aria-hidden /> },
  failed: { color: "error", icon: <CloseCircleOutlined aria-hidden /> },
};

/** A list without bullets or indent; antd gives the rest. */
const LIST = { listStyle: "none", margin: 0, padding: 0 } as const;

/** Each picked file with its state: waiting, uploading, uploaded, or why the server refused it. */
export function UploadList({ uploads }: { uploads: AttachmentUploads }) {
  const { t } = useTranslation();
  const { items } = uploads;
  if (items.length === 0) return null;
  const done = items.filter((item) => item.state === "done").length;
  return (
    <Flex vertical gap={4}>
      <Typography.Text role="status">{t("attachments.summary", { done, total: items.length })}</Typography.Text>
      <Flex vertical gap={8} component="ul" aria-label={t("attachments.uploads")} style={LIST}>
        {items.map((item) => {
          const name = item.file.name || t("attachments.unnamed", { number: 1 });
          const tag = STATE_TAGS[item.state];
          return (
            <li key={item.key}>
              <Card size="small">
                <Flex vertical gap={4}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text ellipsis style={{ flex: "1 1 120px", minWidth: 0 }}>
                      {name}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
                      {formatFileSize(item.file.size)}
                    </Typography.Text>
                    <Tag color={tag.color} icon={tag.icon} style={{ marginInlineEnd: 0 }}>
                      {t(`attachments.state.${item.state}`)}
                    </Tag>
                  </Flex>
                  {item.state === "uploading" && (
                    <Progress
                      percent={100}
                      status="active"
                      showInfo={false}
                      size="small"
                      aria-label={t("attachments.uploadingFile", { name })}
                    />
                  )}
                  {item.state === "failed" && (
                    <ProblemAlert error={item.error}>
                      <Space size="small" wrap>
                        <Button
                          size="small"
                          aria-label={t("attachments.retryFile", { name })}
                          onClick={() => uploads.retry(item.key)}
                        >
                          {t("attachments.retry")}
                        </Button>
                        <Button
                          size="small"
                          type="text"
                          aria-label={t("attachments.dismissFile", { name })}
                          onClick={() => uploads.dismiss(item.key)}
                        >
                          {t("attachments.dismiss")}
                        </Button>
                      </Space>
                    </ProblemAlert>
                  )}
                </Flex>
              </Card>
            </li>
          );
        })}
      </Flex>
    </Flex>
  );
}
