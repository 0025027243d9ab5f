"""The installation and the operating system: the self-test, Qt's plugins, the
camera's multimedia support, and the Windows differences (data folder, print
queues)."""
