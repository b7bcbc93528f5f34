import {
  defaultJobs,
  WORKER_BREAK_EVEN,
  WORKER_BREAK_EVEN_FREE_CORE,
} from "../../../src/cli/check/defaultJobs";

describe("defaultJobs: workers only past the break-even, on free cores", () => {
  it.each([
    [10, true, 2, 1],
    [WORKER_BREAK_EVEN - 1, true, 2, 1],
    [WORKER_BREAK_EVEN, true, 2, 2],
    [10 * WORKER_BREAK_EVEN, true, 2, 2],
    [WORKER_BREAK_EVEN_FREE_CORE - 1, true, 4, 1],
    [WORKER_BREAK_EVEN_FREE_CORE, true, 4, 2],
    [2 * WORKER_BREAK_EVEN_FREE_CORE, true, 8, 3],
    [100 * WORKER_BREAK_EVEN_FREE_CORE, true, 8, 8],
    [10 * WORKER_BREAK_EVEN, true, 1, 1],
    [10 * WORKER_BREAK_EVEN, false, 8, 1],
  ])("%i files, compiled %s, %i cores → %i lanes", (files, compiled, cores, lanes) => {
    expect(defaultJobs(files, compiled, cores)).toBe(lanes);
  });
  it("the docs' examples", () => {
    expect(defaultJobs(100, true, 2)).toBe(1);
    expect(defaultJobs(20000, true, 2)).toBe(2);
    expect(defaultJobs(5000, true, 8)).toBe(4);
  });
});
