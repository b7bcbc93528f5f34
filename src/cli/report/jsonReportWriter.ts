import type { Locale } from "../../core/messages";
import type { CheckedFile } from "../../check/checkedFile";
import { checkReportSchema } from "../../check/reportSchema";
import { toCheckReport } from "./toCheckReport";

/** Writes the `--json` report one file at a time; see {@link jsonReportWriter}. */
export interface JsonReportWriter {
  /** Writes one checked file's entry; false (and nothing written) when it fails the report schema. */
  add(file: CheckedFile): boolean;
  /** Closes the report. */
  end(): void;
}

const fileSchema = checkReportSchema.shape.files.element;

/**
 * The `--json` report written as the files are checked, byte for byte what
 * `JSON.stringify(toCheckReport(all, locale), null, 2) + "\n"` gives, so nothing per file is kept and
 * no single string grows with the number of files (one string of the whole report passed V8's limit
 * at about 26,000 files). Each entry is checked against the report schema before it is written.
 *
 * @example
 * const json = jsonReportWriter((text) => process.stdout.write(text), "zh-CN");
 * for (const file of checked) json.add(file);
 * json.end();
 */
export function jsonReportWriter(write: (text: string) => void, locale: Locale): JsonReportWriter {
  let count = 0;
  return {
    add(file) {
      const [entry] = toCheckReport([file], locale).files;
      if (!entry || !fileSchema.safeParse(entry).success) return false;
      // Inside { "files": [ … ] } an entry sits two levels deep: every line of it indented 4 more spaces
      // (JSON text has no raw line breaks inside strings, so every "\n" is a line of the layout).
      const text = JSON.stringify(entry, null, 2).replace(/\n/g, "\n    ");
      write(`${count === 0 ? '{\n  "files": [\n' : ",\n"}    ${text}`);
      count++;
      return true;
    },
    end() {
      write(count === 0 ? '{\n  "files": []\n}\n' : "\n  ]\n}\n");
    },
  };
}
