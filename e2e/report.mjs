// What an osai report page says, read the same way by every browser test.

// The summary table: one row per definition, its id and the verdict word (the icon dropped).
export async function verdicts(page) {
  return page.$$eval("article section:first-of-type tbody tr", (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.querySelector("th code")?.textContent ?? "",
        (r.querySelector("td .v")?.textContent ?? "").replace(/^\S+\s/, "").trim(),
      ]),
    ),
  );
}
