#!/usr/bin/env python3
"""Browser tests of the explorer page (`influence render --format html`).

Builds pages from the shipped corpus with the built `influence` binary, opens them from
file:// in headless Chromium through selenium, and checks what a reader would do against
what the command line says: the lineage and impact of a searched and clicked paper, the
evidence of a clicked edge, the first row of the ranking, the forgiving search, the keyboard,
the era filter, pan and zoom, and the --focus and --top views. Screenshots at 1280x800 and
390x844 go to a temporary directory (printed), to be looked at.

Usage: python3 Tests/Browser/test_explorer.py [--binary PATH] [--keep DIR]
Prints one line per test and closes with "N passed, N failed"; exits 1 when a test failed.
Without a browser, chromedriver or selenium it prints "skipped: ..." and exits 0.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Graphs", "ai-research-papers.txt")


def skip(reason):
    print(f"skipped: {reason}")
    sys.exit(0)


class Context:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.workdir = workdir
        self.pages = {}

    def influence(self, *args, check=True):
        result = subprocess.run([self.binary, *args, "--corpus", CORPUS], cwd=ROOT, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"influence {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}")
        return result

    def json(self, *args):
        return json.loads(self.influence(*args, "--format", "json").stdout)

    def page(self, *args):
        """The file:// URL of the page `render --format html ARGS` writes (built once)."""
        key = " ".join(args)
        if key not in self.pages:
            path = os.path.join(self.workdir, f"explorer-{len(self.pages)}.html")
            self.influence("render", "--format", "html", *args, "-o", path)
            self.pages[key] = "file://" + path
        return self.pages[key]


def make_driver(chromium, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,800", "--force-device-scale-factor=1", "--hide-scrollbars",
                 "--disable-background-networking", "--no-first-run"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(chromedriver), options=options)


def viewport(driver, width, height, mobile=False):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def load(driver, url, width=1280, height=800, mobile=False):
    viewport(driver, width, height, mobile)
    driver.get("about:blank")
    driver.get(url)
    for _ in range(100):
        if driver.execute_script("return document.documentElement.getAttribute('data-ready')") == "true":
            return
        time.sleep(0.05)
    raise AssertionError(f"the page did not finish starting; console: {console_errors(driver)}")


def console_errors(driver):
    try:
        return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    except Exception:
        return []


def lit_ids(driver):
    return set(driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph svg g.node.lit')).map(g => g.getAttribute('data-id'))"))


def search(driver, text):
    from selenium.webdriver.common.keys import Keys
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def selected_id(driver):
    return driver.execute_script(
        "var g = document.querySelector('#graph svg g.node.selected'); return g ? g.getAttribute('data-id') : null")


def heading(driver):
    return driver.find_element("id", "details-heading").get_attribute("textContent")


def click_at(driver, x, y):
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    actions = ActionBuilder(driver)
    actions.pointer_action.move_to_location(int(x), int(y)).click()
    actions.perform()


# ---------------------------------------------------------------- tests

def test_page_starts_without_errors(ctx, driver):
    load(driver, ctx.page())
    errors = console_errors(driver)
    assert not errors, f"console errors: {errors}"
    exported = ctx.json("export")
    drawn = driver.execute_script("return document.querySelectorAll('#graph svg g.node[data-id]').length")
    assert drawn == len(exported["nodes"]), f"{drawn} nodes drawn, export has {len(exported['nodes'])}"
    requests = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:') && !n.startsWith('data:'))")
    assert requests == [], f"the page fetched {requests}"


def test_search_and_click_highlights_lineage_and_impact(ctx, driver):
    load(driver, ctx.page())
    search(driver, "InstructGPT")
    lineage = ctx.json("lineage", "InstructGPT")
    impact = ctx.json("impact", "InstructGPT")
    paper = lineage["paper"]["id"]
    assert selected_id(driver) == paper, f"search selected {selected_id(driver)}, expected {paper}"
    # Clear, then select by clicking the paper in the drawing.
    driver.find_element("tag name", "body").send_keys("\ue00c")  # Escape
    assert lit_ids(driver) == set(), "Esc left papers highlighted"
    node = driver.find_element("css selector", f'#graph svg g.node[data-id="{paper}"]')
    node.click()
    expected = {paper} | {n["id"] for n in lineage["nodes"]} | {n["id"] for n in impact["nodes"]}
    got = lit_ids(driver)
    assert got == expected, f"highlighted {len(got)}, expected {len(expected)}; extra {sorted(got - expected)}, missing {sorted(expected - got)}"
    assert selected_id(driver) == paper
    assert "InstructGPT" in heading(driver), f"panel heading {heading(driver)!r}"
    counts = driver.execute_script("return Array.from(document.querySelectorAll('#details .chip b')).map(b => +b.textContent)")
    assert counts == [len(lineage["nodes"]), len(impact["nodes"])], f"panel counts {counts}"
    time.sleep(0.3)  # the fade's transition
    faded = driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph svg g.node[data-id]:not(.lit)')).map(g => +getComputedStyle(g).opacity)")
    assert faded and max(faded) < 0.5, f"papers outside the lineage and impact have opacity up to {max(faded or [None])}"
    bright = driver.execute_script(
        "return Array.from(document.querySelectorAll('#graph svg g.node.lit')).map(g => +getComputedStyle(g).opacity)")
    assert min(bright) == 1, "a highlighted paper is faded"


def test_clicking_an_edge_shows_its_evidence(ctx, driver):
    load(driver, ctx.page())
    search(driver, "InstructGPT")
    exported = ctx.json("edges")["edges"]
    paper = ctx.json("lineage", "InstructGPT")["paper"]["id"]
    candidates = [i for i, e in enumerate(exported) if paper in (e["source"], e["target"]) and e.get("evidence")]
    assert candidates, "InstructGPT has no edge with evidence"
    for edge in candidates:
        point = driver.execute_script("""
            var g = document.getElementById('edge-' + arguments[0]);
            if (!g) return null;
            var path = g.querySelector('path.hit'), total = path.getTotalLength();
            for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
              var p = path.getPointAtLength(total * f), m = path.getScreenCTM();
              var x = m.a * p.x + m.c * p.y + m.e, y = m.b * p.x + m.d * p.y + m.f;
              var hit = document.elementFromPoint(x, y);
              if (hit && hit.closest('g.edge') === g) return [x, y];
            }
            return null""", edge)
        if point is None:
            continue
        click_at(driver, *point)
        shown = driver.find_element("id", "evidence").get_attribute("textContent")
        assert shown == exported[edge]["evidence"], f"edge {edge}: page shows {shown!r}, edges says {exported[edge]['evidence']!r}"
        lit = lit_ids(driver)
        assert lit == {exported[edge]["source"], exported[edge]["target"]}, f"clicked edge lights {lit}"
        return
    raise AssertionError("no edge of InstructGPT could be clicked where it is drawn")


def test_panel_edges_match_the_command_line(ctx, driver):
    load(driver, ctx.page())
    search(driver, "InstructGPT")
    paper = ctx.json("lineage", "InstructGPT")["paper"]["id"]
    exported = ctx.json("edges")["edges"]
    expected = sorted(e["evidence"] for e in exported if paper in (e["source"], e["target"]) and e.get("evidence"))
    shown = driver.execute_script(
        "return Array.from(document.querySelectorAll('#details .evidence-link')).map(b => b.textContent.slice(1, -1))")
    assert sorted(shown) == expected, f"panel lists {len(shown)} evidence sentences, edges has {len(expected)}"
    # An edge in the panel selects that edge; an end button selects the other paper.
    driver.find_element("css selector", "#details .evidence-link").click()
    first = driver.find_element("id", "evidence").get_attribute("textContent")
    assert first in expected
    driver.find_element("css selector", "#details .ends button:last-child").click()
    assert selected_id(driver) is not None


def test_ranking_first_row_is_rank_top_1(ctx, driver):
    load(driver, ctx.page())
    from selenium.webdriver.support.ui import Select
    for metric, label in (("pagerank", "PageRank"), ("reach", None), ("betweenness", None)):
        if label is None:
            titles = driver.execute_script("return Array.from(document.querySelectorAll('#metric option')).map(o => o.textContent)")
            index = driver.execute_script(
                "return JSON.parse(document.getElementById('influence-data').textContent).metrics.findIndex(m => m.id === arguments[0])", metric)
            Select(driver.find_element("id", "metric")).select_by_visible_text(titles[index])
        rows = driver.find_elements("css selector", "#ranking li button")
        assert len(rows) == 10, f"{len(rows)} rows under {metric}"
        top = ctx.json("rank", "--by", metric, "--top", "10")
        assert rows[0].get_attribute("data-id") == top[0]["id"], f"{metric}: first row {rows[0].get_attribute('data-id')}, rank says {top[0]['id']}"
        assert [r.get_attribute("data-id") for r in rows] == [r["id"] for r in top], f"{metric}: rows differ from rank --top 10"
    rows[0].click()
    assert selected_id(driver) == top[0]["id"]


def test_forgiving_search_agrees_with_the_command_line(ctx, driver):
    load(driver, ctx.page())
    for query in ("instructgpt", "Instruct GPT", "the transformer", "gpt-3", "lora", "instrctgpt", "Attention Is All You Need"):
        result = ctx.influence("lineage", query, "--format", "json", check=False)
        search(driver, query)
        if result.returncode == 0:
            expected = json.loads(result.stdout)["paper"]["id"]
            assert selected_id(driver) == expected, f"{query!r}: page selected {selected_id(driver)}, CLI {expected}"
        else:
            assert selected_id(driver) is None, f"{query!r}: CLI refused ({result.stderr.strip()}) but the page selected {selected_id(driver)}"
        driver.find_element("tag name", "body").send_keys("\ue00c")
    # An ambiguous or unknown name lists the same candidates, in the same order, as the CLI.
    for query, marker, end in (("gp", "it matches ", "; be more specific"), ("deep", "it matches ", "; be more specific"),
                               ("res", "did you mean ", "?")):
        result = ctx.influence("lineage", query, check=False)
        assert result.returncode != 0 and marker in result.stderr, f"{query!r}: {result.stderr.strip()}"
        listed = result.stderr.split(marker, 1)[1].strip()
        listed = listed[: listed.rindex(end)].removesuffix(", …").split(", ")
        search(driver, query)
        assert selected_id(driver) is None, f"{query!r} selected {selected_id(driver)}"
        choices = driver.find_elements("css selector", "#search-results button")
        shown = [c.find_element("css selector", "b").get_attribute("textContent") for c in choices]
        assert shown[: len(listed)] == listed, f"{query!r}: page lists {shown}, CLI {listed}"
    chosen = choices[0].get_attribute("data-id")
    choices[0].click()
    assert selected_id(driver) == chosen, f"choosing {chosen} selected {selected_id(driver)}"


def test_keyboard_slash_and_escape(ctx, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    load(driver, ctx.page())
    driver.find_element("id", "ranking").find_element("css selector", "button").click()
    assert selected_id(driver) is not None
    ActionChains(driver).send_keys("/").perform()
    assert driver.switch_to.active_element.get_attribute("id") == "search", "/ did not focus the search box"
    assert driver.find_element("id", "search").get_attribute("value") == "", "/ was typed into the box"
    ActionChains(driver).send_keys("lora").perform()
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    assert driver.find_element("id", "search").get_attribute("value") == "", "Esc left the query in the box"
    assert driver.switch_to.active_element.get_attribute("id") != "search", "Esc left the focus in the search box"
    assert selected_id(driver) is None and lit_ids(driver) == set(), "Esc did not clear the selection"
    assert not driver.execute_script("return document.querySelector('#graph svg').classList.contains('dim')")
    assert heading(driver) == "Explore the graph"
    # Tab reaches the papers, and Enter selects one.
    node = driver.find_element("css selector", "#graph svg g.node[data-id]")
    driver.execute_script("arguments[0].focus()", node)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    assert selected_id(driver) == node.get_attribute("data-id")


def test_era_filter(ctx, driver):
    load(driver, ctx.page())
    boxes = driver.find_elements("css selector", "#eras input")
    assert len(boxes) >= 2, f"{len(boxes)} era checkboxes"
    era = driver.execute_script("return JSON.parse(document.getElementById('influence-data').textContent).eras[+arguments[0].value].name", boxes[0])
    members = {n["id"] for n in ctx.json("export")["nodes"] if n.get("era") == era}
    boxes[0].click()
    off = set(driver.execute_script("return Array.from(document.querySelectorAll('#graph svg g.node.era-off')).map(g => g.getAttribute('data-id'))"))
    assert off == members, f"hiding {era!r} hid {len(off)} papers, the era has {len(members)}"
    driver.find_element("id", "eras-all").click()
    assert driver.execute_script("return document.querySelectorAll('#graph svg .era-off').length") == 0


def test_zoom_and_pan(ctx, driver):
    from selenium.webdriver.common.action_chains import ActionChains
    load(driver, ctx.page())
    def box():
        return [float(x) for x in driver.execute_script("return document.querySelector('#graph svg').getAttribute('viewBox')").split()]
    fitted = box()
    driver.find_element("id", "zoom-in").click()
    zoomed = box()
    assert zoomed[2] < fitted[2] * 0.8, f"zoom in: {fitted} -> {zoomed}"
    graph = driver.find_element("id", "graph")
    ActionChains(driver).move_to_element_with_offset(graph, -300, -300).click_and_hold().move_by_offset(120, 80).release().perform()
    panned = box()
    assert abs(panned[0] - (zoomed[0] - 120 * zoomed[2] / graph.size["width"])) < 2, f"pan: {zoomed} -> {panned}"
    assert selected_id(driver) is None, "a drag selected a paper"
    driver.find_element("id", "zoom-fit").click()
    assert box() == fitted


def test_focus_and_top_views(ctx, driver):
    load(driver, ctx.page("--focus", "InstructGPT"))
    lineage, impact = ctx.json("lineage", "InstructGPT"), ctx.json("impact", "InstructGPT")
    paper = lineage["paper"]["id"]
    drawn = set(driver.execute_script("return Array.from(document.querySelectorAll('#graph svg g.node[data-id]')).map(g => g.getAttribute('data-id'))"))
    expected = {paper} | {n["id"] for n in lineage["nodes"]} | {n["id"] for n in impact["nodes"]}
    assert drawn == expected, f"--focus draws {len(drawn)}, expected {len(expected)}"
    assert selected_id(driver) == paper and lit_ids(driver) == expected
    load(driver, ctx.page("--top", "10"))
    top = [r["id"] for r in ctx.json("rank", "--top", "10")]
    drawn = set(driver.execute_script("return Array.from(document.querySelectorAll('#graph svg g.node[data-id]')).map(g => g.getAttribute('data-id'))"))
    assert drawn == set(top), f"--top 10 draws {sorted(drawn)}"
    rows = [b.get_attribute("data-id") for b in driver.find_elements("css selector", "#ranking li button")]
    assert rows == top, f"ranking of the --top 10 page: {rows}"


def test_screenshots(ctx, driver):
    shots = []
    load(driver, ctx.page())
    path = os.path.join(ctx.workdir, "explorer-1280x800.png")
    driver.save_screenshot(path)
    shots.append(path)
    search(driver, "InstructGPT")
    time.sleep(0.3)
    path = os.path.join(ctx.workdir, "explorer-1280x800-instructgpt.png")
    driver.save_screenshot(path)
    shots.append(path)
    search(driver, "GPT-3")
    driver.execute_script("document.activeElement.blur()")
    time.sleep(0.3)
    path = os.path.join(ctx.workdir, "explorer-1280x800-gpt3.png")
    driver.save_screenshot(path)
    shots.append(path)
    load(driver, ctx.page(), 390, 844, mobile=True)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide at 390 px"
    graph, side = driver.find_element("id", "graph").rect, driver.find_element("id", "side").rect
    assert side["y"] >= graph["y"] + graph["height"] - 1, f"at 390 px the panel is not below the graph: {graph} {side}"
    search(driver, "InstructGPT")
    time.sleep(0.3)
    path = os.path.join(ctx.workdir, "explorer-390x844-instructgpt.png")
    driver.save_screenshot(path)
    shots.append(path)
    for shot in shots:
        assert os.path.getsize(shot) > 10_000, f"{shot} is nearly empty"
    print("  screenshots: " + " ".join(shots))


TESTS = [value for key, value in list(globals().items()) if key.startswith("test_")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=os.environ.get("INFLUENCE", os.path.join(ROOT, ".build", "debug", "influence")))
    parser.add_argument("--keep", help="write pages and screenshots here instead of a new temporary directory")
    parser.add_argument("-k", help="run only tests whose name contains this")
    args = parser.parse_args()

    try:
        import selenium  # noqa: F401
    except ImportError:
        skip("selenium is not installed (pip install selenium)")
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    chromedriver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    if not chromium or not chromedriver:
        skip("no Chromium and chromedriver here (apt-get install chromium chromium-driver)")
    if not os.access(args.binary, os.X_OK):
        print(f"error: {args.binary} is not built (swift build --product influence)", file=sys.stderr)
        sys.exit(2)

    workdir = args.keep or tempfile.mkdtemp(prefix="influence-explorer-")
    os.makedirs(workdir, exist_ok=True)
    ctx = Context(args.binary, workdir)
    try:
        driver = make_driver(chromium, chromedriver)
    except Exception as error:
        skip(f"Chromium would not start: {str(error).splitlines()[0] if str(error) else type(error).__name__}")
    passed = failed = 0
    try:
        for test in TESTS:
            if args.k and args.k not in test.__name__:
                continue
            try:
                test(ctx, driver)
                passed += 1
                print(f"ok   {test.__name__}")
            except Exception as error:
                failed += 1
                print(f"FAIL {test.__name__}: {error}")
                if not isinstance(error, AssertionError):
                    traceback.print_exc(limit=3)
    finally:
        driver.quit()
    print(f"pages and screenshots in {workdir}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
