import { say, type OutputLanguage } from "./outputLanguage";

const WIDTH = 24;

/** The progress line: drawn in place, or cleared so that other text can be written to the terminal. */
export interface ProgressBar {
  readonly draw: (done: number, total: number) => void;
  /** Erases the line (when drawn); the next `draw` draws it again. */
  readonly clear: () => void;
}

const CLEAR = `\r${" ".repeat(72)}\r`;

/**
 * One line on stderr, redrawn in place: "正在检查 12/100 [####……]". `done === total` clears it.
 *
 * @example
 * const bar = progressBar((t) => process.stderr.write(t), "zh-CN");
 * bar.draw(1, 10);
 */
export function progressBar(write: (text: string) => void, language: OutputLanguage): ProgressBar {
  let last = -1;
  return {
    draw(done, total) {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      if (done === total) {
        write(CLEAR);
        last = -1;
        return;
      }
      if (filled === last && done % 10 !== 0) return;
      last = filled;
      const label = say("CHECK_PROGRESS", { done, total }, language === "both" ? "zh-CN" : language);
      write(`\r${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}]`);
    },
    clear() {
      if (last === -1) return;
      write(CLEAR);
      last = -1;
    },
  };
}
