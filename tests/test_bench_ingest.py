"""The ingest benchmark (``python -m bench.ingest``), at a small scale on the tests' real Neo4j:
each method loads exactly the same rows, and the figures it prints are measured, not made up."""

from __future__ import annotations

import contextlib
import os

import pytest

from bench.ingest import TIMED, main, measure, server_cpu_seconds
from tools.national.generate import generate

SCALE = 0.01


@pytest.fixture(scope="module")
def figures(neo4j_server, tmp_path_factory):
    source = tmp_path_factory.mktemp("national")
    generate(source, SCALE)
    lines: list[str] = []
    # measure() stops with the counts if a method loads other rows than the files hold.
    return measure(source, repetitions=1, log=lines.append, running=neo4j_server), lines


def test_the_three_methods_are_timed_on_the_same_rows(figures):
    found, lines = figures
    assert set(found["throughput"]) == {"projet", "load_csv", "une_transaction_par_ligne"}
    assert all(value > 0 for value in found["throughput"].values())
    assert found["rows"] > 500
    # One line per timed round: the loader and LOAD CSV once each, then one row at a time.
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["projet", "load_csv", "une_transaction_par_ligne"]
    assert all(name in lines[0] for name in TIMED)


def test_batches_beat_one_transaction_per_row(figures):
    found, _ = figures
    assert found["vs_per_row"] > 1
    assert found["load_csv_vs_per_row"] > 1
    assert found["vs_load_csv"] == pytest.approx(found["throughput"]["projet"] / found["throughput"]["load_csv"])


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="le temps de calcul se lit dans /proc (Linux)")
def test_cpu_time_is_measured_on_both_sides(figures, neo4j_server):
    found, _ = figures
    assert server_cpu_seconds(neo4j_server.pid) > 0
    assert set(found["cpu_ms_per_row"]) == set(found["throughput"])
    for name, (server_ms, client_ms) in found["cpu_ms_per_row"].items():
        assert server_ms > 0, name
        assert found["cores_busy"][name] > 0, name
    # The client works for the loader and for one transaction per row, hardly for LOAD CSV.
    loader, load_csv = found["cpu_ms_per_row"]["projet"], found["cpu_ms_per_row"]["load_csv"]
    assert loader[1] > load_csv[1]


def test_the_command_prints_its_ratios(tmp_path, capsys, monkeypatch, neo4j_server):
    source = tmp_path / "national"
    generate(source, 0.005)
    # The tests' server, lent to the command without being stopped at its end.
    monkeypatch.setattr("bench.ingest.Neo4jServer", lambda: contextlib.nullcontext(neo4j_server))
    assert main(["--source", str(source), "--repetitions", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Projet / une transaction par ligne" in printed and "objectif ≥ 50×" in printed
    assert "Projet / LOAD CSV" in printed and "cœur(s)" in printed
    assert "Pour 50× : au plus" in printed
