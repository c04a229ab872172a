// The WebAssembly API that could-match.ts uses. TypeScript declares it only in its DOM and worker
// libraries, which would bring browser globals into a Node.js program; Node.js has it built in.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}
