/**
 * What is not a regular file, or is too large, is refused before a byte is read: FIFO, device, socket,
 * folder, a link to /dev/zero, a sparse 2 GB file; a link to nothing is named as such.
 */
import { execFileSync } from "node:child_process";
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { readInputFile } from "../../../src/cli/xlsx/readInputFile";
import { tempDir } from "../checkHarness";

const LIMIT = 50 * 1024 * 1024;

describe("readInputFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  it("reads a regular file whole", async () => {
    await writeFile(join(dir, "a.xlsx"), "PK\u0003\u0004 bytes");
    expect(await readInputFile(join(dir, "a.xlsx"), LIMIT)).toEqual({
      bytes: Buffer.from("PK\u0003\u0004 bytes"),
    });
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const started = performance.now();
    expect(await readInputFile(fifo, LIMIT)).toMatchObject({
      error: "WORKBOOK_NOT_REGULAR",
      params: { kind: "命名管道/FIFO" },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses /dev/zero, also through a link named .xlsx", async () => {
    await symlink("/dev/zero", join(dir, "zero.xlsx"));
    for (const path of ["/dev/zero", join(dir, "zero.xlsx")]) {
      expect(await readInputFile(path, LIMIT)).toMatchObject({
        error: "WORKBOOK_NOT_REGULAR",
        params: { kind: "设备文件/device" },
      });
    }
  });

  it("refuses a socket", async () => {
    const path = join(dir, "sock.xlsx");
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(path, done));
    try {
      expect(await readInputFile(path, LIMIT)).toMatchObject({
        error: "WORKBOOK_NOT_REGULAR",
        params: { kind: "套接字/socket" },
      });
    } finally {
      server.close();
    }
  });

  it("refuses a folder named like a workbook", async () => {
    await mkdir(join(dir, "folder.xlsx"));
    expect(await readInputFile(join(dir, "folder.xlsx"), LIMIT)).toMatchObject({
      error: "WORKBOOK_NOT_REGULAR",
      params: { kind: "文件夹/folder" },
    });
  });

  it("refuses a sparse 2 GB file by its size, without reading it", async () => {
    const path = join(dir, "sparse.xlsx");
    await writeFile(path, "");
    await truncate(path, 2 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    expect(await readInputFile(path, LIMIT)).toMatchObject({
      error: "WORKBOOK_TOO_LARGE",
      params: { size: "2.0 GB", limit: "50.0 MB" },
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("names a link to nothing as such, and a missing file as missing", async () => {
    await symlink(join(dir, "gone.xlsx"), join(dir, "dangling.xlsx"));
    expect(await readInputFile(join(dir, "dangling.xlsx"), LIMIT)).toMatchObject({
      error: "WORKBOOK_DANGLING_LINK",
    });
    expect(await readInputFile(join(dir, "missing.xlsx"), LIMIT)).toMatchObject({
      error: "WORKBOOK_NOT_FOUND",
    });
  });
});
