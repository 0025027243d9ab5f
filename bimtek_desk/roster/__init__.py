"""Roster import: messy CSV/XLSX/XLS/ODS files from a Dinas Sosial into the store.

``read`` turns a file into a grid of cells, ``columns`` finds the header row and
maps it to fields, ``parse`` turns data rows into people with row-numbered
warnings and errors, and ``importer`` writes them in one transaction.
"""
