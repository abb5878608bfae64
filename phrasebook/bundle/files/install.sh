#!/bin/sh
# Install phrasebook from this bundle, with no network:  sh install.sh VENV_DIR
# Creates a Python virtual environment at VENV_DIR and installs phrasebook into it from the wheels
# in this folder only, after checking every file against SHA256SUMS.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ "$#" -ne 1 ] || [ -z "$1" ]; then
    echo "usage: sh install.sh VENV_DIR   (the folder to create, for example ~/phrasebook)" >&2
    exit 2
fi
venv=$1

# The first Python 3.11+ on PATH that this bundle has wheels for.
python=""
for candidate in python3.13 python3.12 python3.11 python3 python; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
        && "$candidate" "$here/verify.py" --python-only 2>/dev/null; then
        python=$candidate
        break
    fi
done
if [ -z "$python" ]; then
    echo "error: no Python on PATH that this bundle has wheels for." >&2
    echo "  It needs Python 3.11 or newer; REPORT.txt lists the platforms and versions it serves." >&2
    exit 1
fi

# Check every file before anything is installed; verify.py prints what to install.
if ! wanted=$("$python" "$here/verify.py"); then
    exit 1
fi

if [ -e "$venv" ] && [ ! -f "$venv/pyvenv.cfg" ] && [ -n "$(ls -A "$venv" 2>/dev/null)" ]; then
    echo "error: $venv exists and is not a Python virtual environment; choose a new folder" >&2
    exit 1
fi
echo "creating the virtual environment $venv with $("$python" --version)"
"$python" -m venv "$venv"

# No index, no pip configuration of this machine: the wheels of this bundle and nothing else.
echo "installing $wanted from $here/wheels"
PIP_CONFIG_FILE=/dev/null "$venv/bin/python" -m pip install --isolated --quiet \
    --disable-pip-version-check --no-index --find-links "$here/wheels" --only-binary=:all: \
    "$wanted"

for model in "$here"/models/*.argosmodel; do
    [ -f "$model" ] || continue
    "$venv/bin/phrasebook" models install "$model" \
        || echo "warning: translation model $(basename "$model") was not installed (see above)" >&2
done

if ! "$venv/bin/phrasebook" lookup "hands up" --limit 1 >/dev/null; then
    echo "error: phrasebook was installed in $venv but does not run (see above)" >&2
    exit 1
fi
echo "done. Start it with: $venv/bin/phrasebook"
