"""表三 of a Word file with narrow label columns, copied with ``pdftotext -layout``: the sub-items' labels
wrap every nine characters with their numbers on a middle line, and the two merged cells to their left
(三、本年度办理结果 down the results, （三）不予公开 … down their sub-items) wrap every two or three
characters, a piece a line, each column at its own place: "三、  无法提      0 0 …", "本年   供", "度办" ….
voices51b: the pieces were read as rows' labels ("三、  无法提" for （四）无法提供, V502), the sub-items beside
them lost their numbers (C203) or went missing (C202): six false findings on a clean report. Read down
its column, each run of pieces spells a group's whole label: they are taken out.

The report is invented: tests/fixtures/tabs_2024.txt, its 表三 laid out as such a copy lays it out."""
from govlint.testing import lint

ITEM, INNER, OUTER, NUMBERS = 8, 4, 0, 26
GROUPS = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}


def _rows(text):
    """表三's rows of the tab fixture: (label, numbers), the group cells dropped."""
    start, end = text.index("一、本年新收"), text.index("\n\n四、政府信息公开行政复议")
    rows = []
    for line in text[start:end].split("\n"):
        cells = line.split("\t")
        label = next(c for c in reversed(cells) if c and not c.isdigit())
        rows.append((label, [c for c in cells if c.isdigit()]))
    return start, end, rows


def _pieces(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def laid_out(text):
    start, end, rows = _rows(text)
    lines = []  # each a dict column → text
    first_line = {}
    inner = iter([(g, n) for g, n in GROUPS.items()])
    groups_at = {}
    k = rows.index(next(r for r in rows if r[0].startswith("1.属于国家秘密")))
    for g, n in GROUPS.items():
        groups_at[k] = g
        k += n
    for i, (label, numbers) in enumerate(rows):
        item = label[:1].isdigit()
        parts = _pieces(label, 9 if item else 14)
        middle = len(parts) // 2 if len(parts) > 2 else 0
        first_line[i] = len(lines)
        for j, part in enumerate(parts):
            line = {ITEM if item else INNER: part}
            if j == middle:
                line[NUMBERS] = "    ".join(numbers)
            lines.append(line)
    # the merged cells' pieces, down their columns from their first row's line
    for k, group in groups_at.items():
        for j, piece in enumerate(_pieces(group, 3)):
            lines[first_line[k] + 1 + j].setdefault(INNER, piece)
    results = next(i for i, r in enumerate(rows) if r[0].startswith("（一）"))
    for j, piece in enumerate(_pieces("三、本年度办理结果", 2)):
        lines[first_line[results] + 6 + j][OUTER] = piece
    out = []
    for line in lines:
        s = ""
        for column in sorted(line):
            s = s.ljust(column) + ("  " if s and len(s) >= column else "") + line[column]
        out.append(s)
    return text[:start] + "\n".join(out) + text[end:]


def test_a_table_three_whose_group_labels_stand_down_their_columns(fixture_text):
    text = laid_out(fixture_text("tabs_2024.txt"))
    assert "\n三、  " in text or "\n三、" in text  # (the outer label's first piece opens a line)
    assert lint(text).diagnostics == ()


def test_the_same_with_a_wrong_total_is_still_checked(fixture_text):
    wrong = fixture_text("tabs_2024.txt").replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6")
    assert [d.code for d in lint(laid_out(wrong)).diagnostics] == ["A303", "A302"]
