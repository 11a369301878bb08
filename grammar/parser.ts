// The Chevrotain parser for `.nn`: tokens in, a concrete syntax tree out. It knows no meaning: which names are
// layers, which statements a block allows and whether arguments fit is the compiler's business.
// It is over 400 lines because Chevrotain wants a grammar's rules in one class; its messages are in messages.ts.

import { CstParser, type CstNode, type IRecognitionException, type IToken } from "chevrotain";
import * as T from "./tokens.js";
import { messages } from "./messages.js";

export { describeToken } from "./messages.js";

/**
 * Recovery re-enters a repetition for each error it recovers from, so the stack grows with the number of errors:
 * past this many, the loops stop and the rest of the file is left unparsed (the compiler says so).
 */
export const MAX_PARSE_ERRORS = 100;

class NnParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider: messages,
      maxLookahead: 3,
    });
    this.performSelfAnalysis();
  }

  private sep = this.RULE("sep", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Newline) }, { ALT: () => this.CONSUME(T.Semi) }]);
  });

  /** Whether recovery may go on: see MAX_PARSE_ERRORS. */
  private readonly going = (): boolean => this.errors.length < MAX_PARSE_ERRORS;

  file = this.RULE("file", () => {
    this.MANY({
      GATE: this.going,
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.sep) }, { ALT: () => this.SUBRULE(this.topItem) }]),
    });
  });

  private topItem = this.RULE("topItem", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.importDecl) },
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.layerDecl) },
      { ALT: () => this.SUBRULE(this.modelDecl) },
    ]);
  });

  private importDecl = this.RULE("importDecl", () => {
    this.CONSUME(T.Import);
    this.CONSUME(T.StringLit);
  });

  /** `const width = 32`, at file level or in a model (LANGUAGE §4a). */
  private constDecl = this.RULE("constDecl", () => {
    this.CONSUME(T.Const);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.value);
  });

  private layerDecl = this.RULE("layerDecl", () => {
    this.CONSUME(T.Layer);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        this.SUBRULE(this.layerParam);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.layerParam);
        });
      });
      this.CONSUME(T.RParen);
    });
    this.SUBRULE(this.body);
  });

  private layerParam = this.RULE("layerParam", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.value);
    });
  });

  private modelDecl = this.RULE("modelDecl", () => {
    this.CONSUME(T.Model);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.going,
      DEF: () =>
        this.OR([{ ALT: () => this.SUBRULE(this.sep) }, { ALT: () => this.SUBRULE(this.modelStmt) }]),
    });
    this.CONSUME(T.RBrace);
  });

  private modelStmt = this.RULE("modelStmt", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.constDecl) },
      { ALT: () => this.SUBRULE(this.inputStmt) },
      { ALT: () => this.SUBRULE(this.targetStmt) },
      { ALT: () => this.SUBRULE(this.networkStmt) },
      { ALT: () => this.SUBRULE(this.lossStmt) },
      { ALT: () => this.SUBRULE(this.regularizeStmt) },
      { ALT: () => this.SUBRULE(this.optimizerStmt) },
      { ALT: () => this.SUBRULE(this.trainStmt) },
    ]);
  });

  private inputStmt = this.RULE("inputStmt", () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.value);
  });

  private targetStmt = this.RULE("targetStmt", () => {
    this.CONSUME(T.Target);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.value);
  });

  private networkStmt = this.RULE("networkStmt", () => {
    this.CONSUME(T.Network);
    this.SUBRULE(this.body);
  });

  private lossStmt = this.RULE("lossStmt", () => {
    this.CONSUME(T.Loss);
    this.SUBRULE(this.value);
  });

  private regularizeStmt = this.RULE("regularizeStmt", () => {
    this.CONSUME(T.Regularize);
    this.SUBRULE(this.value);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.value);
    });
  });

  private optimizerStmt = this.RULE("optimizerStmt", () => {
    this.CONSUME(T.Optimizer);
    this.SUBRULE(this.value);
  });

  private trainStmt = this.RULE("trainStmt", () => {
    this.CONSUME(T.Train);
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.going,
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.sep) }, { ALT: () => this.SUBRULE(this.setting) }]),
    });
    this.CONSUME(T.RBrace);
  });

  /** `batch 64`, `metrics accuracy, top5`, `early_stop patience=3`. */
  private setting = this.RULE("setting", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.SUBRULE(this.arg);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.arg);
      });
    });
  });

  /** `{ ... }` of a network or a user layer: stages, bindings and `return`, one per line. */
  private body = this.RULE("body", () => {
    this.CONSUME(T.LBrace);
    this.MANY({
      GATE: this.going,
      DEF: () => this.OR([{ ALT: () => this.SUBRULE(this.sep) }, { ALT: () => this.SUBRULE(this.bodyStmt) }]),
    });
    this.CONSUME(T.RBrace);
  });

  private bodyStmt = this.RULE("bodyStmt", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Return);
          this.SUBRULE(this.expr);
        },
      },
      {
        GATE: () => this.LA(2).tokenType === T.Colon,
        ALT: () => {
          this.CONSUME(T.Identifier, { LABEL: "stageName" });
          this.CONSUME(T.Colon);
          this.SUBRULE(this.call);
        },
      },
      {
        GATE: () => this.LA(2).tokenType === T.Equals,
        ALT: () => {
          this.CONSUME2(T.Identifier, { LABEL: "bindingName" });
          this.CONSUME(T.Equals);
          this.SUBRULE2(this.expr);
        },
      },
      { ALT: () => this.SUBRULE2(this.call) },
    ]);
  });

  private call = this.RULE("call", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => {
        this.SUBRULE(this.arg);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.arg);
        });
      });
      this.CONSUME(T.RParen);
    });
  });

  private arg = this.RULE("arg", () => {
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.Equals,
      DEF: () => {
        // A keyword may name an argument: `linear(512, regularize=l2(1e-3))`.
        this.OR([
          { ALT: () => this.CONSUME(T.Identifier, { LABEL: "argName" }) },
          ...T.KEYWORDS.map((k) => ({ ALT: () => this.CONSUME(k, { LABEL: "argName" }) })),
        ]);
        this.CONSUME(T.Equals);
      },
    });
    this.SUBRULE(this.value);
  });

  // Values are arithmetic over literals and constants' names (LANGUAGE §4a), loosest first: `+ -`, then
  // `* / // %`, then unary minus, then `**` (right-associative, and tighter than a minus on its left, as in Python).
  private value = this.RULE("value", () => {
    this.SUBRULE(this.valueProduct);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      this.SUBRULE2(this.valueProduct);
    });
  });

  private valueProduct = this.RULE("valueProduct", () => {
    this.SUBRULE(this.valueUnary);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) },
        { ALT: () => this.CONSUME(T.DoubleSlash) },
        { ALT: () => this.CONSUME(T.Percent) },
      ]);
      this.SUBRULE2(this.valueUnary);
    });
  });

  private valueUnary = this.RULE("valueUnary", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.valueUnary);
        },
      },
      { ALT: () => this.SUBRULE(this.valuePower) },
    ]);
  });

  private valuePower = this.RULE("valuePower", () => {
    this.SUBRULE(this.atom);
    this.OPTION(() => {
      this.CONSUME(T.DoubleStar);
      this.SUBRULE(this.valueUnary);
    });
  });

  private atom = this.RULE("atom", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => this.SUBRULE(this.call) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.value);
          this.CONSUME(T.RParen);
        },
      },
    ]);
  });

  private list = this.RULE("list", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.value);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.value);
      });
    });
    this.CONSUME(T.RBracket);
  });

  // Expressions of graph form, loosest first: `+ -`, then `* /`, then unary minus, then `->`.
  private expr = this.RULE("expr", () => {
    this.SUBRULE(this.product);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      this.SUBRULE2(this.product);
    });
  });

  private product = this.RULE("product", () => {
    this.SUBRULE(this.unary);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Star) }, { ALT: () => this.CONSUME(T.Slash) }]);
      this.SUBRULE2(this.unary);
    });
  });

  private unary = this.RULE("unary", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.unary);
        },
      },
      { ALT: () => this.SUBRULE(this.pipe) },
    ]);
  });

  /** `x -> relu -> fc1: linear(10)`: a stage applied in an expression may be named, as in sequential form. */
  private pipe = this.RULE("pipe", () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.SUBRULE(this.applied);
    });
  });

  private applied = this.RULE("applied", () => {
    this.CONSUME(T.Arrow);
    this.OPTION({
      GATE: () => this.LA(2).tokenType === T.Colon,
      DEF: () => {
        this.CONSUME(T.Identifier, { LABEL: "stageName" });
        this.CONSUME(T.Colon);
      },
    });
    this.SUBRULE(this.call);
  });

  private primary = this.RULE("primary", () => {
    this.OR([
      // `concat(a, b)`: a function of tensors, where `x -> layer` applies a layer.
      { GATE: () => this.LA(2).tokenType === T.LParen, ALT: () => this.SUBRULE(this.funcCall) },
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
        },
      },
    ]);
  });

  private funcCall = this.RULE("funcCall", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.expr);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expr);
      });
    });
    this.CONSUME(T.RParen);
  });
}

// A cache: one parser for the process, since Chevrotain's self-analysis is the expensive part (`input` resets all
// of its state).
let shared: NnParser | undefined;

export interface Parsed {
  cst: CstNode;
  errors: IRecognitionException[];
}

export function parseTokens(tokens: IToken[]): Parsed {
  shared ??= new NnParser();
  shared.input = tokens;
  const cst = shared.file();
  return { cst, errors: [...shared.errors] };
}

/** The visitor base class the compiler's CST→AST visitor extends. */
export function cstVisitorBase(): ReturnType<NnParser["getBaseCstVisitorConstructor"]> {
  shared ??= new NnParser();
  return shared.getBaseCstVisitorConstructor();
}
