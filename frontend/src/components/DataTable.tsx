import { Button, Empty, Table, type TableProps } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "./LoadMore";
import { ProblemAlert } from "./ProblemAlert";

/** A keyset-paged query as react-query's useInfiniteQuery answers it. */
export interface KeysetQuery<Row> {
  data?: { pages: readonly { items: readonly Row[] }[] } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

export interface EmptyState {
  /** What is missing, and what to do about it ("No open claims. Claims appear once an installer submits one."). */
  description: ReactNode;
  /** The action that fills the list, e.g. a create button. */
  action?: ReactNode;
}

interface DataTableProps<Row extends object> extends Omit<
  TableProps<Row>,
  "dataSource" | "columns" | "loading" | "pagination"
> {
  /** The table's accessible name. */
  caption: string;
  columns: ColumnsType<Row>;
  rows: readonly Row[] | undefined;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty: EmptyState;
  /** Keyset paging: a "load more" button under the table. */
  pager?: { hasMore: boolean; loading: boolean; onLoadMore: () => void };
}

/**
 * The one table of the product: antd's Table over rows the API paged, an empty state that says what to do,
 * the problem when loading failed, and "load more" for the next keyset page. Secondary columns carry
 * `responsive: ["md"]` so a phone shows the priority columns; a wide table scrolls inside itself, never the page.
 */
export function DataTable<Row extends object>({
  caption,
  columns,
  rows,
  loading = false,
  error,
  onRetry,
  empty,
  pager,
  ...table
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  if (error) {
    return (
      <ProblemAlert error={error}>{onRetry && <Button onClick={onRetry}>{t("common.retry")}</Button>}</ProblemAlert>
    );
  }
  return (
    <>
      <Table<Row>
        aria-label={caption}
        size="middle"
        columns={columns}
        dataSource={rows as Row[] | undefined}
        loading={loading}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{
          emptyText: loading ? (
            " "
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty.description}>
              {empty.action}
            </Empty>
          ),
        }}
        {...table}
      />
      {pager && <LoadMore hasMore={pager.hasMore} loading={pager.loading} onLoadMore={pager.onLoadMore} />}
    </>
  );
}

/** The rows read so far and the pager of a keyset-paged query, for {@link DataTable}. */
export function keysetTable<Row>(query: KeysetQuery<Row>) {
  return {
    rows: query.data?.pages.flatMap((page) => page.items) ?? [],
    loading: query.isPending,
    error: query.isError ? query.error : undefined,
    onRetry: () => void query.refetch(),
    pager: {
      hasMore: query.hasNextPage,
      loading: query.isFetchingNextPage,
      onLoadMore: () => void query.fetchNextPage(),
    },
  };
}
