#!/usr/bin/env bash
# Rule-coverage gate: every rule of the catalogue must be named by at least one
# test on a "// covers: RULE-ID ..." line (tests/model/*.cpp, tests/views/*.cpp).
# When the spec sits beside the checkout (SOURCE_DIR/../shared/spec/RULES.md),
# every rule defined there must also be in the catalogue.
#
# Usage: tools/rule-coverage.sh SOURCE_DIR
# Prints one line per rule (its covering test files, or MISSING), then
# "N passed, M failed"; exits 1 when anything failed. Bash only: no python.
set -euo pipefail

readonly ID_PATTERN='[A-Z]+-[0-9]+'

usage() {
    echo "usage: $0 SOURCE_DIR" >&2
    exit 2
}

# Rule IDs of the catalogue in table order: string literals holding only an ID.
catalogue_ids() {
    grep -oE "\"${ID_PATTERN}\"" "$1" | tr -d '"' | awk '!seen[$0]++'
}

# Rule IDs defined by RULES.md: **ID** in the bullets, | ID | in the table.
spec_ids() {
    grep -oE "\*\*${ID_PATTERN}\*\*|\| *${ID_PATTERN} *\|" "$1" | grep -oE "$ID_PATTERN" | awk '!seen[$0]++'
}

# "file ID" pairs, one per rule named on a covers line of a test source.
covers_pairs() {
    local dir=$1 file rel
    shopt -s nullglob
    for file in "$dir"/tests/model/*.cpp "$dir"/tests/views/*.cpp; do
        rel=${file#"$dir"/}
        grep -E '^[[:space:]]*//[[:space:]]*covers:' "$file" \
            | sed -E 's/^[[:space:]]*\/\/[[:space:]]*covers://' \
            | grep -oE "$ID_PATTERN" \
            | sed "s|^|$rel |" || true
    done
    shopt -u nullglob
}

main() {
    [[ $# -eq 1 && -d $1 ]] || usage
    local dir=${1%/}
    local catalogue=$dir/model/rulecatalog.cpp
    local spec=$dir/../shared/spec/RULES.md
    if [[ ! -f $catalogue ]]; then
        echo "error: $catalogue not found" >&2
        exit 2
    fi

    local -a ids
    mapfile -t ids < <(catalogue_ids "$catalogue")
    if [[ ${#ids[@]} -eq 0 ]]; then
        echo "error: no rule IDs found in $catalogue" >&2
        exit 2
    fi

    local -A known=() coveredBy=()
    local id file
    for id in "${ids[@]}"; do known[$id]=1; done
    while read -r file id; do
        case " ${coveredBy[$id]-} " in
            *" $file "*) ;;
            *) coveredBy[$id]="${coveredBy[$id]-} $file" ;;
        esac
    done < <(covers_pairs "$dir")

    local passed=0 failed=0
    for id in "${ids[@]}"; do
        if [[ -n ${coveredBy[$id]-} ]]; then
            printf '%-8s %s\n' "$id" "${coveredBy[$id]# }"
            passed=$((passed + 1))
        else
            printf '%-8s MISSING\n' "$id"
            failed=$((failed + 1))
        fi
    done

    # A covers line naming an ID the catalogue lacks is a typo or a stale test.
    local -a named
    mapfile -t named < <(printf '%s\n' "${!coveredBy[@]}" | sort)
    for id in "${named[@]}"; do
        if [[ -n $id && -z ${known[$id]-} ]]; then
            printf '%-8s UNKNOWN rule named in%s\n' "$id" "${coveredBy[$id]}"
            failed=$((failed + 1))
        fi
    done

    if [[ -f $spec ]]; then
        while read -r id; do
            if [[ -z ${known[$id]-} ]]; then
                printf '%-8s NOT IN CATALOGUE (defined in RULES.md)\n' "$id"
                failed=$((failed + 1))
            fi
        done < <(spec_ids "$spec")
    fi

    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}

main "$@"
