"""Indonesian conventions: names, NIK, phone numbers, dates, numbers in words, regions.

Pure Python; nothing here touches Qt or the database.
"""
