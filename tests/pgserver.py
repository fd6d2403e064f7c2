"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temporary directory,
listening on a Unix socket only. Found on PATH, else in Debian's /usr/lib/postgresql/*/bin."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional


def binaries() -> Optional[Path]:
    """The folder holding initdb and pg_ctl, or None."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for d in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return Path(d)
    return None


class Server:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="govlint-pg-"))
        self.data = self.dir / "data"
        self.port = 54000 + os.getpid() % 1000
        self._as = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            import pwd
            user = "postgres" if _has_user("postgres") else "nobody"
            pw = pwd.getpwnam(user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self._as = ["runuser", "-u", user, "--"]
        os.chmod(self.dir, 0o755)
        self.databases = 0

    def _run(self, *cmd: str) -> None:
        subprocess.run(self._as + list(cmd), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       cwd=self.dir, timeout=120)

    def start(self) -> "Server":
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "govlint", "--auth=trust",
                  "-E", "UTF8", "--locale=C")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w",
                  "-o", f"-c listen_addresses='' -k {self.dir} -p {self.port} -c fsync=off", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, db: str = "postgres") -> str:
        return f"postgresql://govlint@/{db}?host={self.dir}&port={self.port}"

    def new_database(self) -> str:
        import psycopg
        self.databases += 1
        name = f"t{self.databases}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.url(name)


def _has_user(name: str) -> bool:
    import pwd
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
