/**
 * `compute` with its answers remembered, for the pure lookups the recogniser and the rules repeat for
 * every row and every file (a label's normal form, a header's role, whether a name is a rate). At most
 * `max` keys are kept; when that many are held, all are forgotten at once (a folder of submissions
 * repeats a few dozen labels, so the map rarely fills; clearing is simpler than ageing and bounds
 * memory the same). Answers are shared: do not mutate them.
 *
 * @example
 * const normalise = remember((label: string) => label.trim());
 * normalise(" 产出指标 "); // "产出指标", worked out once
 */
export function remember<K, V>(compute: (key: K) => V, max = 10_000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key: K): V => {
    const known = answers.get(key);
    // undefined may be an answer too: only then is has() asked.
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
