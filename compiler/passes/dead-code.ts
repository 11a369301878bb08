// Dead code elimination: drops the instructions no output depends on (the parts of a vjp whose gradient is
// never needed, for instance). Ops have no side effects, so liveness is reachability from the outputs.

import type { Func } from "../ir/types.js";

export function eliminateDeadCode(f: Func): Func {
  const live = new Set(f.outputs.map((o) => o.value.id));
  for (let i = f.body.length - 1; i >= 0; i--) {
    const ins = f.body[i]!;
    if (live.has(ins.result.id)) for (const a of ins.args) live.add(a.id);
  }
  return {
    ...f,
    body: f.body.filter((ins) => live.has(ins.result.id)),
    names: new Map([...f.names].filter(([id]) => live.has(id))),
    ...(f.origins && { origins: new Map([...f.origins].filter(([id]) => live.has(id))) }),
  };
}
