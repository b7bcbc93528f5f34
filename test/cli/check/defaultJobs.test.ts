import { defaultJobs, WORKER_BREAK_EVEN } from "../../../src/cli/check/defaultJobs";

describe("defaultJobs: workers only past the measured break-even, on free cores", () => {
  it.each([
    [10, true, 2, 1],
    [WORKER_BREAK_EVEN - 1, true, 2, 1],
    [WORKER_BREAK_EVEN, true, 2, 2],
    [10 * WORKER_BREAK_EVEN, true, 2, 2],
    [2 * WORKER_BREAK_EVEN, true, 8, 3],
    [10 * WORKER_BREAK_EVEN, true, 1, 1],
    [10 * WORKER_BREAK_EVEN, false, 8, 1],
  ])("%i files, compiled %s, %i cores → %i lanes", (files, compiled, cores, lanes) => {
    expect(defaultJobs(files, compiled, cores)).toBe(lanes);
  });
});
