import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
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
          <Link to="/work-orders" className="button">
            {t("board.back")}
          </Link>
        }
      />
      <CreateWorkOrderForm onCreated={(order) => navigate(`/work-orders/${order.id}`)} />
    </>
  );
}
