/** One user-facing message in both languages. Placeholders are written {name}. */
export interface Message {
  readonly "zh-CN": string;
  readonly en: string;
}

export type Locale = "zh-CN" | "en";
