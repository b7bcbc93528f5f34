/**
 * The page side of the browser tests: served instead of office.js (bundled by esbuild in
 * browserHarness.ts), it installs the tests' fake Excel host (test/support/fakeExcel.ts) on window with
 * the options the test put in window.__FAKE_EXCEL_OPTIONS__, and exposes it as window.FakeExcelHost.host
 * for the test to seed and read.
 */
import { install, type InstallOptions } from "../support/fakeExcel";

const page = globalThis as unknown as Record<string, unknown> & { __FAKE_EXCEL_OPTIONS__?: InstallOptions };
page.FakeExcelHost = { host: install(page, page.__FAKE_EXCEL_OPTIONS__ ?? {}) };
