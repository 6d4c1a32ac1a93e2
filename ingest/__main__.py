"""Command line of Passerelles' ingest, in French.

    python -m ingest charger CHEMIN [--essai] [--rapport rapport.csv]
    python -m ingest territoire 95 [94 …] [--france] [--dossier DOSSIER …] [--rafraichir] [--essai]
    python -m ingest demo
    python -m ingest modele classeur.xlsx

The store is the one the settings name (embedded by default). Without ``--dossier``,
``territoire`` downloads the State's files (:mod:`ingest.fetch`); with it, it reads only
the files given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph import Settings, open_store
from graph.errors import PasserellesError
from graph.i18n import t
from ingest.demo import DEMO_DIR, load_demo
from ingest.fetch import fetch_territory
from ingest.opendata import load_opendata
from ingest.template import template_xlsx
from ingest.workbook import LoadResult, load_workbook


def _print_result(result: LoadResult, report_path: str | None, dry_run: bool = False) -> int:
    for line in result.report.lines():
        print(line)
    if report_path:
        Path(report_path).write_bytes(result.report.to_csv())
        print(t("cli.report_written", path=report_path))
    if result.report.has_blocking:
        print(t("cli.blocked", count=len(result.report.blocking)))
        return 2
    for line in result.summary():
        print(line)
    if dry_run:
        print(t("cli.dry_run_ok"))
    else:
        print(t("cli.written") if result.written else t("cli.nothing_to_write"))
    return 0


def _progress_bar():
    """A progress line on the terminal (on standard error, so that the report stays clean)."""
    def show(fraction: float, message: str) -> None:
        filled = int(fraction * 30)
        end = "\n" if fraction >= 1 else ""
        print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {fraction:4.0%} {message:<60}", end=end, file=sys.stderr,
              flush=True)

    return show


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description=t("cli.description"))
    commands = parser.add_subparsers(dest="command", required=True)
    load = commands.add_parser("charger", help=t("cli.load_help"))
    load.add_argument("chemin", help=t("cli.path_help"))
    load.add_argument("--essai", action="store_true", help=t("cli.dry_run_help"))
    load.add_argument("--rapport", help=t("cli.report_help"))
    load.add_argument("--confirmer", action="append", default=[], metavar="NOM=UAI", help=t("cli.confirm_help"))
    territory = commands.add_parser("territoire", help=t("cli.territory_help"))
    territory.add_argument("departements", nargs="*", help=t("cli.departements_help"))
    territory.add_argument("--france", action="store_true", help=t("cli.france_help"))
    territory.add_argument("--dossier", action="append", help=t("cli.folder_help"))
    territory.add_argument("--rafraichir", action="store_true", help=t("fetch.refresh_help"))
    territory.add_argument("--essai", action="store_true", help=t("cli.dry_run_help"))
    territory.add_argument("--rapport", help=t("cli.report_help"))
    commands.add_parser("demo", help=t("cli.demo_help"))
    template = commands.add_parser("modele", help=t("cli.template_help"))
    template.add_argument("fichier", help=t("cli.template_file_help"))
    args = parser.parse_args(argv)

    if args.command == "modele":
        Path(args.fichier).write_bytes(template_xlsx(DEMO_DIR))
        print(t("cli.template_written", path=args.fichier))
        return 0
    if args.command == "territoire" and not args.departements and not args.france:
        parser.error(t("cli.territory_scope"))
    try:
        settings = Settings.load()
        with open_store(settings) as store:
            print(store.describe())
            if args.command == "demo":
                return _print_result(load_demo(store), None)
            if args.command == "territoire":
                scope = None if args.france else args.departements
                origins = {} if args.dossier else fetch_territory(settings, scope, refresh=args.rafraichir,
                                                                  tell=lambda line: print(line, file=sys.stderr))
                result = load_opendata(store, args.dossier or list(origins), scope, dry_run=args.essai,
                                       progress=_progress_bar(), boundaries_out=settings.boundaries, origins=origins)
                return _print_result(result, args.rapport, dry_run=args.essai)
            confirmed = dict(item.split("=", 1) for item in args.confirmer if "=" in item)
            result = load_workbook(store, args.chemin, dry_run=args.essai, progress=_progress_bar(),
                                   confirmed={name.strip(): uai.strip() for name, uai in confirmed.items()})
            return _print_result(result, args.rapport, dry_run=args.essai)
    except PasserellesError as error:
        print(error.message(), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
