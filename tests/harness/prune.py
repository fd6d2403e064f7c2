"""Remove from known_failures.toml the renderings that pass now (run after a fix):
``python tests/harness/prune.py`` rewrites the file, keeping every other entry as written."""
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    out = subprocess.run([sys.executable, str(HERE / "report.py")], capture_output=True, text=True).stdout
    fixed = set(re.findall(r"^(\S+)\s+PASS\s+fixed", out, re.M))
    path = HERE / "known_failures.toml"
    lines = path.read_text("utf-8").split("\n")
    kept = [ln for ln in lines if not (ln.startswith('"') and ln.split('"')[1] in fixed)]
    path.write_text("\n".join(kept), "utf-8")
    print(f"removed {len(lines) - len(kept)} entries")


if __name__ == "__main__":
    main()
