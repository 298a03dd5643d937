import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Flex } from "antd";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { DetailLayout } from "@/components/DetailLayout";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser, useTenantFormat } from "@/lib/current-user";
import { useFollowUp, type FollowUp } from "../api/follow-ups";
import { AttemptForm } from "../components/AttemptForm";
import { useAttemptLog } from "../components/AttemptLog";
import { CallScript } from "../components/CallScript";
import { useFollowUpFacts } from "../components/FollowUpFacts";
import { FollowUpStatusBadge } from "../components/FollowUpStatusBadge";

/** What the last recorded call led to, said once right after it. */
function RecordedOutcome({ followUp }: { followUp: FollowUp }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  let text: string;
  if (followUp.status === "COMPLETED") text = t("followUps.outcome.completed");
  else if (followUp.status === "UNREACHABLE") text = t("followUps.outcome.unreachable", { count: followUp.attempts });
  else text = t("followUps.outcome.retry", { time: format.dateTime(followUp.nextAttemptAt) });
  return <Alert type="success" showIcon role="status" title={text} />;
}

/** One follow-up: the call script and the call's outcome while it is open, the calls made so far beside it. */
export function FollowUpDetailRoute() {
  const { t } = useTranslation();
  const { followUpId = "" } = useParams();
  const detail = useFollowUp(followUpId);
  const back = (
    <LinkButton to="/follow-ups" icon={<ArrowLeftOutlined aria-hidden />}>
      {t("followUps.back")}
    </LinkButton>
  );
  if (!detail.data) {
    return (
      <>
        <PageHeader title={t("followUps.detail.title")} actions={back} />
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
      </>
    );
  }
  return <FollowUpPage followUp={detail.data} back={back} />;
}

function FollowUpPage({ followUp, back }: { followUp: FollowUp; back: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const facts = useFollowUpFacts(followUp);
  const log = useAttemptLog(followUp);
  const [recorded, setRecorded] = useState<FollowUp | null>(null);
  return (
    <DetailLayout
      title={`${followUp.number} · ${t(`followUps.kind.${followUp.kind}`)}`}
      tags={<FollowUpStatusBadge status={followUp.status} />}
      actions={back}
      factsTitle={t("followUps.detail.facts")}
      facts={facts}
      timelineTitle={t("followUps.log.title")}
      timeline={log}
    >
      <Flex vertical gap={16}>
        {recorded && recorded.version === followUp.version && <RecordedOutcome followUp={followUp} />}
        {followUp.objectionId && (
          <Alert
            type="warning"
            showIcon
            role="status"
            title={t("followUps.objectionOpened")}
            description={<Link to={`/objections/${followUp.objectionId}`}>{t("followUps.openObjection")}</Link>}
          />
        )}
        {followUp.status === "OPEN" && (
          <>
            <CallScript followUp={followUp} company={me.tenant?.name ?? ""} />
            {/* A fresh form for the next call once one is recorded. */}
            <AttemptForm key={followUp.version} followUp={followUp} onRecorded={setRecorded} />
          </>
        )}
      </Flex>
    </DetailLayout>
  );
}
