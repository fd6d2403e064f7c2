"""govlint server, driven over stdio as an editor drives it: initialize, didOpen, didChange,
hover, codeAction, didSave, shutdown, exit. The client below speaks the protocol's own framing
(Content-Length headers, JSON-RPC 2.0) to a real `govlint server` process."""
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="pygls (govlint[lsp], in the test extra) is not installed")

from govlint.outputs.ruledocs import rule_url  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = (FIXTURES / "tabs_2024.txt").read_text("utf-8")
# a label misspelt (V502, fixable) on a line that starts with an emoji (UTF-16 columns differ),
# and a wrong total (A303, with related cells)
TEXT = (CLEAN.replace("信息内容\t本年制发件数\t本年废止件数", "😀信息内容\t本年制发件数\t本年度止件数")
        .replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t5", "（一）予以公开\t4\t1\t0\t0\t0\t0\t6"))


class Client:
    def __init__(self, cwd: Path):
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen([sys.executable, "-m", "govlint", "server"], cwd=cwd, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: "queue.Queue[dict]" = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send(self, message: dict):
        data = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method: str, params) -> dict:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        msg = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        assert "error" not in msg, msg
        return msg["result"]

    def notify(self, method: str, params):
        self.send({"method": method, "params": params})

    def wait(self, match, timeout: float = 60) -> dict:
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError("the server did not answer in time; stderr: "
                                     + self.proc.stderr.read1(10000).decode("utf-8", "replace"))
            msg = self.messages.get(timeout=left)
            if match(msg):
                return msg

    def diagnostics(self, uri: str, version: int) -> list:
        msg = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri and m["params"].get("version") == version)
        return msg["params"]["diagnostics"]


@pytest.fixture
def client(tmp_path):
    (tmp_path / "govlint.toml").write_text('select = ["V", "A303"]\n', encoding="utf-8")
    c = Client(tmp_path)
    yield c
    if c.proc.poll() is None:
        c.proc.kill()
    c.proc.wait(10)


def test_language_server_session(tmp_path, client):
    report = tmp_path / "报告.txt"
    report.write_text(TEXT, encoding="utf-8")
    uri = report.as_uri()
    init = client.request("initialize", {
        "processId": os.getpid(), "rootUri": tmp_path.as_uri(), "initializationOptions": {"debounce": 0.05},
        "capabilities": {"general": {"positionEncodings": ["utf-16"]},
                         "textDocument": {"publishDiagnostics": {"relatedInformation": True},
                                          "hover": {"contentFormat": ["markdown"]}}}})
    caps = init["capabilities"]
    assert caps["hoverProvider"] is True
    assert caps["codeActionProvider"]["codeActionKinds"] == ["quickfix", "source.fixAll.govlint"]
    assert caps.get("positionEncoding", "utf-16") == "utf-16"
    assert init["serverInfo"]["name"] == "govlint"
    client.notify("initialized", {})

    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1,
                                                            "text": TEXT}})
    diags = client.diagnostics(uri, 1)
    assert [(d["code"], d["severity"], d["source"]) for d in diags] == [("V502", 2, "govlint"), ("A303", 1, "govlint")]
    v502, a303 = diags
    # line 15 (0-based 14): the label is code points 13 to 19 (0-based), and 😀 counts two UTF-16 units
    assert v502["range"] == {"start": {"line": 14, "character": 14}, "end": {"line": 14, "character": 20}}
    assert v502["message"] == "表二列名“本年度止件数”应为“本年废止件数”"
    assert v502["codeDescription"] == {"href": rule_url("V502")}
    assert a303["range"] == {"start": {"line": 34, "character": 30}, "end": {"line": 34, "character": 31}}
    related = a303["relatedInformation"]
    assert [r["message"] for r in related][:2] == ["总计 = 6", "自然人 = 4"]
    assert related[1]["location"] == {"uri": uri, "range": {"start": {"line": 34, "character": 18},
                                                            "end": {"line": 34, "character": 19}}}

    # hover on the misspelt label: the message and the rule's docs
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": {"line": 14, "character": 17}})
    assert hover["contents"]["kind"] == "markdown"
    assert hover["contents"]["value"].startswith("**V502** 表二列名“本年度止件数”应为“本年废止件数”\n\n# V502 label-typo\n")
    assert "## 如何修改\n\n照官方标签改正。" in hover["contents"]["value"]
    assert client.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                 "position": {"line": 2, "character": 0}}) is None

    # the quick fix for it
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": v502["range"], "context": {"diagnostics": [v502]}})
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert [a["title"] for a in quick] == ["govlint：修复 V502 (本年度止件数 → 本年废止件数)"]
    assert quick[0]["edit"] == {"changes": {uri: [{"range": v502["range"], "newText": "本年废止件数"}]}}
    fix_all = [a for a in actions if a["kind"] == "source.fixAll.govlint"]
    assert len(fix_all) == 1

    # the editor applies it (an incremental change); the finding goes, after the debounce
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": v502["range"], "text": "本年废止件数"}]})
    diags = client.diagnostics(uri, 2)
    assert [d["code"] for d in diags] == ["A303"]

    # a whole-document change that fixes the total too: nothing left
    fixed = TEXT.replace("本年度止件数", "本年废止件数").replace("（一）予以公开\t4\t1\t0\t0\t0\t0\t6",
                                                          "（一）予以公开\t4\t1\t0\t0\t0\t0\t5")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                             "contentChanges": [{"text": fixed}]})
    assert client.diagnostics(uri, 3) == []
    assert client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": v502["range"], "context": {"diagnostics": []}}) == []

    client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert client.diagnostics(uri, 3) == []

    # the configuration changes (English, and the total accepted with a reason): read again on the next lint
    (tmp_path / "govlint.toml").write_text(
        'select = ["V", "A303"]\nlang = "en"\n[[suppress]]\ncode = "A303"\nreason = "checked"\n', encoding="utf-8")
    os.utime(tmp_path / "govlint.toml", ns=(time.time_ns() + 10**9,) * 2)
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                             "contentChanges": [{"text": TEXT}]})
    diags = client.diagnostics(uri, 4)
    assert [(d["code"], d["message"]) for d in diags] == [
        ("V502", "表二 label “本年度止件数” should read “本年废止件数”")]

    assert client.request("shutdown", None) is None
    client.notify("exit", None)
    assert client.proc.wait(30) == 0


def test_a_text_that_is_no_report_gets_no_diagnostics(tmp_path, client):
    notes = tmp_path / "notes.txt"
    client.request("initialize", {"processId": os.getpid(), "rootUri": tmp_path.as_uri(), "capabilities": {}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {"uri": notes.as_uri(), "languageId": "plaintext",
                                                            "version": 1, "text": "会议记录\n今天天气很好。\n"}})
    assert client.diagnostics(notes.as_uri(), 1) == []
    assert client.request("shutdown", None) is None
    client.notify("exit", None)
    assert client.proc.wait(30) == 0


LIMITS = {
    "timeout": ("timeout = 1", "超过时间限制：读取和检查这个文件用了 1 秒以上（限制可用 --timeout 或 [tool.govlint] 的 timeout = N 调整）"),
    "memory-limit": ("memory-limit = 100\ntimeout = 60", "超过内存限制：这个文件需要 100 MB以上的内存（限制可用 --memory-limit 或 "
                                                         "[tool.govlint] 的 memory-limit = N 调整）"),
}


@pytest.mark.parametrize("limit", sorted(LIMITS))
def test_a_document_that_hangs_or_blows_up_the_parser_gets_a_diagnostic_naming_the_limit_and_the_server_keeps_answering(
        tmp_path, limit):
    """Issue 17: the language server checks each document in a child process under the watchdog. A
    heading and 2 MB of tabs (the campaign's heading-and-tabs, smaller) takes the parser seconds and
    hundreds of MB: over the configuration's time limit of 1 s, or its memory limit of 100 MB, it is
    one diagnostic naming the limit (and a log message), and the server goes on answering."""
    setting, message = LIMITS[limit]
    (tmp_path / "govlint.toml").write_text(f'select = ["V", "A303"]\n{setting}\n', encoding="utf-8")
    c = Client(tmp_path)
    try:
        c.request("initialize", {"processId": os.getpid(), "rootUri": tmp_path.as_uri(), "capabilities": {}})
        c.notify("initialized", {})
        hostile = (tmp_path / "tabs.txt").as_uri()
        started = time.monotonic()
        c.notify("textDocument/didOpen", {"textDocument": {"uri": hostile, "languageId": "plaintext", "version": 1,
                                                           "text": "一、总体情况\n" + "\t" * (2 << 20) + "\n二、主动公开政府信息情况\n"}})
        log = c.wait(lambda m: m.get("method") == "window/logMessage")
        (diag,) = c.diagnostics(hostile, 1)
        took = time.monotonic() - started
        assert diag["code"] == limit and diag["severity"] == 1 and diag["source"] == "govlint"
        assert diag["message"] == message
        assert diag["range"] == {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        assert log["params"] == {"type": 1, "message": f"govlint: tabs.txt: {diag['message']}"}
        assert took < 1 + 5 + 10  # the limit, the kill's grace, and room for a loaded machine

        # the server still answers: a hover on the document, and the next document's findings
        assert c.request("textDocument/hover", {"textDocument": {"uri": hostile},
                                                "position": {"line": 0, "character": 0}}) is None
        report = (tmp_path / "报告.txt").as_uri()
        c.notify("textDocument/didOpen", {"textDocument": {"uri": report, "languageId": "plaintext", "version": 1,
                                                           "text": TEXT}})
        assert [d["code"] for d in c.diagnostics(report, 1)] == ["V502", "A303"]
        assert c.request("shutdown", None) is None
        c.notify("exit", None)
        assert c.proc.wait(30) == 0
    finally:
        if c.proc.poll() is None:
            c.proc.kill()
        c.proc.wait(10)
