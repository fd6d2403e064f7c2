"""A report flattened onto one line (a web page copied as one line, an archived text), a row's
numbers written before its label (a PDF's copy that set them a little above the label's line,
then flattened): "… 现行有效件数 0 0 0 规章 行政规范性文件 3 1 12", "… 本年处理决定数量 120 行政许可
第二十条第（六）项 …", "1.申请人无正当理由… 0 0 0 0 0 0 0 0 0 0 0 0 0 0 2.申请人逾期… 3.其他 0 …".

A block's numbers after its head and before its first label are that label's (a person reads
them so: no other label is there); the line break was put after the head's numbers, and
"行政许可 第二十条第（六）项" was not cut at all (a false C203/C202 on a row that is there).
Between two 表三 rows no line tells which label the numbers stood above: the row before has
twice its numbers, and that is said once (C200), "3.其他" cut from the label before it (其他,
a column's name too, was no row's start).

The report is invented: tests/fixtures/tabs_2024.txt flattened onto one line."""
from pathlib import Path

from copies import found

TABS = (Path(__file__).parent / "fixtures" / "tabs_2024.txt").read_text("utf-8")
ONE = " ".join(TABS.replace("\t", " ").split()) + "\n"


def _moved(old, new, text=ONE):
    assert text.count(old) == 1
    return text.replace(old, new)


def test_flattened_a_blocks_numbers_before_its_first_label_are_its():
    text = _moved("现行有效件数 规章 0 0 0 ", "现行有效件数 0 0 0 规章 ")
    assert found(ONE) == []
    assert found(text) == []


def test_flattened_a_one_row_blocks_number_before_its_label_is_its():
    text = _moved("本年处理决定数量 行政许可 120 第二十条第（六）项", "本年处理决定数量 120 行政许可 第二十条第（六）项")
    assert found(text) == []


def test_flattened_a_blocks_numbers_before_its_first_label_are_checked():
    """The numbers given to 规章 are its own: a stock that is too small is found on its row, and
    a town's rules (it makes none) too."""
    text = _moved("现行有效件数 规章 0 0 0 ", "现行有效件数 3 0 1 规章 ")
    assert found(text) == [
        ("C205", 1, 377, "表二“规章”行“本年制发件数”3、“现行有效件数”1，但标题中的机关“示例镇人民政府”是乡镇级（示例镇），"
                         "无权制定规章（规章只由国务院部门和省、自治区、直辖市、设区的市、自治州人民政府制定），应为0"),
        ("A305", 1, 381, "表二“规章”行：现行有效件数 1 小于 本年制发件数 3 − 本年废止件数 0 = 3")]


def test_flattened_numbers_between_two_rows_are_said_once():
    text = _moved("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 ",
                  "0 0 0 0 0 0 0 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ")
    assert found(text) == [("C200", 1, 533, "表三（收到和处理政府信息公开申请情况）无法可靠读取：第1行起“1.申请人无正当理由逾期"
                                        "不补正、行政机关不再处理其政府信息公开申请”一行读出14个数字（应为7个），其他行却没有数字："
                                        "各行的数字连在了一起，无法确定各数字所属的行；该表的完整性、数值和勾稽关系检查未进行")]


def test_flattened_a_c200_names_the_files_line():
    """The line C200 names is the file's (a one-line file's line 1), not the line layout made."""
    text = _moved("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 ",
                  "0 0 0 0 0 0 0 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ")
    assert "第1行起" in found(text)[0][3]
