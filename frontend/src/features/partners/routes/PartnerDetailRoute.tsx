import { ArrowLeftOutlined } from "@ant-design/icons";
import { Card, Descriptions, Flex, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { LinkButton } from "@/components/LinkButton";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { PhoneLink } from "@/components/PhoneLink";
import { ProblemAlert } from "@/components/ProblemAlert";
import { usePartner } from "../api/partners";
import { AgreementsTab } from "../components/AgreementsTab";
import { OrdersTab } from "../components/OrdersTab";
import { QualificationEditor } from "../components/QualificationEditor";
import { QuotaTab } from "../components/QuotaTab";
import { StaffTab } from "../components/StaffTab";
import { StatementsTab } from "../components/StatementsTab";
import { PARTNER_TABS, partnerTabOf } from "../model/tabs";

/** One partner: contacts, the masked bank account, and tabs for agreements, orders, quota, staff and statements. */
export function PartnerDetailRoute() {
  const { t } = useTranslation();
  const { partnerId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const tab = partnerTabOf(search.get("tab"));
  const detail = usePartner(partnerId);
  const partner = detail.data;

  if (!partner) {
    return (
      <>
        {detail.isPending && <Loading />}
        {detail.isError && <ProblemAlert error={detail.error} />}
        <Link to="/partners">{t("partners.back")}</Link>
      </>
    );
  }

  const account = partner.bankAccount;
  const panes = {
    agreements: <AgreementsTab partnerId={partner.id} />,
    orders: <OrdersTab partnerId={partner.id} />,
    quota: <QuotaTab partnerId={partner.id} />,
    staff: <StaffTab partner={partner} />,
    statements: <StatementsTab partnerId={partner.id} />,
  };
  return (
    <>
      <PageHeader
        title={partner.name}
        actions={
          <LinkButton to="/partners" icon={<ArrowLeftOutlined />}>
            {t("partners.back")}
          </LinkButton>
        }
      />
      <Card
        size="small"
        title={t("partners.detail.facts")}
        role="region"
        aria-label={t("partners.detail.facts")}
        style={{ marginBottom: 16 }}
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: "contacts",
              label: t("partners.fields.contacts"),
              children:
                partner.contacts.length === 0 ? (
                  "—"
                ) : (
                  <Flex vertical gap={2}>
                    {partner.contacts.map((contact, index) => (
                      <span key={index}>
                        {contact.name}{" "}
                        {contact.role && <Typography.Text type="secondary">{contact.role}</Typography.Text>}{" "}
                        {contact.phone && <PhoneLink phone={contact.phone} />}
                      </span>
                    ))}
                  </Flex>
                ),
            },
            {
              key: "bank",
              label: t("partners.fields.bankAccount"),
              children: account
                ? [account.accountName, account.bank, account.accountNumberMasked].filter(Boolean).join(" · ")
                : "—",
            },
            {
              key: "qualification",
              label: t("partners.fields.constructionQualification"),
              children: <QualificationEditor partner={partner} />,
            },
          ]}
        />
      </Card>
      <Card size="small">
        <Tabs
          aria-label={t("partners.detail.tabs")}
          activeKey={tab}
          destroyOnHidden
          onChange={(key) => setSearch(key === "agreements" ? {} : { tab: key }, { replace: true })}
          items={PARTNER_TABS.map((key) => ({ key, label: t(`partners.tabs.${key}`), children: panes[key] }))}
        />
      </Card>
    </>
  );
}
