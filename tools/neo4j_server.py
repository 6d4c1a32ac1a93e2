"""A real Neo4j Community server for tests, CI and benchmarks — no Docker, no tarball.

The server's jars come from Maven Central (``tools/neo4j/pom.xml``, fetched once into a cache
directory by ``mvn dependency:copy-dependencies``) and the server is started directly with
``java -cp '<cache>/lib/*' org.neo4j.server.CommunityEntryPoint --home-dir=... --config-dir=...
--console-mode``: the same entry point that Neo4j's own ``bin/neo4j console`` launches.

Library use::

    from tools.neo4j_server import Neo4jServer

    with Neo4jServer() as server:          # auth on, password "passerelles-test"
        with server.driver() as driver:
            driver.execute_query("RETURN 1")

Command line (messages in French)::

    python -m tools.neo4j_server fetch     # download the jars once
    python -m tools.neo4j_server start     # start in the background, write .neo4j-run/neo4j.env
    python -m tools.neo4j_server status    # does it answer?
    python -m tools.neo4j_server stop

Environment:

* ``PASSERELLES_NEO4J_CACHE``: cache directory for the jars
  (default ``~/.cache/passerelles/neo4j-<NEO4J_VERSION>``);
* ``PASSERELLES_NEO4J_JAVA``: the ``java`` binary to run the server with (default: ``java`` on
  ``PATH``). Neo4j 5.26 supports Java 17 and 21 only.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import fcntl
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    import neo4j

# The single pin of the Neo4j version (5.26 LTS, runs on Java 17 and 21). The pom receives it as
# -Dneo4j.version=, so it is said here only.
NEO4J_VERSION = "5.26.30"

#: Main classes that start the Community server, in order of preference (5.x, then 2025+).
MAIN_CLASS_CANDIDATES: tuple[str, ...] = (
    "org.neo4j.server.CommunityEntryPoint",
    "org.neo4j.server.Neo4jCommunity",
)
#: Main class of ``neo4j-admin`` (in ``neo4j-command-line-<version>.jar``).
ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool"

DEFAULT_USER = "neo4j"
DEFAULT_PASSWORD = "passerelles-test"
SUPPORTED_JAVA_MAJORS: tuple[int, ...] = (17, 21)

POM_PATH = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
DEFAULT_STATE_DIR = Path(".neo4j-run")

JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
)

# Exit codes of org.neo4j.server.NeoBootstrapper.
# (1 is also what java exits with on an uncaught exception, so it is not named here.)
_EXIT_CODES = {
    2: "the database failed to start",
    3: "invalid configuration",
    4: "license not accepted",
}

_MARKER_NAME = "fetch-complete"
_CONSOLE_LOG = "console.log"


class Neo4jServerError(RuntimeError):
    """Base class of this module's errors."""


class Neo4jFetchError(Neo4jServerError):
    """The jars could not be fetched (Maven failed or is missing)."""


class Neo4jStartError(Neo4jServerError):
    """The server did not start or did not answer in time; the message has the log's tail."""


# --------------------------------------------------------------------------------------------
# Jars
# --------------------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Directory holding the fetched jars (``lib/``) and the completion marker."""
    env = os.environ.get("PASSERELLES_NEO4J_CACHE")
    if env:
        return Path(env).expanduser().resolve()
    return Path.home() / ".cache" / "passerelles" / f"neo4j-{NEO4J_VERSION}"


def lib_dir() -> Path:
    """Directory of the server's jars (a classpath of their own)."""
    return cache_dir() / "lib"


def jars_fetched() -> bool:
    """True when the jars of :data:`NEO4J_VERSION` are completely in the cache."""
    marker = cache_dir() / _MARKER_NAME
    try:
        version = marker.read_text(encoding="utf-8").split()[0]
    except (OSError, IndexError):
        return False
    return version == NEO4J_VERSION and (lib_dir() / f"neo4j-{NEO4J_VERSION}.jar").is_file()


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def fetch_jars(timeout: float = 1800.0) -> Path:
    """Fetch the Neo4j Community jars from Maven Central once, and return their directory.

    Runs ``mvn -q -B dependency:copy-dependencies -DincludeScope=runtime`` on
    ``tools/neo4j/pom.xml`` with ``-Dneo4j.version=NEO4J_VERSION`` into a temporary directory,
    then moves it to ``<cache>/lib`` and writes a marker file. Does nothing when the marker says
    the jars are already there. Safe against concurrent callers (file lock).

    Raises:
        Neo4jFetchError: Maven is missing, fails (the message has its output's tail) or times out.
    """
    if jars_fetched():
        return lib_dir()
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if jars_fetched():  # another process fetched them while we waited
            return lib_dir()
        mvn = shutil.which("mvn")
        if mvn is None:
            raise Neo4jFetchError("Maven (mvn) is not on PATH: cannot fetch the Neo4j jars")
        staging = cache / "lib.partial"
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [
            mvn, "-q", "-B", "-f", str(POM_PATH),
            f"-Dneo4j.version={NEO4J_VERSION}",
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={staging}",
        ]
        try:
            proc = subprocess.run(
                cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                timeout=timeout, stdin=subprocess.DEVNULL, check=False,
            )
        except subprocess.TimeoutExpired as exc:
            out = exc.output if isinstance(exc.output, str) else ""
            raise Neo4jFetchError(
                f"mvn did not finish within {timeout:.0f} s:\n{_tail(out)}"
            ) from exc
        if proc.returncode != 0 or not (staging / f"neo4j-{NEO4J_VERSION}.jar").is_file():
            raise Neo4jFetchError(
                f"mvn failed (exit {proc.returncode}) fetching org.neo4j:neo4j:{NEO4J_VERSION}: "
                f"{' '.join(cmd)}\n{_tail(proc.stdout)}"
            )
        target = lib_dir()
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
        jars = len(list(target.glob("*.jar")))
        (cache / _MARKER_NAME).write_text(f"{NEO4J_VERSION} {jars} jars\n", encoding="utf-8")
        return target


def find_main_class(lib: Path | None = None) -> str:
    """Return the server's main class, looked up inside ``neo4j-<version>.jar``.

    Raises:
        Neo4jStartError: the jar is missing or holds none of :data:`MAIN_CLASS_CANDIDATES`.
    """
    jar = (lib or lib_dir()) / f"neo4j-{NEO4J_VERSION}.jar"
    try:
        with zipfile.ZipFile(jar) as zf:
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile) as exc:
        raise Neo4jStartError(f"cannot read {jar}: {exc}") from exc
    for cls in MAIN_CLASS_CANDIDATES:
        if cls.replace(".", "/") + ".class" in names:
            return cls
    raise Neo4jStartError(f"none of {MAIN_CLASS_CANDIDATES} is in {jar}")


# --------------------------------------------------------------------------------------------
# Java
# --------------------------------------------------------------------------------------------


def java_executable() -> str | None:
    """The ``java`` binary used for the server: ``$PASSERELLES_NEO4J_JAVA`` or ``java`` on PATH."""
    env = os.environ.get("PASSERELLES_NEO4J_JAVA")
    if env:
        return env if os.access(env, os.X_OK) else None
    return shutil.which("java")


def java_major_version(java: str) -> int | None:
    """Major version of a ``java`` binary (17 for ``17.0.15``), or None if it cannot be told."""
    try:
        proc = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', proc.stderr + proc.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def java_available() -> str | None:
    """Return None when a server can be run here, else the reason why not.

    Checks for a supported ``java`` (17 or 21) and, unless the jars are already cached, for
    ``mvn``. Meant for tests that skip (outside CI) with the reason.
    """
    java = java_executable()
    if java is None:
        return "java not found (install OpenJDK 17, or set PASSERELLES_NEO4J_JAVA)"
    major = java_major_version(java)
    if major not in SUPPORTED_JAVA_MAJORS:
        return f"{java} is Java {major}; Neo4j {NEO4J_VERSION} needs Java 17 or 21"
    if not jars_fetched() and shutil.which("mvn") is None:
        return "mvn not found and the Neo4j jars are not cached (install Maven)"
    return None


# --------------------------------------------------------------------------------------------
# Ports and processes
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (picked by the kernel)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    """True when a server could listen on 127.0.0.1:port (TIME_WAIT leftovers allowed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(pid, 0): look at its state.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def is_neo4j_pid(pid: int) -> bool:
    """True when ``pid`` is a live process running one of the Neo4j server main classes."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    args = {a.decode(errors="replace") for a in cmdline}
    return _pid_alive(pid) and any(cls in args for cls in MAIN_CLASS_CANDIDATES)


def terminate_pid(pid: int, grace: float = 20.0) -> bool:
    """SIGTERM ``pid``, wait up to ``grace`` seconds, then SIGKILL. True if it had to be killed."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _pid_alive(pid):
            return False
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while _pid_alive(pid):
        time.sleep(0.05)
    return True


# Console-log lines (``--console-mode``) telling that Bolt listens, or that the start failed
# for good (Neo4j then logs "Stopped." but may linger for minutes before its JVM exits).
_LISTENING_RE = re.compile(r"INFO  (Bolt enabled on |Started\.)")
_FATAL_RE = re.compile(r"ERROR Failed to start Neo4j|Address already in use")


def _scan_log(path: Path, offset: int) -> tuple[bool, str | None]:
    """Read ``path`` from byte ``offset``: (Bolt listening?, first fatal line or None)."""
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            text = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return False, None
    fatal = _FATAL_RE.search(text)
    fatal_line = None
    if fatal is not None:
        line_start = text.rfind("\n", 0, fatal.start()) + 1
        line_end = text.find("\n", fatal.end())
        fatal_line = text[line_start : line_end if line_end >= 0 else None].strip()
    return _LISTENING_RE.search(text) is not None, fatal_line


def _file_tail(path: Path, lines: int = 40) -> str:
    try:
        with open(path, "rb") as fh:
            fh.seek(0, os.SEEK_END)
            fh.seek(max(0, fh.tell() - 64 * 1024))
            text = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return "(no log)"
    # Java stack frames crowd out the messages: keep the "Caused by" lines, drop the frames.
    kept = [ln for ln in text.splitlines() if not re.match(r"\s+(at |\.\.\. \d+ more)", ln)]
    return _tail("\n".join(kept), lines)


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------

_LIVE_SERVERS: set[Neo4jServer] = set()


def _cleanup_at_exit() -> None:
    for server in list(_LIVE_SERVERS):
        with contextlib.suppress(Exception):
            server.kill()
        with contextlib.suppress(Exception):
            server.remove_home()


atexit.register(_cleanup_at_exit)


class Neo4jServer:
    """A Neo4j Community server in a child process, listening on 127.0.0.1 only.

    Args:
        home: NEO4J_HOME (conf/, data/, logs/). None: a fresh temporary directory, removed by
            :meth:`stop` (and at interpreter exit); a given directory is never removed.
        port: Bolt port. None: a free port is picked at the first start and kept for restarts
            when it is still free.
        password: password of user ``neo4j``, set before the first start (auth enabled);
            None disables auth.

    The server is a context manager: ``with Neo4jServer() as s:`` starts it and stops it.
    :meth:`start` may be called again after :meth:`stop` or :meth:`kill`: on the same home it
    restarts on the same data. Servers still running at interpreter exit are killed, unless
    :meth:`detach` was called.
    """

    def __init__(
        self,
        home: Path | None = None,
        port: int | None = None,
        password: str | None = DEFAULT_PASSWORD,
        heap: str = "512m",
        pagecache: str = "64m",
    ) -> None:
        if password is not None and len(password) < 8:
            raise ValueError("Neo4j requires a password of at least 8 characters")
        self._given_home = home is not None
        self._home: Path | None = Path(home).resolve() if home is not None else None
        self._requested_port = port
        self._port: int | None = port
        self._password = password
        self._heap, self._pagecache = heap, pagecache
        self._proc: subprocess.Popen[bytes] | None = None
        self._startup_seconds: float | None = None

    # -- properties ---------------------------------------------------------------------------

    @property
    def home(self) -> Path:
        """NEO4J_HOME (exists once :meth:`start` has been called)."""
        if self._home is None:
            raise Neo4jServerError("the server has no home yet: call start() first")
        return self._home

    @property
    def port(self) -> int:
        """The Bolt port (known once :meth:`start` has been called)."""
        if self._port is None:
            raise Neo4jServerError("the server has no port yet: call start() first")
        return self._port

    @property
    def uri(self) -> str:
        """``bolt://127.0.0.1:<port>``."""
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def user(self) -> str:
        """The user name, ``neo4j``."""
        return DEFAULT_USER

    @property
    def password(self) -> str | None:
        """The password of ``neo4j``, or None when auth is disabled."""
        return self._password

    @property
    def auth(self) -> tuple[str, str] | None:
        """``(user, password)`` for the driver, or None when auth is disabled."""
        return None if self._password is None else (self.user, self._password)

    @property
    def startup_seconds(self) -> float:
        """Seconds the last :meth:`start` took, from launching java to the first answer."""
        if self._startup_seconds is None:
            raise Neo4jServerError("the server has not started yet")
        return self._startup_seconds

    @property
    def pid(self) -> int | None:
        """PID of the java process, or None when not started."""
        return None if self._proc is None else self._proc.pid

    @property
    def log_path(self) -> Path:
        """File receiving the server's console output (``<home>/logs/console.log``)."""
        return self.home / "logs" / _CONSOLE_LOG

    def is_running(self) -> bool:
        """True while the java process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def driver(self, **config: Any) -> neo4j.Driver:
        """A new Python driver for this server (the caller closes it)."""
        import neo4j

        return neo4j.GraphDatabase.driver(self.uri, auth=self.auth, **config)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self, timeout: float = 120.0) -> None:
        """Start the server and wait until the driver's ``verify_connectivity()`` succeeds.

        Fetches the jars if needed, writes ``<home>/conf/neo4j.conf``, sets the initial
        password before the very first start, and launches java.

        Raises:
            Neo4jStartError: java missing, the process exited, or no answer within ``timeout``
                seconds (the message has the tail of the server log). The process is killed.
            Neo4jFetchError: the jars could not be fetched.
        """
        if self.is_running():
            raise Neo4jServerError(f"already running (pid {self.pid}) on {self.uri}")
        java = java_executable()
        if java is None:
            raise Neo4jStartError(
                "java not found (install OpenJDK 17 or set PASSERELLES_NEO4J_JAVA)"
            )
        lib = fetch_jars()
        main_class = find_main_class(lib)
        if self._home is None:
            self._home = Path(tempfile.mkdtemp(prefix="passerelles-neo4j-")).resolve()
        for sub in ("conf", "data", "logs", "import", "plugins"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)

        deadline = time.monotonic() + timeout
        attempts = 3 if self._requested_port is None else 1
        for attempt in range(1, attempts + 1):
            self._choose_port()
            self._write_conf()
            self._set_initial_password(java, lib)
            try:
                self._launch_and_wait(java, lib, main_class, deadline)
                return
            except Neo4jStartError as exc:
                port_taken = "already in use" in str(exc)
                if attempt == attempts or not port_taken:
                    raise
                self._port = None  # lost a race for the port: pick another one

    def _choose_port(self) -> None:
        if self._requested_port is not None:
            if not port_is_free(self._requested_port):
                raise Neo4jStartError(f"port 127.0.0.1:{self._requested_port} is already in use")
            self._port = self._requested_port
        elif self._port is None or not port_is_free(self._port):
            self._port = free_port()

    def _write_conf(self) -> None:
        auth = "false" if self._password is None else "true"
        lines = [
            "# Written by tools/neo4j_server.py at each start: edits are lost.",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            "server.bolt.enabled=true",
            f"server.bolt.listen_address=127.0.0.1:{self.port}",
            f"server.bolt.advertised_address=127.0.0.1:{self.port}",
            "server.http.enabled=false",
            "server.https.enabled=false",
            f"server.memory.pagecache.size={self._pagecache}",
            "dbms.usage_report.enabled=false",
            f"dbms.security.auth_enabled={auth}",
            # LOAD CSV reads file:/// URLs from here (benchmarks compare the loader with it).
            f"server.directories.import={self.home / 'import'}",
            # Bolt waits a 5 s Netty quiet period twice on shutdown; none is needed here.
            "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
        ]
        (self.home / "conf" / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _set_initial_password(self, java: str, lib: Path) -> None:
        if self._password is None:
            return
        if (self.home / "data" / "databases" / "system").exists():
            return  # the dbms has started before: the password is already in the system db
        if (self.home / "data" / "dbms" / "auth.ini").exists():
            return  # already set, not yet applied
        env = dict(os.environ, NEO4J_HOME=str(self.home), NEO4J_CONF=str(self.home / "conf"))
        cmd = [
            java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", f"{lib}/*", ADMIN_MAIN_CLASS,
            "dbms", "set-initial-password", self._password,
        ]
        try:
            proc = subprocess.run(
                cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                timeout=300, stdin=subprocess.DEVNULL, check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise Neo4jStartError("neo4j-admin dbms set-initial-password timed out") from exc
        if proc.returncode != 0:
            raise Neo4jStartError(
                f"neo4j-admin dbms set-initial-password failed (exit {proc.returncode}):\n"
                f"{_tail(proc.stdout)}"
            )

    def _launch_and_wait(self, java: str, lib: Path, main_class: str, deadline: float) -> None:
        import neo4j
        import neo4j.exceptions

        cmd = [
            java, "-Xms128m", f"-Xmx{self._heap}", *JVM_FLAGS, "-cp", f"{lib}/*", main_class,
            f"--home-dir={self.home}", f"--config-dir={self.home / 'conf'}", "--console-mode",
        ]
        with open(self.log_path, "ab") as log:
            log_offset = log.tell()
            stamp = time.strftime("%Y-%m-%d %H:%M:%S")
            log.write(f"\n=== {stamp} start: {shlex.join(cmd)}\n".encode())
            log.flush()
            started = time.monotonic()
            self._proc = subprocess.Popen(
                cmd, cwd=self.home, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _LIVE_SERVERS.add(self)
        # Bounded waits: a port taken by a foreign listener must not hang the poll.
        driver = neo4j.GraphDatabase.driver(
            self.uri, auth=self.auth, connection_timeout=5.0, connection_acquisition_timeout=10.0,
            max_connection_pool_size=1,
        )
        try:
            while True:
                code = self._proc.poll()
                if code is not None:
                    why = _EXIT_CODES.get(code, "")
                    raise Neo4jStartError(
                        f"Neo4j exited with code {code}{f' ({why})' if why else ''} before "
                        f"answering on {self.uri}; log {self.log_path}:\n"
                        f"{_file_tail(self.log_path)}"
                    )
                listening, fatal = _scan_log(self.log_path, log_offset)
                if fatal is not None:
                    raise Neo4jStartError(
                        f"Neo4j failed to start ({fatal}); log {self.log_path}:\n"
                        f"{_file_tail(self.log_path)}"
                    )
                if time.monotonic() >= deadline:
                    raise Neo4jStartError(
                        f"Neo4j did not answer on {self.uri} in time; log {self.log_path}:\n"
                        f"{_file_tail(self.log_path)}"
                    )
                if listening:  # only then is the port surely Neo4j's
                    try:
                        driver.verify_connectivity()
                    except neo4j.exceptions.AuthError as exc:
                        raise Neo4jStartError(
                            f"Neo4j on {self.uri} refused the password: {exc} (home {self.home} "
                            "was initialised with another password?)"
                        ) from exc
                    except Exception:  # noqa: BLE001 - not ready yet (ServiceUnavailable, ...)
                        pass
                    else:
                        self._startup_seconds = time.monotonic() - started
                        return
                time.sleep(0.25)
        except BaseException:
            self.kill()
            raise
        finally:
            driver.close()

    def stop(self, grace: float = 20.0) -> None:
        """Stop the server: SIGTERM, then SIGKILL after ``grace`` seconds.

        Removes the home directory if it is a temporary one this object made. Does nothing
        more when the server is not running.
        """
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.terminate()
                try:
                    self._proc.wait(timeout=grace)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
            self._proc = None
        _LIVE_SERVERS.discard(self)
        self.remove_home()

    def kill(self) -> None:
        """SIGKILL the server at once (a crash). The home and its data are kept for a restart."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            self._proc = None
        # Stays registered: a temporary home is still removed at interpreter exit.

    def remove_home(self) -> None:
        """Delete the home directory if this object made it (a given home is never removed)."""
        if self.is_running():
            return
        _LIVE_SERVERS.discard(self)
        if self._given_home or self._home is None:
            return
        shutil.rmtree(self._home, ignore_errors=True)
        self._home = None

    def detach(self) -> int:
        """Let the running server outlive this object and interpreter; return its pid.

        Afterwards neither :meth:`stop` nor interpreter exit touch it: stop it by pid
        (:func:`terminate_pid`). Its home is kept.
        """
        if self._proc is None or not self.is_running():
            raise Neo4jServerError("not running")
        pid = self._proc.pid
        self._proc = None
        self._given_home = True
        _LIVE_SERVERS.discard(self)
        return pid

    def __enter__(self) -> Neo4jServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.is_running() else "stopped"
        port = self._port if self._port is not None else "?"
        return f"Neo4jServer(bolt://127.0.0.1:{port}, home={self._home}, {state})"


# --------------------------------------------------------------------------------------------
# State files of the CLI
# --------------------------------------------------------------------------------------------


def env_lines(uri: str, user: str, password: str | None) -> list[str]:
    """The ``KEY=value`` lines of the env file (shell-quoted values)."""
    return [
        f"PASSERELLES_NEO4J_URI={shlex.quote(uri)}",
        f"PASSERELLES_NEO4J_USER={shlex.quote(user)}",
        f"PASSERELLES_NEO4J_PASSWORD={shlex.quote(password) if password else ''}",
    ]


def read_env_file(path: Path) -> dict[str, str]:
    """Parse an env file written by ``start`` (``KEY=value`` lines, shell quoting)."""
    values: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, _, raw = line.partition("=")
            parts = shlex.split(raw)
            values[key.strip()] = parts[0] if parts else ""
    return values


def _configured_port(home: Path) -> int | None:
    """The Bolt port written in ``<home>/conf/neo4j.conf`` by a previous start, if any."""
    try:
        text = (home / "conf" / "neo4j.conf").read_text(encoding="utf-8")
    except OSError:
        return None
    match = re.search(r"^server\.bolt\.listen_address=[^:\n]*:(\d+)\s*$", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def _read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _answers(uri: str, user: str, password: str | None, timeout: float = 5.0) -> str | None:
    """None when the server answers, else the error text."""
    import neo4j

    auth = (user, password) if password else None
    try:
        with neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - reported to the user
        return f"{type(exc).__name__}: {exc}"
    return None


# --------------------------------------------------------------------------------------------
# CLI (French messages)
# --------------------------------------------------------------------------------------------


def _cmd_fetch(_: argparse.Namespace) -> int:
    already = jars_fetched()
    t0 = time.monotonic()
    try:
        lib = fetch_jars()
    except Neo4jFetchError as exc:
        print(f"Échec du téléchargement des jars Neo4j {NEO4J_VERSION} :\n{exc}",
              file=sys.stderr)
        return 1
    n = len(list(lib.glob("*.jar")))
    if already:
        print(f"Jars Neo4j {NEO4J_VERSION} déjà présents : {lib} ({n} jars)")
    else:
        seconds = time.monotonic() - t0
        print(f"Jars Neo4j {NEO4J_VERSION} téléchargés en {seconds:.1f} s : {lib} ({n} jars)")
    return 0


def _cmd_start(args: argparse.Namespace) -> int:
    state: Path = args.state_dir.resolve()
    pid_file, env_file = state / "neo4j.pid", state / "neo4j.env"
    pid = _read_pid(pid_file)
    if pid is not None and is_neo4j_pid(pid) and env_file.exists():
        print(f"Neo4j tourne déjà (pid {pid}) ; variables dans {env_file} :")
        print(env_file.read_text(encoding="utf-8"), end="")
        return 0
    password = None if args.no_auth else args.password
    home = (args.home or state / "home").resolve()
    state.mkdir(parents=True, exist_ok=True)
    port = args.port
    if port is None:  # restart on the port of the previous run when it is free
        previous = _configured_port(home)
        if previous is not None and port_is_free(previous):
            port = previous
    try:
        server = Neo4jServer(home=home, port=port, password=password)
    except ValueError as exc:
        print(f"Paramètre invalide : {exc}", file=sys.stderr)
        return 2
    print(f"Démarrage de Neo4j {NEO4J_VERSION} (données : {home}) ...", flush=True)
    try:
        server.start(timeout=args.timeout)
    except Neo4jServerError as exc:
        print(f"Neo4j n'a pas démarré :\n{exc}", file=sys.stderr)
        return 1
    pid = server.detach()
    pid_file.write_text(f"{pid}\n", encoding="utf-8")
    lines = env_lines(server.uri, server.user, password)
    env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Neo4j prêt en {server.startup_seconds:.1f} s (pid {pid}), journal : {server.log_path}")
    print(f"Variables écrites dans {env_file} :")
    print("\n".join(lines))
    return 0


def _cmd_stop(args: argparse.Namespace) -> int:
    state: Path = args.state_dir.resolve()
    pid_file = state / "neo4j.pid"
    pid = _read_pid(pid_file)
    if pid is None:
        print(f"Aucun Neo4j démarré ici (pas de {pid_file}).")
        return 0
    if not is_neo4j_pid(pid):
        print(f"Le processus {pid} n'est plus un serveur Neo4j : rien à arrêter.")
    else:
        print(f"Arrêt de Neo4j (pid {pid}) ...", flush=True)
        killed = terminate_pid(pid, grace=args.grace)
        if killed:
            print(f"Neo4j ne s'est pas arrêté en {args.grace:.0f} s : tué (SIGKILL).")
        else:
            print("Neo4j arrêté.")
    pid_file.unlink(missing_ok=True)
    (state / "neo4j.env").unlink(missing_ok=True)
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    state: Path = args.state_dir.resolve()
    pid = _read_pid(state / "neo4j.pid")
    env_file = state / "neo4j.env"
    if pid is None or not env_file.exists():
        print("Neo4j n'est pas démarré (aucun fichier d'état).")
        return 3
    if not is_neo4j_pid(pid):
        print(f"Neo4j ne tourne plus (le pid {pid} est mort).")
        return 3
    env = read_env_file(env_file)
    uri = env.get("PASSERELLES_NEO4J_URI", "")
    error = _answers(uri, env.get("PASSERELLES_NEO4J_USER", DEFAULT_USER),
                     env.get("PASSERELLES_NEO4J_PASSWORD") or None)
    if error is None:
        print(f"Neo4j répond sur {uri} (pid {pid}).")
        return 0
    print(f"Neo4j tourne (pid {pid}) mais ne répond pas sur {uri} : {error}")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m tools.neo4j_server``."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.neo4j_server",
        description=f"Serveur Neo4j Community {NEO4J_VERSION} réel (jars de Maven Central).",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{fetch,start,stop,status}")
    state_help = f"dossier d'état (pid, variables, données) ; défaut : {DEFAULT_STATE_DIR}/"

    p = sub.add_parser("fetch", add_help=False, help="télécharge les jars (une seule fois)")
    p.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    p.set_defaults(func=_cmd_fetch)

    p = sub.add_parser(
        "start", add_help=False, help="démarre le serveur en arrière-plan et écrit ses variables"
    )
    p.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR, help=state_help)
    p.add_argument("--home", type=Path, default=None,
                   help="NEO4J_HOME (données) ; défaut : <dossier d'état>/home")
    p.add_argument("--port", type=int, default=None, help="port Bolt ; défaut : un port libre")
    p.add_argument("--password", default=DEFAULT_PASSWORD,
                   help=f"mot de passe de neo4j (≥ 8 caractères) ; défaut : {DEFAULT_PASSWORD}")
    p.add_argument("--no-auth", action="store_true", help="désactive l'authentification")
    p.add_argument("--timeout", type=float, default=180.0, help="délai de démarrage en secondes")
    p.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    p.set_defaults(func=_cmd_start)

    p = sub.add_parser("stop", add_help=False, help="arrête le serveur (SIGTERM puis SIGKILL)")
    p.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR, help=state_help)
    p.add_argument("--grace", type=float, default=20.0, help="secondes avant SIGKILL")
    p.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    p.set_defaults(func=_cmd_stop)

    p = sub.add_parser("status", add_help=False, help="dit si le serveur répond")
    p.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR, help=state_help)
    p.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    p.set_defaults(func=_cmd_status)

    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
