#!/usr/bin/env bash
# Starts an installed Netzbild (an app-image folder, or /opt/netzbild of the .deb) on a new workspace
# far enough to prove the bundled runtime carries everything: the first ADMIN, a bulk import (Neo4j's
# offline importer in a child JVM started with the runtime's bin/java), a search, the audit log
# verified, a sealed backup restored, and the desktop started headless up to the workspace's
# sign-in, then quit.
#   installer/smoke-test.sh target/installer/netzbild      (or /opt/netzbild)
# Exit 0 when every step did; prints each step's time.
set -euo pipefail
image="$(cd "$1" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
examples="${2:-$here/../src/test/resources/import}"
netzbild="$image/bin/netzbild"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
workspace="$work/workspace"
mkdir -p "$workspace"
export HOME="$work/home" NETZBILD_WORKSPACE="$workspace"
mkdir -p "$HOME"
export NETZBILD_NEW_PASSWORD=smoke-test-admin NETZBILD_ACCOUNT_PASSWORD=smoke-test-admin

step() {
  local name="$1"; shift
  local start=$SECONDS
  if ! "$@" > "$work/step.log" 2>&1; then
    echo "FAILED: $name" >&2; cat "$work/step.log" >&2; exit 1
  fi
  echo "ok: $name ($((SECONDS - start)) s)"
}

purpose=(--case SMOKE/1 --purpose "Installationsprüfung")
step "first ADMIN" "$netzbild" user add admin --agency pp-essen --role ADMIN --store "$workspace"
NETZBILD_NEW_PASSWORD=smoke-test-editor step "an EDITOR" \
  "$netzbild" user add editor --agency gwa-essen --role EDITOR --store "$workspace" --as admin "${purpose[@]}"
export NETZBILD_ACCOUNT_PASSWORD=smoke-test-editor
step "bulk import (child JVM from the runtime's bin/java)" \
  "$netzbild" import --mapping "$examples/gewerbeamt-essen.yaml" --bulk "$examples/gewerbeamt-essen.csv" \
  --store "$workspace" --as editor "${purpose[@]}"
step "search" "$netzbild" search "Shisha Lounge" --store "$workspace" --as editor "${purpose[@]}"
grep -q "Shisha Lounge" "$work/step.log" || { echo "FAILED: the search found nothing" >&2; exit 1; }
step "audit verify" "$netzbild" audit verify --store "$workspace"
# backup and restore through the runtime's own crypto (AES-GCM) and Bouncy Castle (Argon2id)
export NETZBILD_BACKUP_PASSWORD=smoke-test-backup
NETZBILD_ACCOUNT_PASSWORD=smoke-test-admin step "backup, sealed" \
  "$netzbild" backup --out "$work/workspace.nbbackup" --encrypt --store "$workspace" --as admin "${purpose[@]}"
NETZBILD_ACCOUNT_PASSWORD=smoke-test-admin step "restore" \
  "$netzbild" restore "$work/workspace.nbbackup" --store "$work/restored" --as admin "${purpose[@]}"
step "audit verify of the restored workspace" "$netzbild" audit verify --store "$work/restored"
# the desktop: JavaFX 26's headless platform, no display needed; quits once the sign-in would show
export JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Dnetzbild.exitWhenReady=true"
step "desktop up to the sign-in" timeout 300 "$netzbild" --store "$workspace"
grep -q "window shown, workspace open (SIGN_IN)" "$work/step.log" \
  || { echo "FAILED: the desktop did not reach its sign-in" >&2; cat "$work/step.log" >&2; exit 1; }
echo "smoke test passed: $image"
