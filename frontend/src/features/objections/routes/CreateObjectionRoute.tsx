import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { CreateObjectionForm } from "../components/CreateObjectionForm";

/** Recording an objection; `?customerId=&workOrderId=` fill the form when opened from elsewhere. */
export function CreateObjectionRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("objections.create.title")}
        description={t("objections.create.description")}
        actions={
          <Link to="/objections">
            <ArrowLeftOutlined /> {t("objections.back")}
          </Link>
        }
      />
      <Card size="small">
        <CreateObjectionForm
          prefill={{ customerId: search.get("customerId") ?? "", workOrderId: search.get("workOrderId") ?? "" }}
          onCreated={(objection) => void navigate(`/objections/${objection.id}`)}
        />
      </Card>
    </>
  );
}
