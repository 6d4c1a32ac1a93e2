"""``python -m tools.demo [--out data/demo]``: write the demo dataset (same as ``python -m tools.make_demo``)."""

from tools.demo.generate import main

if __name__ == "__main__":
    main()
