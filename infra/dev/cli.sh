#!/usr/bin/env bash
# npm run cli -- <command>: the operator's commands, from a fresh build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash infra/dev/ensure-tools.sh >&2
npx tsc -p infra/dev/tsconfig.build.json
TS_NODE_BASEURL=dist exec node -r tsconfig-paths/register dist/apps/cli/src/main.js "$@"
