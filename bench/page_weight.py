"""The home page's weight on the wire, as Debian's Chromium receives it on a phone's screen.

    python -m bench.page_weight http://127.0.0.1:8000/

Counts every response the page loads until the network is idle and the map is drawn (headers
and compressed bodies: Chromium's encodedDataLength), largest first.
"""

from __future__ import annotations

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
BUDGET = 1_500_000


def weigh(url: str) -> tuple[int, dict[str, int]]:
    """Bytes on the wire for one load of `url` at 390 × 844: before any scrolling, and per URL
    once the charts are drawn."""
    sizes: dict[str, int] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        urls: dict[str, str] = {}
        cdp.on(
            "Network.requestWillBeSent",
            lambda e: urls.update({e["requestId"]: e["request"]["url"]}),
        )
        cdp.on(
            "Network.loadingFinished",
            lambda e: sizes.update({urls.get(e["requestId"], "?"): int(e["encodedDataLength"])}),
        )
        page.goto(url)
        page.wait_for_load_state("networkidle")
        first = sum(sizes.values())
        # The charts load plotly.js only when scrolled to: count them too.
        page.locator("#chart-map").scroll_into_view_if_needed()
        page.wait_for_selector("#chart-map[data-drawn]", timeout=60000)
        page.wait_for_load_state("networkidle")
        browser.close()
    return first, sizes


def main() -> None:
    """Print each resource and the total against the 1.5 MB budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default="http://127.0.0.1:8000/")
    first, sizes = weigh(parser.parse_args().url)
    total = sum(sizes.values())
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        print(f"{size:>10,}  {name}")
    print(f"{first:>10,}  first screen, before any scrolling")
    verdict = "met" if total <= BUDGET else "NOT met"
    print(f"{total:>10,}  in all ({len(sizes)} responses; budget {BUDGET:,}: {verdict})")


if __name__ == "__main__":
    main()
