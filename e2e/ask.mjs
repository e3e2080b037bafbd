// Answers the web questionnaire in headless Chromium as a person would — clicking the radio
// buttons and checkboxes, typing in the text fields — submits it and prints what the report
// page says. Usage: node e2e/ask.mjs BASE_URL ANSWERS_JSON [lang]
// ANSWERS_JSON maps a question's manifest path to its answer: "yes" / "no" / "partial" for
// choices (a list for checkboxes), text otherwise.
// Prints one JSON line: {"title", "verdicts", "summary", "manifest", "download"}; exit 1 on failure.
import { chromium } from "playwright-core";
import { verdicts as readVerdicts } from "./report.mjs";

const [base, answersJson, lang = "en"] = process.argv.slice(2);
const answers = JSON.parse(answersJson);
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/ask?lang=${lang}`);
  for (const [path, answer] of Object.entries(answers)) {
    const values = Array.isArray(answer) ? answer : [answer];
    const choices = await page.$$(`input[name="${path}"][type=radio], input[name="${path}"][type=checkbox]`);
    if (choices.length > 0) {
      for (const v of values) await page.check(`input[name="${path}"][value="${v}"]`);
    } else {
      await page.fill(`input[name="${path}"]`, String(values[0]));
    }
  }
  await Promise.all([page.waitForNavigation(), page.click("#ask-assess")]);
  const title = await page.title();
  const verdicts = await readVerdicts(page);

  const summary = await page.$$eval("article section:first-of-type tbody tr", (rows) =>
    Object.fromEntries(
      rows.map((r) => [r.querySelector("th code")?.textContent ?? "", r.cells[2]?.textContent ?? ""]),
    ),
  );
  const manifest = (await page.textContent("#manifest-text")) ?? "";
  const download = (await page.getAttribute("#manifest-download", "download")) ?? "";
  console.log(JSON.stringify({ title, verdicts, summary, manifest, download }));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  await browser.close();
}
