import { FilePdfOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useTranslation } from "react-i18next";
import { problemText } from "@/lib/api/problem-text";
import { useServiceReportDownload, type WorkOrder } from "../api/work-orders";

/** Downloads the service report the customer signed off (or refused to), as the server writes it. */
export function ServiceReportButton({ order }: { order: Pick<WorkOrder, "id" | "number"> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const download = useServiceReportDownload(order);
  return (
    <Button
      size="small"
      icon={<FilePdfOutlined aria-hidden />}
      loading={download.isPending}
      onClick={() =>
        download.mutate(undefined, { onError: (error) => void message.error(problemText(error, i18n).headline) })
      }
    >
      {t("workOrders.serviceReport.download")}
    </Button>
  );
}
