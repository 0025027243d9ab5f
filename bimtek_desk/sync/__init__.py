"""Several laptops, one attendance (issue #17): bundles of changes merged without a server.

:mod:`bimtek_desk.sync.bundle` is the file format, :mod:`bimtek_desk.sync.core`
the functions the CLI and the window call, :mod:`bimtek_desk.sync.worker` the
separate process that runs SQLite's session extension (apsw).
"""
