/**
 * `npm run demo` as a user starts it (npm → sh → tsx → node): a SIGTERM or SIGINT to the npm process
 * stops the server, and nothing keeps listening on its port.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** True when something accepts a connection on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function startThenStop(
  signal: NodeJS.Signals
): Promise<{ port: number; code: number | string | null }> {
  const child = spawn("npm", ["run", "--silent", "demo", "--", "--port", "0"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /demo: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      void exited.then((code) => reject(new Error(`the demo exited (${code}) before serving`)));
    });
    expect(await listening(port)).toBe(true);
    child.kill(signal); // the npm process only, as a terminal or a process manager would
    const code = await Promise.race([
      exited,
      new Promise<"still running">((r) => setTimeout(() => r("still running"), 10_000)),
    ]);
    expect(code).not.toBe("still running");
    // The server is gone with it: give a straggler a moment, then nothing may answer.
    await new Promise((r) => setTimeout(r, 1500));
    return { port, code };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    child.stdout!.destroy();
    child.stderr!.destroy();
  }
}

describe("npm run demo stops its server on a signal to its own process", () => {
  it.each(["SIGTERM", "SIGINT"] as const)(
    "%s leaves no listener behind",
    async (signal) => {
      const { port } = await startThenStop(signal);
      expect(await listening(port)).toBe(false);
    },
    240_000
  );
});
