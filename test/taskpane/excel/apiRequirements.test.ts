/**
 * The Excel API members the pane's adapters use, against their requirement sets. The TypeScript
 * checker resolves every property the adapters touch; a member declared in office.js's typings under
 * the Excel namespace carries its set in its documentation ("[Api set: ExcelApi 1.13]"). The list is
 * pinned in test/fixtures/excel-api/members.json (a new member shows up in review with its set), and
 * every member above the ExcelApi version the manifest declares must sit behind
 * isExcelApiSupported("x.y") with x.y at least its set: in the true branch of a condition that asks,
 * or after an early return when the answer is no.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import expected from "../../fixtures/excel-api/members.json";

const root = path.resolve(__dirname, "../../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readOverrideRequirementSets } = require("../../../scripts/boot-script.cjs") as {
  readOverrideRequirementSets(xml: string): { name: string; version: string }[];
};

/** The adapters: every file that talks to Excel. */
const ADAPTERS = [
  ...fs
    .readdirSync(path.join(root, "src/taskpane/excel"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(root, "src/taskpane/excel", f)),
  path.join(root, "src/taskpane/ui/excelServices.ts"),
];

/** Members every Excel object or context has had since ExcelApi 1.1, documented without a set. */
const BASE_MEMBERS = ["load", "items", "workbook", "toJSON", "track", "untrack"];

const versionNumber = (v: string): number[] => v.split(".").map(Number);
/** a ≥ b for "1.13" against "1.9". */
function atLeast(a: string, b: string): boolean {
  const [x = 0, y = 0] = versionNumber(a);
  const [p = 0, q = 0] = versionNumber(b);
  return x !== p ? x > p : y >= q;
}

interface Use {
  readonly member: string;
  readonly set: string | null;
  readonly file: string;
  readonly line: number;
  readonly guardedAt: readonly string[];
}

/** The ExcelApi versions an isExcelApiSupported("x.y") call in `expression` asks for. */
function askedVersions(expression: ts.Node, source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(source) === "isExcelApiSupported" &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    // a constant that holds the answer: const hasPattern = isExcelApiSupported("1.9")
    if (ts.isIdentifier(node)) {
      const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) {
        visit(declaration.initializer);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return found;
}

/** Versions asked for by the conditions that must hold for `node` to run. */
function guardsOf(node: ts.Node, source: ts.SourceFile, checker: ts.TypeChecker): string[] {
  const guards: string[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) {
      guards.push(...askedVersions(parent.expression, source, checker));
    } else if (ts.isConditionalExpression(parent) && child === parent.whenTrue) {
      guards.push(...askedVersions(parent.condition, source, checker));
    } else if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right
    ) {
      guards.push(...askedVersions(parent.left, source, checker));
    } else if (ts.isBlock(parent)) {
      // if (!isExcelApiSupported("1.13")) return …; earlier in the same block
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          ts.isPrefixUnaryExpression(statement.expression) &&
          statement.expression.operator === ts.SyntaxKind.ExclamationToken &&
          (ts.isReturnStatement(statement.thenStatement) || ts.isThrowStatement(statement.thenStatement))
        ) {
          guards.push(...askedVersions(statement.expression.operand, source, checker));
        }
      }
    }
    if (ts.isFunctionLike(parent) && !ts.isArrowFunction(parent)) break;
  }
  return guards;
}

function collectUses(): Use[] {
  const config = ts.readConfigFile(path.join(root, "tsconfig.json"), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram(ADAPTERS, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of ADAPTERS) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        const owner = declaration?.parent;
        const inExcel =
          declaration?.getSourceFile().fileName.includes("@types/office-js") &&
          owner &&
          (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) &&
          ts.isModuleBlock(owner.parent) &&
          owner.parent.parent.name.getText() === "Excel";
        if (symbol && owner && inExcel) {
          const docs = [
            ts.displayPartsToString(symbol.getDocumentationComment(checker)),
            ...symbol.getJsDocTags(checker).map((tag) => ts.displayPartsToString(tag.text)),
          ].join("\n");
          // load, items and context.workbook carry no set of their own: they are ExcelApi 1.1's base
          const set =
            /\[Api set: ExcelApi (\d+\.\d+)/.exec(docs)?.[1] ??
            (BASE_MEMBERS.includes(node.name.text) ? "1.1" : null);
          uses.push({
            member: `${(owner as ts.ClassDeclaration).name?.getText() ?? "?"}.${node.name.text}`,
            set,
            file: path.relative(root, file),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            guardedAt: guardsOf(node, source, checker),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe("Excel API members used by the adapters", () => {
  let uses: Use[];
  let declared: string;
  beforeAll(() => {
    uses = collectUses();
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    declared = readOverrideRequirementSets(manifest).find((s) => s.name === "ExcelApi")?.version ?? "";
  }, 120_000);

  test("are the pinned list, each with the ExcelApi set that brought it", () => {
    const listed = Object.fromEntries(
      [...new Map(uses.map((u) => [u.member, u.set ?? "unknown"]))].sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(listed).toEqual(expected);
    expect(Object.keys(listed).length).toBeGreaterThan(30); // the checker did resolve the adapters
    expect(Object.values(listed)).not.toContain("unknown");
  });

  test("above the manifest's ExcelApi set, each use asks isExcelApiSupported first", () => {
    expect(declared).toBe("1.9");
    const above = uses.filter((u) => u.set !== null && !atLeast(declared, u.set));
    // getMergedAreasOrNullObject (1.13) in readSheet and insertIndicatorRows at least
    expect(above.filter((u) => u.member === "Range.getMergedAreasOrNullObject").map((u) => u.file)).toEqual(
      expect.arrayContaining([
        "src/taskpane/excel/readSheet.ts",
        "src/taskpane/excel/insertIndicatorRows.ts",
      ]),
    );
    const unguarded = above
      .filter((u) => !u.guardedAt.some((v) => atLeast(v, u.set ?? "")))
      .map((u) => `${u.file}:${u.line} ${u.member} (ExcelApi ${u.set ?? "?"})`);
    expect(unguarded).toEqual([]);
  });

  test("the guard finder sees a missing guard", () => {
    // the same finder on a use with no guard around it: reported
    const source = ts.createSourceFile(
      "probe.ts",
      'function f(r: any) { if (isExcelApiSupported("1.9")) r.a(); r.b(); }',
      ts.ScriptTarget.ES2020,
      true,
    );
    const program = ts.createProgram({ rootNames: [], options: {} });
    const calls: ts.CallExpression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) calls.push(n);
      ts.forEachChild(n, visit);
    };
    visit(source);
    const [a, b] = calls;
    expect(guardsOf(a!, source, program.getTypeChecker())).toEqual(["1.9"]);
    expect(guardsOf(b!, source, program.getTypeChecker())).toEqual([]);
  });
});
