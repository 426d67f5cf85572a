#!/usr/bin/env bash
# npm run bench: install what is missing, build, and measure Keystone beside the bare Temporal engine on a
# stack of its own. Options: --quick, --projects N, --out FOLDER. Never part of npm test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash infra/dev/ensure-tools.sh
echo "building …"
npx tsc -p infra/dev/tsconfig.build.json
TS_NODE_BASEURL=dist exec node -r tsconfig-paths/register dist/apps/bench/src/main.js "$@"
