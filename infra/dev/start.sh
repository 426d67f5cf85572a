#!/usr/bin/env bash
# npm start: install what is missing, build, and run the whole stack with a demo county.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash infra/dev/ensure-tools.sh
echo "building …"
npx tsc -p infra/dev/tsconfig.build.json
bash infra/dev/build-web.sh
TS_NODE_BASEURL=dist exec node -r tsconfig-paths/register dist/apps/cli/src/main.js start
