// Submits a manifest through the home page's form in headless Chromium and prints what the
// report page says. Usage: node e2e/assess.mjs BASE_URL MANIFEST_FILE [lang]
// Prints one JSON line: {"title", "verdicts": {definition: verdict}}; exit 1 on any failure.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { verdicts as readVerdicts } from "./report.mjs";

const [base, manifestPath, lang = "en"] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/?lang=${lang}`);
  await page.fill("#manifest", readFileSync(manifestPath, "utf8"));
  await Promise.all([page.waitForNavigation(), page.click("#assess")]);
  const title = await page.title();
  const verdicts = await readVerdicts(page);

  console.log(JSON.stringify({ title, verdicts }));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
