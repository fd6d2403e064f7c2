"""What the readers say when a file cannot be read: every ``ReadError``'s text, in Chinese and in
English (:class:`govlint.i18n.Msg`), in one place. A reader raises ``ReadError(messages.empty())``;
the run shows the text of its language. A library's own words (an exception's text) go only into
the English message: the Chinese one says the same thing in Chinese."""
from __future__ import annotations

from ..i18n import Msg

#: what to give govlint instead, said at the end of many messages
_GIVE_ZH = "请提供 .docx、.pdf、.html 或 .txt 格式的报告"
_GIVE_EN = "give govlint the report as .docx, .pdf, .html or .txt"


def where(line: int, column: int) -> Msg:
    """Where a byte stands, for a person."""
    return Msg(f"第 {line} 行第 {column} 个字节", f"at line {line}, byte {column} of the line")


# -- any file ---------------------------------------------------------------------------------

def empty() -> Msg:
    return Msg("文件是空的", "the file is empty")


def not_regular() -> Msg:
    return Msg("不是普通文件", "is not a regular file")


def is_directory() -> Msg:
    return Msg("是一个文件夹", "is a directory")


#: the operating system's reasons (``strerror``, English) → Chinese
_OS_ZH = {"Permission denied": "没有权限", "No such file or directory": "不存在", "Is a directory": "是文件夹",
          "Input/output error": "输入输出错误", "Too many open files": "打开的文件太多",
          "Operation not permitted": "不允许的操作", "Not a directory": "不是文件夹",
          "File name too long": "文件名太长", "Too many levels of symbolic links": "符号链接层数太多"}


def os_reason(why: str) -> Msg:
    """An operating system's reason (``exc.strerror``) in both languages."""
    return Msg(_OS_ZH.get(why, "操作系统报告错误"), why)


def cannot_read(why: str) -> Msg:
    return Msg(f"无法读取这个文件（{os_reason(why).zh}）", f"cannot read: {why}")


def too_big(mb: float, limit_mb: float) -> Msg:
    return Msg(f"文件大小 {mb:.0f} MB，超过 govlint 读取的上限 {limit_mb:.0f} MB；它真的是一份报告吗？"
               f"（可用 --max-file-size 或环境变量 GOVLINT_MAX_FILE_MB 提高上限）",
               f"the file is {mb:.0f} MB, more than the {limit_mb:.0f} MB govlint reads; is it really one report? "
               f"(--max-file-size MB, or GOVLINT_MAX_FILE_MB=N, raises the limit)")


def reader_exited(reader: str, code: object) -> Msg:
    return Msg(f"读取器 {reader} 调用了 sys.exit({code!r})", f"the {reader} reader called sys.exit({code!r})")


def reader_failed(reader: str, exc: BaseException) -> Msg:
    return Msg(f"读取器 {reader} 出错（{type(exc).__name__}）",
               f"the {reader} reader failed: {type(exc).__name__}: {exc}")


#: what a library reads (as its reader names it) → in Chinese
_WHAT_ZH = {"Word files": " Word 文件", "web pages": "网页", "PDF files": " PDF 文件"}


def missing_library(package: str, what_en: str) -> Msg:
    what_zh = _WHAT_ZH.get(what_en, f" {what_en} ")
    return Msg(f"读取{what_zh}需要 Python 包 {package}，但没有安装；请安装 govlint 及其依赖（pip install govlint）"
               f"或 pip install {package}",
               f"reading {what_en} needs the Python package {package}, which is not installed; install govlint "
               f"with its dependencies (pip install govlint) or pip install {package}")


# -- text -------------------------------------------------------------------------------------

def old_word() -> Msg:
    return Msg("这是旧版 Word 97-2003（.doc）、WPS 或 RTF 文件，需要 LibreOffice 才能读取，但没有找到 soffice；"
               "请安装 LibreOffice（或用环境变量 GOVLINT_SOFFICE 指明），或把文件另存为 .docx 后再检查",
               "this is an old Word 97-2003 (.doc), WPS or RTF file, which needs LibreOffice to be read, and soffice "
               "was not found; install LibreOffice (or name it in $GOVLINT_SOFFICE), or save the file as .docx and "
               "check that")


def odt_without_soffice() -> Msg:
    return Msg("这是 OpenDocument 文本（.odt）文件，需要 LibreOffice 才能读取，但没有找到 soffice；"
               "请安装 LibreOffice（或用环境变量 GOVLINT_SOFFICE 指明），或把文件另存为 .docx 后再检查",
               "this is an OpenDocument text (.odt) file, which needs LibreOffice to be read, and soffice was not "
               "found; install LibreOffice (or name it in $GOVLINT_SOFFICE), or save the file as .docx and check that")


def archive_without_page() -> Msg:
    return Msg("这个网页档案（MHT，Word 的“单个文件网页”）中没有网页部分；请在 Word 中另存为 .docx 后再检查",
               "this web archive (MHT, Word's \"single file web page\") holds no web page; save it as .docx in Word "
               "and check that")


def conversion_failed(why: str, odt: bool = False) -> Msg:
    if odt:
        return Msg(f"LibreOffice 无法把这个 OpenDocument（.odt）文件转换为 .docx（{why}）；请另存为 .docx 后再检查",
                   f"LibreOffice could not convert this OpenDocument (.odt) file to .docx ({why}); save it as .docx "
                   f"and check that")
    return Msg(f"LibreOffice 无法把这个旧版 Word/WPS/RTF 文件转换为 .docx（{why}）；请在 Word 或 WPS 中另存为 .docx 后再检查",
               f"LibreOffice could not convert this old Word/WPS/RTF file to .docx ({why}); save it as .docx in Word "
               f"or WPS and check that")


def binary(at: Msg) -> Msg:
    return Msg(f"这是二进制文件，不是报告（{at.zh}是 NUL 字节）；{_GIVE_ZH}",
               f"this is a binary file, not a report (a NUL byte {at.en}); give govlint the report as .txt, "
               f".docx, .html or .pdf")


def undecodable(byte: int, at: Msg) -> Msg:
    return Msg(f"无法按 UTF-8 或 GB18030 解码文本（{at.zh}的字节 0x{byte:02x} 不是 UTF-8）；请另存为 UTF-8",
               f"cannot decode the text as UTF-8 or GB18030 (byte 0x{byte:02x} {at.en} is not UTF-8); "
               f"save it as UTF-8")


# -- Word -------------------------------------------------------------------------------------

def docx_damaged(exc: BaseException, detail: str) -> Msg:
    return Msg("这个 .docx 已损坏或不是 Word 文档；请用 Word 或 WPS 打开后重新另存为 .docx",
               f"this .docx is damaged or not a Word document ({type(exc).__name__}: {detail}); open it in "
               f"Word or WPS and save it again as .docx")


def zip_not_docx(what_en: str = "it has no main document part") -> Msg:
    return Msg(f"这个 zip 压缩包不是 Word .docx 文档（没有正文部分）；{_GIVE_ZH}",
               f"this zip archive is not a Word .docx document ({what_en}); {_GIVE_EN}")


def not_word(kind: str) -> Msg:
    return Msg(f"这个文件不是 Word 文档（其内容是 {kind}）；{_GIVE_ZH}",
               f"this file is not a Word document (its content is {kind}); {_GIVE_EN}")


def not_zip() -> Msg:
    return Msg("这不是 Word .docx 文件（.docx 是 zip 压缩包）；如果是旧版 .doc，请另存为 .docx",
               "this is not a Word .docx file (a .docx is a zip archive); if it is an old .doc, save it as .docx")


def zip_damaged(exc: BaseException) -> Msg:
    return Msg("这个 .docx 已损坏（无法打开其 zip 压缩包）；请用 Word 或 WPS 打开后重新保存",
               f"this .docx is damaged (the zip archive cannot be opened: {exc}); open it in Word or WPS and "
               f"save it again")


def too_many_entries(n: int, most: int) -> Msg:
    return Msg(f"这个 .docx 含 {n} 个文件，超过 govlint 接受的 {most} 个；它不是普通的报告",
               f"this .docx holds {n} files, more than the {most} govlint accepts; it is not an ordinary report")


def zip_bomb(name: str, ratio: int, mb: int) -> Msg:
    return Msg(f"这个 .docx 像是 zip 炸弹（{name} 会膨胀 {ratio} 倍，达到 {mb} MB），拒绝读取",
               f"this .docx looks like a zip bomb ({name} would inflate {ratio} times, to {mb} MB); refused")


def xml_too_large(name: str, mb: int) -> Msg:
    return Msg(f"这个 .docx 太大，无法读取：{name} 解压后有 {mb} MB 的 XML",
               f"this .docx is too large to read: {name} would be {mb} MB of XML")


# -- web pages ----------------------------------------------------------------------------------

def page_empty() -> Msg:
    return Msg("网页是空的", "the web page is empty")


def page_unreadable(exc: object = "Document is empty") -> Msg:
    return Msg("无法读取这个网页（HTML 解析失败）", f"cannot read this web page: {exc}")


def page_without_report() -> Msg:
    return Msg("这个网页中没有报告：没有找到章节标题（一、总体情况 …）或统计表格。如果网页只是链接到报告，"
               "请下载附件（.docx 或 .pdf）后检查；否则请保存显示报告正文的网页",
               "this web page holds no report: no section heading (“一、总体情况” …) and no statistical "
               "table was found in it. If the page only links to the report, download the attachment "
               "(.docx or .pdf) and check that; otherwise save the page that shows the report text")


def table_too_large(most: int) -> Msg:
    return Msg(f"这个网页中的一个表格超过 {most} 个单元格，不是报告的表格",
               f"a table in this page has more than {most} cells; it is not a report table")


# -- PDF ----------------------------------------------------------------------------------------

def not_pdf() -> Msg:
    return Msg(f"这不是 PDF 文件（没有 %PDF 文件头）；{_GIVE_ZH}",
               "this is not a PDF file (it has no %PDF header); give govlint the report as .pdf, .docx, "
               ".html or .txt")


def too_many_pages(n: int, most: int) -> Msg:
    return Msg(f"这个 PDF 有 {n} 页，超过 govlint 读取的 {most} 页；它真的是一份报告吗？",
               f"the PDF has {n} pages, more than the {most} govlint reads; is it really one report?")


def page_damaged(number: int, exc: BaseException) -> Msg:
    return Msg(f"无法读取这个 PDF 的第 {number} 页，文件可能已损坏：请重新保存，或提供 Word 版本",
               f"cannot read page {number} of this PDF ({type(exc).__name__}: {exc}); it may be damaged: "
               f"save it again, or give govlint the Word version")


def no_text_layer() -> Msg:
    return Msg("这个 PDF 没有文字层（是扫描件或报告的图片）；请提供报告的 Word（.docx）或文本版本，"
               "或先对 PDF 做文字识别（如 ocrmypdf -l chi_sim）",
               "this PDF has no text layer (it is a scan or an image of the report); give govlint the Word "
               "(.docx) or text version of the report, or OCR the PDF first (e.g. ocrmypdf -l chi_sim)")


def no_unicode() -> Msg:
    return Msg("无法提取这个 PDF 的文字（其字体没有 Unicode 映射）；请提供报告的 Word（.docx）或文本版本，"
               "或先对 PDF 做文字识别",
               "the text of this PDF cannot be extracted (its fonts have no Unicode mapping); give govlint "
               "the Word (.docx) or text version of the report, or OCR the PDF first")


def some_without_unicode(n: int, pages: str) -> Msg:
    return Msg(f"这个 PDF 有{n}个字符无法提取（第{pages}页，其字体没有 Unicode 映射或映射到私用区），"
               "标题、行名和数字会读错；请提供报告的 Word（.docx）或文本版本，或先对 PDF 做文字识别",
               f"{n} characters of this PDF cannot be extracted (page {pages}: their font has no Unicode mapping, "
               "or maps them to private-use codes), so headings, labels and figures would be misread; give govlint "
               "the Word (.docx) or text version of the report, or OCR the PDF first")


def encrypted() -> Msg:
    return Msg("这个 PDF 已加密（有密码保护），无法读取文字；请提供未加密的副本，或报告的 Word（.docx）或文本版本",
               "this PDF is encrypted (password-protected), so its text cannot be read; give govlint an "
               "unprotected copy, or the Word (.docx) or text version of the report")


def pdf_damaged(what_en: str, what_zh: str = "") -> Msg:
    return Msg(f"这个 PDF 已损坏，无法打开{f'（{what_zh}）' if what_zh else ''}；请从原件重新保存，或提供 Word（.docx）版本",
               f"this PDF is damaged and cannot be opened ({what_en}); save it again from the original, or "
               f"give govlint the Word (.docx) version")
