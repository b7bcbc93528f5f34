/**
 * Pinyin initials of the characters used by the indicator library, written by hand so the add-in needs
 * no pinyin dictionary (a full one is several hundred kilobytes). The initials stored with each library
 * entry were computed with this table; a test checks that every entry's initials still match it.
 */
const INITIALS: Readonly<Record<string, string>> = {
  a: "安按案",
  b: "保办备报拨本标班编补",
  c: "产传参场处常成持查测程策财采长次出",
  d: "到动单大定对带度档登督达",
  f: "付分发府废服放符范覆负份",
  g: "公共功告固工改故更格盖管规购过果",
  h: "会划化合好护核活环耗话",
  j: "件价健决及圾均境就急据接机检究结节解计记金间降监经济",
  k: "可块开控款空课",
  l: "利垃料率理类绿联良量力",
  m: "模民满目面",
  n: "年能",
  p: "培排评配",
  q: "全弃气求确群起",
  r: "人任入日染热软",
  s: "事使受实市施数时生社算设诉送收",
  t: "同套投统调贴通题态",
  w: "位务完污物维问万",
  x: "享信先响宣性息效新晓相系线续行训象限项消小",
  y: "业优员应影意有源用益研约运验预元与",
  z: "专众准制占增总执政整正知综置账质资转重障指",
};

/** Words whose characters read differently together ("会计" is kuàijì, not huìjì; "增长" is zēngzhǎng). */
const WORDS: Readonly<Record<string, string>> = { 会计: "kj", 增长: "zz" };

const CHAR_TO_INITIAL: ReadonlyMap<string, string> = new Map(
  Object.entries(INITIALS).flatMap(([initial, chars]) => [...chars].map((ch) => [ch, initial] as const)),
);

/** Whether `ch` is a Chinese character (CJK unified ideographs). */
function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

/**
 * Lower-case pinyin initials of the Chinese characters in `text`; letters and digits are kept (lower-cased),
 * punctuation is dropped, and a character missing from the table gives "?" so gaps are easy to spot.
 *
 * @example
 * pinyinInitials("预算执行率"); // "yszxl"
 * pinyinInitials("项目(工程)验收合格率"); // "xmgcyshgl"
 */
export function pinyinInitials(text: string): string {
  let out = "";
  const chars = [...String(text ?? "")];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? "";
    const pair = ch + (chars[i + 1] ?? "");
    const word = WORDS[pair];
    if (word !== undefined) {
      out += word;
      i++;
    } else if (isHan(ch)) {
      out += CHAR_TO_INITIAL.get(ch) ?? "?";
    } else if (/[A-Za-z0-9]/.test(ch)) {
      out += ch.toLowerCase();
    }
  }
  return out;
}
