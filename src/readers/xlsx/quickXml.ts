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
import { decodeText } from "./decodeXml";

/** What a quick reader returns when it leaves the part to the general tokenizer. */
export const DECLINE = -1;

/** More attributes than a cell, a row or a string item ever carries: the tokenizer reads such a tag. */
export const QUICK_MAX_ATTRIBUTES = 64;

const LT = 60; // <
const GT = 62; // >
export const SLASH = 47; // /
const AMP = 38;

/** Whether the tag at `lt` starts element `<x` (one letter) and not a longer name (`<c` is not `<cols`). */
export function isElement1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === x && endsName(xml.charCodeAt(lt + 2));
}

/** Whether the tag at `lt` starts element `<xy` (two letters). */
export function isElement2(xml: string, lt: number, x: number, y: number): boolean {
  return xml.charCodeAt(lt + 1) === x && xml.charCodeAt(lt + 2) === y && endsName(xml.charCodeAt(lt + 3));
}

/** Whether the tag at `lt` starts element `<xyz` (three letters). */
export function isElement3(xml: string, lt: number, x: number, y: number, z: number): boolean {
  return (
    xml.charCodeAt(lt + 1) === x &&
    xml.charCodeAt(lt + 2) === y &&
    xml.charCodeAt(lt + 3) === z &&
    endsName(xml.charCodeAt(lt + 4))
  );
}

/** Whether the tag at `lt` is exactly `</x>`. */
export function isEndTag1(xml: string, lt: number, x: number): boolean {
  return xml.charCodeAt(lt + 1) === SLASH && xml.charCodeAt(lt + 2) === x && xml.charCodeAt(lt + 3) === GT;
}

/** Whether the tag at `lt` is exactly `</xy>`. */
export function isEndTag2(xml: string, lt: number, x: number, y: number): boolean {
  return (
    xml.charCodeAt(lt + 1) === SLASH &&
    xml.charCodeAt(lt + 2) === x &&
    xml.charCodeAt(lt + 3) === y &&
    xml.charCodeAt(lt + 4) === GT
  );
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

/** Text between tags: entities decoded and line ends normalised as the general tokenizer does. */
export function readText(xml: string, from: number, to: number): string {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP || c === 13) return decodeText(xml, from, to);
  }
  return xml.slice(from, to);
}
