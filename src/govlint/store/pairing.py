"""Which reports pair across years, and the cross-year rules run over each pair.

Two reports pair when they are of the same agency (names normalised: full width and spaces,
人民政府 and 政府, 管理委员会 and 管委会, 委员会 and 委, 办公室 and 办 at the name's end, the
bodies' official short names (市场监管局, 住建局, 人社局, 发改委, 卫健委/卫健局), 中共 before a Party body, a
township or street office by its place alone (示例镇, 示例街道), a name that ends with the
other's after a place or the body it belongs to, e.g. 某县示例镇人民政府 and 示例镇政府)
and of consecutive years, from each report's facts (``binder.snapshot``). A report with two
candidates of the previous year that the name cannot tell apart is paired with neither: a wrong
pair would cry wolf. ``--previous FILE`` names the previous report of a single file outright.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..checks.pair import PairContext, is_pair_rule
from ..diagnostics import Diagnostic, ToolError
from ..i18n import Msg
from ..lexicon.pattern import lazy

_SPACE = lazy(r"\s+")
_REMARK = lazy(r"[（(][^）)]*[）)]")
_STREET = lazy(r"街道(?:办事处|办)$")
_TOWN = lazy(r"[^\W\d_](?:乡|镇|苏木)$")
#: how a name's generic end is shortened: the long form → the short one
_SHORT = {"管理委员会": "管委会", "委员会": "委", "办公室": "办"}
_SHORT_END = lazy(r"(?:管理委员会|委员会|办公室)$")
#: the bodies' names as the state itself shortens them, in titles and signatures alike: the long form →
#: the short one (样例县市场监督管理局 / 样例县市场监管局, 样例县住房和城乡建设局 / 样例县住建局)
_ABBREVIATED = {"市场监督管理": "市场监管", "人力资源和社会保障": "人社", "住房和城乡建设": "住建",
                "发展和改革": "发改", "卫生健康": "卫健"}
_ABBREVIATE = lazy(r"(?:市场监督管理|人力资源和社会保障|住房和城乡建设|发展和改革|卫生健康)(?=局|委)")
#: the Party's bodies with the Party named before them (中共样例县委宣传部 / 样例县委宣传部)
_PARTY = lazy(r"^(?:中国共产党|中共)(?=[^\W\d_]{2,}委)")


def normalise_agency(name: str) -> str:
    """The form agencies are compared in: NFKC, no spaces or brackets' contents, 人民政府 → 政府."""
    n = unicodedata.normalize("NFKC", name or "")
    n = _SPACE.sub("", n)
    n = _REMARK.sub("", n)
    n = n.replace("人民政府", "政府")
    # a committee's or an office's name shortened as staff shorten it ("…管委会", "…发展和改革委",
    # "…政府办"): the same body
    n = _SHORT_END.sub(lambda m: _SHORT[m.group(0)], n)
    if "委" in n or "局" in n:
        n = _ABBREVIATE.sub(lambda m: _ABBREVIATED[m.group(0)], _PARTY.sub("", n))
    # a township or street office named by its place alone is its government ("示例镇" for 示例镇人民政府,
    # "示例街道" for 示例街道办事处: a township has no summary report beside its own); a county's or
    # city's place name alone may be the whole area's summary, not the government's own report
    n = _STREET.sub("街道", n)
    if _TOWN.search(n):
        n += "政府"
    return n


# -- the region an agency's name states -----------------------------------------------------

#: what a place's own name (before 省, 市, 县…) never holds: the level words themselves, and the
#: words that end an agency's name (局, 委员会, 办事处…); a name holding them is not a place
_NOT_PLACE = "省市县区州盟旗乡镇局厅委办会院部所队站处科室府司署馆社团中心组"
_P = rf"[^\W\d_{_NOT_PLACE}]"
_REGION = lazy(
    rf"(?P<province>北京市|天津市|上海市|重庆市|{_P}{{2,3}}省|{_P}{{2,8}}自治区)?"
    rf"(?P<city>{_P}{{2,6}}?市|{_P}{{2,12}}?自治州|{_P}{{2,4}}?地区|{_P}{{2,4}}?盟)?"
    rf"(?P<county>{_P}{{2,15}}?自治[县旗]|{_P}{{1,6}}?(?:县|旗|林区|特区|区|市))?")
#: a 区 that is not a county-level district (a development zone, a park, a new area)
_ZONE = lazy(r"(?:开发区|新区|高新区|园区|景区|试验区|示范区|保税区|合作区|功能区|集聚区|实验区|矿区|城区|片区|社区)$")
#: a 市 followed by these may be the first character of a word (市场, 市政, 市容, 市民, 市直, 市辖)
_AFTER_SHI = set("场政容民直辖属级")
#: names that begin with what is not a place (the Party, the state, the nation)
_NOT_REGION_START = ("中共", "中国", "国家", "全国", "国务院", "中华")


def agency_region(name: str) -> str:
    """The administrative region an agency's name begins with, down to the county at most:
    示例省示例市示例县教育局 → 示例省示例市示例县, 示例县示例镇人民政府 → 示例县, 示例市人民政府 →
    示例市. Empty when the name does not begin with a place that can be read without guessing
    (示例镇人民政府: a town's own name is not its region; 国家税务总局…; a 区 that is a
    development zone, dropped with what follows it)."""
    n = unicodedata.normalize("NFKC", name or "")
    n = _SPACE.sub("", n).strip("《》“”\"'")
    if not n or n.startswith(_NOT_REGION_START):
        return ""
    m = _REGION.match(n)
    if m is None or not m.group(0):
        return ""
    units = [u for u in (m.group("province"), m.group("city"), m.group("county")) if u]
    if _ZONE.search(units[-1]):
        units.pop()  # (a development zone is not a region; what it is part of still is)
    elif units[-1].endswith("市") and n[len("".join(units)):][:1] in _AFTER_SHI:
        units.pop()  # 示例市场监督管理局: the 市 may be 市场's, not a city's
    return "".join(units)


#: how the words before a shorter name of the same agency end: a place (示例县 + 示例镇人民政府, 样例市
#: 样例区 + …) or the body it belongs to (国家税务总局 + 样例县税务局)
_UNIT_END = set("省市县区旗州盟乡镇局")


def _full_name_of(long: str, short: str) -> bool:
    """``long`` is ``short`` with the place or body it belongs to before it (both normalised): the
    words before it end as a place's or a body's name does. 新示例镇 is another town than 示例镇,
    大东风镇 than 东风镇."""
    if len(short) < 4 or len(long) <= len(short) or not long.endswith(short):
        return False
    prefix = long[:-len(short)]
    return len(prefix) >= 2 and prefix[-1] in _UNIT_END


def same_agency(a: str, b: str) -> bool:
    a, b = normalise_agency(a), normalise_agency(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return _full_name_of(long, short)


def read_agency_map(path: str, where: str = "--agency-map") -> Dict[str, str]:
    """A user's mapping of agency names (renamed or merged agencies), one ``old name,new name`` per
    line (CSV; ``#`` starts a comment): a report of the old name pairs as the new name's.
    Returns normalised old → normalised new; a malformed file is a one-line ConfigError that
    begins with ``where`` (the option, or the configuration file's key)."""
    import csv
    from ..config import ConfigError
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except OSError as exc:
        raise ConfigError(Msg(f"{where} {path}：无法读取（{exc.strerror or exc}）",
                              f"{where} {path}: cannot read: {exc.strerror or exc}")) from None
    out: Dict[str, str] = {}
    for n, row in enumerate(rows, start=1):
        cells = [c.strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) != 2 or not all(cells):
            raise ConfigError(Msg(f"{where} {path}:{n}：每行应为“旧名称,新名称”，这一行是 {','.join(row)!r}",
                                  f"{where} {path}:{n}: expected `old name,new name`, got {','.join(row)!r}"))
        out[normalise_agency(cells[0])] = normalise_agency(cells[1])
    return out


def pairs(snapshots: Dict[str, Dict[str, Any]], agency_map: Optional[Dict[str, str]] = None,
          only: Optional[Iterable[str]] = None) -> List[Tuple[str, str]]:
    """(this year's path, last year's path) for every report whose previous year's is among
    ``snapshots`` (each a dict with agency, year and level, and ``key``, the agency's normalised
    name, when the store knows it; ``title`` and ``former``, the name the report says the agency
    had before a reform, when known); with ``only``, for those reports alone (the others are
    candidates). The names are indexed by their suffixes, so that pairing n reports takes time in
    proportion to n (what :func:`same_agency` says, without comparing every pair)."""
    by_year: Dict[int, List[str]] = {}
    for path, snap in snapshots.items():
        if snap and snap.get("year") and snap.get("agency"):
            by_year.setdefault(int(snap["year"]), []).append(path)
    wanted = None if only is None else set(only)
    keys: Dict[str, str] = {}

    def key(path: str) -> str:
        k = keys.get(path)
        if k is None:
            snap = snapshots[path]
            k = snap.get("key") or normalise_agency(snap["agency"])
            keys[path] = k = agency_map.get(k, k) if agency_map else k
        return k
    found = []
    for year, paths in sorted(by_year.items()):
        before = by_year.get(year - 1)
        if not before:
            continue
        if wanted is not None:
            paths = [p for p in paths if p in wanted]
            if not paths:
                continue
        exact: Dict[str, List[str]] = {}
        ending: Dict[str, List[str]] = {}  # a suffix of ≥ 4 characters → the names that end with it
        for p in before:
            k = key(p)
            if not k:
                continue
            exact.setdefault(k, []).append(p)
            for i in range(1, len(k) - 3):
                ending.setdefault(k[i:], []).append(p)
        # the candidates depend on the name and the level alone, and the choice among them on
        # the candidates alone: worked out once for many reports of one agency (copies, versions)
        by_name: Dict[tuple, List[str]] = {}
        chosen: Dict[tuple, Optional[str]] = {}
        for path in sorted(paths):
            k = key(path)
            if not k:
                continue
            this = snapshots[path]
            name = (k, this.get("level") or None)
            cands = by_name.get(name)
            if cands is None:
                cands = set(exact.get(k, ())) | set(ending.get(k, ()) if len(k) >= 4 else ())
                for i in range(1, len(k) - 3):
                    cands.update(exact.get(k[i:], ()))
                cands = by_name[name] = sorted(
                    p for p in cands if _levels_agree(this, snapshots[p])
                    and (key(p) == k or _full_name_of(k, key(p)) or _full_name_of(key(p), k)))
            if not cands and this.get("former"):
                # renamed in an institutional reform, as the report itself says ("原样例县农业局…由本局承担"):
                # last year's report is the former name's, when exactly one has it
                former = [normalise_agency(n) for n in this["former"]]
                former = [agency_map.get(n, n) if agency_map else n for n in former]
                cands = sorted({p for n in former for p in exact.get(n, ()) if _levels_agree(this, snapshots[p])})
                if len(cands) == 1:
                    found.append((path, cands[0]))
                continue
            same = [p for p in cands if key(p) == k]
            if len(cands) == 1:
                found.append((path, cands[0]))
            elif len(same) == 1:
                found.append((path, same[0]))
            else:
                among = tuple(same or cands)
                if among not in chosen:
                    chosen[among] = _one_version(list(among), snapshots)
                one = chosen[among]
                if one is not None:
                    found.append((path, one))
    return found


#: a report published again corrected: "（更正版）", "修订稿", "（更新）" in its title or file name
_CORRECTED = lazy(r"更正|修订|修正|勘误|更新版|更新稿|[（(【\[]更新[）)】\]]|重新发布|最终版|定稿")
#: which file of one document published in several formats is read: the text-bearing formats first
_FORMAT_ORDER = (".txt", ".docx", ".html", ".htm", ".mht", ".mhtml", ".doc", ".pdf")


def _one_version(paths: List[str], snapshots: Dict[str, Dict[str, Any]]) -> Optional[str]:
    """Of several reports of one agency and year (none told apart by the name), the one to pair
    with, when the files say which: one document in several formats (the same file name, another
    extension): any of them, the text-bearing first; or the one marked as a corrected version
    (“更正版” in its title or file name) beside the original; or, none marked, one report's copies (the
    same figures in every table, ``figures``: a folder of the .docx files beside one of their PDFs), the
    text-bearing first. None when they do not say."""
    import os
    if len(paths) < 2:
        return paths[0] if paths else None

    def rank(p):
        ext = os.path.splitext(p)[1].lower()
        return (_FORMAT_ORDER.index(ext) if ext in _FORMAT_ORDER else len(_FORMAT_ORDER), p)
    if len({os.path.splitext(p)[0] for p in paths}) == 1:
        return min(paths, key=rank)
    marked = [p for p in paths if _CORRECTED.search(os.path.basename(p))
              or _CORRECTED.search(str(snapshots[p].get("title") or ""))]
    if len(marked) == 1:
        return marked[0]
    figures = {snapshots[p].get("figures") for p in paths}
    if len(figures) == 1 and None not in figures:
        return min(paths, key=rank)
    return None


def _levels_agree(a: Dict[str, Any], b: Dict[str, Any]) -> bool:
    return not a.get("level") or not b.get("level") or a["level"] == b["level"]


def pair_rules(settings) -> list:
    """The enabled cross-year rule instances."""
    return [r for r in settings.rules_for("") if is_pair_rule(r)]


def needs(settings):
    """What the enabled cross-year rules need of each report (a ``binder.snapshot.Keep``)."""
    rows, sections = set(), set()
    for rule in pair_rules(settings):
        rows.update(rule.rows)
        sections.update(int(n) for n in rule.sections(settings.options_for(rule.code)))
    return frozenset(rows), frozenset(sections)


def pack(snap: Dict[str, Any], keep) -> bytes:
    """What the cross-year rules need of a snapshot (``keep``: :func:`needs`), held between
    reading a report and pairing it: compressed JSON."""
    import json
    import zlib
    from ..binder.snapshot import trim
    return zlib.compress(json.dumps(trim(snap, keep), ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(data: bytes) -> Dict[str, Any]:
    import json
    import zlib
    return json.loads(zlib.decompress(data).decode("utf-8"))


def check_pair(this: Dict[str, Any], last: Dict[str, Any], path: str, last_path: str,
               settings) -> Tuple[List[Diagnostic], List[ToolError]]:
    """The cross-year rules' findings on ``path`` against ``last_path`` (severity overrides applied),
    under the configuration closest to ``path``, as its own findings."""
    from dataclasses import replace
    from ..config import ConfigError
    out: List[Diagnostic] = []
    errors: List[ToolError] = []
    try:
        settings = settings.for_path(path)
    except ConfigError:  # (the file itself was not checked: its error says why)
        return out, errors
    overrides = settings.config.severity
    for rule in settings.rules_for(path):
        if not is_pair_rule(rule):
            continue
        ctx = PairContext(this, last, path, last_path, settings.registry.formats, settings.lang,
                          settings.options_for(rule.code))
        try:
            for d in rule.check_pair(ctx) or ():
                out.append(replace(d, severity=overrides[d.code]) if d.code in overrides else d)
        except Exception as exc:  # a broken rule is reported, the others still run
            errors.append(ToolError("rule", Msg(f"规则 {rule.code}（{rule.name}）出错：{type(exc).__name__}: {exc}",
                                                f"rule {rule.code} ({rule.name}) raised {type(exc).__name__}: {exc}").text(settings.lang),
                                    path, rule.code))
    out.sort(key=Diagnostic.sort_key)
    return out, errors


def lines_of(snap: Dict[str, Any], diagnostics: Iterable[Diagnostic]) -> Dict[int, str]:
    """The source lines the findings point at, from the snapshot."""
    known = snap.get("lines", {})
    out = {}
    for d in diagnostics:
        if d.span is not None:
            for n in range(d.span.line, d.span.end_line + 1):
                if str(n) in known:
                    out[n] = known[str(n)]
    return out
