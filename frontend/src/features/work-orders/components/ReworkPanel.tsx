import { Button, Card, Descriptions, Flex, Form, Radio, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOrderAction, useWorkOrder, type ReworkCause, type WorkOrder } from "../api/work-orders";
import { REWORK_CAUSES, canAttributeRework, isCauseChange, isRework } from "../model/rework";
import { ActionProblem } from "./ActionProblem";

interface ReworkPanelProps {
  order: WorkOrder;
  roles: readonly string[];
  nameOf: (installerId: string) => string;
}

/** A rework: the completed order it reworks, and who caused it; a manager attributes or changes the cause. */
export function ReworkPanel({ order, roles, nameOf }: ReworkPanelProps) {
  const { t } = useTranslation();
  if (!isRework(order) || !order.reworkOfId) return null;
  return (
    <Card
      size="small"
      title={t("workOrders.rework.title")}
      role="region"
      aria-label={t("workOrders.rework.title")}
      style={{ marginBottom: 16, borderColor: "#faad14" }}
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: "original",
              label: t("workOrders.rework.original"),
              children: <OriginalOrder id={order.reworkOfId} nameOf={nameOf} />,
            },
            {
              key: "cause",
              label: t("workOrders.rework.cause"),
              children: order.reworkCause ? (
                t(`workOrders.rework.causes.${order.reworkCause}`)
              ) : (
                <Typography.Text type="secondary">{t("workOrders.rework.notAttributed")}</Typography.Text>
              ),
            },
          ]}
        />
        {/* Keyed by version: after saving or reloading, the choice starts from the cause on record. */}
        {canAttributeRework(roles) && <AttributeCauseForm key={order.version} order={order} />}
      </Flex>
    </Card>
  );
}

/** The reworked order by its number and its lead installer's name, read on its own. */
function OriginalOrder({ id, nameOf }: { id: string; nameOf: (installerId: string) => string }) {
  const { t } = useTranslation();
  const original = useWorkOrder(id).data?.order;
  return (
    <Flex gap={8} wrap>
      <Link to={`/work-orders/${id}`}>{original ? original.number : t("common.loading")}</Link>
      {original?.leadInstallerId && (
        <Typography.Text type="secondary">
          {t("workOrders.rework.originalLead", { name: nameOf(original.leadInstallerId) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function AttributeCauseForm({ order }: { order: WorkOrder }) {
  const { t } = useTranslation();
  const { mutation, reload } = useOrderAction(order);
  const [chosen, setChosen] = useState<ReworkCause | undefined>(order.reworkCause);
  const legend = order.reworkCause ? t("workOrders.rework.change") : t("workOrders.rework.attribute");

  return (
    <Form
      layout="vertical"
      aria-label={t("workOrders.rework.attribute")}
      onFinish={() => {
        if (chosen && isCauseChange(chosen, order.reworkCause)) {
          mutation.mutate({ action: "attributeRework", body: { version: order.version, cause: chosen } });
        }
      }}
    >
      <Form.Item label={legend}>
        <Radio.Group
          optionType="button"
          aria-label={legend}
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value as ReworkCause);
            mutation.reset();
          }}
          options={REWORK_CAUSES.map((cause) => ({ value: cause, label: t(`workOrders.rework.causes.${cause}`) }))}
        />
      </Form.Item>
      <ActionProblem error={mutation.error} onReload={reload} />
      <Button
        type="primary"
        htmlType="submit"
        loading={mutation.isPending}
        disabled={!chosen || !isCauseChange(chosen, order.reworkCause)}
      >
        {t("workOrders.rework.save")}
      </Button>
    </Form>
  );
}
