import { PrinterOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Row, Timeline, type DescriptionsProps, type TimelineProps } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./PageHeader";

interface DetailLayoutProps {
  title: string;
  description?: ReactNode;
  /** The record's state as coloured tags beside the title. */
  tags?: ReactNode;
  /** The actions the state allows: the primary one first, destructive ones last (with a confirmation). */
  actions?: ReactNode;
  /** The facts, as Descriptions items (label + value, never an id). */
  facts: DescriptionsProps["items"];
  factsTitle?: ReactNode;
  /** The history, newest last; left out when there is none. */
  timeline?: TimelineProps["items"];
  timelineTitle?: ReactNode;
  /** Panels beside the facts on a wide screen, under them on a phone. */
  side?: ReactNode;
  /** Sections under the facts (forms of the current step, photos, lines). */
  children?: ReactNode;
  /** Offers a print button: the page prints as its content only (product.css, print layout). */
  printable?: boolean;
}

/** The shape of every record's page: header with actions, the facts, sections, and the timeline beside. */
export function DetailLayout({
  title,
  description,
  tags,
  actions,
  facts,
  factsTitle,
  timeline,
  timelineTitle,
  side,
  children,
  printable = false,
}: DetailLayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        tags={tags}
        actions={
          printable ? (
            <>
              {actions}
              <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
                {t("common.print")}
              </Button>
            </>
          ) : (
            actions
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card
            size="small"
            title={factsTitle}
            role="region"
            aria-label={typeof factsTitle === "string" ? factsTitle : title}
          >
            <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={facts} />
          </Card>
          {children && <div className="detail-sections">{children}</div>}
        </Col>
        <Col xs={24} lg={8}>
          {side}
          {timeline && timeline.length > 0 && (
            <Card
              size="small"
              title={timelineTitle ?? t("common.history")}
              role="region"
              aria-label={typeof timelineTitle === "string" ? timelineTitle : t("common.history")}
              style={{ marginTop: side ? 16 : 0 }}
            >
              <Timeline items={timeline} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
