"""What a web page prints around a report it publishes: the label its metadata table gives the
report's title ("标题：", "标　　题：", "名　　称：" on a 政府信息公开目录 page, the table's cells "标题" |
"…" copied with a tab or a space), and the lines that are no title for what they say. The facts (the title under such a label, or a title's first line
so labelled) and the rules (a page flattened to one line, its title run into the preamble) read it
from here.
"""
#: the words of the label (spaces inside them, as pages space two characters out to four's width)
TITLE_LABEL_WORDS = r"(?:标\s*题|题\s*目|名\s*称|文件名称|信息名称|文章标题)"
#: the key of the publication time a page's metadata shows ("发布时间：2025-02-10", "公开日期：…", or a bare
#: "日期：2024-03-25" opening its line or standing after a space or a bar; not "成文日期", "印发日期")
PUBLISHED_KEY = r"(?:发布时间|发布日期|发稿时间|发表时间|公开日期|公开时间|上传时间|(?<![^\s|｜])日期(?=\s*[:：]))"


def leads_in(text: str) -> bool:
    """A line that is no title for what it says: a sentence about the report ("本报告…") or one that
    leads into what follows it ("根据…，结合本局实际，制定本报告：")."""
    text = text.rstrip()
    return "本报告" in text or text.endswith(("：", ":"))
