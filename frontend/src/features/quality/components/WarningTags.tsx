import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { tagColour } from "@/app/design/theme";
import type { EarlyWarning } from "../api/quality";

const STATUS_COLOURS = { OPEN: "red", ACKNOWLEDGED: tagColour.gold, CLOSED: "default" } as const;
const ROUTE_COLOURS = { ENGINEERING: "blue", TRAINING: "purple" } as const;

/** Where the warning went (engineering, training, or unclassified) and its state, as coloured tags. */
export function WarningTags({ warning }: { warning: Pick<EarlyWarning, "routedTo" | "status"> }) {
  const { t } = useTranslation();
  return (
    <>
      <RouteTag routedTo={warning.routedTo} />
      <Tag color={STATUS_COLOURS[warning.status]}>{t(`quality.warningStatus.${warning.status}`)}</Tag>
    </>
  );
}

export function RouteTag({ routedTo }: Pick<EarlyWarning, "routedTo">) {
  const { t } = useTranslation();
  return routedTo ? (
    <Tag color={ROUTE_COLOURS[routedTo]}>{t(`quality.route.${routedTo}`)}</Tag>
  ) : (
    <Tag>{t("quality.route.none")}</Tag>
  );
}
