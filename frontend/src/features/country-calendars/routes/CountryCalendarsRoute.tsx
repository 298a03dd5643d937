import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Loading } from "@/components/Loading";
import { PageHeader } from "@/components/PageHeader";
import { ProblemAlert } from "@/components/ProblemAlert";
import { formatDateTime } from "@/lib/format";
import { useCountryCalendars, useCountrySchedule, usePublishSchedule } from "../api/country-calendars";
import { checkFile, checkTarget, parseJsonSchedule, uploadKind, warningText, type UploadProblems } from "../model/schedule-upload";

/** The platform admin publishes each country's holidays and make-up working days per year; tenants inherit them. */
export function CountryCalendarsRoute() {
  const { t, i18n } = useTranslation();
  const countries = useCountryCalendars();
  const publish = usePublishSchedule();
  const [country, setCountry] = useState("CN");
  const [year, setYear] = useState<number>(new Date().getUTCFullYear() + 1);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<UploadProblems>({});
  const [open, setOpen] = useState<{ country: string; year: number } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const schedule = useCountrySchedule(open?.country ?? null, open?.year ?? null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const found = { ...checkTarget(country, year, new Date()), ...checkFile(file) };
    if (Object.keys(found).length > 0 || !file) return setProblems(found);
    const text = await file.text();
    if (uploadKind(file) === "json") {
      const parsed = parseJsonSchedule(text, year);
      if (!parsed.body) return setProblems(parsed.problems);
      setProblems({});
      publish.mutate({ country, year, json: parsed.body }, { onSuccess: () => setDone(t("countryCalendars.published", { country, year })) });
    } else {
      setProblems({});
      publish.mutate({ country, year, ics: text }, { onSuccess: () => setDone(t("countryCalendars.published", { country, year })) });
    }
  }

  function saveEdit() {
    if (!open || editing === null || !schedule.data) return;
    const parsed = parseJsonSchedule(editing, open.year);
    if (!parsed.body) return setProblems(parsed.problems);
    setProblems({});
    publish.mutate(
      { ...open, json: { ...parsed.body, version: schedule.data.version } },
      {
        onSuccess: () => {
          setEditing(null);
          void schedule.refetch();
          setDone(t("countryCalendars.published", open));
        },
      },
    );
  }

  const problemList = Object.entries(problems);
  return (
    <>
      <PageHeader title={t("countryCalendars.title")} description={t("countryCalendars.description")} />
      {countries.isPending && <Loading />}
      {countries.isError && <ProblemAlert error={countries.error} />}
      {countries.data?.items
        .map((c) => ({ c, w: warningText(c.warning) }))
        .filter(({ w }) => w)
        .map(({ c, w }) => (
          <div key={c.country} className="alert alert--warning" role="alert">
            <p className="alert__headline">{t(w!.key, { year: w!.year, country: c.country })}</p>
          </div>
        ))}
      {countries.data && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("countryCalendars.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("countryCalendars.country")}</th>
                <th scope="col">{t("countryCalendars.years")}</th>
                <th scope="col">{t("countryCalendars.tenants")}</th>
              </tr>
            </thead>
            <tbody>
              {countries.data.items.map((c) => (
                <tr key={c.country}>
                  <td>{c.country}</td>
                  <td>
                    {c.years.length === 0 && <span className="muted">{t("countryCalendars.none")}</span>}
                    {c.years.map((y) => (
                      <button
                        key={y.year}
                        type="button"
                        className="button button--link"
                        title={t("countryCalendars.yearTitle", { holidays: y.holidays, makeUps: y.makeUpWorkingDays, time: formatDateTime(y.publishedAt, "UTC", i18n.language) })}
                        onClick={() => {
                          setOpen({ country: c.country, year: y.year });
                          setEditing(null);
                        }}
                      >
                        {y.year}
                      </button>
                    ))}
                  </td>
                  <td>{c.tenants}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <form className="panel" onSubmit={(event) => void upload(event)} noValidate>
        <h2 className="panel__title">{t("countryCalendars.upload.title")}</h2>
        <p className="panel__description">{t("countryCalendars.upload.hint")}</p>
        <label className="field">
          <span className="field__label">{t("countryCalendars.country")}</span>
          <input className="input" value={country} maxLength={2} onChange={(e) => setCountry(e.target.value.toUpperCase())} />
        </label>
        <label className="field">
          <span className="field__label">{t("countryCalendars.year")}</span>
          <input className="input" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
        </label>
        <label className="field">
          <span className="field__label">{t("countryCalendars.upload.file")}</span>
          <input className="input" type="file" accept=".ics,.json,text/calendar,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="submit" className="button button--primary" disabled={publish.isPending}>
          {t("countryCalendars.upload.submit")}
        </button>
      </form>

      {problemList.length > 0 && (
        <div className="alert alert--error" role="alert">
          <ul>
            {problemList.map(([field, problem]) => (
              <li key={field}>{t(`countryCalendars.problems.${problem}`, { field })}</li>
            ))}
          </ul>
        </div>
      )}
      {publish.isError && <ProblemAlert error={publish.error} />}
      {done && (
        <p className="status status--ok" role="status">
          {done}
        </p>
      )}

      {open && schedule.data && (
        <section className="panel">
          <h2 className="panel__title">{t("countryCalendars.schedule", open)}</h2>
          {editing === null ? (
            <>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t("calendar.date")}</th>
                    <th scope="col">{t("calendar.name")}</th>
                    <th scope="col">{t("countryCalendars.kind")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[
                    ...schedule.data.holidays.map((d) => ({ ...d, kind: "holiday" as const })),
                    ...schedule.data.makeUpWorkingDays.map((d) => ({ ...d, kind: "makeUp" as const })),
                  ]
                    .sort((a, b) => a.date.localeCompare(b.date))
                    .map((d) => (
                      <tr key={d.date}>
                        <td>{d.date}</td>
                        <td>{d.name}</td>
                        <td>{t(`countryCalendars.kinds.${d.kind}`)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
              <button
                type="button"
                className="button"
                onClick={() =>
                  setEditing(
                    JSON.stringify(
                      { holidays: schedule.data!.holidays, makeUpWorkingDays: schedule.data!.makeUpWorkingDays },
                      null,
                      2,
                    ),
                  )
                }
              >
                {t("countryCalendars.edit")}
              </button>
            </>
          ) : (
            <>
              <label className="field">
                <span className="field__label">{t("countryCalendars.editHint")}</span>
                <textarea className="input" rows={16} value={editing} onChange={(e) => setEditing(e.target.value)} />
              </label>
              <button type="button" className="button button--primary" disabled={publish.isPending} onClick={saveEdit}>
                {t("countryCalendars.save")}
              </button>{" "}
              <button type="button" className="button" onClick={() => setEditing(null)}>
                {t("common.cancel")}
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
