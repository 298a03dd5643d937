import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PhoneLink } from "@/components/PhoneLink";
import { PromiseBadge } from "@/components/PromiseBadge";
import { useTenantFormat } from "@/lib/current-user";
import type { Objection } from "../api/objections";
import { EscalatedBadge, ObjectionStatusBadge } from "./ObjectionStatusBadge";

/** Objections in a dense table: number, when and where from, whose, where they stand, and the commitment deadline. */
export function ObjectionTable({ objections }: { objections: readonly Objection[] }) {
  const { t } = useTranslation();
  const format = useTenantFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("objections.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("objections.fields.number")}</th>
            <th scope="col">{t("objections.fields.createdAt")}</th>
            <th scope="col">{t("objections.fields.source")}</th>
            <th scope="col">{t("objections.fields.customer")}</th>
            <th scope="col">{t("objections.fields.status")}</th>
            <th scope="col">{t("objections.fields.deadline")}</th>
            <th scope="col">{t("objections.fields.description")}</th>
          </tr>
        </thead>
        <tbody>
          {objections.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty">
                {t("common.noItems")}
              </td>
            </tr>
          ) : (
            objections.map((objection) => (
              <tr key={objection.id}>
                <td className="nowrap">
                  <Link to={`/objections/${objection.id}`} className="strong">
                    {objection.number}
                  </Link>
                </td>
                <td className="nowrap">{format.dateTime(objection.createdAt)}</td>
                <td className="nowrap">{t(`objections.source.${objection.source}`)}</td>
                <td>
                  {objection.customerName} <PhoneLink phone={objection.customerPhone} />
                </td>
                <td className="nowrap">
                  <ObjectionStatusBadge status={objection.status} />
                  {objection.escalated && <EscalatedBadge />}
                </td>
                <td className="nowrap">
                  <PromiseBadge promise={objection.promise} />
                </td>
                <td className="cell--clip" title={objection.description}>
                  {objection.description}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
