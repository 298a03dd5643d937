import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Alert } from "antd";
import { useNavigate, useSearchParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { PageHeader } from "@/components/PageHeader";
import { CreateWorkOrderForm } from "../components/CreateWorkOrderForm";

export function CreateWorkOrderRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // Opened from a connection application: the order works for it (a survey, the installation or an inspection).
  const connectionApplicationId = search.get("connectionApplicationId") ?? undefined;
  const type = search.get("type");
  const prefill = {
    customerId: search.get("customerId") ?? undefined,
    connectionApplicationId,
    type: type === "INSPECTION" || type === "INSTALLATION" ? type : undefined,
    description: search.get("description") ?? undefined,
  } as const;
  return (
    <>
      <PageHeader
        title={t("workOrders.create.title")}
        description={t("workOrders.create.description")}
        actions={
          <LinkButton to="/work-orders" icon={<ArrowLeftOutlined />}>
            {t("board.back")}
          </LinkButton>
        }
      />
      {connectionApplicationId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("workOrders.create.forConnection", { number: search.get("applicationNumber") ?? "" })}
        />
      )}
      <CreateWorkOrderForm prefill={prefill} onCreated={(order) => navigate(`/work-orders/${order.id}`)} />
    </>
  );
}
