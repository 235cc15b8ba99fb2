#!/bin/sh
# Render the who-said-what page of an article (default: the bundled sample)
# in headless Chromium and save a screenshot, to look at the page as a
# reader sees it.
#
#   scripts/render_page.sh [ARTICLE [OUT.png]]
#
# Writes OUT.html next to OUT.png (default: target/page/sample.{html,png}).
# Needs Debian's chromium (as root: apt-get update && apt-get install -y chromium).
# REPORTAGE names the command to run (default: cargo run --quiet --release --).
set -eu
cd "$(dirname "$0")/.."
article=${1:-data/sample/article.txt}
png=${2:-target/page/sample.png}
html=${png%.png}.html
mkdir -p "$(dirname "$png")"
${REPORTAGE:-cargo run --quiet --release --} --html "$article" > "$html"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "render_page.sh: no chromium; install it (apt-get install -y chromium). The page is $html" >&2
    exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --screenshot="$PWD/$png" --window-size=1280,2000 \
    "file://$PWD/$html" 2>/dev/null
echo "$html -> $png"
