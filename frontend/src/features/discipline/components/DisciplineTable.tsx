import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DisciplineEntry } from "../api/discipline";
import { sourcePath } from "../model/discipline";
import { AppealBadge, DisciplineStatusBadge, EntryAmount } from "./DisciplineBadges";

interface DisciplineTableProps {
  entries: readonly DisciplineEntry[];
  /** The person works in the field only: sources link to their jobs, and the installer column is left out. */
  fieldOnly: boolean;
  selectedId: string | null;
  onSelect: (entryId: string | null) => void;
}

/** The ledger: one row per entry with what, how much, why, from where, and where it stands. */
export function DisciplineTable({ entries, fieldOnly, selectedId, onSelect }: DisciplineTableProps) {
  const { t } = useTranslation();
  const columns = fieldOnly ? 9 : 10;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t("discipline.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("discipline.fields.number")}</th>
            <th scope="col">{t("discipline.fields.occurredOn")}</th>
            {!fieldOnly && <th scope="col">{t("discipline.fields.installer")}</th>}
            <th scope="col">{t("discipline.fields.kind")}</th>
            <th scope="col">{t("discipline.fields.amount")}</th>
            <th scope="col">{t("discipline.fields.rule")}</th>
            <th scope="col">{t("discipline.fields.source")}</th>
            <th scope="col">{t("discipline.fields.status")}</th>
            <th scope="col">{t("discipline.fields.appeal")}</th>
            <th scope="col">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={columns} className="empty">
                {t("common.noItems")}
              </td>
            </tr>
          ) : (
            entries.map((entry) => {
              const source = sourcePath(entry, fieldOnly);
              const selected = entry.id === selectedId;
              return (
                <tr key={entry.id} className={selected ? "row--editor" : undefined}>
                  <td className="nowrap strong">{entry.number}</td>
                  <td className="nowrap">{entry.occurredOn}</td>
                  {!fieldOnly && <td className="nowrap">{entry.installerName}</td>}
                  <td className="nowrap">{t(`discipline.kind.${entry.kind}`)}</td>
                  <td className="nowrap">
                    <EntryAmount entry={entry} />
                  </td>
                  <td>{t(`discipline.rule.${entry.rule}`)}</td>
                  <td className="nowrap">
                    {t(`discipline.sourceType.${entry.sourceType}`)}{" "}
                    {source ? <Link to={source}>{entry.sourceNumber ?? t("discipline.openSource")}</Link> : entry.sourceNumber}
                  </td>
                  <td className="nowrap">
                    <DisciplineStatusBadge status={entry.status} />
                  </td>
                  <td className="nowrap">
                    <AppealBadge status={entry.appealStatus} />
                  </td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className={selected ? "button button--small button--primary" : "button button--small"}
                      aria-expanded={selected}
                      aria-label={t("discipline.openEntryOf", { number: entry.number })}
                      onClick={() => onSelect(selected ? null : entry.id)}
                    >
                      {t("discipline.openEntry")}
                    </button>
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
