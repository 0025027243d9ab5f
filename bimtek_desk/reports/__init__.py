"""Accountability reports for the finance audit (SPJ): attendance lists, transport
receipt lists and the Excel export.  Pure ReportLab/openpyxl over store data."""
