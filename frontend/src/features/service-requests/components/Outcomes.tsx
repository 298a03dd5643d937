import { CheckOutlined, CloseOutlined, ToolOutlined } from "@ant-design/icons";
import { Button, Card } from "antd";
import { useTranslation } from "react-i18next";
import type { ServiceRequest } from "../api/service-requests";
import { ConvertForm } from "./ConvertForm";
import { TextOutcomeForm } from "./TextOutcomeForm";

export type Outcome = "resolveByPhone" | "convert" | "dismiss";

/** The three ways an open request ends: converting (the usual one) first, dismissing last. */
const OUTCOMES: readonly Outcome[] = ["convert", "resolveByPhone", "dismiss"];
const ICONS: Record<Outcome, React.ReactNode> = {
  convert: <ToolOutlined aria-hidden />,
  resolveByPhone: <CheckOutlined aria-hidden />,
  dismiss: <CloseOutlined aria-hidden />,
};

/** The buttons that open each outcome's form; the open one is pressed again to close it. */
export function OutcomeButtons({ open, onOpen }: { open: Outcome | null; onOpen: (outcome: Outcome | null) => void }) {
  const { t } = useTranslation();
  return OUTCOMES.map((outcome) => (
    <Button
      key={outcome}
      type={outcome === "convert" ? "primary" : "default"}
      danger={outcome === "dismiss"}
      icon={ICONS[outcome]}
      aria-expanded={open === outcome}
      onClick={() => onOpen(open === outcome ? null : outcome)}
    >
      {t(`serviceRequests.outcomes.${outcome}.open`)}
    </Button>
  ));
}

/** The input the chosen outcome needs. */
export function OutcomePanel({ request, outcome }: { request: ServiceRequest; outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t(`serviceRequests.outcomes.${outcome}.title`)}>
      {outcome === "convert" ? (
        <ConvertForm request={request} />
      ) : (
        <TextOutcomeForm key={outcome} request={request} outcome={outcome} />
      )}
    </Card>
  );
}
