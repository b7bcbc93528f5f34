/**
 * Runs every bench/*.bench.ts file (each exports `name` and `run(): Promise<string[]>`) one after the
 * other and prints the lines it returns. Figures only: nothing here asserts a time.
 * Usage: npm run bench [-- <filter>]   (filter: part of a file name)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  readonly name: string;
  readonly run: () => Promise<string[]>;
}

async function main(): Promise<void> {
  const filter = process.argv[2] ?? "";
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".bench.ts") && file.includes(filter))
    .sort();
  if (files.length === 0) {
    console.log(`No bench/*.bench.ts file matches "${filter}".`);
    return;
  }
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
  let failed = false;
  for (const file of files) {
    const started = performance.now();
    try {
      const bench = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule;
      console.log(`\n== ${bench.name} (${file})`);
      for (const line of await bench.run()) console.log(`   ${line}`);
      console.log(`   (${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
    } catch (error) {
      failed = true;
      console.log(
        `\n== ${file}: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  if (failed) process.exitCode = 1;
}

void main();
