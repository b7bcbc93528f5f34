/**
 * Writes a large matrix of formulas in blocks of whole rows, one sync per block, so that no request
 * passes Excel on the web's 5 MB payload limit ("RichApi.Error: the request payload size has exceeded
 * the limit", docs: Office add-ins resource limits). A portable row carries about 80,000 characters of
 * helper formulas: 60 rows would already be one request over the limit.
 */

/** Characters of formula text per request: well under 5 MB, as text goes as UTF-16 JSON with escapes. */
export const BLOCK_CHARACTERS = 1_500_000;

/**
 * @example
 * await writeFormulasInBlocks(context, sheet, matrix); // 3 syncs for 150 portable rows
 */
export async function writeFormulasInBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  matrix: readonly (readonly (string | number)[])[],
  limit: number = BLOCK_CHARACTERS,
): Promise<number> {
  const width = matrix[0]?.length ?? 0;
  let syncs = 0;
  let start = 0;
  while (start < matrix.length) {
    let end = start;
    let size = 0;
    // At least one row per block, however long it is.
    while (end < matrix.length && (end === start || size + rowSize(matrix[end]) <= limit)) {
      size += rowSize(matrix[end]);
      end += 1;
    }
    sheet.getRangeByIndexes(start, 0, end - start, width).formulas = matrix.slice(start, end) as (
      string | number
    )[][];
    // One request per block is the point: a single sync would carry them all past the limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs += 1;
    start = end;
  }
  return syncs;
}

function rowSize(row: readonly (string | number)[] | undefined): number {
  return (row ?? []).reduce<number>((n, cell) => n + (typeof cell === "string" ? cell.length : 8), 0);
}
