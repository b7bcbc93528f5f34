import { say, type OutputLanguage } from "./outputLanguage";

const WIDTH = 24;

/**
 * One line on stderr, redrawn in place: "正在检查 12/100 [####……]". `done === total` clears it.
 *
 * @example
 * const draw = progressBar((t) => process.stderr.write(t), "zh-CN");
 * draw(1, 10);
 */
export function progressBar(
  write: (text: string) => void,
  language: OutputLanguage,
): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    if (done === total) {
      write(`\r${" ".repeat(72)}\r`);
      return;
    }
    if (filled === last && done % 10 !== 0) return;
    last = filled;
    const label = say("CHECK_PROGRESS", { done, total }, language === "both" ? "zh-CN" : language);
    write(`\r${label} [${"#".repeat(filled)}${".".repeat(WIDTH - filled)}]`);
  };
}
