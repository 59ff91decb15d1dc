#!/usr/bin/env bash
# Makes sure the Debian packages the test pipeline needs are present (see /work/shared/STACK.md).
# As root: installs whatever is missing with apt-get. Otherwise: names the missing packages and exits 1.
#
# Every checked path is overridable, so the "missing" branches can be exercised on a machine that has
# everything (e.g. HAZGOV_DEP_CHROMIUM=/nonexistent HAZGOV_DEP_ASSUME_NONROOT=1 scripts/ensure-system-deps.sh):
#   HAZGOV_DEP_INITDB        PostgreSQL 15 server binary    (default /usr/lib/postgresql/15/bin/initdb)
#   HAZGOV_DEP_POSTGIS       PostGIS control file           (default /usr/share/postgresql/15/extension/postgis.control)
#   HAZGOV_DEP_CHROMIUM      Chromium                       (default /usr/bin/chromium)
#   HAZGOV_DEP_FC_LIST       fontconfig's fc-list           (default: fc-list on PATH)
#   HAZGOV_DEP_CJK_PATTERN   font family that must be found (default 'Noto Sans CJK', case-insensitive)
#   HAZGOV_DEP_PDFTOPPM      poppler's pdftoppm             (default: pdftoppm on PATH)
#   HAZGOV_DEP_ASSUME_NONROOT=1  behave as a non-root user (never run apt-get)
#   HAZGOV_DEP_APT_DRY_RUN=1     as root, print the apt-get commands instead of running them
set -uo pipefail

INITDB=${HAZGOV_DEP_INITDB:-/usr/lib/postgresql/15/bin/initdb}
POSTGIS=${HAZGOV_DEP_POSTGIS:-/usr/share/postgresql/15/extension/postgis.control}
CHROMIUM=${HAZGOV_DEP_CHROMIUM:-/usr/bin/chromium}
FC_LIST=${HAZGOV_DEP_FC_LIST:-$(command -v fc-list || echo fc-list)}
CJK_PATTERN=${HAZGOV_DEP_CJK_PATTERN:-Noto Sans CJK}
PDFTOPPM=${HAZGOV_DEP_PDFTOPPM:-$(command -v pdftoppm || echo pdftoppm)}

# The full set from STACK.md; fontconfig provides fc-list (normally already pulled in by chromium).
ALL_PACKAGES=(postgresql postgresql-15-postgis-3 chromium fonts-noto-cjk poppler-utils fontconfig)

missing_packages() {
  local -a miss=()
  [[ -x "$INITDB" ]] || miss+=(postgresql)
  [[ -f "$POSTGIS" ]] || miss+=(postgresql-15-postgis-3)
  [[ -x "$CHROMIUM" ]] || miss+=(chromium)
  if [[ -x "$FC_LIST" ]] || command -v "$FC_LIST" >/dev/null 2>&1; then
    # not `fc-list | grep -q`: grep -q exits at the first match, fc-list dies of SIGPIPE, pipefail fails it
    "$FC_LIST" 2>/dev/null | grep -ci -- "$CJK_PATTERN" >/dev/null || miss+=(fonts-noto-cjk)
  else
    miss+=(fontconfig fonts-noto-cjk)
  fi
  { [[ -x "$PDFTOPPM" ]] || command -v "$PDFTOPPM" >/dev/null 2>&1; } || miss+=(poppler-utils)
  echo "${miss[*]:-}"
}

is_root() {
  [[ "${HAZGOV_DEP_ASSUME_NONROOT:-}" != 1 && "$(id -u)" == 0 ]]
}

MISSING=$(missing_packages)
if [[ -z "$MISSING" ]]; then
  echo "system deps: ok (PostgreSQL 15 + PostGIS, Chromium, Noto Sans CJK, pdftoppm)"
  exit 0
fi

if ! is_root; then
  echo "system deps: MISSING Debian packages: $MISSING" >&2
  echo "  install them as root with:" >&2
  echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $MISSING" >&2
  exit 1
fi

echo "system deps: missing $MISSING; installing as root"
if [[ "${HAZGOV_DEP_APT_DRY_RUN:-}" == 1 ]]; then
  echo "  (dry run) apt-get update"
  echo "  (dry run) DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${ALL_PACKAGES[*]}"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update </dev/null || { echo "system deps: apt-get update failed" >&2; exit 1; }
apt-get install -y --no-install-recommends "${ALL_PACKAGES[@]}" </dev/null \
  || { echo "system deps: apt-get install failed" >&2; exit 1; }

STILL=$(missing_packages)
if [[ -n "$STILL" ]]; then
  echo "system deps: still missing after apt-get install: $STILL" >&2
  exit 1
fi
echo "system deps: installed and ok"
