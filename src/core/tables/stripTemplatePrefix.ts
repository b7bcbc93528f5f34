/** "指标1：" left in front of a name typed into a template row: always a prefix. */
const WITH_COLON = /^指标\s*\d+\s*[:：]\s*/;
/** "指标1工程完工率", "指标2、满意度": a prefix only when a real name follows (not "指标1.5倍"). */
const BARE = /^指标\s*\d+\s*(?:[、，,.．]\s*(?!\d))?/;
/** A real name starts with a word (Han or Latin), not a digit, unit or bracket, and has two characters. */
const NAME_START = /^[\p{Script=Han}A-Za-z]/u;

/**
 * The indicator name without the "指标1" placeholder of the template row it was typed into. With a
 * colon the placeholder always goes ("指标1：" alone leaves ""); without one it goes only when what
 * remains reads as a name, so "指标1" alone and "指标1个" stay as they are.
 *
 * @example
 * stripTemplatePrefix("指标1：培训人次") // → "培训人次"
 * stripTemplatePrefix("指标1工程资金金额") // → "工程资金金额"
 * stripTemplatePrefix("指标1") // → "指标1"
 */
export function stripTemplatePrefix(name: string): string {
  if (WITH_COLON.test(name)) return name.replace(WITH_COLON, "");
  const bare = BARE.exec(name);
  if (!bare) return name;
  const rest = name.slice(bare[0].length).trim();
  return rest.length >= 2 && NAME_START.test(rest) ? rest : name;
}
