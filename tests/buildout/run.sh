#!/usr/bin/env bash
# The buildout path: buildout.cfg (zc.buildout 6, plone.recipe.zope2instance
# 9.1, no remote extends) builds bin/instance from versions.cfg; the
# instance starts and serves the site with its network.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
port=${BUILDOUT_TEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s)
test -x .venv-buildout/bin/python || python3.11 -m venv .venv-buildout
.venv-buildout/bin/python -m pip install -q -c constraints.txt zc.buildout setuptools wheel
.venv-buildout/bin/buildout -q -N -c buildout.cfg \
  "buildout:http-address=127.0.0.1:$port" \
  "instance:var=$work/var" "instance:blob-storage=$work/var/blobstorage" \
  "instance:file-storage=$work/var/filestorage/Data.fs"
echo "buildout: built bin/instance in $(( $(date +%s) - start ))s"

bin/mttq-network -C parts/instance/etc/zope.conf create-site --network 2021 >/dev/null 2>"$work/create.log"
bin/instance fg >"$work/instance.log" 2>&1 &
pid=$!
scripts/wait-for-url "http://127.0.0.1:$port/Plone/++api++/@units" 120
total=$(curl -fsS "http://127.0.0.1:$port/Plone/++api++/@units" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items_total"])')
if [ "$total" != "12" ]; then
  echo "buildout: 1 passed, 1 failed (expected 12 units, got $total)"
  exit 1
fi
echo "buildout: bin/instance serves /Plone with $total units"
echo "buildout: 1 passed, 0 failed"
