# Run ruff and the whole test suite (Windows PowerShell), as scripts/test.sh does on Linux. Makes .venv with
# the test tools on the first run and reinstalls only when pyproject.toml changed.
# PostgreSQL tests use postgresql://postgres@127.0.0.1:5432/test (override with $env:SMARTCITY_TEST_PG).
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1 [pytest arguments]
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
. (Join-Path $PSScriptRoot "ensure-venv.ps1")
Initialize-Venv "[test]"
& (Join-Path $Venv "Scripts\ruff.exe") check .
if ($LASTEXITCODE) { exit $LASTEXITCODE }
$env:QT_QPA_PLATFORM = "offscreen"
& $Py -m pytest -q @args
exit $LASTEXITCODE
