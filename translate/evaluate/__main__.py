"""``python -m translate.evaluate``: the evaluate command on its own."""

import sys

from translate.evaluate.cli import main

if __name__ == "__main__":
    sys.exit(main())
