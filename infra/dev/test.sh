#!/usr/bin/env bash
# npm test: install what is missing, type-check, lint, and run every test against real Temporal and PostgreSQL.
# Ends with the line CI reads: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash infra/dev/ensure-tools.sh || { echo "0 passed, 1 failed"; exit 1; }

report=$(mktemp)
trap 'rm -f "$report"' EXIT
failed_steps=0

echo "type-checking …"
npx tsc -p tsconfig.json --noEmit || failed_steps=1
npx tsc -p apps/web/tsconfig.json || failed_steps=1
bash infra/dev/build-web.sh || failed_steps=1
echo "linting …"
npx eslint -c infra/dev/eslint.config.mjs apps libs workflows || failed_steps=1

npx jest -c infra/dev/jest.config.js --maxWorkers=2 --json --outputFile="$report" "$@"
jest_status=$?

node -e '
  const fs = require("fs");
  const text = fs.existsSync(process.argv[1]) ? fs.readFileSync(process.argv[1], "utf8") : "";
  const result = text ? JSON.parse(text) : { numPassedTests: 0, numFailedTests: 0 };
  const failed = result.numFailedTests + (result.numRuntimeErrorTestSuites || 0) + Number(process.argv[2]);
  console.log(`${result.numPassedTests} passed, ${failed} failed`);
' "$report" "$failed_steps"

if [[ $jest_status -ne 0 || $failed_steps -ne 0 ]]; then exit 1; fi
