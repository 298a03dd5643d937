import { Button, Empty, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useMyPartnerOrders } from "../api/portal";
import { PartnerJobCard } from "../components/PartnerJobCard";
import { QuotaSummary } from "../components/QuotaSummary";

/** The partner's jobs on a phone, one card each: take a job, then report it done with photos. */
export function PartnerOrdersRoute() {
  const { t } = useTranslation();
  const orders = useMyPartnerOrders();
  const items = orders.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720, margin: "0 auto" }}>
      <PageHeader title={t("partnerPortal.orders.title")} description={t("partnerPortal.orders.description")} />
      <QuotaSummary />
      {orders.isPending && <Loading />}
      {orders.isError && (
        <ProblemAlert error={orders.error}>
          <Button onClick={() => void orders.refetch()}>{t("common.retry")}</Button>
        </ProblemAlert>
      )}
      {orders.isSuccess && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("partnerPortal.orders.empty")} />
      )}
      {items.length > 0 && (
        <Flex vertical gap={12} role="feed" aria-label={t("partnerPortal.orders.list")} aria-busy={orders.isFetching}>
          {items.map((order) => (
            <PartnerJobCard key={order.workOrderId} order={order} />
          ))}
        </Flex>
      )}
      <LoadMore
        hasMore={orders.hasNextPage}
        loading={orders.isFetchingNextPage}
        onLoadMore={() => void orders.fetchNextPage()}
      />
    </Flex>
  );
}
