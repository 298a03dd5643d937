import { App, Button, Flex, Form, List, Popconfirm, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "@/components/ProblemAlert";
import { accountName } from "@/lib/staff-accounts";
import { usePartnerAccounts, useLinkStaff, type Partner } from "../api/partners";

/** The partner's own staff (accounts with the role partner): they see its orders and statements in the portal. */
export function StaffTab({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const accounts = usePartnerAccounts(true);
  const link = useLinkStaff(partner.id);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const linked = new Set(partner.staff.map((member) => member.staffUserId));
  const candidates = (accounts.data ?? []).filter((account) => !linked.has(account.id));
  return (
    <Flex vertical gap={16}>
      <List
        size="small"
        bordered
        dataSource={partner.staff}
        locale={{ emptyText: t("partners.staff.none") }}
        renderItem={(member) => {
          const name = accountName(member, i18n.language);
          return (
            <List.Item
              actions={[
                <Popconfirm
                  key="unlink"
                  title={t("partners.staff.confirmUnlink", { name })}
                  onConfirm={() =>
                    link.mutateAsync({ link: false, staffUserId: member.staffUserId }).then(
                      () => void message.success(t("partners.staff.unlinked", { name })),
                      () => undefined,
                    )
                  }
                >
                  <Button size="small" danger>
                    {t("partners.staff.unlink")}
                  </Button>
                </Popconfirm>,
              ]}
            >
              {name} {name !== member.username && <Typography.Text type="secondary">{member.username}</Typography.Text>}
            </List.Item>
          );
        }}
      />
      <Form layout="vertical" component="div">
        <Form.Item label={t("partners.staff.account")} htmlFor="partner-staff-account" extra={t("partners.staff.hint")}>
          <Flex gap={8} wrap>
            <Select
              id="partner-staff-account"
              style={{ minWidth: 260 }}
              value={chosen}
              onChange={setChosen}
              placeholder={t("partners.staff.choose")}
              loading={accounts.isPending}
              options={candidates.map((account) => ({
                value: account.id,
                label: `${accountName(account, i18n.language)} (${account.username})`,
              }))}
            />
            <Button
              type="primary"
              disabled={!chosen}
              loading={link.isPending}
              onClick={() =>
                chosen &&
                link.mutateAsync({ link: true, staffUserId: chosen }).then(
                  () => setChosen(undefined),
                  () => undefined,
                )
              }
            >
              {t("partners.staff.link")}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      <ProblemAlert error={accounts.error ?? link.error} />
    </Flex>
  );
}
