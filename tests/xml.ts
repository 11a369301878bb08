// A strict little XML reader for the tests of `nnc graph` and `nnc plot`: it throws on anything that is not
// well-formed (unbalanced or crossed tags, a stray `<` or `&`, an attribute without quotes) and returns the element
// tree, so that a test can look for the nodes and legend entries in an SVG.

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside it, entities decoded. */
  text: string;
}

export function parseXml(src: string): XmlElement {
  const body = src
    .replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?>/i, "");
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  let at = 0;
  while (at < body.length) {
    const lt = body.indexOf("<", at);
    const text = body.slice(at, lt < 0 ? body.length : lt);
    stack.at(-1)!.text += decode(text);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`not well-formed at ${lt}: ${JSON.stringify(body.slice(lt, lt + 40))}`);
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText!.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1]! in attrs) throw new Error(`attribute ${a[1]} twice`);
        attrs[a[1]!] = decode(a[2] ?? a[3]!);
      }
      const el: XmlElement = { name: name!, attrs, children: [], text: "" };
      stack.at(-1)!.children.push(el);
      if (!selfClose) stack.push(el);
    }
    at = tag.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (root.children.length !== 1 || root.text.trim() !== "") throw new Error("not one root element");
  return root.children[0]!;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|[^;]*);?/gi, (whole, e: string) => {
    if (!whole.endsWith(";")) throw new Error(`a bare & in ${JSON.stringify(s.slice(0, 40))}`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e in named) return named[e]!;
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    throw new Error(`unknown entity &${e};`);
  });
}

/** Every element of the tree, depth first. */
export function allElements(e: XmlElement): XmlElement[] {
  return [e, ...e.children.flatMap(allElements)];
}
