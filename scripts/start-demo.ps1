# Start the app on a demo database (Windows PowerShell), as scripts/start-demo.sh does on Linux: the first
# run makes .venv and installs (network needed once); later runs start at once, offline, and reinstall only
# when pyproject.toml changed. The demo file is filled with the sample data when it does not exist yet.
#   powershell -ExecutionPolicy Bypass -File scripts\start-demo.ps1 [DB]
param([string]$Db = "demo.sqlite")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
. (Join-Path $PSScriptRoot "ensure-venv.ps1")
Initialize-Venv ""
if (-not (Test-Path $Db)) {
    & $Py main.py --db $Db demo
    if ($LASTEXITCODE) { exit $LASTEXITCODE }
}
& $Py main.py --db $Db
exit $LASTEXITCODE
