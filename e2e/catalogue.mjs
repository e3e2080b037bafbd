// Uses the catalogue in headless Chromium as a person would: types "OLMo" in the home page's
// search box, filters the results to osaid-1.0 = pass, ticks two releases of the search and
// compares them, then opens the statistics page and finds its charts. Takes a screenshot of
// each page. Usage: node e2e/catalogue.mjs BASE_URL SCREENSHOT_DIR [lang]
// Prints one JSON line: {"found", "names", "passing", "compared", "differ", "charts", "tables",
// "screenshots"}; exit 1 on any failure.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [base, dir, lang = "en"] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
const shots = [];
const shot = async (page, name) => {
  const path = join(dir, `${name}-${lang}.png`);
  await page.screenshot({ path });
  shots.push(path);
};
const rowNames = (page) =>
  page.$$eval("table.catalogue tbody th[scope=row] a", (as) => as.map((a) => a.textContent.trim()));
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(`${base}/?lang=${lang}`);
  await shot(page, "home");
  await page.fill("#search", "OLMo");
  await Promise.all([page.waitForNavigation(), page.click("#search-button")]);
  const found = (await page.textContent("#results")).trim();
  const names = await rowNames(page);
  await shot(page, "catalogue");

  // Filter the search to osaid-1.0 = pass.
  await page.selectOption("#definition", "osaid-1.0");
  await page.selectOption("#verdict", "pass");
  await Promise.all([page.waitForNavigation(), page.click("#filter")]);
  const passing = await rowNames(page);
  const cells = await page.$$eval("table.catalogue tbody tr", (rows) => rows.length);
  await shot(page, "filtered");

  // Back to the search, tick the first two releases, compare them.
  await page.selectOption("#verdict", "");
  await page.selectOption("#definition", "");
  await Promise.all([page.waitForNavigation(), page.click("#filter")]);
  const boxes = await page.$$("table.catalogue tbody input[type=checkbox]");
  if (boxes.length < 2) throw new Error(`only ${boxes.length} releases to tick`);
  await boxes[0].check();
  await boxes[1].check();
  await Promise.all([page.waitForNavigation(), page.click("#compare")]);
  const compared = await page.$$eval("table.compare:first-of-type thead th a", (as) =>
    as.map((a) => a.textContent.trim()),
  );
  const differ = await page.$$eval("table.compare tr.differ", (rows) => rows.length);
  await shot(page, "compare");

  // The statistics page: charts with titles, and their numbers as tables.
  await page.click(`nav a[href="/stats?lang=${lang}"]`);
  await page.waitForSelector("svg.chart");
  const charts = await page.$$eval("svg.chart", (svgs) =>
    svgs.map((s) => ({
      title: s.querySelector("title")?.textContent ?? "",
      desc: s.querySelector("desc")?.textContent ?? "",
      bars: s.querySelectorAll("rect").length,
    })),
  );
  const tables = await page.$$eval("table.numbers", (ts) => ts.length);
  await shot(page, "stats");
  console.log(JSON.stringify({ found, names, passing, cells, compared, differ, charts, tables, screenshots: shots }));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
