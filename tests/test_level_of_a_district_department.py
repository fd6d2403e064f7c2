"""A district's department is often named without its city ("示例区统计局"): it is county-level, as
"示例市示例区统计局" is. A zone's body, a 社区's, a 地区's (a prefecture) or an 自治区's (a province)
is not, and a name that leaves its level open stays unknown: the level makes rules quieter (规章 "/"
is not applicable) or stricter (a county reporting 规章 it cannot make)."""
import pytest

from govlint.binder.facts import agency_level


@pytest.mark.parametrize("name", [
    "示例区统计局", "示例区卫生健康委员会", "示例区人民政府办公室", "示例区发展和改革委员会", "样例区教育局",
])
def test_a_district_department_without_its_city_is_county_level(name):
    assert agency_level(name) == "县级"


@pytest.mark.parametrize("name, level", [
    ("示例自治区统计局", "省级"),          # a province
    ("示例地区统计局", None),              # a prefecture's department
    ("示例社区服务中心", None),            # a community
    ("示例社区居民委员会", None),
    ("示例风景名胜区管理局", None),         # zones
    ("示例旅游度假区管理委员会", None),
    ("示例经济开发区管理委员会", None),
    ("示例高新区管委会", None),
    ("示例新区规划建设局", None),
    ("示例城区供水办公室", None),
    ("示例林区管理局", None),
])
def test_a_zone_community_prefecture_or_region_is_no_district(name, level):
    assert agency_level(name) == level
