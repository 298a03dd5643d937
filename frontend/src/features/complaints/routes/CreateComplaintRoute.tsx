import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "@/components/PageHeader";
import { CreateComplaintForm } from "../components/CreateComplaintForm";

/** Recording a complaint; `?workOrderId=&installerId=` fill the form when opened from elsewhere. */
export function CreateComplaintRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("complaints.create.title")}
        description={t("complaints.create.description")}
        actions={
          <Link to="/complaints">
            <ArrowLeftOutlined /> {t("complaints.back")}
          </Link>
        }
      />
      <Card size="small">
        <CreateComplaintForm
          prefill={{ workOrderId: search.get("workOrderId") ?? "", installerId: search.get("installerId") ?? "" }}
          onCreated={(complaint) => void navigate(`/complaints/${complaint.id}`)}
        />
      </Card>
    </>
  );
}
