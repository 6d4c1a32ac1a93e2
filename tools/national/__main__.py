"""``python -m tools.national --out DIR [--scale 1.0] [--seed N]``: write the national dataset."""

from tools.national.generate import main

if __name__ == "__main__":
    main()
