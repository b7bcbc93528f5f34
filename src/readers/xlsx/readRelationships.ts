import { scanXml, type XmlTag, type XmlVisitor } from "./scanXml";

/**
 * A relationships part (`_rels/*.rels`): relationship id → target, as written.
 *
 * @example
 * readRelationships('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>').get("rId1");
 * // → "worksheets/sheet1.xml"
 */
export function readRelationships(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (xml === undefined) return targets;
  const visitor: XmlVisitor = {
    wantText: false,
    open(name: string, tag: XmlTag) {
      if (name !== "Relationship") return;
      const id = tag.attr("Id");
      const target = tag.attr("Target");
      if (id !== undefined && target !== undefined) targets.set(id, target);
    },
    text() {},
    close() {},
  };
  scanXml(xml, visitor);
  return targets;
}
