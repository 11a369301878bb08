// A language client for tests: spawns `node dist/nnc.mjs lsp --stdio` and speaks JSON-RPC to it with the
// protocol's `Content-Length` framing, as an editor does.

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";

export interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { message: string };
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly received: Message[] = [];

  constructor() {
    const bin = join(import.meta.dirname, "..", "dist", "nnc.mjs");
    this.child = spawn(process.execPath, [bin, "lsp", "--stdio"]);
    this.child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.received.push(message);
      for (const w of [...this.waiting]) {
        if (w.test(message)) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** The next message (already received or not) that passes `test`. */
  next(test: (m: Message) => boolean): Promise<Message> {
    return new Promise((resolve) => this.waiting.push({ test, resolve }));
  }

  async request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    const reply = this.next((m) => m.id === id);
    this.send({ id, method, params });
    const m = await reply;
    if (m.error) throw new Error(m.error.message);
    return m.result;
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next `publishDiagnostics` for `uri`. */
  diagnostics(uri: string): Promise<Message> {
    return this.next(
      (m) => m.method === "textDocument/publishDiagnostics" && (m.params as { uri: string }).uri === uri,
    );
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on("exit", (code) => resolve(code)));
    await this.request("shutdown", null);
    this.notify("exit", null);
    return exited;
  }
}
