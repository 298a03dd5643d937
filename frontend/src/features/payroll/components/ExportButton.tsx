import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { saveBlob } from "@/lib/download";
import { useExportPayroll } from "../api/payroll";

/** Downloads the month as XLSX; the file is fetched with the session's token, then saved. */
export function ExportButton({ month }: { month: string }) {
  const { t } = useTranslation();
  const exportSheet = useExportPayroll(month);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={exportSheet.isPending}
        onClick={() => exportSheet.mutate(undefined, { onSuccess: (blob) => saveBlob(blob, `payroll-${month}.xlsx`) })}
      >
        {exportSheet.isPending ? t("payroll.exporting") : t("payroll.export")}
      </button>
      <ProblemAlert error={exportSheet.error} />
    </>
  );
}
