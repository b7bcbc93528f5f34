/**
 * The pane puts text from cells on screen; it must never go in as HTML. This guards the source: no
 * innerHTML / outerHTML / insertAdjacentHTML / document.write / eval anywhere in the task pane.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "../../../src/taskpane");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("task pane source", () => {
  const files = sources(ROOT);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    "%s builds no HTML from strings",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(
        /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/,
      );
    },
  );
});
