/**
 * Fails (exit 1) when the production build's initial JavaScript is over the budget of scripts/bundleSize.ts.
 *   npm run build && npm run size           checks dist/
 *   npx tsx scripts/check-bundle-size.ts <dir>
 * Run on a production build only: a development build is unminified and far over.
 */
import { resolve } from "node:path";
import { formatPageSize, measurePage, withinBudget } from "./bundleSize";

const dir = resolve(process.argv[2] ?? "dist");
try {
  const size = measurePage(dir);
  for (const line of formatPageSize(size)) console.log(line);
  if (!withinBudget(size)) {
    console.error("The pane's initial JavaScript is over its budget: see what grew (webpack --json, stats).");
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`check-bundle-size: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
