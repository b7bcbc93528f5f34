import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { rewritePackageParts } from "../xlsx/rewritePackageParts";

/** The sheets of a package and their relationship parts. */
const SHEET_PARTS = /^xl\/worksheets\/(?:_rels\/)?sheet\d+\.xml(?:\.rels)?$/;

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const unescapeXml = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
const escapeXml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/** A path as a URI reference: only what would break it escaped, as fileLink does. */
const escapePath = (path: string): string =>
  path.replace(/%/g, "%25").replace(/ /g, "%20").replace(/#/g, "%23");

/**
 * The review workbook's links as Excel follows them. exceljs takes a link such as
 * `file:///in/a.xlsx#'Sheet'!G24` for an internal one (it ends like `Sheet!G24`): it writes the whole URL
 * into the hyperlink's `location` and, fragment included, into the relationship's target — and Excel
 * opens neither. Rewritten here: the relationship holds the file's path relative to the report's
 * folder (absolute `file:///` when there is no relative path, e.g. another drive), the `location` only
 * the place in it (`'Sheet'!G24`). `bytes` unchanged when there is no such link.
 *
 * @example
 * await writeFile(out, await localizeReviewLinks(await workbook.xlsx.writeBuffer(), dirname(out)));
 */
export async function localizeReviewLinks(bytes: Uint8Array, reportDir: string): Promise<Uint8Array> {
  const rewritten = await rewritePackageParts(
    bytes,
    (name) => SHEET_PARTS.test(name),
    (xml, name) =>
      name.endsWith(".rels")
        ? xml.replace(
            /(<Relationship\b[^>]*\bTarget=")(file:[^"]*)"/g,
            (_all, head: string, target: string) => {
              return `${head}${escapeXml(relativeTarget(unescapeXml(target), reportDir))}"`;
            },
          )
        : xml.replace(
            /(<hyperlink\b[^>]*\blocation=")(file:[^"]*)"/g,
            (_all, head: string, location: string) => {
              const place = unescapeXml(location).split("#").slice(1).join("#");
              return `${head}${escapeXml(place)}"`;
            },
          ),
  );
  return rewritten ?? bytes;
}

/** `file:///in/a.xlsx#…` → `../in/a.xlsx` (from `reportDir`), without the fragment. */
function relativeTarget(url: string, reportDir: string): string {
  const withoutFragment = url.split("#")[0] ?? url;
  let path: string;
  try {
    path = fileURLToPath(withoutFragment);
  } catch {
    return withoutFragment;
  }
  const rel = relative(reportDir, path);
  if (rel === "" || isAbsolute(rel)) return withoutFragment; // another drive: only the absolute form works
  return escapePath(rel.split(sep).join("/"));
}
