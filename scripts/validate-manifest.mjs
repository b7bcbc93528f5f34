#!/usr/bin/env node
/**
 * Offline structural check of the add-in manifest: `xmllint --schema` against Microsoft's XML manifest
 * XSD set (OfficeAppManifestV1_1.xsd and the schemas it imports). The XSDs are not in this repository
 * (docs/architecture.md §7); this looks for them in $PERF_TABLES_XSD_DIR, then ../shared/office-xsd, and
 * says what it needs when it finds none (or no xmllint), instead of failing on a path.
 *
 *   npm run validate:manifest                 manifest.xml, and dist/manifest.xml when built
 *   npm run validate:manifest -- other.xml
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA = "OfficeAppManifestV1_1.xsd";
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const candidates = [process.env.PERF_TABLES_XSD_DIR, join(repo, "../shared/office-xsd")].filter(Boolean);
const dir = candidates.find((d) => existsSync(join(d, SCHEMA)));
if (!dir) {
  console.error(
    [
      `validate:manifest needs Microsoft's add-in manifest schemas (${SCHEMA} and the files it imports:`,
      "OfficeAppBasicTypesV1_0.xsd, TaskPaneAppVersionOverridesV1_0.xsd, …), which are not part of this repository.",
      `Looked in: ${candidates.join(", ")}.`,
      "Put a copy of the published XSD set in a folder and run: PERF_TABLES_XSD_DIR=/that/folder npm run validate:manifest",
      "With internet access, Microsoft's own check needs no schemas: npx office-addin-manifest validate manifest.xml",
    ].join("\n"),
  );
  process.exit(1);
}
if (spawnSync("xmllint", ["--version"], { stdio: "ignore" }).error) {
  console.error("validate:manifest needs xmllint: apt-get install -y libxml2-utils (Debian/Ubuntu).");
  process.exit(1);
}
const manifests = process.argv.slice(2);
if (manifests.length === 0)
  manifests.push("manifest.xml", ...(existsSync("dist/manifest.xml") ? ["dist/manifest.xml"] : []));
let failed = false;
for (const manifest of manifests) {
  const run = spawnSync("xmllint", ["--noout", "--schema", join(dir, SCHEMA), manifest], {
    stdio: "inherit",
  });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
