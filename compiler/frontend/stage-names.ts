// One body's stage names (LANGUAGE §6): a named stage keeps its name; an unnamed one is its layer's name and its
// rank among the stages of that layer in this body, from 1, in source order, named ones counted. Two stages with
// one name are E2008.

import type * as A from "./ast.js";
import { error, primary, secondary, type Checked, type Diagnostic } from "../diagnostics.js";
import type { Span } from "../source.js";

/** Each layer call of `body` and its stage name; `prefix` is the enclosing user layer's stage, for messages. */
export function nameStages(body: A.Body, prefix: string): Checked<Map<A.CallValue, string>> {
  const diags: Diagnostic[] = [];
  const sites = callSites(body).sort((a, b) => a.call.span.start - b.call.span.start);
  const rank = new Map<string, number>();
  const names = new Map<A.CallValue, string>();
  const taken = new Map<string, Span>();
  for (const site of sites) {
    const layer = site.call.callee.name;
    const r = (rank.get(layer) ?? 0) + 1;
    rank.set(layer, r);
    const name = site.name?.name ?? `${layer}${r}`;
    const at = site.name?.span ?? site.call.span;
    const prev = taken.get(name);
    if (prev) {
      diags.push(
        error("E2008", `two stages are named \`${prefix}${name}\``, [
          primary(at, site.name ? "named here" : `this unnamed \`${layer}\` is \`${name}\``),
          secondary(prev, "and here"),
        ]).withHelp("rename the named stage: unnamed stages are named after their layer and rank"),
      );
    }
    taken.set(name, at);
    names.set(site.call, name);
  }
  return { value: names, diagnostics: diags };
}

function callSites(body: A.Body): { call: A.CallValue; name?: A.Ident }[] {
  if (body.kind === "sequential")
    return body.stages.map((s) => ({ call: s.layer, ...(s.name && { name: s.name }) }));
  const sites: { call: A.CallValue; name?: A.Ident }[] = [];
  const visit = (e: A.Expr): void => {
    if (e.kind === "apply") {
      visit(e.input);
      sites.push({ call: e.layer, ...(e.name && { name: e.name }) });
    } else if (e.kind === "binary") {
      visit(e.lhs);
      visit(e.rhs);
    } else if (e.kind === "neg") visit(e.operand);
    else if (e.kind === "call") e.args.forEach(visit);
  };
  for (const b of body.bindings) visit(b.expr);
  visit(body.result);
  return sites;
}
