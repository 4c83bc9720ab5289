"""Where corrections stand after re-extraction: still applying, found again at their place, or orphaned."""
from __future__ import annotations

from resolve.corrections import RecordPlace, locate, overrides
from schemas import Correction


def test_locate_applies_reattaches_and_orphans():
    places = [RecordPlace("new-id", "fines", "doc1", 100, 160), RecordPlace("other", "fines", "doc2", 0, 50)]
    cs = [Correction(correction_id="c1", action="reject", record_id="other", record_table="fines", doc_id="doc2", char_start=0, char_end=50),
          # the rules now name the payer more fully, so the record's id changed; its place did not
          Correction(correction_id="c2", action="set", record_id="old-id", field="payer", value="Ant Group", record_table="fines", doc_id="doc1",
                       char_start=110, char_end=150),
          Correction(correction_id="c3", action="split_event", record_id="gone", record_table="fines", doc_id="doc3", char_start=0, char_end=9),
          Correction(correction_id="c4", action="merge_companies", company_id="co_a", value="co_zz")]
    got = {loc.correction.correction_id: (loc.status, loc.record_id) for loc in locate(cs, places, {"co_a"})}
    assert got == {"c1": ("applies", "other"), "c2": ("reattached", "new-id"), "c3": ("orphaned", None),
                   "c4": ("orphaned", None)}
    sets, rejected, split, merges = overrides(locate(cs, places, {"co_a"}))
    assert sets == {"new-id": {"payer": "Ant Group"}} and rejected == {"other"} and not split and merges == []


def test_set_values_are_typed_and_the_later_wins():
    places = [RecordPlace("r", "fines", "d", 0, 9)]
    cs = [Correction(correction_id="c1", action="set", record_id="r", field="amount", value="5000000", record_table="fines"),
          Correction(correction_id="c2", action="set", record_id="r", field="amount", value="5600000", record_table="fines"),
          Correction(correction_id="c3", action="set", record_id="r", field="authority", value="null", record_table="fines")]
    sets, *_ = overrides(locate(cs, places))
    assert sets == {"r": {"amount": 5600000.0, "authority": None}}
