/**
 * Builds the zh-CN custom functions metadata (functions-zh-cn.json) from the generated English
 * functions.json and src/functions/functions.zh-CN.json. Ids and parameter names stay exactly as
 * generated; only descriptions are replaced, so the two files cannot drift: a function or parameter
 * without a Chinese text, or a Chinese text for something that does not exist, is reported.
 *
 * Used by webpack.config.js (fails the build on any problem) and by the tests.
 */

/**
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { description: string, parameters?: Record<string, string> }>} texts
 * @returns {{ metadata: object, problems: string[] }}
 */
function localizeFunctionsMetadata(metadata, texts) {
  const problems = [];
  const seen = new Set();
  const functions = (metadata.functions || []).map((fn) => {
    const zh = texts[fn.id];
    seen.add(fn.id);
    if (!zh || typeof zh.description !== "string" || zh.description.trim() === "") {
      problems.push(`no Chinese description for function ${fn.id}`);
      return fn;
    }
    const zhParams = zh.parameters || {};
    const names = new Set();
    const parameters = (fn.parameters || []).map((param) => {
      names.add(param.name);
      const text = zhParams[param.name];
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`no Chinese description for parameter ${fn.id}(${param.name})`);
        return param;
      }
      return { ...param, description: text };
    });
    for (const name of Object.keys(zhParams)) {
      if (!names.has(name)) problems.push(`${fn.id} has no parameter "${name}"`);
    }
    return { ...fn, description: zh.description, parameters };
  });
  for (const id of Object.keys(texts)) {
    if (!seen.has(id)) problems.push(`no function with id ${id}`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

module.exports = { localizeFunctionsMetadata };
