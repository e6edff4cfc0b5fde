# Dot-sourced by start-demo.ps1 and test.ps1 (the Windows twins of ensure-venv.sh): make the virtual
# environment once, and install into it again only when pyproject.toml (or the extras asked for) changed.
# Later launches need no network. Written to mirror the bash scripts; not run in this project's CI (Linux).
$Venv = if ($env:SMARTCITY_VENV) { $env:SMARTCITY_VENV } else { ".venv" }
$Py = Join-Path $Venv "Scripts\python.exe"

function Get-PyprojectStamp([string]$Extras) {
    $hash = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash.ToLower()
    return "$hash $Extras"
}

function Initialize-Venv([string]$Extras) {
    $want = Get-PyprojectStamp $Extras
    $stamp = Join-Path $Venv ".smartcity-installed"
    if ((Test-Path $Py) -and (Test-Path $stamp) -and ((Get-Content $stamp) -contains $want)) { return }
    if (-not (Test-Path $Py)) {
        py -3 -m venv $Venv
        if ($LASTEXITCODE) { throw "py -3 -m venv failed: install Python 3.11 or later from python.org" }
    }
    Write-Host "Installing into $Venv (pyproject.toml is new or changed)..."
    & $Py -m pip install -q --upgrade pip
    & $Py -m pip install -q -e ".$Extras"
    if ($LASTEXITCODE) { throw "pip install failed" }
    Set-Content -Path $stamp -Value $want -Encoding ascii
    if ($Extras) { Add-Content -Path $stamp -Value (Get-PyprojectStamp "") -Encoding ascii }
}
