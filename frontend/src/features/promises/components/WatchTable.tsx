import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "@/components/DataTable";
import { PromiseBadge } from "@/components/PromiseBadge";
import type { PromiseWatchItem } from "../api/promises";
import { subjectPath } from "../model/watch";

/** Promises to act on: what they are kept on (a link to it), whose, which promise, its state and due time. */
export function WatchTable({ items, caption }: { items: readonly PromiseWatchItem[]; caption: string }) {
  const { t } = useTranslation();
  const columns: ColumnsType<PromiseWatchItem> = [
    {
      key: "subject",
      title: t("promiseWatch.fields.subject"),
      render: (_, item) => (
        <Link to={subjectPath(item)}>
          <strong>{item.subjectNumber}</strong>
        </Link>
      ),
    },
    {
      key: "subjectType",
      title: t("promiseWatch.fields.subjectType"),
      render: (_, item) => t(`promiseWatch.subjectType.${item.subjectType}`),
    },
    {
      key: "customer",
      title: t("promiseWatch.fields.customer"),
      render: (_, item) => item.customerName ?? "—",
    },
    {
      key: "kind",
      title: t("promiseWatch.fields.kind"),
      render: (_, item) => t(`promise.kind.${item.promise.kind}`),
    },
    {
      key: "promise",
      title: t("promiseWatch.fields.promise"),
      render: (_, item) => <PromiseBadge promise={item.promise} />,
    },
  ];
  return (
    <DataTable<PromiseWatchItem>
      caption={caption}
      columns={columns}
      rows={items}
      rowKey={(item) => `${item.subjectType}-${item.subjectId}`}
      empty={{ description: t("promiseWatch.empty") }}
    />
  );
}
