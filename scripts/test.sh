#!/usr/bin/env bash
# `npm test`: installs everything and runs the whole test suite: type checks, lint, the rules engine, the API against
# a real PostgreSQL (embedded, and again against the local server when one answers on 127.0.0.1:5432), and the
# browser tests in Chromium against a running Ankomst.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_pnpm
results="$(mktemp -d)"

step "Installing dependencies (pnpm $PNPM_VERSION)"
"${PNPM[@]}" install --frozen-lockfile

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing Chromium for the browser tests (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed for the browser tests: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

step "Type checking every package"
"${PNPM[@]}" run typecheck

step "Lint and format"
"${PNPM[@]}" run lint

jest() { # jest <package dir> <label> [args...]
  local dir="$1" label="$2"; shift 2
  step "Tests: $label"
  (cd "$dir" && npx jest --ci --json --outputFile="$results/$label.json" "$@")
}

jest packages/regimes regimes
jest packages/contracts contracts --passWithNoTests
jest apps/api api-embedded-postgres
if node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  TEST_DATABASE_URL="${LOCAL_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}" jest apps/api api-local-postgres
fi

step "Building the web client for the browser tests"
"${PNPM[@]}" --filter @ankomst/web run build
jest apps/web browser

node scripts/summarise-tests.mjs "$results"
