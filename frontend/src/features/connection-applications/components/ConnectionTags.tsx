import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ConnectionStatus } from "../api/connection-applications";
import { STATUS_COLOUR } from "../model/connection";

export function ConnectionStatusTag({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status]}>{t(`connections.status.${status}`)}</Tag>;
}

export function YesNoTag({ value, yes, no }: { value: boolean; yes: string; no: string }) {
  return <Tag color={value ? "success" : "default"}>{value ? yes : no}</Tag>;
}
