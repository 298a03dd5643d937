import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { InstallerSelect } from "@/components/InstallerSelect";
import { LoadMore } from "@/components/LoadMore";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { useCurrentUser } from "@/lib/current-user";
import { useDisciplineEntries } from "../api/discipline";
import { DisciplineTable } from "../components/DisciplineTable";
import { DisciplineTabs } from "../components/DisciplineTabs";
import { EntryPanel } from "../components/EntryPanel";
import { ManualEntryForm } from "../components/ManualEntryForm";
import { APPEAL_STATUSES, DISCIPLINE_KINDS, DISCIPLINE_RULES, DISCIPLINE_STATUSES, disciplineFilterOf } from "../model/discipline";

/**
 * The discipline ledger (奖惩记录): the office sees everyone's entries and decides on them; an installer sees
 * their own and may appeal each once.
 */
export function DisciplineRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const office = me.roles.includes("manager") || me.roles.includes("dispatcher");
  const isManager = me.roles.includes("manager");
  const [search, setSearch] = useSearchParams();
  const filter = disciplineFilterOf(search);
  const entries = useDisciplineEntries(filter);
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const selectedId = search.get("entry");
  const selected = items.find((entry) => entry.id === selectedId);
  const [creating, setCreating] = useState(false);

  function choose(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  }

  function select(entryId: string | null) {
    choose("entry", entryId ?? "");
  }

  return (
    <>
      <PageHeader
        title={office ? t("discipline.title") : t("discipline.myTitle")}
        description={office ? t("discipline.description") : t("discipline.myDescription")}
        actions={
          isManager && (
            <button type="button" className={creating ? "button" : "button button--primary"} aria-expanded={creating} onClick={() => setCreating(!creating)}>
              {t("discipline.manual.open")}
            </button>
          )
        }
      />
      {office && <DisciplineTabs />}
      {creating && (
        <ManualEntryForm
          onCreated={(entry) => {
            setCreating(false);
            select(entry.id);
          }}
        />
      )}
      <div className="toolbar">
        <label className="toolbar__item">
          <span>{t("discipline.fields.status")}</span>
          <select className="input" value={filter.status ?? ""} onChange={(e) => choose("status", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {DISCIPLINE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`discipline.status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("discipline.fields.kind")}</span>
          <select className="input" value={filter.kind ?? ""} onChange={(e) => choose("kind", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {DISCIPLINE_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`discipline.kind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("discipline.fields.rule")}</span>
          <select className="input" value={filter.rule ?? ""} onChange={(e) => choose("rule", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {DISCIPLINE_RULES.map((value) => (
              <option key={value} value={value}>
                {t(`discipline.rule.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar__item">
          <span>{t("discipline.fields.appeal")}</span>
          <select className="input" value={filter.appealStatus ?? ""} onChange={(e) => choose("appealStatus", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {APPEAL_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`discipline.appealStatus.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {office && (
          <div className="toolbar__item">
            <InstallerSelect
              label={t("discipline.fields.installer")}
              name="installerId"
              value={filter.installerId ?? ""}
              emptyLabel={t("common.all")}
              onChange={(installerId) => choose("installerId", installerId)}
            />
          </div>
        )}
      </div>
      {selected && <EntryPanel key={`${selected.id}-${selected.version}`} entry={selected} fieldOnly={!office} onClose={() => select(null)} />}
      {entries.isPending && <Loading />}
      {entries.isError && <ProblemAlert error={entries.error} />}
      {entries.isSuccess && <DisciplineTable entries={items} fieldOnly={!office} selectedId={selectedId} onSelect={select} />}
      <LoadMore hasMore={entries.hasNextPage} loading={entries.isFetchingNextPage} onLoadMore={() => void entries.fetchNextPage()} />
    </>
  );
}
