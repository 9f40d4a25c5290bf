#!/usr/bin/env bash
# Generates the Prisma client into apps/api/src/generated/prisma. `prisma generate` never runs the native schema
# engine, but Prisma 7 still looks for it and tries to download it; any existing file satisfies that check offline.
set -euo pipefail
cd "$(dirname "$0")/.."
placeholder="${TMPDIR:-/tmp}/ankomst-no-native-engine"
[ -e "$placeholder" ] || : > "$placeholder"
PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$placeholder}" CHECKPOINT_DISABLE=1 \
  node node_modules/prisma/build/index.js generate --no-hints >/dev/null
