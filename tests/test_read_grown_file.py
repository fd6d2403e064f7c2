"""The reader reads a file's size and one byte more, and reads on when the file grew after its
size was taken: the bytes read are the file's, and the size limit holds."""
import os
import pathlib

import pytest

from govlint.readers import ReadError, read

TEXT = "一、总体情况\n示例镇人民政府2024年政府信息公开工作年度报告。\n" * 40


class _Shrunk(type(pathlib.Path())):
    """A path whose stat() says the file is smaller than it is (it grew since)."""

    def stat(self, *args, **kwargs):
        st = os.stat(self)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid,
                               st.st_size // 3, st.st_atime, st.st_mtime, st.st_ctime))


def test_a_file_that_grew_is_read_whole(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, "utf-8")
    doc = read(_Shrunk(p))
    assert doc.text.replace("\r\n", "\n").strip() == TEXT.strip()


def test_a_file_that_grew_past_the_limit_is_refused(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, "utf-8")
    size = len(TEXT.encode("utf-8"))
    with pytest.raises(ReadError):
        read(_Shrunk(p), max_bytes=size - 1)  # stat says a third of it: under the limit
    assert read(_Shrunk(p), max_bytes=size).text.strip() == TEXT.strip()


def test_a_file_at_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, "utf-8")
    size = p.stat().st_size
    assert read(p, max_bytes=size).text.strip() == TEXT.strip()
    with pytest.raises(ReadError):
        read(p, max_bytes=size - 1)
