"""Generate the demo dataset of Passerelles: ``python -m tools.make_demo [--out data/demo]``.

A thin entry point kept for habit and for the docs: the generator lives in the package
:mod:`tools.demo` (see its docstring for the format of the files and the list of modules).
"""

from tools.demo.generate import build, main

__all__ = ["build", "main"]

if __name__ == "__main__":
    main()
