# Shared by the README commands: finds (or fetches) the pinned pnpm without needing a global install.
PNPM_VERSION="12.4.2"

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    PNPM=(pnpm)
  else
    PNPM=(npx --yes "pnpm@$PNPM_VERSION")
  fi
}

step() { printf '\n\033[1m▸ %s\033[0m\n' "$*"; }
