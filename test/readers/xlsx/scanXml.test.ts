/** The tokenizer on its own: what it gives a visitor, and what it refuses. */
import { scanXml, XmlError, type XmlTag } from "../../../src/readers/xlsx/scanXml";

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    wantText: true,
    open: (name: string, tag: XmlTag) =>
      out.push(`<${name}${tag.attr("a") === undefined ? "" : ` a=${tag.attr("a")}`}>`),
    text: (text: string) => out.push(JSON.stringify(text)),
    close: (name: string) => out.push(`</${name}>`),
  });
  return out;
}

describe("scanXml", () => {
  it("elements (prefix dropped), attributes, text with entities, CDATA, comments, line ends", () => {
    expect(
      events(
        '<?xml version="1.0"?><x:r a="1 &amp; &#x41;"><!-- c --><t>a&lt;b\r\nc</t><e a=\'q\'/><![CDATA[<raw>]]></x:r>',
      ),
    ).toEqual(["<r a=1 & A>", "<t>", '"a<b\\nc"', "</t>", "<e a=q>", "</e>", '"<raw>"', "</r>"]);
  });

  it("an attribute value's tabs and line ends read as spaces", () => {
    expect(events('<r a="x\ty\r\nz"/>')).toEqual(["<r a=x y z>", "</r>"]);
  });

  it("a tag with many attributes (the attribute table grows)", () => {
    const attributes = Array.from({ length: 100 }, (_, i) => `b${i}="${i}"`).join(" ");
    let seen: string | undefined;
    scanXml(`<r ${attributes} a="last"/>`, {
      wantText: false,
      open: (_name, tag) => {
        seen = `${tag.attr("b0")} ${tag.attr("b99")} ${tag.attr("a")}`;
      },
      text: () => undefined,
      close: () => undefined,
    });
    expect(seen).toBe("0 99 last");
  });

  it.each([
    ["a DOCTYPE", '<!DOCTYPE r [<!ENTITY e "x">]><r/>'],
    ["an unknown entity", "<r>&e;</r>"],
    ["a character reference to nothing", "<r>&#0;</r>"],
    ["tags that do not nest", "<r><a></r></a>"],
    ["an element left open", "<r><a>"],
    ["two roots", "<r/><s/>"],
    ["no root", "  "],
    ["text outside the root", "<r/>x"],
    ["an unquoted attribute", "<r a=1/>"],
    ["< in an attribute", '<r a="<"/>'],
    ["an unclosed comment", "<r><!-- </r>"],
  ])("refuses %s", (_name, xml) => {
    expect(() => events(xml)).toThrow(XmlError);
  });
});
