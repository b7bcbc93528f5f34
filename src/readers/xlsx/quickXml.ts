/**
 * The few pieces the quick readers (scanSheetData, scanSharedStrings) are built from: tags recognised
 * by character codes and text decoded as the general tokenizer (scanXml) decodes it; attributes are
 * read by the tokenizer's own AttributeSpans. Kept together because they are one small grammar. Each
 * quick reader declines (returns {@link DECLINE}) on anything these do not recognise, and the general
 * tokenizer reads it. Character codes rather than startsWith / indexOf: for the short tags and values
 * of a sheet the calls cost more than the comparisons; replacing them took a sheet's reading from 182
 * to 146 µs.
 */
import { endsName, isSpace } from "./attributeSpans";

/** What a quick reader returns when it leaves the part to the general tokenizer. */
export const DECLINE = -1;

/** More attributes than a cell, a row or a string item ever carries: the tokenizer reads such a tag. */
export const QUICK_MAX_ATTRIBUTES = 64;

const LT = 60; // <
const GT = 62; // >
export const SLASH = 47; // /

/**
 * Whether the tag at `lt` starts element `<name` and not a longer name (`<c` is not `<cols`); names are
 * the few short constants of the quick readers, compared character by character.
 */
export function isElement(xml: string, lt: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    if (xml.charCodeAt(lt + 1 + k) !== name.charCodeAt(k)) return false;
  }
  return endsName(xml.charCodeAt(lt + 1 + name.length));
}

/** Whether the tag at `lt` is exactly `</name>`. */
export function isEndTag(xml: string, lt: number, name: string): boolean {
  if (xml.charCodeAt(lt + 1) !== SLASH) return false;
  for (let k = 0; k < name.length; k++) {
    if (xml.charCodeAt(lt + 2 + k) !== name.charCodeAt(k)) return false;
  }
  return xml.charCodeAt(lt + 2 + name.length) === GT;
}

/**
 * The offset of the next tag from `from`, past spacing; {@link DECLINE} when anything else comes first
 * (text between elements is ignored by the general path too, but a quick reader declines it).
 */
export function nextTag(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === LT) return i;
    if (!isSpace(c)) return DECLINE;
  }
  return DECLINE;
}

/** Where the text from `from` ends (the next `<`); values are short, so a loop beats indexOf. */
export function textEnd(xml: string, from: number): number {
  let end = from;
  while (end < xml.length && xml.charCodeAt(end) !== LT) end++;
  return end;
}
