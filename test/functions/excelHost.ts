/**
 * Calls the PERF functions the way Excel does: the metadata is generated from the JSDoc of
 * src/functions/functions.ts by custom-functions-metadata (the generator the webpack plugin runs), each
 * id is bound to the exported function the generator associates with it, omitted optional arguments
 * are passed as null, and a thrown CustomFunctions.Error becomes the cell's error.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import "../support/customFunctionsFake";
import { FakeCustomFunctionsError } from "../support/customFunctionsFake";
import * as functionsModule from "../../src/functions/functions";

const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

export interface FunctionsMetadata {
  readonly functions: readonly FunctionMetadata[];
}

/** What a cell shows after a call: a value, or an error with Excel's code and the custom text. */
export type CellOutcome =
  | { readonly kind: "value"; readonly value: unknown }
  | { readonly kind: "error"; readonly code: string; readonly message: string | undefined };

export interface ExcelHost {
  readonly metadata: FunctionsMetadata;
  readonly metadataJson: string;
  /** Calls function `id` with `args` (fewer than declared: the rest are null, as Excel passes them). */
  call(id: string, ...args: unknown[]): CellOutcome;
}

let cached: Promise<ExcelHost> | undefined;

/** Generates the metadata once per test file and binds ids to implementations. */
export function loadExcelHost(): Promise<ExcelHost> {
  cached ??= build();
  return cached;
}

async function build(): Promise<ExcelHost> {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
  if (generated.errors.length > 0) throw new Error(`functions.json: ${generated.errors.join("; ")}`);
  const metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  const implementations = functionsModule as unknown as Record<string, unknown>;
  const byId = new Map<string, (...args: unknown[]) => unknown>();
  for (const { id, functionName } of generated.associate) {
    const implementation = implementations[functionName];
    if (typeof implementation !== "function") {
      throw new Error(`${id} is associated with ${functionName}, which functions.ts does not export`);
    }
    byId.set(id, implementation as (...args: unknown[]) => unknown);
  }
  return {
    metadata,
    metadataJson: generated.metadataJson,
    call(id, ...args) {
      const fn = byId.get(id);
      const meta = metadata.functions.find((f) => f.id === id);
      if (!fn || !meta) throw new Error(`no custom function ${id}`);
      if (args.length > meta.parameters.length)
        throw new Error(`${id} takes ${meta.parameters.length} arguments`);
      const padded = meta.parameters.map((param, i) => {
        const given = i < args.length ? args[i] : null;
        // A scalar typed into a matrix parameter reaches the function wrapped in a 1×1 array.
        if (param.dimensionality === "matrix" && given !== null && !Array.isArray(given)) return [[given]];
        return given;
      });
      try {
        return { kind: "value", value: fn(...padded) };
      } catch (error) {
        if (error instanceof FakeCustomFunctionsError) {
          return { kind: "error", code: error.code, message: error.message };
        }
        throw error;
      }
    },
  };
}
