// Measures save → reload latency of `handbook serve` on the real handbook (a private copy of it).
//
// A headless Chromium (CDP) opens an entry; the script saves an edit to that entry's .md file and times
// until the browser has reloaded the page and shows the edit (Page.loadEventFired, then the text is
// checked). Without Chromium it falls back to the live-reload stream: the time until the 'build' event
// naming the page, plus fetching the page — what the browser would do, minus its own rendering.
//
// Usage: node --experimental-websocket .ci/measure-reload.mjs (--bin <native handbook> | --dll <handbook.dll>) [--runs 20] [--entry glutamate-surge]
//        [--mode browser|stream] [--source DIR: a handbook other than this repository, e.g. one with released editions]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const dll = args.dll;
const bin = args.bin; // the published (native) executable; --dll runs a framework-dependent build with `dotnet`
const runs = Number(args.runs ?? 20);
const entry = args.entry ?? "glutamate-surge";
const repo = path.resolve(args.source ?? path.join(path.dirname(new URL(import.meta.url).pathname), ".."));
const chromiumPath = args.chromium ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => fs.existsSync(p));
const mode = args.mode ?? (chromiumPath && typeof WebSocket === "function" ? "browser" : "stream");
if (!dll && !bin) throw new Error("--bin path/to/handbook (published) or --dll path/to/handbook.dll is required");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "handbook-latency-"));
for (const folder of ["input", "theme", "handbook"])
  if (fs.existsSync(path.join(repo, folder))) fs.cpSync(path.join(repo, folder), path.join(work, folder), { recursive: true });
const entryFile = path.join(work, "input", "entries", `${entry}.md`);
const original = fs.readFileSync(entryFile, "utf8");
const children = [];
const exited = (child) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r)));
async function cleanup() {
  for (const child of children) child.kill("SIGTERM");
  // Chromium keeps writing its profile while it shuts down: wait for every child before deleting the folder.
  await Promise.race([Promise.all(children.map(exited)), sleep(5000)]);
  fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

function waitForLine(stream, pattern, what, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; output so far:\n${buffer}`)), timeoutMs);
    stream.on("data", (chunk) => {
      buffer += chunk.toString();
      const match = buffer.match(pattern);
      if (match) { clearTimeout(timer); resolve(match); }
    });
  });
}

// 1. The preview server on a free port.
const serveArgs = ["serve", "--port", "0", "--root", work];
const server = bin ? spawn(path.resolve(bin), serveArgs, { stdio: ["ignore", "pipe", "pipe"] })
  : spawn("dotnet", [dll, ...serveArgs], { stdio: ["ignore", "pipe", "pipe"] });
children.push(server);
server.stderr.on("data", (d) => process.stderr.write(d));
const [, address] = await waitForLine(server.stdout, /Serving the handbook at (http:\/\/127\.0\.0\.1:\d+\/)/, "the server");
const pageUrl = `${address}entries/${entry}/`;
console.log(`server: ${address}  mode: ${mode}  runs: ${runs}  entry: ${entry}`);

const edit = (n) => {
  const marker = `Latency probe sentence number ${n}.`;
  fs.writeFileSync(entryFile, original.replace("## Open questions", `## Open questions\n\n${marker}`));
  return marker;
};

async function browserProbe() {
  const profile = fs.mkdtempSync(path.join(work, "chromium-"));
  const chromium = spawn(chromiumPath, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  children.push(chromium);
  const [, browserWs] = await waitForLine(chromium.stderr, /DevTools listening on (ws:\/\/\S+)/, "Chromium");
  const port = new URL(browserWs).port;
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(targets.find((t) => t.type === "page").webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  socket.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
    else for (const l of listeners.splice(0)) if (!l(msg)) listeners.push(l);
  };
  const send = (method, params = {}) => new Promise((resolve) => { const id = nextId++; pending.set(id, resolve); socket.send(JSON.stringify({ id, method, params })); });
  const next = (method, timeoutMs = 10_000) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
    listeners.push((msg) => (msg.method === method ? (clearTimeout(timer), resolve(msg), true) : false));
  });
  const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, returnByValue: true })).result.result.value;
  await send("Page.enable");
  const loaded = next("Page.loadEventFired");
  await send("Page.navigate", { url: pageUrl });
  await loaded;
  const samples = [];
  for (let n = 1; n <= runs; n++) {
    await sleep(400); // let the page's live-reload stream connect and the watcher settle
    const reloaded = next("Page.loadEventFired");
    const t0 = performance.now();
    const marker = edit(n);
    await reloaded;
    const t1 = performance.now();
    if (!(await evaluate(`document.body.innerText.includes(${JSON.stringify(marker)})`)))
      throw new Error(`run ${n}: the reloaded page does not show the edit`);
    if (await evaluate(`!!document.getElementById("handbook-preview-errors")`)) throw new Error(`run ${n}: error panel shown`);
    samples.push(t1 - t0);
  }
  socket.close();
  return samples;
}

async function streamProbe() {
  const response = await fetch(`${address}__handbook/events`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const nextBuild = async () => {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes("event: build")) return JSON.parse(block.split("\n").find((l) => l.startsWith("data: ")).slice(6));
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("event stream closed");
      buffer += decoder.decode(value, { stream: true });
    }
  };
  const samples = [];
  for (let n = 1; n <= runs; n++) {
    await sleep(400);
    const t0 = performance.now();
    const marker = edit(n);
    let build;
    do build = await nextBuild(); while (!build.changed.includes(`entries/${entry}/index.html`));
    const html = await (await fetch(pageUrl)).text();
    const t1 = performance.now();
    if (!html.includes(marker)) throw new Error(`run ${n}: the page does not show the edit`);
    samples.push(t1 - t0);
  }
  await reader.cancel();
  return samples;
}

try {
  const samples = mode === "browser" ? await browserProbe() : await streamProbe();
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`samples (ms): ${samples.map((s) => s.toFixed(0)).join(" ")}`);
  console.log(`save → reload: median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms over ${samples.length} saves (${mode})`);
  console.log(`load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
  process.exitCode = at(0.5) <= 300 ? 0 : 1;
} finally {
  await cleanup();
}
