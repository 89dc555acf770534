#!/usr/bin/env python3
"""Opens relgraph's explorer pages in headless Chromium and checks what a reader would do.

Run by .ci/run after `swift test`:  python3 Tests/Browser/explorer_test.py [path/to/relgraph]

It makes the bundled graph's page and a hostile fixture's page with the CLI, opens them through
Debian's chromium and chromedriver (explicit paths: Selenium downloads nothing), and checks that
the page requests nothing beyond itself, logs no console error, finds an entity by search, shows
its card with a citation, dims relations outside a time window, highlights the same shortest
paths as `relgraph path --format json` (one pair with a tie), keeps hostile names as text, and
that at 1366x768 the fitted labels of a drawing under 60 entities are at least 11 px high.
A screenshot of each page is saved (default: .build/browser/).
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RELGRAPH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "relgraph")
OUT = os.environ.get("EXPLORER_SCREENSHOTS", os.path.join(ROOT, ".build", "browser"))
BUNDLED = os.path.join(ROOT, "Graphs", "german-soviet-1918-1941")
HOSTILE = os.path.join(ROOT, "Tests", "Browser", "Fixtures", "hostile")
# Three pairs for the path finder. The last two have several shortest paths, and the hub rule
# picks a different one from plain entity order: the tie rule itself is under test.
PATH_PAIRS = [("rathenau", "molotov"), ("seeckt", "tukhachevsky"), ("stresemann", "stalin")]

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def relgraph(*args):
    return subprocess.run([RELGRAPH, *args], check=True, capture_output=True, text=True).stdout


def cli_path(a, b, *extra):
    """The entity ids of `relgraph path A B`'s first path."""
    hops = json.loads(relgraph("path", a, b, "--format", "json", *extra))["paths"][0]["hops"]
    return [hops[0]["from"]] + [h["to"] for h in hops]


def shortest_path_count(a, b):
    return len(json.loads(relgraph("path", a, b, "--all-shortest", "--format", "json"))["paths"])


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1366,768", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def requests_beyond_page(driver):
    return driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")


def search(driver, text):
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(text)
    names = [li.get_attribute("data-name") for li in driver.find_elements(By.CSS_SELECTOR, "#search-results li")]
    box.send_keys(Keys.ENTER)
    return names


def set_window(driver, first, last):
    driver.execute_script("""
        const [from, to] = [document.getElementById('year-from'), document.getElementById('year-to')];
        from.value = arguments[0]; from.dispatchEvent(new Event('input'));
        to.value = arguments[1]; to.dispatchEvent(new Event('input'));""", first, last)


def svg_classes(driver, element_id):
    return driver.execute_script(
        "const g = document.getElementById(arguments[0]); return g ? [...g.classList] : null", element_id)


def drawn_alone(driver, indices):
    """Relation indices drawn as their own edge (`relation-N`, not part of a bundle)."""
    return [r for r in indices if svg_classes(driver, "relation-%d" % r) is not None]


def years(cell):
    return int(cell[:4]) if cell[:4].isdigit() else None


def check_bundled(driver, folder):
    page = os.path.join(folder, "bundled.html")
    relgraph("render", "--format", "html", "-o", page)
    driver.get("file://" + page)
    check(requests_beyond_page(driver) == [], "the bundled page requests nothing beyond its own file")
    check(console_errors(driver) == [], "no console errors on load")

    names = search(driver, "SEECKT")
    check("Hans von Seeckt" in names, "search 'SEECKT' lists Hans von Seeckt (%s)" % names[:3])
    heading = driver.find_element(By.CSS_SELECTOR, "#details h2").text
    check(heading == "Hans von Seeckt", "Enter opens his card (%r)" % heading)
    references = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#details ol.references li")]
    check(any("line" in r for r in references), "the card cites a source with its line (%s)" % references[:1])
    check(search(driver, "THALMANN")[:1] == ["Ernst Thälmann"], "search folds case and accents: 'THALMANN' finds Ernst Thälmann")

    driver.find_element(By.ID, "clear").click()
    driver.execute_script("document.getElementById('entity-walther-rathenau').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    heading = driver.find_element(By.CSS_SELECTOR, "#details h2").text
    check(heading == "Walther Rathenau", "clicking a node opens its card (%r)" % heading)
    cites = driver.find_elements(By.CSS_SELECTOR, "#details ol.relations li .cites")
    check(any("[" in c.text for c in cites), "the card's relations carry numbered citations")
    driver.find_element(By.CSS_SELECTOR, "#details ol.relations li").click()
    check(driver.find_element(By.CSS_SELECTOR, "#details").text.count("Claim") >= 1, "clicking a relation shows its claim and citations")
    driver.find_element(By.ID, "clear").click()

    # Relations that ended before 1939 (by their own dates) dim in a 1939-1941 window; relations
    # that began in 1939 stay.
    with open(os.path.join(BUNDLED, "relations.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ended = [r for r, row in enumerate(rows) if years(row["end"]) and years(row["end"]) < 1939]
    began = [r for r, row in enumerate(rows) if years(row["start"]) == 1939 and not row["end"]]
    ended, began = drawn_alone(driver, ended), drawn_alone(driver, began)
    set_window(driver, 1939, 1941)
    dimmed = [r for r in ended if "outside" in svg_classes(driver, "relation-%d" % r)]
    kept = [r for r in began if "outside" not in svg_classes(driver, "relation-%d" % r)]
    check(len(ended) > 5 and dimmed == ended, "1939-1941 dims all %d drawn relations that ended earlier" % len(ended))
    check(len(began) > 5 and kept == began, "and keeps all %d that began in 1939" % len(began))
    undated = drawn_alone(driver, [r for r, row in enumerate(rows) if not row["start"] and not row["end"]])
    possible = [r for r in undated if "outside" not in svg_classes(driver, "relation-%d" % r)]
    driver.find_element(By.CSS_SELECTOR, 'input[name="reading"][value="known"]').click()
    strict = [r for r in undated if "outside" in svg_classes(driver, "relation-%d" % r)]
    check(undated and possible == undated and strict == undated,
          "undated relations hold under the possible reading and dim under the known one (%d)" % len(undated))
    cite = driver.find_element(By.ID, "cite-line").text
    check("1939–1941" in cite and "known" in cite, "the citation line names the window (%r)" % cite)
    set_window(driver, 0, 9999)
    driver.find_element(By.CSS_SELECTOR, 'input[name="reading"][value="possible"]').click()

    for a, b in PATH_PAIRS:
        expected, count = cli_path(a, b), shortest_path_count(a, b)
        driver.find_element(By.ID, "path-from").clear()
        driver.find_element(By.ID, "path-from").send_keys(a)
        driver.find_element(By.ID, "path-to").clear()
        driver.find_element(By.ID, "path-to").send_keys(b)
        driver.find_element(By.ID, "path-find").click()
        shown = driver.find_element(By.ID, "path-result").get_attribute("data-path")
        lit = driver.execute_script(
            "return [...document.querySelectorAll('#drawing-svg g.node.onpath')].map(g => g.id.slice(7))")
        edges = driver.execute_script("return document.querySelectorAll('#drawing-svg g.edge.onpath').length")
        tie = ""
        if count > 1:
            order = cli_path(a, b, "--tie-break", "entity-order")
            tie = ", a tie of %d paths%s" % (count, "; entity order alone would take " + " ".join(order) if order != expected else "")
        check(shown == " ".join(expected) and sorted(lit) == sorted(expected) and edges == len(expected) - 1,
              "path %s -> %s highlights %s as relgraph path does%s" % (a, b, " ".join(expected), tie))
    ties = [shortest_path_count(a, b) for a, b in PATH_PAIRS]
    check(any(t > 1 for t in ties), "at least one pair has several shortest paths (%s)" % ties)

    driver.find_element(By.ID, "fit").click()
    driver.save_screenshot(os.path.join(OUT, "explorer-bundled.png"))
    check(console_errors(driver) == [], "no console errors after searching, filtering and paths")


def check_readable(driver, folder):
    """At 1366x768, fit to screen: entity labels of drawings of up to 60 entities >= 11 px high."""
    for name, selection in [("seeckt", ["--around", "seeckt", "--depth", "1"]), ("top60", ["--top", "60", "--by", "degree"])]:
        page = os.path.join(folder, name + ".html")
        relgraph("render", *selection, "--format", "html", "-o", page)
        driver.get("file://" + page)
        driver.find_element(By.ID, "fit").click()
        heights = driver.execute_script(
            "return [...document.querySelectorAll('#drawing-svg g.node text')].map(t => t.getBoundingClientRect().height)")
        count = driver.execute_script("return document.querySelectorAll('#drawing-svg g.node').length")
        check(count <= 60 and heights and min(heights) >= 11,
              "fitted entity labels of the %d-entity drawing %s are >= 11 px high (smallest %.1f px)"
              % (count, " ".join(selection), min(heights or [0])))
        driver.save_screenshot(os.path.join(OUT, "explorer-%s.png" % name))


def check_hostile(driver, folder):
    page = os.path.join(folder, "hostile.html")
    relgraph("render", "--graph", HOSTILE, "--format", "html", "-o", page)
    driver.get("file://" + page)
    names = search(driver, "eve")
    heading = driver.find_element(By.CSS_SELECTOR, "#details h2").text
    check(heading == "<script>window.__pwned=1</script>Eve", "a name holding <script> shows as text (%r)" % heading)
    driver.find_element(By.CSS_SELECTOR, "#details ol.relations li").click()
    search(driver, "mallory")
    heading = driver.find_element(By.CSS_SELECTOR, "#details h2").text
    check(heading.startswith('<img src=x onerror="window.__pwned=2">'), "a name holding onerror shows as text (%r)" % heading)
    pwned = driver.execute_script("return window.__pwned === undefined ? null : window.__pwned")
    check(pwned is None, "no injected script or handler ran (window.__pwned = %r)" % pwned)
    counts = driver.execute_script("""return {
        scripts: document.scripts.length, images: document.images.length,
        bold: document.querySelectorAll('b, i').length,
        handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
        javascriptLinks: [...document.querySelectorAll('a[href]')].filter(a => !/^https?:/.test(a.href)).length}""")
    check(counts == {"scripts": 2, "images": 0, "bold": 0, "handlers": 0, "javascriptLinks": 0},
          "no element was made from graph text (%s)" % counts)
    check(console_errors(driver) == [], "no console errors on the hostile page")
    driver.save_screenshot(os.path.join(OUT, "explorer-hostile.png"))


def main():
    os.makedirs(OUT, exist_ok=True)
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as folder:
            check_bundled(driver, folder)
            check_readable(driver, folder)
            check_hostile(driver, folder)
    finally:
        driver.quit()
    print("screenshots in " + OUT)
    if failures:
        print("%d browser check(s) failed" % len(failures))
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()
