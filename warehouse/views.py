"""Views created with the tables: each record table with analysts' corrections applied (`<table>_reviewed`), one
row per cross-article event (`fine_events`, ...), and the dashboard views that answer from the events."""
from __future__ import annotations

import duckdb

from resolve import DATE_COLUMN, NAME_COLUMNS
from resolve.corrections import SETTABLE

_SQL_TYPE = {str: "VARCHAR", float: "DOUBLE"}
EVENT_VIEWS = {"fines": "fine_events", "valuations": "valuation_events", "stakes": "stake_events",
               "offerings": "offering_events", "investments": "investment_events"}


def reviewed_view(table: str) -> str:
    """The table as analysts corrected it: rejected records left out, `set` values in place of extracted ones."""
    fields = SETTABLE[table]
    pivot = ", ".join(f"max_by(value, created_at) FILTER (WHERE field = '{f}') AS {f}" for f in fields)
    replace = ", ".join(f"CASE WHEN c.record_id IS NOT NULL AND c.has_{f} THEN TRY_CAST(c.{f} AS {_SQL_TYPE[t]}) "
                        f"ELSE r.{f} END AS {f}" for f, t in fields.items())
    has = ", ".join(f"bool_or(field = '{f}') AS has_{f}" for f in fields)
    return f"""CREATE OR REPLACE VIEW {table}_reviewed AS
WITH c AS (SELECT record_id, {pivot}, {has} FROM corrections WHERE action = 'set' GROUP BY record_id)
SELECT r.* REPLACE ({replace})
FROM {table} r LEFT JOIN c ON c.record_id = r.record_id
WHERE r.record_id NOT IN (SELECT record_id FROM corrections WHERE action = 'reject' AND record_id IS NOT NULL)"""


def _sig(expr: str) -> str:
    """Significant digits of a number: the most precise figure wins (2.42 billion over 2.4 billion)."""
    return (f"length(regexp_replace(regexp_replace(printf('%.12g', abs({expr})), '[^0-9]', '', 'g'), "
            f"'^0+|0+$', '', 'g'))")


def event_view(table: str) -> str:
    names = NAME_COLUMNS[table]
    date_col = DATE_COLUMN[table]
    party_cols = []
    for col, idcol in names:
        party_cols.append(f"mode(r.{idcol}) AS {idcol}")
        party_cols.append(f"coalesce(mode(co_{col}.name), arg_max(r.{col}, length(r.{col}))) AS {col}")
    joins = "\n".join(f"LEFT JOIN companies co_{col} ON co_{col}.company_id = r.{idcol}" for col, idcol in names)
    if table == "stakes":
        value_cols = (f"arg_max(percent, {_sig('percent')}) AS percent, "
                      "mode(qualifier) AS qualifier")
    else:
        value_cols = (f"arg_max(amount, (currency = main_currency, {_sig('amount')})) AS amount, "
                      f"arg_max(currency, (currency = main_currency, {_sig('amount')})) AS currency, "
                      f"arg_max(amount_usd, (usd_basis = 'stated', currency = main_currency, {_sig('amount_usd')})) "
                      "AS amount_usd, "
                      f"arg_max(usd_basis, (usd_basis = 'stated', currency = main_currency, {_sig('amount_usd')})) "
                      "AS usd_basis, mode(qualifier) AS qualifier")
    extra = ", mode(status) AS status" if table == "fines" else ""
    main_currency = ("" if table == "stakes" else
                     ", mode(currency) OVER (PARTITION BY event_id) AS main_currency")
    return f"""CREATE OR REPLACE VIEW {EVENT_VIEWS[table]} AS
WITH r AS (SELECT t.*, d.published_date{main_currency}
           FROM {table}_reviewed t JOIN documents d USING (doc_id) WHERE t.event_id IS NOT NULL)
SELECT event_id,
       {", ".join(party_cols)},
       {value_cols}{extra},
       arg_max({date_col}, length({date_col})) FILTER (WHERE {date_col} NOT LIKE '%X%') AS {date_col},
       min(published_date) AS first_reported,
       max(published_date) AS last_reported,
       count(DISTINCT doc_id) AS n_sources,
       list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
       list(record_id ORDER BY record_id) AS record_ids
FROM r
{joins}
GROUP BY event_id"""


def _year(date_col: str) -> str:
    return (f"coalesce(TRY_CAST(substr({date_col}, 1, 4) AS INTEGER), year(first_reported))")


DASHBOARD_VIEWS = {
    # fines in USD by payer and year (the fine's year where the articles give it, else the year first reported)
    "fines_usd_by_payer_year": f"""
SELECT payer_id, any_value(payer) AS payer, {_year('event_date')} AS year, count(*) AS fines,
       sum(amount_usd) AS amount_usd, count(*) FILTER (WHERE amount_usd IS NULL) AS fines_without_usd,
       sum(n_sources) AS articles
FROM fine_events GROUP BY payer_id, year""",
    # each company's latest valuation
    "latest_valuations": """
SELECT company_id, company, amount, currency, amount_usd, qualifier, as_of, first_reported, n_sources
FROM valuation_events
QUALIFY row_number() OVER (PARTITION BY coalesce(company_id, company)
                           ORDER BY coalesce(TRY_CAST(replace(as_of, 'X', '0') AS VARCHAR), '') DESC,
                                    first_reported DESC NULLS LAST, event_id) = 1""",
    # each holder's latest stake in each company
    "stakes_by_holder": """
SELECT holder_id, holder, company_id, company, percent, qualifier, as_of, first_reported, n_sources,
       count(*) OVER (PARTITION BY coalesce(holder_id, holder), coalesce(company_id, company)) AS stake_reports
FROM stake_events
QUALIFY row_number() OVER (PARTITION BY coalesce(holder_id, holder), coalesce(company_id, company)
                           ORDER BY first_reported DESC NULLS LAST, as_of DESC NULLS LAST, event_id) = 1""",
    # funding raised per company: investments received and share offerings, each event counted once
    "funding_by_company": """
WITH f AS (SELECT company_id, company, amount_usd, 'investment' AS kind FROM investment_events
           UNION ALL SELECT company_id, company, amount_usd, 'offering' FROM offering_events)
SELECT company_id, any_value(company) AS company,
       count(*) FILTER (WHERE kind = 'investment') AS investments,
       sum(amount_usd) FILTER (WHERE kind = 'investment') AS investments_usd,
       count(*) FILTER (WHERE kind = 'offering') AS offerings,
       sum(amount_usd) FILTER (WHERE kind = 'offering') AS offerings_usd,
       sum(amount_usd) AS total_usd
FROM f GROUP BY company_id""",
    # records and events per month of publication, per record type
    "records_per_month": " UNION ALL ".join(
        f"""
SELECT '{t}' AS record_type, date_trunc('month', d.published_date) AS month, count(*) AS records,
       count(DISTINCT r.event_id) AS events
FROM {t}_reviewed r JOIN documents d USING (doc_id) GROUP BY month""" for t in NAME_COLUMNS),
}


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for table in NAME_COLUMNS:
        con.execute(reviewed_view(table))
        con.execute(event_view(table))
    for name, sql in DASHBOARD_VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def view_names() -> list[str]:
    return ([f"{t}_reviewed" for t in NAME_COLUMNS] + list(EVENT_VIEWS.values()) + list(DASHBOARD_VIEWS))
