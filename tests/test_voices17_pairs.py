"""Two years of one agency named once in full and once by the short name the state itself uses
(voices17): 样例县市场监督管理局 / 样例县市场监管局, 住房和城乡建设局 / 住建局, 人力资源和社会保障局 /
人社局, 发展和改革委员会 / 发改委, 卫生健康局 / 卫健局, 中共样例县委宣传部 / 样例县委宣传部 pair (the
defective 2024 report's carry-over is found against the 2023 one); names that differ otherwise do not.
Invented agencies only (tests/fixtures/multiyear/defective, renamed)."""
import pytest

from govlint.store.pairing import same_agency
from multiyear import T23, T24
from multiyear import check as _check, x801 as _x801

TOWN = "示例镇人民政府"


@pytest.mark.parametrize("last, this", [
    ("样例县市场监督管理局", "样例县市场监管局"),
    ("样例县住建局", "样例县住房和城乡建设局"),
    ("样例县人力资源和社会保障局", "样例县人社局"),
    ("样例市发展和改革委员会", "样例市发改委"),
    ("样例县卫生健康局", "样例县卫健局"),
    ("中共样例县委宣传部", "样例县委宣传部"),
])
def test_an_agency_by_its_full_and_its_short_name_pairs(capsys, tmp_path, last, this):
    (tmp_path / "a.txt").write_text(T23.replace(TOWN, last), "utf-8")
    (tmp_path / "b.txt").write_text(T24.replace(TOWN, this), "utf-8")
    code, out, err = _check(capsys, tmp_path, "--select", "X801")
    assert out.splitlines()[:-1] == _x801(tmp_path / "b.txt", tmp_path / "a.txt")


@pytest.mark.parametrize("a, b", [
    ("样例县卫生健康局", "样例县卫健委"),          # a bureau and a commission
    ("样例县市场监督管理局", "样例市市场监管局"),    # the county's and the city's
    ("样例县自然资源局", "样例县自然资源和规划局"),  # another body after a reform, unless it says so
    ("中共中央办公厅", "中央办公厅"),              # not a local Party committee's body
])
def test_other_names_do_not_pair(a, b):
    assert not same_agency(a, b)


def test_the_short_names_are_not_read_into_other_words():
    assert not same_agency("样例县卫生健康服务中心", "样例县卫健服务中心")
