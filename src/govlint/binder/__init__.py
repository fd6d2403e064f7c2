"""The binding stage: the syntax tree → the official format.

:mod:`.bind` finds each table of the format by its labels and binds every official cell (table,
row, column) with its value, state and position, recording what could not be recovered;
:mod:`.facts` reads the report's title, agency, year, statistics period and closing date.
"""
from .bind import (ABSENT, BLANK_CELL, INVALID, PLACEHOLDER_CELL, VALUE, BoundCell, BoundReport,  # noqa: F401
                   BoundRow, BoundSection, BoundTable, LabelNote, bind)
from .facts import Facts, extract_facts  # noqa: F401
