#!/usr/bin/env bash
# npm run build:web, and before npm start and npm test: builds apps/web into apps/web/dist when its sources changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
built=apps/web/dist/index.html
if [[ -f $built && -z $(find apps/web/src apps/web/index.html apps/web/vite.config.mts package-lock.json -newer "$built" -print -quit) ]]; then
  exit 0
fi
echo "building the web app …"
npx vite build apps/web --logLevel warn
