import sys

from gridworker.cli import main

sys.exit(main())
