import { PhoneOutlined } from "@ant-design/icons";
import { Alert, Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useServiceRequest } from "../api/service-requests";
import { OutcomeButtons, OutcomePanel, type Outcome } from "../components/Outcomes";
import { WorkOrderLink, useRequestFacts } from "../components/request-facts";

/** One request: what the caller wanted, and while it is open, the three ways to end it. */
export function ServiceRequestDetailRoute() {
  const { t } = useTranslation();
  const { serviceRequestId = "" } = useParams();
  const detail = useServiceRequest(serviceRequestId);
  const request = detail.data;
  const facts = useRequestFacts(request);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (!request) {
    return (
      <>
        <PageHeader title={t("serviceRequests.detail.title")} />
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
      </>
    );
  }
  const open = request.status === "OPEN";
  return (
    <DetailLayout
      printable
      title={`${request.number} · ${t(`serviceRequests.category.${request.category}`)}`}
      factsTitle={t("serviceRequests.detail.facts")}
      facts={facts}
      actions={
        <>
          {open && <OutcomeButtons open={outcome} onOpen={setOutcome} />}
          <LinkButton to="/intake" icon={<PhoneOutlined aria-hidden />}>
            {t("nav.intake")}
          </LinkButton>
          <LinkButton to="/service-requests">{t("serviceRequests.back")}</LinkButton>
        </>
      }
    >
      {(request.workOrderId || (open && outcome)) && (
        <Flex vertical gap={16} style={{ marginTop: 16 }}>
          {request.workOrderId && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={t("serviceRequests.converted")}
              description={<WorkOrderLink workOrderId={request.workOrderId} />}
            />
          )}
          {open && outcome && <OutcomePanel request={request} outcome={outcome} />}
        </Flex>
      )}
    </DetailLayout>
  );
}
