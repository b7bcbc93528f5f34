/**
 * A reader for the small formula language the templates write: numbers, "text", A1 references and
 * ranges, function calls (dotted names such as PERF.SCORE), + - * /, & and comparisons. Enough to
 * compute cached results; anything else gives null so the caller leaves the cell without one.
 */
import { fromA1 } from "../../address";

export type FormulaNode =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "ref"; readonly row: number; readonly col: number }
  | {
      readonly type: "range";
      readonly top: number;
      readonly left: number;
      readonly bottom: number;
      readonly right: number;
    }
  | { readonly type: "call"; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly type: "binary"; readonly op: string; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly type: "negate"; readonly operand: FormulaNode };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Z0-9.(])|([A-Z_][A-Z0-9_.]*)\s*\(|(<>|<=|>=|[-+*/&=<>(),]))/y;

type Token = { kind: "number" | "text" | "ref" | "call" | "op"; text: string };

/**
 * @example
 * parseFormula("=SUM(F13:F24,F6)"); // { type: "call", name: "SUM", args: [range, ref] }
 * parseFormula("=OFFSET(A1,1,1)"); // a call node: the evaluator decides what it knows
 */
export function parseFormula(formula: string): FormulaNode | null {
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (!tokens) return null;
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const take = (): Token | undefined => tokens[pos++];
  const isOp = (text: string): boolean => peek()?.kind === "op" && peek()?.text === text;

  function binaryLevel(ops: readonly string[], next: () => FormulaNode | null): () => FormulaNode | null {
    return () => {
      let left = next();
      while (left && peek()?.kind === "op" && ops.includes(peek()?.text ?? "")) {
        const op = take()?.text ?? "";
        const right = next();
        if (!right) return null;
        left = { type: "binary", op, left, right };
      }
      return left;
    };
  }

  function primary(): FormulaNode | null {
    const token = take();
    if (!token) return null;
    switch (token.kind) {
      case "number":
        return { type: "number", value: Number(token.text) };
      case "text":
        return { type: "text", value: token.text.slice(1, -1).replace(/""/g, '"') };
      case "ref":
        return readRef(token.text);
      case "call": {
        const args: FormulaNode[] = [];
        if (isOp(")")) {
          take();
          return { type: "call", name: token.text, args };
        }
        for (;;) {
          const arg = comparison();
          if (!arg) return null;
          args.push(arg);
          const sep = take();
          if (sep?.text === ")") return { type: "call", name: token.text, args };
          if (sep?.text !== ",") return null;
        }
      }
      case "op":
        if (token.text === "-") {
          const operand = primary();
          return operand ? { type: "negate", operand } : null;
        }
        if (token.text === "(") {
          const inner = comparison();
          return inner && take()?.text === ")" ? inner : null;
        }
        return null;
    }
  }

  const multiplicative = binaryLevel(["*", "/"], primary);
  const additive = binaryLevel(["+", "-"], multiplicative);
  const concatenation = binaryLevel(["&"], additive);
  const comparison = binaryLevel(["=", "<>", "<", ">", "<=", ">="], concatenation);

  const tree = comparison();
  return tree && pos === tokens.length ? tree : null;
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) tokens.push({ kind: "number", text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: "text", text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "call", text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: "op", text: m[5] });
  }
  return tokens;
}

function readRef(text: string): FormulaNode | null {
  const [a, b] = text.split(":");
  const start = a === undefined ? null : fromA1(a);
  if (!start) return null;
  if (b === undefined) return { type: "ref", row: start.row, col: start.col };
  const end = fromA1(b);
  if (!end) return null;
  return {
    type: "range",
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
