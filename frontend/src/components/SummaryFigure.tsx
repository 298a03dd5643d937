import { Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { brand } from "@/app/design/theme";
import type { Schema } from "@/lib/api/schema-types";

/** A count that opens the list it counts; a warning or danger tone colours it while it is above zero. */
export function SummaryFigure({
  title,
  value,
  to,
  tone,
}: {
  title: string;
  value: number;
  to: string;
  tone?: "danger" | "warning";
}) {
  const colour =
    value > 0 && tone === "danger" ? brand.error : value > 0 && tone === "warning" ? brand.warning : undefined;
  return (
    <Link to={to} aria-label={`${title}: ${value}`}>
      <Card size="small" hoverable>
        <Statistic title={title} value={value} styles={{ content: colour ? { color: colour } : undefined }} />
      </Card>
    </Link>
  );
}

/** The manager's decisions waiting (from the home summary), each opening the list of what waits. */
export function DecisionFigures({ decisions }: { decisions: Schema<"HomeDecisions"> }) {
  const { t } = useTranslation();
  const figures = [
    { title: t("home.ledgerProposals"), value: decisions.ledgerProposals, to: "/discipline?status=PROPOSED" },
    { title: t("home.appeals"), value: decisions.appeals, to: "/discipline?appealStatus=PENDING" },
    { title: t("home.expenseClaims"), value: decisions.expenseClaims, to: "/expense-claims?status=SUBMITTED" },
    { title: t("home.partnerStatements"), value: decisions.partnerStatements, to: "/partners?statementStatus=DRAFT" },
    { title: t("home.leaveRequests"), value: decisions.leaveRequests, to: "/installers?view=leave" },
    { title: t("home.earlyWarnings"), value: decisions.earlyWarnings, to: "/early-warnings" },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((figure) => (
        <Col key={figure.to} xs={12} md={8} xl={4}>
          <SummaryFigure {...figure} tone="warning" />
        </Col>
      ))}
    </Row>
  );
}
