/**
 * zod compiles fast parsers with `new Function` and probes for it when a schema is built; under the
 * pane's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation. zod keeps
 * its configuration on globalThis, so setting `jitless` here — imported before anything that builds a
 * schema — turns the probe off for every bundle on the page.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...(holder.__zod_globalConfig ?? {}), jitless: true };

export {};
