import {
  catalogue,
  formatIssue,
  formatMessage,
  isMessageCode,
  makeIssue,
  messageFamilies,
  messageRef,
  type MessageRef,
} from "../../../src/core/messages";

const entries = Object.entries(catalogue) as [string, { "zh-CN": string; en: string }][];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const HAN = /[\u4e00-\u9fff]/;

describe("message catalogue", () => {
  it("has messages", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)("%s has a Chinese and an English text with the same placeholders", (code, message) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(message["zh-CN"].trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(HAN.test(message["zh-CN"])).toBe(true);
    expect(placeholders(message["zh-CN"])).toEqual(placeholders(message.en));
  });

  it("fills placeholders and falls back to the code for unknown codes", () => {
    expect(formatMessage("INTERNAL_ERROR", { detail: "x" })).toContain("x");
    expect(formatMessage("INTERNAL_ERROR", { detail: "x" }, "en")).toMatch(/^Internal error: x/);
    expect(isMessageCode("NO_SUCH_CODE")).toBe(false);
    // Only reachable through a cast (a code read back from a stored report): shown as itself.
    expect(formatIssue({ code: "NO_SUCH_CODE" } as unknown as MessageRef)).toBe("NO_SUCH_CODE");
  });

  it("fills every placeholder as the old replace did: repeated, missing (kept as {name}), twice in a row", () => {
    // Each template is split once and reused: the second call of a code must fill afresh.
    const fill = (code: string, params: Record<string, string | number>, locale: "zh-CN" | "en"): string =>
      formatIssue({ code, params } as unknown as MessageRef, locale);
    const replace = (code: string, params: Record<string, string | number>, locale: "zh-CN" | "en"): string =>
      catalogue[code as keyof typeof catalogue][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params[name] === undefined ? whole : String(params[name]),
      );
    for (const [code, message] of entries) {
      for (const locale of ["zh-CN", "en"] as const) {
        const names = placeholders(message[locale]);
        const all = Object.fromEntries(names.map((n, i) => [n, i % 2 === 0 ? `v${i}` : i]));
        const some = Object.fromEntries(names.slice(1).map((n) => [n, "x"]));
        expect(fill(code, all, locale)).toBe(replace(code, all, locale));
        expect(fill(code, some, locale)).toBe(replace(code, some, locale));
      }
    }
    expect(formatIssue({ code: "NO_SUCH_{x}", params: { x: 1 } } as unknown as MessageRef)).toBe("NO_SUCH_1");
  });

  it("defines each code in one family only (a later spread would silently replace an earlier text)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [family, messages] of Object.entries(messageFamilies)) {
      for (const code of Object.keys(messages)) {
        if (seen.has(code)) twice.push(`${code}: ${seen.get(code)} and ${family}`);
        seen.set(code, family);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(entries.length);
  });

  it("builds issues and refs that leave empty params out and format like the code", () => {
    expect(makeIssue("STRUCTURE_NAME_EMPTY", "error")).toEqual({
      code: "STRUCTURE_NAME_EMPTY",
      severity: "error",
    });
    const issue = makeIssue("INTERNAL_ERROR", "error", { detail: "x" });
    expect(issue).toEqual({ code: "INTERNAL_ERROR", severity: "error", params: { detail: "x" } });
    expect(formatIssue(issue, "en")).toBe(formatMessage("INTERNAL_ERROR", { detail: "x" }, "en"));
    expect(messageRef("TEMPLATE_OUTPUT_EXISTS", { path: "a.xlsx" })).toEqual({
      code: "TEMPLATE_OUTPUT_EXISTS",
      params: { path: "a.xlsx" },
    });
  });

  it("rejects a misspelt code, a missing param and a param the message does not have at compile time", () => {
    // These lines are checked by `tsc --noEmit` (CI's type-check step): each @ts-expect-error fails
    // the build if the line ever compiles. At run time they only format text.
    // @ts-expect-error misspelt code
    formatMessage("INTERNAL_EROR", { detail: "x" });
    // @ts-expect-error missing param
    formatMessage("INTERNAL_ERROR", {});
    // @ts-expect-error the message has no {extra}
    formatMessage("INTERNAL_ERROR", { detail: "x", extra: 1 });
    // @ts-expect-error params are required when the message has placeholders
    makeIssue("SCORES_ABOVE_WEIGHT", "error");
    expect(formatMessage("STRUCTURE_NAME_EMPTY")).toBe(catalogue.STRUCTURE_NAME_EMPTY["zh-CN"]);
  });
});
