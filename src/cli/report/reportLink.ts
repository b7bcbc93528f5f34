import { isAbsolute, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { fileLink } from "./fileLink";

/** A path as a URI reference: only what would break it escaped, as fileLink does. */
const escapePath = (path: string): string =>
  path.replace(/%/g, "%25").replace(/ /g, "%20").replace(/#/g, "%23");

/**
 * A review workbook's link to `path` at `cell` of `sheet`, as Excel follows it: the file's path relative
 * to the report's folder (absolute `file:///` when there is none, e.g. another drive), then after `#`
 * the place in it (`'Sheet'!G24`). The review writer puts the part before `#` in the hyperlink's
 * relationship and the part after in its `location` (exceljs would put the whole URL in both, and Excel
 * opens neither).
 *
 * @example
 * reportLink("/data/收件箱/a.xlsx", "/data/审核", "绩效自评表", "G24"); // "../收件箱/a.xlsx#'绩效自评表'!G24"
 */
export function reportLink(path: string, reportDir: string, sheet?: string, cell?: string): string {
  // fileLink escapes "#" in the path: the first one starts the place in the file.
  const [file = "", ...place] = fileLink(path, sheet, cell).split("#");
  const target = relativeTarget(file, reportDir);
  return place.length > 0 ? `${target}#${place.join("#")}` : target;
}

/** `file:///in/a.xlsx` → `../in/a.xlsx` (from `reportDir`). */
function relativeTarget(url: string, reportDir: string): string {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return url;
  }
  const rel = relative(reportDir, path);
  if (rel === "" || isAbsolute(rel)) return url; // another drive: only the absolute form works
  return escapePath(rel.split(sep).join("/"));
}
