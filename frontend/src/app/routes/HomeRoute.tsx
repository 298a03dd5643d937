import { Alert, Card, Col, Flex, Row } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { DataTable } from "@/components/DataTable";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PageSection as Section } from "@/components/PageSection";
import { ProblemAlert } from "@/components/ProblemAlert";
import { DecisionFigures, SummaryFigure as Figure } from "@/components/SummaryFigure";
import type { Schema } from "@/lib/api/schema-types";
import { useCurrentUser } from "@/lib/current-user";
import { useHomeSummary } from "@/lib/home-summary";
import { canOpen, landingPath } from "../navigation";

type InstallerFigures = Schema<"HomeInstallerFigures">;

/**
 * Where the office's day starts: what is unassigned today, at risk and in progress per installer, and for the
 * manager what waits for a decision; each figure opens the filtered list. Installers and customers land on
 * their own pages instead.
 */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const landing = landingPath(me.roles);
  const office = canOpen("intake", me.roles);
  const home = useHomeSummary(office && landing === "/");

  if (landing !== "/") return <Navigate to={landing} replace />;
  const title = t("home.welcome", { name: me.displayName || me.username });
  if (!office) {
    return (
      <>
        <PageHeader title={title} description={me.tenant?.name ?? t("nav.platform")} />
        <Alert type="info" showIcon title={t("home.platformHint")} />
      </>
    );
  }
  if (home.isPending) return <Loading />;
  if (home.isError) return <ProblemAlert error={home.error} />;

  const { day, office: figures, decisions } = home.data;
  const columns: ColumnsType<InstallerFigures> = [
    {
      title: t("home.installer"),
      dataIndex: "displayName",
      render: (name: string, row) => (
        <Link to={`/work-orders?installerId=${row.installerId}&scheduledOn=${day}`}>{name}</Link>
      ),
    },
    { title: t("home.scheduledToday"), dataIndex: "scheduledToday", align: "right" },
    {
      title: t("home.inProgress"),
      dataIndex: "inProgress",
      align: "right",
      render: (count: number, row) =>
        count > 0 ? (
          <Link to={`/work-orders?installerId=${row.installerId}&status=EN_ROUTE&status=ON_SITE&status=PAUSED`}>
            {count}
          </Link>
        ) : (
          count
        ),
    },
  ];

  return (
    <>
      <PageHeader title={title} description={t("home.today", { day })} />
      {figures && (
        <Section title={t("home.dispatchToday")}>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={8} xl={4}>
              <Figure
                title={t("home.unassignedToday")}
                value={figures.unassignedToday}
                tone="danger"
                to={`/work-orders?unassigned=true&scheduledOn=${day}`}
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Figure title={t("home.atRisk")} value={figures.atRisk} tone="warning" to="/promises?status=AT_RISK" />
            </Col>
            {figures.openBreaches != null && (
              <Col xs={12} md={8} xl={4}>
                <Figure
                  title={t("home.openBreaches")}
                  value={figures.openBreaches}
                  tone="danger"
                  to="/promises?breaches=open"
                />
              </Col>
            )}
            <Col xs={12} md={8} xl={4}>
              <Figure
                title={t("home.scheduledToday")}
                value={figures.scheduledToday}
                to={`/work-orders?unassigned=false&scheduledOn=${day}`}
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Figure
                title={t("home.inProgress")}
                value={figures.inProgress}
                to="/work-orders?status=EN_ROUTE&status=ON_SITE&status=PAUSED"
              />
            </Col>
            <Col xs={12} md={8} xl={4}>
              <Figure
                title={t("home.completedToday")}
                value={figures.completedToday}
                to={`/work-orders?completedOn=${day}`}
              />
            </Col>
          </Row>
        </Section>
      )}
      {decisions && (
        <Section title={t("home.decisions")}>
          <DecisionFigures decisions={decisions} />
        </Section>
      )}
      {figures && (
        <Section title={t("home.byInstaller")}>
          <Card size="small">
            <Flex vertical>
              <DataTable<InstallerFigures>
                caption={t("home.byInstaller")}
                rowKey="installerId"
                columns={columns}
                rows={figures.byInstaller}
                empty={{ description: t("home.noInstallers") }}
              />
            </Flex>
          </Card>
        </Section>
      )}
    </>
  );
}
