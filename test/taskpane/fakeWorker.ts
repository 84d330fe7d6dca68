/** A Worker double for the engine: the real worker side of the protocol (engineHost), with postMessage's copies. */
import { deserialize, serialize } from "node:v8";
import { createEngineHost } from "../../src/taskpane/engine/engineHost";
import type { EngineRequest, EngineResponse } from "../../src/taskpane/engine/protocol";

/**
 * Structured clone, as postMessage does. v8's copy lands in Node's own realm, not jest's, so its
 * Dates are turned back into this realm's Dates (in a browser the worker's realm receives them).
 */
export function clone<T>(value: T): T {
  const toRealm = (v: unknown): unknown => {
    if (Object.prototype.toString.call(v) === "[object Date]") return new Date((v as Date).getTime());
    // A file's bytes (a reference to compare with) arrive as this realm's ArrayBuffer, as in a browser.
    if (Object.prototype.toString.call(v) === "[object ArrayBuffer]")
      return Uint8Array.from(new Uint8Array(v as ArrayBuffer)).buffer;
    if (Array.isArray(v)) return v.map(toRealm);
    if (typeof v === "object" && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toRealm(x)]));
    return v;
  };
  // postMessage passes a Blob as a handle to the same bytes; v8's serializer cannot take one.
  if (typeof value === "object" && value !== null && "data" in value && value.data instanceof Blob)
    return { ...clone({ ...value, data: null }), data: value.data };
  return toRealm(deserialize(serialize(value))) as T;
}

/** A Worker double that runs the real worker side of the protocol (engineHost), cloning both ways. */
export class FakeWorker {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: EngineRequest[] = [];
  responses: EngineResponse[] = [];
  private readonly host = createEngineHost((response) => {
    this.responses.push(response);
    const copy = clone(response);
    setTimeout(() => this.onmessage?.({ data: copy } as MessageEvent<EngineResponse>), 0);
  });
  constructor(private readonly behaviour: "answer" | "crash" | "fail" = "answer") {}
  postMessage(request: EngineRequest): void {
    this.requests.push(request);
    const copy = clone(request);
    setTimeout(() => {
      if (this.behaviour === "crash") {
        if (copy.type === "begin")
          this.onerror?.({ message: "script failed to load", preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      if (this.behaviour === "fail" && copy.type === "run") {
        this.onmessage?.({
          data: { id: copy.id, type: "error", message: "engine broke" },
        } as MessageEvent<EngineResponse>);
        return;
      }
      this.host(copy);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
