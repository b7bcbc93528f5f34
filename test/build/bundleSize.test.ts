/** The size check CI runs on the production build (scripts/bundleSize.ts), on small made-up pages. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { BUDGET_GZIP_KB, formatPageSize, measurePage, withinBudget } from "../../scripts/bundleSize";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bundle-size-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function page(scripts: Record<string, Buffer | string>): void {
  const tags = Object.keys(scripts).map((src, i) =>
    i % 2 ? `<script defer src="${src}">` : `<script defer src=${src}>`,
  );
  writeFileSync(
    join(dir, "taskpane.html"),
    `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>${tags.join("</script>")}</script>`,
  );
  for (const [file, body] of Object.entries(scripts)) writeFileSync(join(dir, file), body);
}

test("counts the page's own scripts in page order, quoted or not, and not office.js", () => {
  const shared = "export const core = 1;\n".repeat(500);
  page({ "runtime.js": "r", "shared.js": shared, "taskpane.js": "t" });
  writeFileSync(join(dir, "unused.js"), randomBytes(200_000)); // built but not on the page
  const size = measurePage(dir);
  expect(size.scripts.map((s) => s.file)).toEqual(["runtime.js", "shared.js", "taskpane.js"]);
  expect(size.scripts[1]).toEqual({
    file: "shared.js",
    raw: shared.length,
    gzip: gzipSync(shared, { level: 9 }).length,
  });
  expect(size.totalGzip).toBe(size.scripts.reduce((sum, s) => sum + s.gzip, 0));
  expect(withinBudget(size)).toBe(true);
  expect(formatPageSize(size).at(-1)).toMatch(new RegExp(`within the ${BUDGET_GZIP_KB} KB gzip budget$`));
});

test("is over the budget when the scripts compress to more than it", () => {
  // random bytes do not compress: gzip is about as large as the file
  page({ "taskpane.js": randomBytes(BUDGET_GZIP_KB * 1024 + 1024) });
  const size = measurePage(dir);
  expect(size.totalGzip).toBeGreaterThan(BUDGET_GZIP_KB * 1024);
  expect(withinBudget(size)).toBe(false);
  expect(formatPageSize(size).at(-1)).toContain("OVER");
});

test("a page without scripts of its own is an error, not an empty total within the budget", () => {
  writeFileSync(join(dir, "taskpane.html"), "<p>no scripts</p>");
  expect(() => measurePage(dir)).toThrow(/loads no script of its own/);
});
