import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PromiseBadge } from "@/components/PromiseBadge";
import type { PromiseWatchItem } from "../api/promises";
import { subjectPath } from "../model/watch";

/** Promises to act on: what they are kept on (a link to it), whose, which promise, its state and due time. */
export function WatchTable({ items, caption }: { items: readonly PromiseWatchItem[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("promiseWatch.fields.subject")}</th>
            <th scope="col">{t("promiseWatch.fields.subjectType")}</th>
            <th scope="col">{t("promiseWatch.fields.customer")}</th>
            <th scope="col">{t("promiseWatch.fields.kind")}</th>
            <th scope="col">{t("promiseWatch.fields.promise")}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t("promiseWatch.empty")}
              </td>
            </tr>
          ) : (
            items.map((item) => (
              <tr key={`${item.subjectType}-${item.subjectId}`}>
                <td className="nowrap">
                  <Link to={subjectPath(item)} className="strong">
                    {item.subjectNumber}
                  </Link>
                </td>
                <td className="nowrap">{t(`promiseWatch.subjectType.${item.subjectType}`)}</td>
                <td>{item.customerName ?? <span className="muted">—</span>}</td>
                <td className="nowrap">{t(`promise.kind.${item.promise.kind}`)}</td>
                <td className="nowrap">
                  <PromiseBadge promise={item.promise} />
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
