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
    <div className="load-more">
      <button type="button" className="button" onClick={onLoadMore} disabled={loading}>
        {loading ? t("common.loading") : t("common.loadMore")}
      </button>
    </div>
  );
}
