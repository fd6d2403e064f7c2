"""表三 on portrait pages shown turned (/Rotate 90: pdf_layouts' landscape-rotated layouts), its text
drawn turned so that it shows upright. The reader tells such a page by its characters' angles,
sampled every n/50th character; PDFium's spaces and line ends between characters have no angle,
and a page of short cells (表三 with a 上年总计 or 说明 row, its second page: one or two characters a
cell) makes a third of its characters such. Sampled, they could be half the sample: the page was
read turned, its numbers in columns and its labels lost (C202 "表三缺少13行…", a false alarm). The
characters drawn are sampled now. Each drawing must bind and lint as its source."""
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.tables21 import ALTERED  # noqa: E402
from harness.tables23 import altered_with, read_as_source  # noqa: E402

TURNED = ["landscape-rotated", "no-rules-landscape-rotated", "no-rules-middle-all-centre-text-rotated"]



@pytest.mark.parametrize("name", ["t3-last-year-total", "t3-note-row"])
@pytest.mark.parametrize("layout", TURNED)
def test_a_turned_page_of_short_cells_is_read_upright(tmp_path, monkeypatch, layout, name):
    path, _, _ = read_as_source(tmp_path, monkeypatch, ALTERED[name][0](), layout)
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(path))
    try:
        assert [doc[k].get_rotation() for k in range(len(doc))].count(90) >= 2  # (表三 over two turned pages)
    finally:
        doc.close()


def test_a_defect_on_the_second_turned_page_is_found(tmp_path, monkeypatch):
    """Failing case: （七）总计's 自然人 11 where its rows sum to 10 (A302 and A301), on the second page."""
    text = altered_with("t3-last-year-total", (("（七）总计\t10\t", "（七）总计\t11\t"),))()
    _, _, findings = read_as_source(tmp_path, monkeypatch, text, "no-rules-landscape-rotated")
    assert {"A302", "V501"} <= {f[0] for f in findings}
