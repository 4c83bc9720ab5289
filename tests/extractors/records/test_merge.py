"""merge: one fact told twice becomes one draft that keeps the richest telling; different facts stay apart."""
from __future__ import annotations

from extractors.records.merge import merge
from extractors.records.drafts import Draft


def _fine(payer: str | None, amount: float, currency: str, usd: float | None, qualifier: str = "exact",
          authority: str | None = None) -> Draft:
    fields = {"payer": payer, "authority": authority, "amount": amount, "currency": currency, "amount_usd": usd,
              "qualifier": qualifier, "usd_basis": "stated" if usd is not None else None}
    return Draft("fines", fields, 0, 1, 0)


def test_stated_equivalent_merges_with_the_rounded_telling() -> None:
    # "a nearly $1 billion fine" ... "7.1 billion renminbi (nearly $985 million)"
    out = merge([_fine("Ant Group", 1e9, "USD", 1e9, "approx", "top securities regulator"),
                 _fine("Ant Group", 7.1e9, "CNY", 985e6, "exact", "People's Bank of China")])
    assert len(out) == 1
    assert out[0].fields["amount"] == 7.1e9 and out[0].fields["currency"] == "CNY"
    assert out[0].fields["amount_usd"] == 985e6


def test_different_payers_stay_apart() -> None:
    assert len(merge([_fine("Meituan", 534e6, "USD", 534e6), _fine("Didi", 534e6, "USD", 534e6)])) == 2


def test_different_sums_stay_apart() -> None:
    assert len(merge([_fine("Toyota", 1.2e9, "USD", 1.2e9), _fine("Toyota", 1.4e9, "USD", 1.4e9)])) == 2


def test_a_telling_without_the_party_joins_the_named_one_and_keeps_the_name() -> None:
    out = merge([Draft("stakes", {"holder": "Visa Inc", "company": "Square Inc", "percent": 1.0}, 0, 1, 0),
                 Draft("stakes", {"holder": "Visa", "company": None, "percent": 1.0}, 5, 6, 3)])
    assert len(out) == 1
    assert out[0].fields["company"] == "Square Inc" and out[0].fields["holder"] == "Visa Inc"


def test_the_longer_name_is_kept() -> None:
    out = merge([_fine("Ant", 5e6, "USD", 5e6), _fine("Ant Group", 5e6, "USD", 5e6)])
    assert [d.fields["payer"] for d in out] == ["Ant Group"]


def test_many_distinct_figures_merge_only_true_twins():
    """A data-table-like article: thousands of different fines stay thousands of rows, and twins still merge."""
    from schemas import Document
    from extractors.records import extract_records

    text = " ".join(f"Acme{i % 50} was fined ${i + 1} million by the SEC." for i in range(1500))
    text += " Acme7 was fined about $1.5 billion by the SEC."  # the same fact as Acme7's $1,458 million
    text += " Acme8 was fined $9 trillion by the SEC."  # a new fact
    recs = extract_records(Document(doc_id="t", source_path="t", text=text))
    fines = [r for r in recs if r.__table__ == "fines"]
    assert len(fines) == 1501
    acme7 = {f.amount for f in fines if f.payer == "Acme7"}
    assert 1_458_000_000 in acme7 and 1_500_000_000 not in acme7
