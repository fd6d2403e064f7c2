"""Marks the readers write into a report's text for what is not text.

An image where the report has one (a web page's ``<img>``, a Word drawing) becomes a line of its
own, :data:`IMAGE`: many agencies publish their statistical tables as pictures, and a table that
is a picture is not missing — govlint cannot read it, and says that instead (C200).
"""
IMAGE = "［图片］"
