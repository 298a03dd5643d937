import { Alert, Button, Checkbox, Flex, Modal, Radio, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails } from "@/components/ProblemAlert";
import { ApiError, isProblemType } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { useReasonWords } from "@/lib/dispatch-reasons";
import { dayInWords } from "@/lib/format";
import {
  useAssignCandidates,
  useOrderAction,
  type AssignCandidate,
  type CandidateReason,
  type WorkOrder,
} from "../api/work-orders";
import { refusalsByInstaller } from "../model/dispatch-warnings";
import { ActionProblem } from "./ActionProblem";

interface AssignDialogProps {
  order: WorkOrder;
  onClose: () => void;
}

/** Why an installer cannot take the job, in words ("no valid electrician certificate on Tue, Dec 8"). */
export function CandidateReasonText({ reason, day }: { reason: CandidateReason; day: string }) {
  const reasonWords = useReasonWords();
  return <>{reasonWords(reason, day)}</>;
}

/**
 * Choose the lead installer and helpers. For each installer the server says beforehand whether the assign action
 * would take them on the appointment day, and why not (certificate, leave, overlapping job, inactive); those it
 * would refuse cannot be chosen. Their jobs that day and the distance to the site help choose among the rest.
 */
export function AssignDialog({ order, onClose }: AssignDialogProps) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const candidates = useAssignCandidates(order.id, order.version);
  const { mutation, reload } = useOrderAction(order);
  const [lead, setLead] = useState<string | null>(order.leadInstallerId ?? null);
  const [helpers, setHelpers] = useState<string[]>(order.helperIds);
  const [sent, setSent] = useState<{ leadInstallerId: string; helperIds: string[] } | null>(null);
  const [leadMissing, setLeadMissing] = useState(false);
  const day = candidates.data?.day ?? format.localDate(order.appointment.start);
  const rows = candidates.data?.items ?? [];
  const required = order.requiredQualifications;

  const refused = isProblemType(mutation.error, "installer-not-dispatchable");
  const refusals =
    refused && sent && mutation.error instanceof ApiError
      ? refusalsByInstaller(mutation.error.problem?.errors ?? [], sent)
      : {};

  function submit() {
    if (!lead) {
      setLeadMissing(true);
      return;
    }
    const body = { version: order.version, leadInstallerId: lead, helperIds: helpers.filter((id) => id !== lead) };
    setSent({ leadInstallerId: body.leadInstallerId, helperIds: body.helperIds });
    mutation.mutate(
      { action: order.status === "NEW" ? "assign" : "reassign", body },
      {
        onSuccess: onClose,
        // Someone else's assignment or leave may have changed who can go: read the candidates again.
        onError: () => void candidates.refetch(),
      },
    );
  }

  const columns: ColumnsType<AssignCandidate> = [
    {
      title: t("dispatch.assign.lead"),
      key: "lead",
      width: 72,
      render: (_, candidate) => (
        <Radio
          aria-label={t("dispatch.assign.leadOf", { name: candidate.displayName })}
          checked={lead === candidate.installerId}
          disabled={!candidate.eligible}
          onChange={() => {
            setLead(candidate.installerId);
            setLeadMissing(false);
            setHelpers((current) => current.filter((id) => id !== candidate.installerId));
          }}
        />
      ),
    },
    {
      title: t("dispatch.assign.helper"),
      key: "helper",
      width: 72,
      render: (_, candidate) => (
        <Checkbox
          aria-label={t("dispatch.assign.helperOf", { name: candidate.displayName })}
          disabled={!candidate.eligible || lead === candidate.installerId}
          checked={helpers.includes(candidate.installerId)}
          onChange={(event) =>
            setHelpers((current) =>
              event.target.checked
                ? [...current, candidate.installerId]
                : current.filter((id) => id !== candidate.installerId),
            )
          }
        />
      ),
    },
    {
      title: t("dispatch.assign.installer"),
      key: "installer",
      render: (_, candidate) => (
        <Flex vertical gap={2}>
          <Typography.Text strong type={candidate.eligible ? undefined : "secondary"}>
            {candidate.displayName}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t("dispatch.assign.jobsThatDay", { count: candidate.jobsThatDay })}
            {candidate.distanceKm !== undefined &&
              ` · ${t("dispatch.assign.distance", {
                km: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(candidate.distanceKm),
              })}`}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("dispatch.assign.check"),
      key: "check",
      render: (_, candidate) => {
        const refusal = refusals[candidate.installerId];
        return (
          <Flex vertical gap={4} align="flex-start">
            {candidate.eligible ? (
              <Tag color="success">{t("dispatch.assign.ok")}</Tag>
            ) : (
              <Tag color="error">{t("dispatch.assign.notEligible")}</Tag>
            )}
            {candidate.reasons.length > 0 && (
              <ul
                style={{ margin: 0, paddingInlineStart: 18 }}
                aria-label={t("dispatch.assign.warningsOf", { name: candidate.displayName })}
              >
                {candidate.reasons.map((reason, index) => (
                  <li key={index}>
                    <CandidateReasonText reason={reason} day={day} />
                  </li>
                ))}
              </ul>
            )}
            {refusal && (
              <Typography.Text type="danger">{t("dispatch.assign.serverRefusal", { reason: refusal })}</Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Modal
      open
      width={760}
      title={t("dispatch.assign.title", { number: order.number })}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={submit}>
            {t("dispatch.assign.submit")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t("dispatch.assign.context", {
            day: dayInWords(day, i18n.language),
            window: `${format.time(order.appointment.start)}–${format.time(order.appointment.end)}`,
            qualifications:
              required.length > 0
                ? required.map((q) => t(`qualifications.${q}`)).join("、")
                : t("dispatch.assign.noQualifications"),
          })}
        </Typography.Text>
        {refused && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t("dispatch.assign.refused")}
            // The reasons stand at the installers; the server's whole answer is under Details.
            description={<ProblemDetails error={mutation.error} />}
          />
        )}
        {!refused && <ActionProblem error={mutation.error} onReload={reload} />}
        {leadMissing && <Alert type="warning" showIcon role="alert" title={t("dispatch.assign.leadRequired")} />}
        {candidates.isError ? (
          <ProblemAlert error={candidates.error}>
            <Button onClick={() => void candidates.refetch()}>{t("common.retry")}</Button>
          </ProblemAlert>
        ) : (
          <Table<AssignCandidate>
            aria-label={t("dispatch.assign.installers")}
            size="small"
            rowKey="installerId"
            columns={columns}
            dataSource={rows}
            loading={candidates.isPending}
            pagination={false}
            scroll={{ y: 420 }}
            locale={{ emptyText: candidates.isPending ? " " : t("dispatch.assign.noInstallers") }}
          />
        )}
      </Flex>
    </Modal>
  );
}
