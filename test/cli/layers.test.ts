/**
 * The folders of src/cli are layered: main → commands → check → xlsx / report / convert (LibreOffice),
 * report → xlsx, and
 * nothing imports upwards (report never imports check, xlsx imports neither). Read from the import
 * and export statements of every file with the TypeScript parser, type-only ones included: a cycle of
 * types still ties the folders together.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const CLI = join(__dirname, "../../src/cli");

/** Which folders each folder may import from ("." is src/cli itself: main.ts). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ".": ["commands"],
  commands: ["check", "report", "xlsx"],
  check: ["convert", "report", "xlsx"],
  convert: [],
  report: ["xlsx"],
  xlsx: [],
};

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The src/cli folder a path lies in ("." for src/cli itself), or undefined outside src/cli. */
function folderOf(path: string): string | undefined {
  const rel = relative(CLI, path);
  if (rel.startsWith("..")) return undefined;
  const parts = rel.split(sep);
  return parts.length > 1 ? (parts[0] ?? ".") : ".";
}

/** Every relative module specifier of `file`: import, export … from, import("…"), require("…"). */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((s) => s.startsWith("."));
}

/** The file a relative specifier names: "./x" is x.ts, "../check" is check/index.ts. */
function resolveModule(file: string, specifier: string): string {
  const path = resolve(dirname(file), specifier);
  for (const candidate of [`${path}.ts`, join(path, "index.ts")]) if (existsSync(candidate)) return candidate;
  return path;
}

function folderEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(CLI)) {
    const from = folderOf(file) ?? "";
    for (const specifier of specifiersOf(file)) {
      const to = folderOf(resolveModule(file, specifier));
      if (to !== undefined && to !== from) edges.push({ from, to, file: relative(CLI, file), specifier });
    }
  }
  return edges;
}

/** A cycle in the graph as a path (first node repeated at the end), or undefined when it has none. */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...path.slice(path.indexOf(node)), node];
    state.set(node, "open");
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

function graphOf(edges: readonly { readonly from: string; readonly to: string }[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)?.add(to);
  }
  return graph;
}

describe("src/cli folder layers", () => {
  const edges = folderEdges();

  it("finds the imports it checks (the scan is not vacuous)", () => {
    const pairs = new Set(edges.map((e) => `${e.from}→${e.to}`));
    for (const pair of [".→commands", "commands→check", "commands→report", "check→xlsx"]) {
      expect(pairs).toContain(pair);
    }
  });

  it("imports only downwards: commands → check → xlsx / report; report ↛ check; xlsx ↛ report, check", () => {
    const upward = edges.filter((e) => !(ALLOWED[e.from] ?? []).includes(e.to));
    expect(upward.map((e) => `${e.file} imports ${e.specifier} (${e.from} → ${e.to})`)).toEqual([]);
  });

  it("has no cycle between folders, type-only imports included", () => {
    expect(findCycle(graphOf(edges))).toBeUndefined();
  });

  it("has no cycle between files either", () => {
    const fileEdges = sourceFiles(CLI).flatMap((file) =>
      specifiersOf(file)
        .map((s) => resolveModule(file, s))
        .filter((target) => folderOf(target) !== undefined)
        .map((target) => ({ from: relative(CLI, file), to: relative(CLI, target) })),
    );
    expect(fileEdges.length).toBeGreaterThan(50);
    expect(findCycle(graphOf(fileEdges))).toBeUndefined();
  });

  it("the cycle finder finds a cycle (so that the checks above can fail)", () => {
    const cyclic = graphOf([
      { from: "xlsx", to: "report" },
      { from: "report", to: "check" },
      { from: "check", to: "xlsx" },
    ]);
    expect(findCycle(cyclic)).toEqual(["xlsx", "report", "check", "xlsx"]);
    expect(findCycle(graphOf([{ from: "check", to: "xlsx" }]))).toBeUndefined();
  });
});
