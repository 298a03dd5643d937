import { RedoOutlined } from "@ant-design/icons";
import { App, Button, Flex, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tagColour } from "@/app/design/theme";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { useUrlFilters } from "@/lib/use-url-filters";
import {
  useNotifications,
  useRetryNotification,
  type Notification,
  type NotificationAudience,
  type NotificationChannel,
  type NotificationStatus,
} from "../api/notifications";

const STATUSES = ["PENDING", "SENT", "FAILED", "WITHDRAWN"] as const satisfies readonly NotificationStatus[];
const CHANNELS = ["SMS", "EMAIL"] as const satisfies readonly NotificationChannel[];
const AUDIENCES = [
  "CUSTOMER",
  "INSTALLER",
  "MANAGER",
  "QUALITY_CONTACT",
] as const satisfies readonly NotificationAudience[];

const STATUS_COLOURS: Record<NotificationStatus, string> = {
  PENDING: "processing",
  SENT: tagColour.green,
  FAILED: "red",
  WITHDRAWN: "default",
};

/**
 * The SMS and e-mail the company sent or is about to send: to whom, in which state, whether the phone confirmed
 * the delivery, and what went wrong with a failed one, which can be sent again.
 */
export function NotificationsRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const filter = {
    status: STATUSES.find((value) => value === search.get("status")),
    channel: CHANNELS.find((value) => value === search.get("channel")),
    audience: AUDIENCES.find((value) => value === search.get("audience")),
  };
  const notifications = useNotifications(filter);
  const retry = useRetryNotification();
  const [failed, setFailed] = useState<unknown>(null);
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  function sendAgain(notification: Notification) {
    setFailed(null);
    retry.mutate(notification.id, {
      onSuccess: () => void message.success(t("notifications.retried", { recipient: notification.recipient })),
      onError: setFailed,
    });
  }

  const columns: ColumnsType<Notification> = [
    {
      key: "createdAt",
      title: t("notifications.fields.createdAt"),
      render: (_, row) => format.dateTime(row.createdAt),
    },
    {
      key: "subject",
      title: t("notifications.fields.subject"),
      render: (_, row) => (
        <Flex vertical>
          <span>{row.subject}</span>
          <Typography.Text type="secondary">
            {t(`notifications.channel.${row.channel}`)} · {t(`notifications.audience.${row.audience}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: "recipient",
      title: t("notifications.fields.recipient"),
      render: (_, row) => (row.channel === "SMS" ? <PhoneLink phone={row.recipient} /> : row.recipient),
    },
    {
      key: "status",
      title: t("notifications.fields.status"),
      render: (_, row) => (
        <Flex vertical align="flex-start">
          <Tag color={STATUS_COLOURS[row.status]}>{t(`notifications.status.${row.status}`)}</Tag>
          <Typography.Text type="secondary">
            {row.status === "SENT" && row.sentAt
              ? format.dateTime(row.sentAt)
              : row.status === "PENDING"
                ? t("notifications.nextAttempt", { time: format.dateTime(row.nextAttemptAt) })
                : row.status === "FAILED"
                  ? t("notifications.attempts", { attempts: row.attempts })
                  : null}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: "receipt",
      title: t("notifications.fields.receipt"),
      render: (_, row) =>
        row.receipt ? (
          <Flex vertical align="flex-start">
            <Tag color={row.receipt === "DELIVERED" ? tagColour.green : "red"}>
              {t(`notifications.receipt.${row.receipt}`)}
            </Tag>
            {row.receiptAt && <Typography.Text type="secondary">{format.dateTime(row.receiptAt)}</Typography.Text>}
          </Flex>
        ) : row.channel === "SMS" && row.status === "SENT" ? (
          <Typography.Text type="secondary">{t("notifications.noReceiptYet")}</Typography.Text>
        ) : (
          dash
        ),
    },
    {
      key: "actions",
      title: t("common.actions"),
      render: (_, row) =>
        row.status === "FAILED" ? (
          <Button
            size="small"
            icon={<RedoOutlined aria-hidden />}
            loading={retry.isPending && retry.variables === row.id}
            aria-label={t("notifications.retryTo", { recipient: row.recipient })}
            onClick={() => sendAgain(row)}
          >
            {t("notifications.retry")}
          </Button>
        ) : null,
    },
  ];

  return (
    <ListPage
      title={t("notifications.title")}
      description={t("notifications.description")}
      filtersLabel={t("notifications.filter")}
      filters={
        <>
          <SelectFilter<NotificationStatus>
            label={t("notifications.fields.status")}
            placeholder={t("common.all")}
            value={filter.status}
            onChange={(value) => choose("status", value)}
            options={STATUSES.map((value) => ({ value, label: t(`notifications.status.${value}`) }))}
          />
          <SelectFilter<NotificationChannel>
            label={t("notifications.fields.channel")}
            placeholder={t("common.all")}
            value={filter.channel}
            onChange={(value) => choose("channel", value)}
            options={CHANNELS.map((value) => ({ value, label: t(`notifications.channel.${value}`) }))}
          />
          <SelectFilter<NotificationAudience>
            label={t("notifications.fields.audience")}
            placeholder={t("common.all")}
            value={filter.audience}
            onChange={(value) => choose("audience", value)}
            options={AUDIENCES.map((value) => ({ value, label: t(`notifications.audience.${value}`) }))}
          />
        </>
      }
      extra={
        failed ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={failed} />
          </div>
        ) : undefined
      }
    >
      <DataTable<Notification>
        caption={t("notifications.title")}
        columns={columns}
        rowKey="id"
        expandable={{
          expandedRowRender: (row) => (
            <Flex vertical gap={4}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{row.body}</Typography.Paragraph>
              {row.lastError && (
                <Typography.Text type="danger">
                  {t("notifications.lastError", { error: row.lastError })}
                </Typography.Text>
              )}
            </Flex>
          ),
        }}
        empty={{
          description:
            filter.status || filter.channel || filter.audience ? t("notifications.noMatch") : t("notifications.empty"),
        }}
        {...keysetTable(notifications)}
      />
    </ListPage>
  );
}
