#!/usr/bin/env bash
# `npm test`: EVERY test of the project, in stages. Each stage runs even when an earlier one failed, so
# the totals are complete; the exit code is non-zero when anything failed. The last line printed is
# "<passed> passed, <failed> failed".
#
#   system-deps   scripts/ensure-system-deps.sh (installs Debian packages as root)   counted only if it fails
#   typecheck     tsc -p tsconfig.json --noEmit                                       counted as 1 test
#   unit-sqlite   vitest run (vitest.config.ts), DATABASE_URL unset: temp SQLite files
#   db-naming     every test importing @hazgov/db/test-db is named *.db.test.ts        counted only if it fails
#   pg-start      scripts/pg-throwaway.sh start                                        counted only if it fails
#   db-postgres   vitest run .db.test.  with DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
#   web-build     npm run build (only when e2e journeys exist)                         counted only if it fails
#   e2e           vitest run --config vitest.e2e.config.ts (e2e/**/*.e2e.ts; none yet = a note, 0 tests)
#
# Reports go to test-results/pipeline/ (one vitest JSON report per stage), summed by scripts/sum-results.mjs.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

OUT="$ROOT/test-results/pipeline"
rm -rf "$OUT"
mkdir -p "$OUT"
MANIFEST="$OUT/manifest.tsv"
: >"$MANIFEST"

PG_DIR=""
PG_STATE="$OUT/pg-dir"
cleanup() {
  # The state file is written by pg-throwaway.sh the moment its temp dir exists: no window for a leak.
  [[ -z "$PG_DIR" && -s "$PG_STATE" ]] && PG_DIR=$(<"$PG_STATE")
  if [[ -n "$PG_DIR" ]]; then
    bash "$ROOT/scripts/pg-throwaway.sh" stop "$PG_DIR"
  fi
  PG_DIR=""
  rm -f "$PG_STATE"
}
trap cleanup EXIT
trap 'echo "test.sh: interrupted" >&2; exit 130' INT TERM

banner() { printf '\n===== %s =====\n' "$*"; }
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >>"$MANIFEST"; }
elapsed() { echo "($(( SECONDS - $1 ))s)"; }

# A vitest stage: name, then vitest arguments. Environment goes in front of the call (env ...).
VITEST_REPORT=(--reporter=default --reporter=json)

# ---- 1. system dependencies -------------------------------------------------------------------------
banner "system-deps"
t=$SECONDS
bash "$ROOT/scripts/ensure-system-deps.sh"
code=$?
record gate system-deps "$code"
echo "system-deps: exit $code $(elapsed $t)"

# ---- 2. typecheck -----------------------------------------------------------------------------------
banner "typecheck"
t=$SECONDS
npx tsc -p tsconfig.json --noEmit
code=$?
record check typecheck "$code"
echo "typecheck: exit $code $(elapsed $t)"

# ---- 3. unit + repository tests on SQLite -----------------------------------------------------------
banner "unit-sqlite: vitest run (SQLite)"
t=$SECONDS
env -u DATABASE_URL -u HAZGOV_PG_ADMIN_URL \
  npx vitest run "${VITEST_REPORT[@]}" --outputFile.json="$OUT/unit-sqlite.json" </dev/null
code=$?
record vitest unit-sqlite "$code" "$OUT/unit-sqlite.json"
echo "unit-sqlite: exit $code $(elapsed $t)"

# ---- 4. database tier on a throwaway PostgreSQL -----------------------------------------------------
banner "db-postgres: vitest run .db.test. (PostgreSQL)"
t=$SECONDS
# The convention that makes this stage complete: a test file that opens a database (createTestDb from
# @hazgov/db/test-db) is named *.db.test.ts. A misnamed one would silently never run on PostgreSQL.
MISNAMED=$(grep -rlE "test-db(\.js)?['\"]" packages/*/src scripts --include='*.test.ts' --include='*.test.tsx' 2>/dev/null | grep -v '\.db\.test\.tsx\?$')
if [[ -n "$MISNAMED" ]]; then
  echo "db-naming: FAIL these tests use createTestDb but are not named *.db.test.ts, so they would not run on PostgreSQL:"
  sed 's/^/  /' <<<"$MISNAMED"
  record gate db-naming 1
fi
if PG_VARS=$(HAZGOV_PG_STATE_FILE="$PG_STATE" bash "$ROOT/scripts/pg-throwaway.sh" start); then
  eval "$PG_VARS"
  PG_DIR=$HAZGOV_PG_DIR
  record gate pg-start 0
  DATABASE_URL=$DATABASE_URL HAZGOV_PG_ADMIN_URL=$HAZGOV_PG_ADMIN_URL \
    npx vitest run .db.test. "${VITEST_REPORT[@]}" --outputFile.json="$OUT/db-postgres.json" </dev/null
  code=$?
  record vitest db-postgres "$code" "$OUT/db-postgres.json"
  cleanup
  unset DATABASE_URL HAZGOV_PG_ADMIN_URL HAZGOV_PG_DIR HAZGOV_PG_PORT
else
  code=1
  record gate pg-start 1
fi
echo "db-postgres: exit $code $(elapsed $t)"

# ---- 5. browser journeys ----------------------------------------------------------------------------
banner "e2e: browser journeys"
t=$SECONDS
if [[ -n "$(find e2e -name '*.e2e.ts' -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]]; then
  npm run build </dev/null
  code=$?
  record gate web-build "$code"
  echo "web-build: exit $code $(elapsed $t)"
  npx vitest run --config vitest.e2e.config.ts "${VITEST_REPORT[@]}" --outputFile.json="$OUT/e2e.json" </dev/null
  code=$?
  record vitest e2e "$code" "$OUT/e2e.json"
  echo "e2e: exit $code $(elapsed $t)"
else
  echo "e2e: NOTE no e2e/**/*.e2e.ts journeys exist yet; nothing to run (counted as 0 tests)"
  record skip e2e 0 "no journeys yet"
fi

# ---- totals (last line) -----------------------------------------------------------------------------
node "$ROOT/scripts/sum-results.mjs" "$MANIFEST"
exit $?
