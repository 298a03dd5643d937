import { Button, Flex } from "antd";
import { useTranslation } from "react-i18next";

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Keyset pagination: the next page is fetched with the last page's cursor. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Flex justify="center" style={{ marginTop: 12 }}>
      <Button onClick={onLoadMore} loading={loading}>
        {loading ? t("common.loading") : t("common.loadMore")}
      </Button>
    </Flex>
  );
}
