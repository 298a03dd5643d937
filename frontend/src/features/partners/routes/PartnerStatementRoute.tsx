import {
  ArrowLeftOutlined,
  CheckOutlined,
  DeleteOutlined,
  DollarOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  ReloadOutlined,
} from "@ant-design/icons";
import { Alert, App, Button, Flex, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PartnerStatementStatusBadge, PartnerStatementView } from "@/components/PartnerStatementView";
import { ProblemAlert } from "@/components/ProblemAlert";
import { isStaleVersion } from "@/lib/api/problem";
import { useTenantFormat } from "@/lib/current-user";
import { statementSteps } from "@/lib/partner-statement";
import { useStaffNames } from "@/lib/staff-names";
import {
  usePartnerStatement,
  useStatementExport,
  useStatementStep,
  type PartnerStatement,
  type StatementStep,
} from "../api/partners";

const ICONS: Record<StatementStep, React.ReactNode> = {
  confirm: <CheckOutlined />,
  pay: <DollarOutlined />,
  recompute: <ReloadOutlined />,
  delete: <DeleteOutlined />,
};

/** The steps the statement's state allows, primary first and delete last, and its XLSX and PDF. */
function StatementActions({ partnerId, statement }: { partnerId: string; statement: PartnerStatement }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const step = useStatementStep(partnerId, statement);
  const download = useStatementExport(partnerId, statement);
  const steps = statementSteps(statement.status);
  const ordered = [
    ...steps.filter((name) => name === "confirm" || name === "pay"),
    ...steps.filter((name) => name === "recompute"),
    ...steps.filter((name) => name === "delete"),
  ];
  const run = (name: StatementStep) =>
    step.mutateAsync(name).then(
      () => {
        void message.success(t(`partners.statement.done.${name}`, { number: statement.number }));
        if (name === "delete") void navigate(`/partners/${partnerId}?tab=statements`);
      },
      () => undefined,
    );
  return (
    <Flex vertical gap={8} align="flex-end">
      <Flex gap={8} wrap>
        {ordered.map((name) =>
          name === "delete" ? (
            <Popconfirm
              key={name}
              title={t("partners.statement.confirmDelete")}
              okButtonProps={{ danger: true }}
              onConfirm={() => run(name)}
            >
              <Button danger icon={ICONS[name]} loading={step.isPending && step.variables === name}>
                {t(`partners.statement.steps.${name}`)}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              key={name}
              type={name === "recompute" ? "default" : "primary"}
              icon={ICONS[name]}
              loading={step.isPending && step.variables === name}
              disabled={step.isPending}
              onClick={() => void run(name)}
            >
              {t(`partners.statement.steps.${name}`)}
            </Button>
          ),
        )}
        <Button
          icon={<FileExcelOutlined />}
          loading={download.isPending && download.variables === "xlsx"}
          onClick={() => download.mutate("xlsx")}
        >
          {t("partners.statement.downloadXlsx")}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          loading={download.isPending && download.variables === "pdf"}
          onClick={() => download.mutate("pdf")}
        >
          {t("partners.statement.downloadPdf")}
        </Button>
        <LinkButton to={`/partners/${partnerId}?tab=statements`} icon={<ArrowLeftOutlined />}>
          {t("partners.statement.back")}
        </LinkButton>
      </Flex>
      {isStaleVersion(step.error) ? (
        <Alert type="warning" showIcon role="alert" title={t("partners.statement.changed")} />
      ) : (
        <ProblemAlert error={step.error} />
      )}
      <ProblemAlert error={download.error} />
    </Flex>
  );
}

/** A settlement statement of a partner, with the steps its status allows and its XLSX and PDF. */
export function PartnerStatementRoute() {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const staffName = useStaffNames();
  const { partnerId = "", statementId = "" } = useParams();
  const detail = usePartnerStatement(partnerId, statementId);
  const statement = detail.data;
  if (!statement) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to={`/partners/${partnerId}?tab=statements`}>{t("partners.statement.back")}</Link>
      </>
    );
  }
  const history = [
    t("partners.statement.computedAt", { at: format.dateTime(statement.computedAt) }),
    statement.confirmedAt &&
      t("partners.statement.confirmedBy", {
        at: format.dateTime(statement.confirmedAt),
        by: staffName(statement.confirmedBy),
      }),
    statement.paidAt &&
      t("partners.statement.paidBy", { at: format.dateTime(statement.paidAt), by: staffName(statement.paidBy) }),
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        title={`${statement.number} · ${statement.partnerName ?? ""}`}
        tags={<PartnerStatementStatusBadge status={statement.status} />}
        description={history.join("；")}
        actions={<StatementActions key={statement.version} partnerId={partnerId} statement={statement} />}
      />
      <PartnerStatementView statement={statement} />
    </>
  );
}
