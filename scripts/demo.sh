#!/usr/bin/env bash
# `npm run demo`: installs everything, builds, loads the demo municipality and starts Ankomst on one port.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_pnpm

step "Installing dependencies (pnpm $PNPM_VERSION)"
"${PNPM[@]}" install --frozen-lockfile

step "Building the packages, the API and the web client"
"${PNPM[@]}" run build

step "Preparing the database and the demo municipality"
node apps/api/dist/cli/seed.js

step "Starting Ankomst"
exec node apps/api/dist/main.js
