#!/usr/bin/env bash
# Lints every carrier spec with Redocly CLI (the version pinned in package-lock.json, ruleset in
# redocly.yaml). Called by the Maven build (specs module, `verify` phase via exec-maven-plugin).
#   - Node.js missing: prints a visible SKIPPED banner and succeeds, unless LINT_REQUIRED=true
#     (.ci/run sets it), so a machine with only a JDK still builds.
#   - any rule at `error` level fails.
set -euo pipefail
cd "$(dirname "$0")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if [ "${LINT_REQUIRED:-false}" = "true" ]; then
    echo "ERROR: Node.js/npm not found, but LINT_REQUIRED=true: cannot lint the specs." >&2
    exit 1
  fi
  echo "=================================================================="
  echo " SPEC LINT SKIPPED: Node.js/npm not found on this machine."
  echo " Install Node.js 20+ (or run .ci/run) to lint the specs with Redocly."
  echo "=================================================================="
  exit 0
fi

if [ ! -x node_modules/.bin/redocly ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
fi

specs=(src/main/resources/carrier-specs/*.yaml)
node_modules/.bin/redocly lint --format=stylish "${specs[@]}"
