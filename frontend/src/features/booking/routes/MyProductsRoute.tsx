import { DownloadOutlined, ToolOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Divider, Empty, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useTenantFormat } from "@/lib/current-user";
import { warrantyStateOf } from "@/lib/warranty";
import { useMyProducts, useMyServiceReport, type CustomerService, type MyProduct } from "../api/booking";
import { myBookingPath } from "../model/my-booking-form";

const WARRANTY_COLOURS = { in: "success", out: "error", unknown: "default" } as const;

/** A signed-in customer's products: each one's warranty card and the visits that served it, newest first. */
export function MyProductsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const products = useMyProducts();
  const book = (
    <Button
      href={myBookingPath()}
      onClick={(event) => {
        event.preventDefault();
        void navigate(myBookingPath());
      }}
    >
      {t("booking.mine.book")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("booking.products.title")} description={t("booking.products.description")} actions={book} />
      {products.isPending && <Loading />}
      {products.isError && (
        <ProblemAlert error={products.error}>
          <Button onClick={() => void products.refetch()}>{t("app.retry")}</Button>
        </ProblemAlert>
      )}
      {products.data && products.data.items.length === 0 && (
        <Empty description={t("booking.products.none")}>{book}</Empty>
      )}
      {products.data && products.data.items.length > 0 && (
        <Flex vertical gap={16} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {products.data.items.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} />
            </li>
          ))}
        </Flex>
      )}
    </>
  );
}

function ProductCard({ product }: { product: MyProduct }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const headingId = `product-${product.id}`;
  return (
    <Card
      size="small"
      role="article"
      aria-labelledby={headingId}
      title={
        <h2 id={headingId} style={{ margin: 0, fontSize: 16, whiteSpace: "normal" }}>
          {product.productName}
        </h2>
      }
    >
      <Flex vertical gap={12}>
        <ProductWarranty product={product} />
        <BookMaintenance product={product} />
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "serial", label: t("booking.products.serialNumber"), children: product.serialNumber },
            { key: "contract", label: t("warranty.contractNumber"), children: product.contractNumber || none },
            { key: "installed", label: t("booking.products.installedOn"), children: product.installDate || none },
            { key: "covers", label: t("warranty.covers"), children: product.warrantyCovers || none },
          ]}
        />
        <section aria-labelledby={`${headingId}-history`}>
          <h3 id={`${headingId}-history`} style={{ margin: "0 0 8px", fontSize: 14 }}>
            {t("booking.products.history")}
          </h3>
          {product.services.length === 0 ? (
            <Typography.Text type="secondary">{t("booking.products.noServices")}</Typography.Text>
          ) : (
            <Flex vertical component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {product.services.map((service, index) => (
                <li key={service.workOrderId}>
                  {index > 0 && <Divider style={{ margin: "8px 0" }} />}
                  <ServiceEntry service={service} />
                </li>
              ))}
            </Flex>
          )}
        </section>
      </Flex>
    </Card>
  );
}

/** Opens the booking page with this product and a maintenance check-up chosen. */
function BookMaintenance({ product }: { product: MyProduct }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const path = myBookingPath({ service: "MAINTENANCE", productId: product.id });
  return (
    <Button
      type="primary"
      block
      icon={<ToolOutlined aria-hidden />}
      href={path}
      aria-label={t("booking.account.products.bookMaintenanceOf", { name: product.productName })}
      onClick={(event) => {
        event.preventDefault();
        void navigate(path);
      }}
    >
      {t("booking.account.products.bookMaintenance")}
    </Button>
  );
}

/** In warranty until its last day, out of it since the day after, or unknown without a recorded end. */
function ProductWarranty({ product }: { product: MyProduct }) {
  const { t } = useTranslation();
  const state = warrantyStateOf(product);
  const label = { in: t("warranty.under"), out: t("warranty.expired"), unknown: t("warranty.unknownState") }[state];
  const detail =
    state === "in"
      ? t("booking.products.warrantyUntil", { date: product.warrantyEnd })
      : state === "out"
        ? t("booking.products.warrantyEnded", { date: product.warrantyEnd })
        : t("booking.products.warrantyUnknown");
  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t("warranty.state")}>
      <Tag color={WARRANTY_COLOURS[state]} style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
      <Typography.Text type="secondary">{detail}</Typography.Text>
    </Flex>
  );
}

function ServiceEntry({ service }: { service: CustomerService }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  const download = useMyServiceReport();
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{format.date(service.appointmentStart)}</Typography.Text>
        <Typography.Text>{t(`booking.products.type.${service.type}`)}</Typography.Text>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`booking.products.status.${service.status}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary">
        {service.number}
        {service.installerName && ` · ${t("booking.products.installer", { name: service.installerName })}`}
      </Typography.Text>
      {service.hasServiceReport && (
        <Button
          block
          icon={<DownloadOutlined aria-hidden />}
          loading={download.isPending}
          aria-label={t("booking.products.reportOf", { number: service.number })}
          onClick={() => download.mutate({ workOrderId: service.workOrderId, number: service.number })}
        >
          {t("booking.products.report")}
        </Button>
      )}
      {download.isError && <ProblemAlert error={download.error} />}
    </Flex>
  );
}
