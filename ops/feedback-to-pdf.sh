#!/usr/bin/env bash
# Converts street feedback workbooks (<街道>_<YYYY-MM>_核对反馈.xlsx) to PDF with LibreOffice headless,
# for offices that want a printed copy, and as proof that a real spreadsheet program opens them.
# Needs LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui).
#
#   ops/feedback-to-pdf.sh [--out DIR] WORKBOOK.xlsx...
#
# Prints the path of each PDF. Exit codes: 0 done, 1 a workbook was not converted, 2 usage, 3 no LibreOffice.
set -euo pipefail

out=.
workbooks=()
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out=${2:?--out needs a folder}; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) workbooks+=("$1"); shift ;;
    esac
done
if [ ${#workbooks[@]} -eq 0 ]; then
    echo "feedback-to-pdf: name at least one workbook: ops/feedback-to-pdf.sh [--out DIR] FILE.xlsx..." >&2
    exit 2
fi
if ! command -v soffice >/dev/null 2>&1; then
    echo "feedback-to-pdf: soffice not found: install LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui)" >&2
    exit 3
fi
mkdir -p "$out"
# A profile of its own, so that a LibreOffice already open on this account neither blocks nor swallows the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "${workbooks[@]}" >/dev/null 2>&1 || true
status=0
for workbook in "${workbooks[@]}"; do
    pdf="$out/$(basename "${workbook%.*}").pdf"
    if [ -s "$pdf" ]; then
        echo "$pdf"
    else
        echo "feedback-to-pdf: $workbook was not converted: check that it exists and opens in LibreOffice" >&2
        status=1
    fi
done
exit $status
