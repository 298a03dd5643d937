import { Alert, Button, Checkbox, Flex, Input, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert, ProblemDetails, RefusalAlert } from "@/components/ProblemAlert";
import { isProblemType } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { accountName } from "@/lib/staff-accounts";
import {
  useDecideLeave,
  useLeaveRequests,
  useManagerAccounts,
  type Installer,
  type LeaveRequest,
} from "../api/installers";
import { calendarDateInWords } from "../model/certificate-validity";

const STATUS_COLOURS = { REQUESTED: "processing", APPROVED: "success", REJECTED: "error" } as const;

function Decision({ installerId, request, period }: { installerId: string; request: LeaveRequest; period: string }) {
  const { t } = useTranslation();
  const decide = useDecideLeave(installerId);
  const [note, setNote] = useState("");
  const [override, setOverride] = useState(false);
  const openAssignments = isProblemType(decide.error, "open-assignments");

  function send(approve: boolean) {
    decide.mutate({
      leaveRequestId: request.id,
      body: {
        version: request.version,
        approve,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(approve && override ? { overrideOpenOrders: true } : {}),
      },
    });
  }

  return (
    <Flex vertical gap={6}>
      <Input
        size="small"
        aria-label={t("installers.leave.noteFor", { period })}
        placeholder={t("installers.leave.note")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Flex gap={6} wrap>
        <Button
          size="small"
          type="primary"
          loading={decide.isPending}
          disabled={decide.isPending || (openAssignments && !override)}
          onClick={() => send(true)}
        >
          {t("installers.leave.approve")}
        </Button>
        <Button size="small" disabled={decide.isPending} onClick={() => send(false)}>
          {t("installers.leave.reject")}
        </Button>
      </Flex>
      {openAssignments ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t("installers.leave.openAssignments")}
          description={
            <Flex vertical gap={4}>
              <ProblemDetails error={decide.error} />
              <Checkbox checked={override} onChange={(e) => setOverride(e.target.checked)}>
                {t("installers.leave.override")}
              </Checkbox>
            </Flex>
          }
        />
      ) : (
        <RefusalAlert error={decide.error} changedText={t("errors.stale")} onReload={() => decide.reset()} />
      )}
    </Flex>
  );
}

/** An installer's leave requests, latest first; the manager approves or rejects the open ones. */
export function LeaveRequests({ installer, canDecide }: { installer: Installer; canDecide: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useTenantFormat();
  const leave = useLeaveRequests(installer.id, true);
  // The decider is a manager; only managers may list them, so others see when, not who.
  const managers = useManagerAccounts(canDecide);
  const words = (date: string) => calendarDateInWords(date, i18n.language);
  const periodOf = (request: LeaveRequest) =>
    request.firstDay === request.lastDay
      ? words(request.firstDay)
      : `${words(request.firstDay)} – ${words(request.lastDay)}`;

  function decided(request: LeaveRequest) {
    const at = request.decidedAt ? format.dateTime(request.decidedAt) : "";
    const manager = managers.data?.find((account) => account.username === request.decidedBy);
    const who = manager
      ? t("installers.leave.decidedBy", { name: accountName(manager, i18n.language), at })
      : t("installers.leave.decidedAt", { at });
    return (
      <Typography.Text type="secondary">
        {who}
        {request.decisionNote ? ` · ${request.decisionNote}` : ""}
      </Typography.Text>
    );
  }

  return (
    <section aria-label={t("installers.leave.of", { name: installer.displayName })}>
      <ProblemAlert error={leave.error} />
      <Table<LeaveRequest>
        aria-label={t("installers.leave.of", { name: installer.displayName })}
        size="small"
        rowKey="id"
        pagination={false}
        loading={leave.isPending}
        dataSource={leave.data ?? []}
        locale={{ emptyText: t("installers.leave.none") }}
        columns={[
          { title: t("installers.leave.period"), key: "period", render: (_, request) => periodOf(request) },
          { title: t("installers.leave.reason"), dataIndex: "reason" },
          {
            title: t("installers.leave.status"),
            dataIndex: "status",
            render: (status: LeaveRequest["status"]) => (
              <Tag color={STATUS_COLOURS[status]}>{t(`installers.leave.statuses.${status}`)}</Tag>
            ),
          },
          {
            title: t("installers.leave.decision"),
            key: "decision",
            render: (_, request) =>
              request.status === "REQUESTED"
                ? canDecide && <Decision installerId={installer.id} request={request} period={periodOf(request)} />
                : decided(request),
          },
        ]}
      />
    </section>
  );
}
