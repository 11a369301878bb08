// What the parser says when it fails: "expected X, found Y", with X in words for the rules that have them.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";

/** What a rule is, in words, for "expected ..." messages. */
const RULE_WORDS: Record<string, string> = {
  file: "`import`, `const`, `layer` or `model`",
  topItem: "`import`, `const`, `layer` or `model`",
  modelStmt:
    "a model statement (`const`, `input`, `target`, `network`, `loss`, `regularize`, `optimizer` or `train`)",
  bodyStmt: "a stage, `name = expression` or `return`",
  value: "a value (a number, string, name, list or call)",
  valueProduct: "a value (a number, string, name, list or call)",
  valueUnary: "a value (a number, string, name, list or call)",
  valuePower: "a value (a number, string, name, list or call)",
  atom: "a value (a number, string, name, list or call)",
  primary: "an expression",
  unary: "an expression",
  pipe: "an expression",
  expr: "an expression",
  trainStmt: "a setting such as `data`, `batch` or `epochs`",
};

export function describeToken(t: IToken): string {
  if (t.tokenType === EOF) return "end of file";
  if (t.tokenType === T.Newline) return "newline";
  // A token can be a megabyte long; a message needs its start.
  return `\`${t.image.length > 100 ? t.image.slice(0, 100) + "…" : t.image}\``;
}

function tokenWord(t: TokenType): string {
  if (t === EOF) return "end of file";
  return typeof t.LABEL === "string" ? t.LABEL : `\`${t.name}\``;
}

function oneOf(words: string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? "something else";
  return `${unique.slice(0, -1).join(", ")} or ${unique.at(-1)}`;
}

export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${tokenWord(expected)}, found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected \`import\`, \`const\`, \`layer\` or \`model\`, found ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const words = RULE_WORDS[ruleName];
    const found = actual[0] ? describeToken(actual[0]) : "end of file";
    if (words) return `expected ${words}, found ${found}`;
    const firsts = expectedPathsPerAlt.flatMap((alt) =>
      alt.map((path) => (path[0] ? tokenWord(path[0]) : "")),
    );
    return `expected ${oneOf(firsts.filter(Boolean))}, found ${found}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const words = RULE_WORDS[ruleName];
    const found = actual[0] ? describeToken(actual[0]) : "end of file";
    if (words) return `expected ${words}, found ${found}`;
    const firsts = expectedIterationPaths.map((path) => (path[0] ? tokenWord(path[0]) : ""));
    return `expected ${oneOf(firsts.filter(Boolean))}, found ${found}`;
  },
};
