/**
 * Full zod compiles fast object parsers with `new Function`, probing for it when an object schema is
 * built; under the pane's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation. The pane itself now uses zod/mini, which never compiles, but the core is shared with the
 * command line (full zod): should a full-zod object schema reach the page, `jitless` keeps it from
 * probing. zod reads the setting when a schema is built, so the pane's entry imports this module first;
 * the setting is global, so it also covers the functions and the commands. Set through zod's public
 * `config`, not by writing the global object it happens to use (that object only exists from zod 4.4).
 * Listed in package.json "sideEffects", or the bundler would drop this import, which exports nothing.
 */
import * as z from "zod/mini";

z.config({ jitless: true });

export {};
