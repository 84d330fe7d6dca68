/**
 * The request-context machinery of the double, as strict as Office.js or stricter: commands are
 * queued and run only at context.sync(); a property can be read only after it was loaded AND
 * synced (else it throws, where office-addin-mock returns a string); a proxy's loaded values never
 * change until the next sync; every sync is counted with the JSON size of its request and response.
 */
import type { WorkbookModel } from "./model";

/** Like OfficeExtension.Error: a RichApi.Error with a string code. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export interface SyncRecord {
  /** Estimated wire bytes of the queued commands (see wireBytes) and JSON bytes of the load requests. */
  readonly requestBytes: number;
  /** JSON bytes of the loaded values sent back. */
  responseBytes: number;
  readonly commands: number;
  /** The Office code the sync failed with, if it did. */
  failed?: string;
}

export interface DoubleStats {
  runs: number;
  syncs: SyncRecord[];
}

export interface DoubleState {
  readonly model: WorkbookModel;
  readonly stats: DoubleStats;
  /** Excel on the web's limit for one request and one response. */
  payloadLimit: number;
  /** How notes and comments read back differ from what was written (see AnnotationTextQuirks). */
  annotationText?: AnnotationTextQuirks;
}

/**
 * Notes' and comments' text as read back. No source confirms what real Excel returns; these are
 * defensive assumptions: Excel on Windows keeps line breaks in notes and comments as \r\n (as it
 * does in cells typed with Alt+Enter and in VBA's Comment.Text), and a client may put the author's
 * name or a mention before the text (Excel desktop starts a note typed by hand with "Name:").
 */
export interface AnnotationTextQuirks {
  /** The line ending content is returned with ("\r\n" by default: the assumption above). */
  readonly lineEnding: "\n" | "\r\n";
  /** Text put before a comment's content as read, e.g. "A. Bakker:\n" or "@Indicator Check ". */
  readonly commentPrefix: string;
  /** Text put before a note's content as read. */
  readonly notePrefix: string;
}

export const DEFAULT_ANNOTATION_TEXT: AnnotationTextQuirks = {
  lineEnding: "\r\n",
  commentPrefix: "",
  notePrefix: "",
};

/** A note's or comment's stored text as Excel returns it (see AnnotationTextQuirks). */
export function readBackText(state: DoubleState, text: string, kind: "note" | "comment"): string {
  const q = state.annotationText ?? DEFAULT_ANNOTATION_TEXT;
  const body = q.lineEnding === "\r\n" ? text.replace(/\r?\n/g, "\r\n") : text;
  return (kind === "note" ? q.notePrefix : q.commentPrefix) + body;
}

type Action =
  | { readonly kind: "command"; readonly describe: unknown; readonly run: () => void }
  | { readonly kind: "load"; readonly target: FakeObject; readonly paths: string[][] };

interface Collected {
  readonly payload: unknown;
  readonly commit: () => void;
}

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/**
 * What one command costs in Office's request beyond its arguments: the action (id, type, name,
 * object path id) and the object path it runs on or creates. An estimate, not a measurement.
 */
export const WIRE_ACTION_BYTES = 200;

/**
 * A command's bytes in Office's request, estimated: the action's framing plus each argument as
 * JSON, with every non-ASCII character as a \uXXXX escape. Excel on the web refuses a request
 * above 5 MB ("Resource limits and performance optimization for Office Add-ins", Excel add-ins:
 * "payload size limit for requests and responses of 5 MB"); the escape is an assumption on the
 * safe side (a serializer that sends UTF-8 as is would send 2–3 bytes for é or •, not 6).
 */
export function wireBytes(describe: unknown): number {
  const args =
    typeof describe === "object" && describe !== null
      ? Object.entries(describe)
          .filter(([k]) => k !== "m")
          .map(([, v]) => v)
      : [describe];
  let n = WIRE_ACTION_BYTES;
  for (const arg of args) {
    const json = JSON.stringify(arg) ?? "";
    for (let i = 0; i < json.length; i++) n += json.charCodeAt(i) < 0x80 ? 1 : 6;
  }
  return n;
}

export class FakeContext {
  private queue: Action[] = [];
  closed = false;

  constructor(readonly state: DoubleState) {}

  get model(): WorkbookModel {
    return this.state.model;
  }

  assertOpen(): void {
    if (this.closed)
      throw new OfficeError("InvalidObjectPath", "double: proxy used after its Excel.run ended");
  }

  /** Queues a command; `requires` is the ExcelApi minor version it needs (checked when it runs). */
  command(describe: unknown, run: () => void, requires = 1): void {
    this.assertOpen();
    this.queue.push({ kind: "command", describe, run: () => (this.requireApi(requires), run()) });
  }

  load(target: FakeObject, paths: string[][]): void {
    this.assertOpen();
    this.queue.push({ kind: "load", target, paths });
  }

  requireApi(minor: number): void {
    if (this.model.apiVersion < minor)
      throw new OfficeError("ApiNotFound", `double: ExcelApi 1.${minor} is not supported by this Excel`);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce(
      (n, a) => n + (a.kind === "command" ? wireBytes(a.describe) : jsonBytes(a.paths)),
      0
    );
    const record: SyncRecord = { requestBytes, responseBytes: 0, commands: actions.length };
    this.state.stats.syncs.push(record);
    await Promise.resolve();
    if (requestBytes > this.state.payloadLimit) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    const commits: (() => void)[] = [];
    try {
      for (const action of actions) {
        if (action.kind === "command") {
          action.run();
        } else {
          const collected = action.target.collect(action.paths);
          record.responseBytes += jsonBytes(collected.payload);
          commits.push(collected.commit);
        }
      }
      if (record.responseBytes > this.state.payloadLimit) {
        throw new OfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `response of ${record.responseBytes} bytes`
        );
      }
    } catch (error) {
      record.failed = (error as { code?: string }).code ?? "Error";
      throw error;
    }
    for (const commit of commits) commit();
  }
}

export function parseLoad(spec: string | string[]): string[][] {
  const list = Array.isArray(spec) ? spec : spec.split(",");
  const paths = list.map((p) => p.trim()).filter((p) => p !== "");
  if (paths.length === 0) throw new Error("double: load() without properties loads everything; name them");
  return paths.map((p) => p.split("/"));
}

/**
 * A proxy. `resolve` finds its model entity when a command or load runs: it throws (ItemNotFound…)
 * for a missing object, or returns null for an *OrNullObject that found nothing.
 */
export abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    protected readonly resolve: () => unknown
  ) {}

  /** A scalar property's value from the entity; throws for names the double does not model. */
  protected abstract scalar(name: string, entity: unknown): unknown;

  /** A navigation property's proxy, or undefined. */
  protected child(_name: string): FakeObject | undefined {
    return undefined;
  }

  load(spec: string | string[]): this {
    this.context.load(this, parseLoad(spec));
    return this;
  }

  /** Runs at sync: the values of these paths now, and how to make them readable afterwards. */
  collect(paths: string[][]): Collected {
    const entity = this.resolve();
    if (entity === null) return { payload: { isNullObject: true }, commit: () => (this.nullState = true) };
    const own = new Map<string, unknown>();
    const nested = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (rest.length === 0 && this.child(head!) === undefined) own.set(head!, this.scalar(head!, entity));
      else nested.set(head!, [...(nested.get(head!) ?? []), ...(rest.length ? [rest] : [])]);
    }
    const children = [...nested].map(([name, rest]) => {
      const child = this.child(name);
      if (!child) throw new Error(`double: ${this.constructor.name}.${name} is not a navigation property`);
      if (rest.length === 0)
        throw new Error(`double: loading the navigation property ${name} itself; name its scalars`);
      return child.collect(rest);
    });
    return {
      payload: {
        ...Object.fromEntries(own),
        ...Object.fromEntries(children.map((c, i) => [[...nested.keys()][i]!, c.payload])),
      },
      commit: () => {
        this.nullState = false;
        for (const [k, v] of own) this.loaded.set(k, v);
        for (const c of children) c.commit();
      },
    };
  }

  protected read<T>(name: string): T {
    if (this.nullState === true) throw new Error(`double: read ${name} of a null object`);
    if (!this.loaded.has(name)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new OfficeError("PropertyNotLoaded", "isNullObject is known only after load and sync");
    return this.nullState;
  }

  /** The entity for a command: a null object or a missing item fails the batch. */
  entity<T>(): T {
    const e = this.resolve();
    if (e === null)
      throw new OfficeError("ItemNotFound", `double: command on a null ${this.constructor.name}`);
    return e as T;
  }
}

/** A collection: `items` exists only after loading "items/…" and syncing. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private itemList: T[] | undefined;
  private readonly proxies = new Map<unknown, T>();

  protected abstract entities(): unknown[];
  protected abstract makeItem(entity: unknown): T;

  protected scalar(name: string): unknown {
    throw new Error(`double: ${this.constructor.name} has no scalar ${name}`);
  }

  override collect(paths: string[][]): Collected {
    this.resolve();
    if (paths.some((p) => p[0] !== "items" || p.length < 2))
      throw new Error(`double: collections load items/<property>, got ${paths.map((p) => p.join("/"))}`);
    const items = this.entities().map((e) => {
      let proxy = this.proxies.get(e);
      if (!proxy) this.proxies.set(e, (proxy = this.makeItem(e)));
      return proxy;
    });
    const rest = paths.map((p) => p.slice(1));
    const collected = items.map((item) => item.collect(rest));
    return {
      payload: { items: collected.map((c) => c.payload) },
      commit: () => {
        this.itemList = items;
        for (const c of collected) c.commit();
      },
    };
  }

  get items(): T[] {
    if (!this.itemList)
      throw new OfficeError("PropertyNotLoaded", `${this.constructor.name}.items is not loaded`);
    return this.itemList;
  }
}
