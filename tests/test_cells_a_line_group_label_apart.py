"""表三 typed a cell a line, the numbers tab-indented under each row's label, a blank line between rows,
each group's label on a line of its own ("三、本年度办理结果" / "" / "（一）予以公开" / "\\t0" × 7). voices51k: the
group's label opens like a row of 表三 ("三、", as "一、本年新收…"), was read as a heading whose numbers follow
it, and took （一）予以公开's: a false V501 (an unofficial row) and C203 (（一）'s cells missing). A heading's
numbers are the ones right under it; a row's label between it and them takes them."""
from govlint.testing import lint


def a_cell_a_line(text):
    start, end = text.index("一、本年新收"), text.index("\n\n四、政府信息公开行政复议")
    out = []
    for line in text[start:end].split("\n"):
        cells = [c for c in line.split("\t") if c]
        for c in cells:
            if c.isdigit():
                out.append("\t" + c)
            else:
                if out and out[-1].startswith("\t"):
                    out.append("")
                out.append(c)
                if not any(x.isdigit() for x in cells) or c != [x for x in cells if not x.isdigit()][-1]:
                    out.append("")
        out.append("")
    return text[:start] + "\n".join(out) + text[end:]


def test_a_group_label_alone_takes_no_numbers(fixture_text):
    text = a_cell_a_line(fixture_text("tabs_2024.txt"))
    assert "三、本年度办理结果\n\n（一）予以公开\n\t4\n" in text
    assert lint(text).diagnostics == ()


def test_a_wrong_total_in_its_first_row_is_found(fixture_text):
    wrong = fixture_text("tabs_2024.txt").replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    assert [d.code for d in lint(a_cell_a_line(wrong)).diagnostics] == ["A303", "A302"]
