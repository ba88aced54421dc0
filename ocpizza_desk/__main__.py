import sys

from ocpizza_desk.cli import main

sys.exit(main())
