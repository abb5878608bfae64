# Install phrasebook from this bundle, with no network:
#   powershell -ExecutionPolicy Bypass -File install.ps1 VENV_DIR
# Creates a Python virtual environment at VENV_DIR and installs phrasebook into it from the wheels
# in this folder only, after checking every file against SHA256SUMS.
param([Parameter(Mandatory = $true)][string]$VenvDir)
# Every native command's exit code is checked; 'Stop' would end the search for a Python at
# the first launcher that prints to stderr.
$ErrorActionPreference = 'Continue'
$here = $PSScriptRoot

# The first Python 3.11+ that this bundle has wheels for: the py launcher's, then python on PATH.
$python = $null
$candidates = @(@('py', '-3.13'), @('py', '-3.12'), @('py', '-3.11'), @('python'))
foreach ($candidate in $candidates) {
    $exe = $candidate[0]
    $rest = @($candidate | Select-Object -Skip 1)
    if (-not (Get-Command $exe -ErrorAction SilentlyContinue)) { continue }
    & $exe @rest -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>$null
    if ($LASTEXITCODE -ne 0) { continue }
    & $exe @rest (Join-Path $here 'verify.py') --python-only 2>$null
    if ($LASTEXITCODE -eq 0) { $python = $candidate; break }
}
if ($null -eq $python) {
    Write-Error ("no Python that this bundle has wheels for. It needs Python 3.11 or newer " +
        "(python.org); REPORT.txt lists the platforms and versions it serves.")
    exit 1
}
$exe = $python[0]
$rest = @($python | Select-Object -Skip 1)

# Check every file before anything is installed; verify.py prints what to install.
$wanted = & $exe @rest (Join-Path $here 'verify.py')
if ($LASTEXITCODE -ne 0) { exit 1 }
$wanted = "$wanted".Trim()

if ((Test-Path $VenvDir) -and -not (Test-Path (Join-Path $VenvDir 'pyvenv.cfg')) -and
    (Get-ChildItem -Force $VenvDir | Select-Object -First 1)) {
    Write-Error "$VenvDir exists and is not a Python virtual environment; choose a new folder"
    exit 1
}
Write-Host "creating the virtual environment $VenvDir"
& $exe @rest -m venv $VenvDir
if ($LASTEXITCODE -ne 0) { exit 1 }
$venvPython = Join-Path $VenvDir 'Scripts\python.exe'
$phrasebook = Join-Path $VenvDir 'Scripts\phrasebook.exe'

# No index, no pip configuration of this machine: the wheels of this bundle and nothing else.
Write-Host "installing $wanted from $here\wheels"
$env:PIP_CONFIG_FILE = 'nul'
& $venvPython -m pip install --isolated --quiet --disable-pip-version-check --no-index `
    --find-links (Join-Path $here 'wheels') --only-binary=:all: $wanted
if ($LASTEXITCODE -ne 0) { exit 1 }

Get-ChildItem -Path (Join-Path $here 'models') -Filter '*.argosmodel' -ErrorAction SilentlyContinue |
    ForEach-Object {
        & $phrasebook models install $_.FullName
        if ($LASTEXITCODE -ne 0) {
            Write-Warning "translation model $($_.Name) was not installed (see above)"
        }
    }

& $phrasebook lookup 'hands up' --limit 1 | Out-Null
if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "done. Start it with: $phrasebook"
