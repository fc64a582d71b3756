"""Entry point of the frozen app (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

from gridworker.commands.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
