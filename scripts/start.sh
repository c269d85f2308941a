#!/usr/bin/env bash
# Serve the backend (Zope on MTTQ_PORT) and, when volto-frontend/ exists,
# the Volto frontend (FRONTEND_PORT) against it. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

MTTQ_HOST=${MTTQ_HOST:-127.0.0.1}
MTTQ_PORT=${MTTQ_PORT:-8080}
FRONTEND_PORT=${FRONTEND_PORT:-3000}

.venv/bin/runwsgi instance/etc/zope.ini &
backend=$!
trap 'kill $backend 2>/dev/null || true; wait $backend 2>/dev/null || true' EXIT INT TERM

scripts/wait-for-url "http://${MTTQ_HOST}:${MTTQ_PORT}/Plone/++api++/@units" 180
echo "Backend: http://${MTTQ_HOST}:${MTTQ_PORT}/Plone (REST: http://${MTTQ_HOST}:${MTTQ_PORT}/Plone/++api++/@units)"

if [ -f volto-frontend/Makefile ]; then
  make -C volto-frontend install build
  echo "Frontend: http://localhost:${FRONTEND_PORT}/"
  make -C volto-frontend start \
    PORT="${FRONTEND_PORT}" \
    RAZZLE_INTERNAL_API_PATH="http://${MTTQ_HOST}:${MTTQ_PORT}/Plone" \
    RAZZLE_API_PATH="http://localhost:${FRONTEND_PORT}"
else
  wait $backend
fi
