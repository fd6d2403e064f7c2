"""A web page or Word table whose row label is merged across columns (表三's "（七）总计" and
"（一）予以公开" under 三、本年度办理结果, "一、本年新收…" over the three label columns) and whose last
cell (总计) was left blank. The position the label covers is no cell of the row: the blank is the
总计 column's. Taken for the first column, it pushed every number one column right: a false C203
naming 自然人 and a false A301/A302 for every column. Found on a published page; the pages here
are the invented 示例镇 report rendered as a site editor and as Word's "save as web page" do."""
import sys
from pathlib import Path

import pytest

from govlint.checks.registry import load
from govlint.config import Config
from govlint.run.engine import Settings, lint_file

sys.path.insert(0, str(Path(__file__).parent))
from harness.web_pages import editor_page, word_page  # noqa: E402

SOURCE = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text(encoding="utf-8")
SETTINGS = Settings.make(Config(), load(builtins_only=True))

#: (the row as the source types it, the row with its 总计 blank, the row's label as C203 names it)
ROWS = [
    ("（七）总计\t10\t2\t0\t1\t0\t0\t13", "（七）总计\t10\t2\t0\t1\t0\t0\t", "（七）总计"),
    ("一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13",
     "一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t", "一、本年新收政府信息公开申请数量"),
]


def _findings(tmp_path, page, source):
    path = tmp_path / "report.html"
    path.write_text(page(source), encoding="utf-8")
    return [(d.code, d.message) for d in lint_file(str(path), SETTINGS).diagnostics]


@pytest.mark.parametrize("page", [editor_page, word_page], ids=["site-editor", "word-web-page"])
@pytest.mark.parametrize("whole,blank,label", ROWS, ids=["total-row", "first-row"])
def test_a_blank_total_beside_a_merged_label_is_the_total_columns(tmp_path, page, whole, blank, label):
    assert whole in SOURCE
    assert _findings(tmp_path, page, SOURCE) == []
    found = _findings(tmp_path, page, SOURCE.replace(whole, blank))
    assert found == [("C203", f"表三“{label}”行有1个单元格没有填写数字：总计（空白）；应填数字，没有发生的填0")]
