"""How a report closes: the date it is signed (in Arabic or Chinese numerals) and the name of the
agency that signs it. One pattern of each, for everything that looks for them: the grammar's
lexer (the closing lines), the layout (a report flattened onto one line), the facts (the closing
date) and the rules (what is signature, not content).
"""
#: a year in Chinese numerals, digit by digit: 二〇二五, its 〇 written as the letter O, a Cyrillic О, ◯ or the digit 0
#: too (二O二五, 二0二五: a digit typed among the numerals); not four digits or letters only
YEAR_CN = r"(?![0-9０-９OＯ]{4})[〇○◯零OＯОо0０一二三四五六七八九]{4}"
#: a year as a date writes it: 2025, 二〇二五 (:data:`YEAR_CN`)
YEAR = r"(?:\d{4}|" + YEAR_CN + r")"
#: a date as reports write it: 2025年1月20日, 二〇二五年一月二十日, a year in Chinese with the month and the
#: day in digits (二〇二五年1月20日), 二0二五年一月二十日 (spaces allowed between its parts)
DATE = (YEAR + r"[ ]*年[ ]*[0-9一二三四五六七八九十]{1,3}[ ]*月"
        r"[ ]*[0-9一二三四五六七八九十]{1,3}[ ]*日")
#: a date in figures with dots, slashes or dashes between its parts, the same each time: 2025-01-20,
#: 2025.1.20, 2025/01/20 (no value of a table's, however like "0/0" or "1-2" it looks)
NUMERIC_DATE = r"(?<!\d)\d{4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,2}(?!\d)"
_MONTH = r"\d{1,2}|[一二三四五六七八九十]{1,2}|元"
#: a closing date that names only its month: 2025年1月, 二〇二五年一月, 2025年元月, 2025年1月份 (the year
#: is group "y", the month group "m")
MONTH = rf"(?P<y>{YEAR})\s*年\s*(?P<m>{_MONTH})\s*月(?:份)?"
#: the same date, its parts not captured (for a pattern that holds it beside others)
MONTH_ONLY = rf"(?:{YEAR})\s*年\s*(?:{_MONTH})\s*月(?:份)?"
#: how the name of an agency that signs a report ends ("示例镇人民政府", "某某县教育局", "某某街道办事处")
AGENCY_END = (r"(?:人民政府|政府|办事处|委员会|管委会|办公室|办公厅|局|厅|委|院|署|中心|街道|镇|乡|公司|部|处|所|"
              r"站|馆|会)")
#: a short note in brackets after the closing date on its line: "2025年1月20日（此件公开发布）",
#: "2025年1月20日 (主动公开)" (a weekday, "（星期一）", is one too)
DATE_NOTE = r"[（(][^（）()\n]{1,16}[)）]"
#: what makes such a note say the date is not the report's own: a revision, a correction, a re-posting
NOT_THE_REPORTS = r"修订|修改|修正|更正|更新|补充|补正|转载|转发|重新"
#: where the seal goes, marked in the text between the agency and the date, or beside either on its
#: line: "（印章）", "(盖章)", "【公章】" (the words inside the brackets)
SEAL_WORD = r"\s*(?:印章|盖章|公章|签章|单位印章|单位盖章|章)\s*"
#: the seal's mark, bracketed
SEAL_MARK = r"[（(【\[]" + SEAL_WORD + r"[）)】\]]"
