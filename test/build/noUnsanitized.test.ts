/**
 * The pane puts text from cells on screen; it must never go in as HTML. eslint-plugin-no-unsanitized
 * guards this in src/** (replacing a grep that missed `el.innerHTML += text`). These tests lint snippets
 * with the project's own eslint.config.mjs, as if they were in the task pane, to prove the rules are on
 * and catch each way in, while plain text and an empty string stay allowed.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

/**
 * Lints each snippet as src/taskpane/ui/snippet.ts with the ESLint class and eslint.config.mjs, in one
 * child Node: jest's module sandbox cannot import the ES-module config (no --experimental-vm-modules).
 * The file does not exist, so the type-aware rules' project service is told to give it the default
 * project (the no-unsanitized rules need no types).
 */
function lintAsPaneSource(snippets: readonly string[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const snippets = JSON.parse(process.argv[1]);
    const eslint = new ESLint({
      cwd: process.cwd(),
      overrideConfig: {
        files: ["src/taskpane/ui/snippet.ts"],
        languageOptions: {
          parserOptions: { projectService: { allowDefaultProject: ["src/taskpane/ui/snippet.ts"] } },
        },
      },
    });
    Promise.all(snippets.map((code) => eslint.lintText(code, { filePath: "src/taskpane/ui/snippet.ts" })))
      .then((results) => {
        const rules = results.map(([r]) => r.messages.map((m) => m.ruleId ?? "fatal: " + m.message));
        process.stdout.write(JSON.stringify(rules));
      });
  `;
  const out = execFileSync(process.execPath, ["-e", script, JSON.stringify(snippets)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(out) as string[][];
}

const HTML_CASES: readonly (readonly [string, string, string])[] = [
  ["innerHTML =", "export function f(el: HTMLElement, x: string): void { el.innerHTML = x; }", "property"],
  ["innerHTML +=", "export function f(el: HTMLElement, x: string): void { el.innerHTML += x; }", "property"],
  ["outerHTML =", "export function f(el: HTMLElement, x: string): void { el.outerHTML = x; }", "property"],
  [
    "insertAdjacentHTML",
    'export function f(el: HTMLElement, x: string): void { el.insertAdjacentHTML("beforeend", x); }',
    "method",
  ],
  ["document.write", "export function f(x: string): void { document.write(x); }", "method"],
];
const CODE_CASES: readonly (readonly [string, string, string])[] = [
  ["eval", "export function f(x: string): unknown { return eval(x); }", "no-eval"],
  ["new Function", "export function f(x: string): unknown { return new Function(x); }", "no-new-func"],
];
const ALLOWED =
  'export function f(el: HTMLElement, x: string): void { el.textContent = x; el.innerHTML = ""; }';

let hits: Map<string, string[]>;

beforeAll(() => {
  const codes = [...HTML_CASES, ...CODE_CASES].map(([, code]) => code).concat(ALLOWED);
  const rules = lintAsPaneSource(codes);
  hits = new Map(codes.map((code, i) => [code, rules[i] ?? []]));
});

describe("no HTML or code from strings in src/", () => {
  it.each(HTML_CASES)("%s with a variable is an error", (_name, code, rule) => {
    expect(hits.get(code)).toContain(`no-unsanitized/${rule}`);
  });

  it.each(CODE_CASES)("%s is an error", (_name, code, rule) => {
    expect(hits.get(code)).toContain(rule);
  });

  it("text and an empty innerHTML pass", () => {
    expect(hits.get(ALLOWED)).toEqual([]);
  });
});
