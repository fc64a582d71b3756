import sys

from gridworker.commands.main import main

sys.exit(main())
