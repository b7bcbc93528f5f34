/**
 * Computes every formula of a layout from its constants: the cached results a written file carries so
 * numbers show before the add-in loads (and what the renderer tests compare with a real engine).
 */
import { toA1 } from "../../address";
import { isCellError, type CellValue } from "../../grid";
import type { Layout } from "../layout";
import { parseFormula, type FormulaNode } from "./parseFormula";
import { PERF_FUNCTIONS } from "./perfFunctions";

type Value = CellValue | readonly CellValue[];

const VALUE = { error: "#VALUE!" } as const;
const DIV0 = { error: "#DIV/0!" } as const;
const NAME = { error: "#NAME?" } as const;

/**
 * Results by A1 address; a formula the reader does not understand has no entry (the renderer then
 * writes it without a cached result).
 *
 * @example
 * evaluateLayout(buildSelfEval(opts, SELF_EVAL_EXAMPLE)).get("G37"); // 98.99
 */
export function evaluateLayout(layout: Layout): Map<string, CellValue> {
  const constants = new Map<string, CellValue>();
  const formulas = new Map<string, FormulaNode | null>();
  for (const cell of layout.cells) {
    const address = toA1(cell.row, cell.col);
    if (cell.formula !== undefined) formulas.set(address, parseFormula(cell.formula));
    else if (cell.value !== undefined && cell.value !== null) constants.set(address, cell.value);
  }
  const results = new Map<string, CellValue>();
  const visiting = new Set<string>();
  const unknown = new Set<string>();

  const cellValue = (row: number, col: number): CellValue => {
    const address = toA1(row, col);
    if (results.has(address)) return results.get(address) ?? null;
    if (!formulas.has(address)) return constants.get(address) ?? null;
    if (visiting.has(address)) return { error: "#REF!" };
    const tree = formulas.get(address);
    if (!tree) {
      unknown.add(address);
      return NAME;
    }
    visiting.add(address);
    const value = scalar(evaluate(tree));
    visiting.delete(address);
    results.set(address, value);
    return value;
  };

  const evaluate = (node: FormulaNode): Value => {
    switch (node.type) {
      case "number":
      case "text":
        return node.value;
      case "ref":
        return cellValue(node.row, node.col);
      case "range": {
        const values: CellValue[] = [];
        for (let r = node.top; r <= node.bottom; r++) {
          for (let c = node.left; c <= node.right; c++) values.push(cellValue(r, c));
        }
        return values;
      }
      case "negate": {
        const n = numeric(scalar(evaluate(node.operand)));
        return typeof n === "number" ? -n : n;
      }
      case "binary":
        return binary(node.op, scalar(evaluate(node.left)), scalar(evaluate(node.right)));
      case "call":
        return call(node.name.toUpperCase(), node.args);
    }
  };

  const call = (name: string, args: readonly FormulaNode[]): Value => {
    if (name === "IF") {
      const test = scalar(evaluate(args[0] ?? { type: "number", value: 0 }));
      if (isCellError(test)) return test;
      const branch = truthy(test) ? args[1] : args[2];
      return branch ? scalar(evaluate(branch)) : false;
    }
    const values = args.map((arg) => ({ node: arg, value: evaluate(arg) }));
    const flat = (): CellValue[] =>
      values.flatMap((v): CellValue[] =>
        Array.isArray(v.value) ? (v.value as CellValue[]) : [v.value as CellValue],
      );
    switch (name) {
      case "SUM": {
        let sum = 0;
        for (const v of flat()) {
          if (isCellError(v)) return v;
          if (typeof v === "number") sum += v;
        }
        return sum;
      }
      case "COUNT":
        return flat().filter((v) => typeof v === "number").length;
      case "COUNTA":
        return flat().filter((v) => v !== null).length;
      case "ROUND": {
        const n = numeric(scalar(values[0]?.value ?? null));
        const d = numeric(scalar(values[1]?.value ?? 0));
        if (typeof n !== "number") return n;
        if (typeof d !== "number") return d;
        const f = 10 ** Math.trunc(d);
        // Half away from zero, as Excel; the epsilon absorbs binary noise (1.005 → 1.01).
        return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
      }
      case "N": {
        const v = scalar(values[0]?.value ?? null);
        return typeof v === "number" ? v : isCellError(v) ? v : 0;
      }
      default: {
        const fn = PERF_FUNCTIONS[name];
        if (!fn) return NAME;
        const scalars = values.map((v) => scalar(v.value));
        const error = scalars.find(isCellError);
        return error ?? fn(scalars);
      }
    }
  };

  for (const address of formulas.keys()) {
    const { row, col } = addressToCell(address);
    cellValue(row, col);
  }
  for (const address of unknown) results.delete(address);
  return results;
}

function addressToCell(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  let col = 0;
  for (const ch of m?.[1] ?? "A") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m?.[2] ?? 1) - 1, col: col - 1 };
}

function scalar(value: Value): CellValue {
  if (Array.isArray(value)) return (value as readonly CellValue[])[0] ?? null;
  return value as CellValue;
}

function numeric(value: CellValue): number | CellValue {
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (isCellError(value)) return value;
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : VALUE;
}

function truthy(value: CellValue): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return false;
}

function binary(op: string, left: CellValue, right: CellValue): CellValue {
  if (isCellError(left)) return left;
  if (isCellError(right)) return right;
  if (op === "&") return `${left ?? ""}${right ?? ""}`;
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) return compare(op, left, right);
  const a = numeric(left);
  const b = numeric(right);
  if (typeof a !== "number") return a;
  if (typeof b !== "number") return b;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    default:
      return b === 0 ? DIV0 : a / b;
  }
}

/** Excel comparison: an empty cell equals "" and 0; text compares case-insensitively. */
function compare(op: string, left: CellValue, right: CellValue): boolean {
  const l = left === null ? (typeof right === "string" ? "" : 0) : left;
  const r = right === null ? (typeof l === "string" ? "" : 0) : right;
  let order: number;
  if (typeof l === typeof r) {
    const a = typeof l === "string" ? l.toLowerCase() : l;
    const b = typeof r === "string" ? r.toLowerCase() : r;
    order = a === b ? 0 : (a as number | string | boolean) < (b as number | string | boolean) ? -1 : 1;
  } else {
    // Excel orders numbers < text < booleans.
    const rank = (v: CellValue): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
    order = rank(l) - rank(r);
  }
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}
