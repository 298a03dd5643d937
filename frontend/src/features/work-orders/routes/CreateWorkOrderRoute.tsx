import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { PageHeader } from "@/components/PageHeader";
import { CreateWorkOrderForm } from "../components/CreateWorkOrderForm";

export function CreateWorkOrderRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
      <CreateWorkOrderForm onCreated={(order) => navigate(`/work-orders/${order.id}`)} />
    </>
  );
}
