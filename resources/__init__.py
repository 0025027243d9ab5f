"""Bundled data files: demo event and roster, fonts, layouts, translations.

This folder is installed as the package ``bimtek_desk.resources`` (see
pyproject.toml).  The ``__init__.py`` makes it a regular package, so that
``importlib.resources.files()`` returns a real folder on disk in a checkout,
an installed wheel and the frozen (PyInstaller) app alike; see
``bimtek_desk/system/resources.py``.
"""
