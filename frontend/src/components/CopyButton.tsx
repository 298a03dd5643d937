import { CopyOutlined } from "@ant-design/icons";
import { Button, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

interface CopyButtonProps {
  text: string;
  /** What is copied, for the button's accessible name, e.g. "客户端密钥". */
  what: string;
}

/** Copies to the clipboard; where the browser refuses (plain http), the user is told to copy by hand. */
export function CopyButton({ text, what }: CopyButtonProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      // navigator.clipboard exists only in secure contexts; without it this throws and lands below.
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <Space size="small" wrap>
      <Button
        size="small"
        icon={<CopyOutlined aria-hidden />}
        aria-label={t("common.copyWhat", { what })}
        onClick={() => void copy()}
      >
        {t("common.copy")}
      </Button>
      <Typography.Text role="status" type={outcome === "failed" ? "danger" : "success"}>
        {outcome === "copied" && t("common.copied")}
        {outcome === "failed" && t("common.copyFailed")}
      </Typography.Text>
    </Space>
  );
}
