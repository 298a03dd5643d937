import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useTranslation } from "react-i18next";
import { problemText } from "@/lib/api/problem-text";
import { saveBlob } from "@/lib/download";
import { useExportPayroll } from "../api/payroll";

/** Downloads the month as XLSX; the file is fetched with the session's token, then saved. */
export function ExportButton({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const exportSheet = useExportPayroll(month);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={exportSheet.isPending}
      onClick={() =>
        exportSheet.mutate(undefined, {
          onSuccess: (blob) => saveBlob(blob, `payroll-${month}.xlsx`),
          onError: (error) => void message.error(problemText(error, i18n).headline),
        })
      }
    >
      {t("payroll.export")}
    </Button>
  );
}
