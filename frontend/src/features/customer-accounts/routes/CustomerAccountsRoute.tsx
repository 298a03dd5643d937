import { PoweroffOutlined, SendOutlined } from "@ant-design/icons";
import { App, Button, Flex, Popconfirm, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable, keysetTable } from "@/components/DataTable";
import { SelectFilter } from "@/components/FilterItems";
import { ListPage } from "@/components/ListPage";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import {
  CUSTOMER_ACCOUNT_STATUSES,
  useInviteCustomer,
  type CustomerAccount,
  type CustomerAccountStatus,
} from "@/lib/customer-accounts";
import { useUrlFilters } from "@/lib/use-url-filters";
import { useCustomerAccounts, useSwitchCustomerAccount } from "../api/customer-accounts";

const STATUS_COLOURS = { INVITED: "gold", ACTIVE: "green", DISABLED: "default" } as const;

/** Customers' own logins: who was invited, who signed up and when; invitations sent again, logins switched off. */
export function CustomerAccountsRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useTenantFormat();
  const { search, choose } = useUrlFilters();
  const status = CUSTOMER_ACCOUNT_STATUSES.find((value) => value === search.get("status"));
  const accounts = useCustomerAccounts(status);
  const invite = useInviteCustomer();
  const switcher = useSwitchCustomerAccount();
  const [failed, setFailed] = useState<unknown>(null);

  function resend(account: CustomerAccount) {
    setFailed(null);
    invite.mutate(
      { customerId: account.customerId, resend: true },
      {
        onSuccess: () => void message.success(t("customerAccounts.resent", { name: account.customerName })),
        onError: setFailed,
      },
    );
  }

  function toggle(account: CustomerAccount, disabled: boolean) {
    setFailed(null);
    return switcher
      .mutateAsync({ id: account.id, version: account.version, disabled })
      .then(() => {
        void message.success(
          t(disabled ? "customerAccounts.switchedOff" : "customerAccounts.switchedOn", { name: account.customerName }),
        );
      })
      .catch(setFailed);
  }

  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: ColumnsType<CustomerAccount> = [
    {
      key: "customer",
      title: t("customerAccounts.fields.customer"),
      render: (_, account) => <Link to={`/customers/${account.customerId}`}>{account.customerName}</Link>,
    },
    {
      key: "status",
      title: t("customerAccounts.fields.status"),
      render: (_, account) => (
        <Tag color={STATUS_COLOURS[account.status]}>{t(`customerAccounts.status.${account.status}`)}</Tag>
      ),
    },
    {
      key: "login",
      title: t("customerAccounts.fields.login"),
      render: (_, account) => account.login ?? dash,
    },
    {
      key: "invited",
      title: t("customerAccounts.fields.invited"),
      responsive: ["md"],
      render: (_, account) =>
        account.invitedAt ? (
          <Flex vertical>
            <span>{format.dateTime(account.invitedAt)}</span>
            {account.invitedBy && (
              <Typography.Text type="secondary">
                {t("customerAccounts.invitedBy", { name: account.invitedBy })}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          dash
        ),
    },
    {
      key: "activated",
      title: t("customerAccounts.fields.activated"),
      responsive: ["md"],
      render: (_, account) => (account.activatedAt ? format.dateTime(account.activatedAt) : dash),
    },
    {
      key: "actions",
      title: t("common.actions"),
      render: (_, account) => {
        if (account.status === "INVITED") {
          return (
            <Button
              size="small"
              icon={<SendOutlined aria-hidden />}
              loading={invite.isPending && invite.variables?.customerId === account.customerId}
              aria-label={t("customerAccounts.resendOf", { name: account.customerName })}
              onClick={() => resend(account)}
            >
              {t("customerAccounts.resend")}
            </Button>
          );
        }
        const off = account.status === "ACTIVE";
        return (
          <Popconfirm
            title={t(off ? "customerAccounts.confirmOff" : "customerAccounts.confirmOn", {
              name: account.customerName,
            })}
            okButtonProps={{ danger: off }}
            onConfirm={() => toggle(account, off)}
          >
            <Button
              size="small"
              danger={off}
              icon={<PoweroffOutlined aria-hidden />}
              aria-label={t(off ? "customerAccounts.switchOffOf" : "customerAccounts.switchOnOf", {
                name: account.customerName,
              })}
              loading={switcher.isPending && switcher.variables?.id === account.id}
            >
              {t(off ? "customerAccounts.switchOff" : "customerAccounts.switchOn")}
            </Button>
          </Popconfirm>
        );
      },
    },
  ];

  return (
    <ListPage
      title={t("customerAccounts.title")}
      description={t("customerAccounts.description")}
      filtersLabel={t("customerAccounts.filter")}
      filters={
        <SelectFilter<CustomerAccountStatus>
          label={t("customerAccounts.fields.status")}
          placeholder={t("common.all")}
          value={status}
          onChange={(value) => choose("status", value)}
          options={CUSTOMER_ACCOUNT_STATUSES.map((value) => ({ value, label: t(`customerAccounts.status.${value}`) }))}
        />
      }
      extra={
        failed ? (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={failed} />
          </div>
        ) : undefined
      }
    >
      <DataTable<CustomerAccount>
        caption={t("customerAccounts.title")}
        columns={columns}
        rowKey="id"
        empty={{ description: status ? t("customerAccounts.noMatch") : t("customerAccounts.empty") }}
        {...keysetTable(accounts)}
      />
    </ListPage>
  );
}
