"""N601 on the applications of 商业企业, named as 表三 names its column (a sentence of 一、总体情况 in a plain
text report, tests/fixtures/tabs_2024.txt: 商业企业 2 new, 0 carried over).

"收到商业企业提出的…申请3件" was not read (the applicant words knew 企业 alone, not "商业企业"), and the breakdown
"其中商业企业申请3件" / "其中自然人10件，商业企业3件" / "自然人、商业企业分别为10件、3件" had no claim; 自然人 and
法人或其他组织 said so were compared. A topic ("涉及商业企业的申请") or another dealing ("走访商业企业12次") is no claim.
"""
from pathlib import Path

from harness.text_forms import lint_in_form

CLEAN = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
OLD = "（二）依申请公开。本年度共收到政府信息公开申请13件，均在法定期限内答复。"
READINGS = "按其可能的含义核对均不相符：表三“一、本年新收”商业企业 = 2；表三“一、本年新收”+“二、上年结转”商业企业 = 2"


def _n601(sentence: str, form: str = "as-written"):
    assert CLEAN.count(OLD) == 1
    result = lint_in_form(CLEAN.replace(OLD, "（二）依申请公开。" + sentence), form)
    return [(d.code, d.span.line, d.span.column, d.message) for d in result.diagnostics if d.code == "N601"]


def _finding(column: int, words: str, claimed: int):
    return [("N601", 8, column, f"“一、总体情况”中正文“{words}”（商业企业的政府信息公开申请 {claimed}）与表三不一致：{READINGS}")]


def test_applications_received_from_businesses_named_as_the_column_is():
    assert _n601("收到商业企业提出的政府信息公开申请3件。") == _finding(10, "收到商业企业提出的政府信息公开申请3件", 3)
    assert _n601("收到商业企业提出的政府信息公开申请2件。") == []


def test_businesses_in_a_breakdown_after_the_total():
    assert _n601("共收到政府信息公开申请13件，其中商业企业申请3件。") == _finding(27, "商业企业申请3件", 3)
    assert _n601("共收到政府信息公开申请13件，其中自然人10件，商业企业3件。") == _finding(34, "商业企业3件", 3)
    assert _n601("共收到政府信息公开申请13件，其中商业企业申请两件。") == []
    assert _n601("共收到政府信息公开申请13件，其中自然人10件，商业企业2件，社会公益组织1件。") == []


def test_businesses_in_a_list_said_with_fenbie():
    assert _n601("共收到政府信息公开申请13件，其中自然人、商业企业分别为10件、3件。") == _finding(42, "3件", 3)
    assert _n601("共收到政府信息公开申请13件，其中自然人、商业企业分别为10件、2件。") == []


def test_businesses_as_a_topic_another_dealing_or_one_result_are_not_compared():
    for sentence in ("共收到政府信息公开申请13件，其中涉及商业企业的申请3件。",
                     "全年走访商业企业12次，共收到政府信息公开申请13件。",
                     "共收到政府信息公开申请13件，予以公开5件，其中商业企业3件。",
                     "共收到政府信息公开申请13件，其中非商业企业3件。",
                     "共收到政府信息公开申请13件，商业企业申请较上年增加3件。",
                     "共收到政府信息公开申请13件，2023年商业企业申请5件。"):
        assert _n601(sentence) == [], sentence


def test_a_business_claim_wrapped_or_flattened_is_read_alike():
    for form in ("wrap-24", "one-line", "markdown"):
        found = _n601("共收到政府信息公开申请13件，其中商业企业申请3件。", form)
        assert [f[0] for f in found] == ["N601"] and found[0][3].endswith(READINGS), form
        assert _n601("共收到政府信息公开申请13件，其中商业企业申请2件。", form) == [], form
