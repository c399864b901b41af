// ctest server_azureml_sdk: the official Azure ML SDK (@azure/arm-machinelearning 2.1.1, pinned in
// package.json, used unchanged) against mlstudio-local's Azure ML (v2) surface.
//   node azureml-sdk.test.js MLSTUDIO_LOCAL STATE_DIR
// Starts mlstudio-local (own temp data folder, --seed-demo, the Azurite of the ctest fixture
// "azurite" from STATE_DIR/azurite.env), then runs azureml-sdk.steps.js in a child `node` with
// NODE_EXTRA_CA_CERTS = the server's caFile (Node reads it only at start-up; no certificate check
// is relaxed anywhere). Exits with the steps' code; the server is stopped in every case
// (failure, timeout, SIGTERM from ctest) and, as a last resort, dies with this process
// (setpriv --pdeathsig).
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");

const [binary, stateDir] = process.argv.slice(2);
const TIMEOUT_MS = 170 * 1000; // below ctest's 180 s, so the server is still ours to stop

function fail(message) {
  console.error(`FAIL: ${message}`);
  finish(1);
}

function azuriteConnectionString() {
  const file = path.join(stateDir || "", "azurite.env");
  if (!stateDir || !fs.existsSync(file)) return null;
  const line = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .find((l) => l.startsWith("AZURITE_CONNECTION_STRING="));
  return line ? line.slice(line.indexOf("=") + 1).replace(/^'(.*)'$/, "$1") : null;
}

let server = null;
let steps = null;
let dataDir = null;
let finished = false;
let serverLog = "";

function finish(code) {
  if (finished) return;
  finished = true;
  if (steps && steps.exitCode === null) steps.kill("SIGKILL");
  const cleanup = () => {
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0 && serverLog) console.error(`--- mlstudio-local stderr ---\n${serverLog}`);
    process.exit(code);
  };
  if (!server || server.exitCode !== null || server.signalCode !== null) return cleanup();
  const hard = setTimeout(() => server.kill("SIGKILL"), 10000);
  server.once("exit", () => {
    clearTimeout(hard);
    cleanup();
  });
  server.kill("SIGTERM");
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => fail(`got ${signal}`));
setTimeout(() => fail(`timed out after ${TIMEOUT_MS / 1000} s`), TIMEOUT_MS).unref();

function main() {
  if (!binary || !fs.existsSync(binary)) return fail(`no mlstudio-local binary: ${binary}`);
  const storage = azuriteConnectionString();
  if (!storage) return fail("Azurite fixture not running: run through ctest (fixture 'azurite')");
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mlr-azureml-sdk-"));
  const started = Date.now();
  const args = ["--data", dataDir, "--storage", storage, "--seed-demo", "--aml-job-pace", "50",
    "--aml-provision-delay", "200"];
  // setpriv --pdeathsig (util-linux): should this process be SIGKILLed, the server gets SIGTERM.
  const setpriv = (process.env.PATH || "")
    .split(path.delimiter)
    .map((dir) => path.join(dir, "setpriv"))
    .find((file) => fs.existsSync(file));
  server = setpriv
    ? spawn(setpriv, ["--pdeathsig", "TERM", "--", binary, ...args], { stdio: ["ignore", "pipe", "pipe"] })
    : spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  server.stderr.on("data", (d) => {
    serverLog += d;
  });
  server.on("error", (e) => fail(`cannot start mlstudio-local: ${e.message}`));
  server.on("exit", (code, signal) => {
    if (!finished) fail(`mlstudio-local exited early (${signal || code})`);
  });
  let out = "";
  const onData = (d) => {
    out += d;
    if (!out.includes("\n")) return;
    server.stdout.off("data", onData);
    server.stdout.resume(); // keep draining: the server must never block on a full pipe
    let line;
    try {
      line = JSON.parse(out.slice(0, out.indexOf("\n")));
    } catch (e) {
      return fail(`mlstudio-local printed no JSON line: ${out}`);
    }
    console.log(`mlstudio-local ready with the demo seeded in ${Date.now() - started} ms: ${line.azureml}`);
    if (!line.azureml || !line.caFile) return fail(`no azureml/caFile in ${JSON.stringify(line)}`);
    runSteps(line);
  };
  server.stdout.on("data", onData);
}

// This process does not trust the sandbox's CA: its certificate must be refused here, which
// proves the checks are on in this environment before the SDK runs with the CA trusted.
function checkCertificatesAreVerified(line, then) {
  const request = https.get(`${line.azureml}/discovery`, (response) => {
    response.resume();
    fail("the sandbox's certificate was accepted without its CA: certificate checks are off in this environment");
  });
  request.on("error", (e) => {
    if (!/CERT|SIGNATURE|ISSUER/.test(e.code || "")) return fail(`unexpected error without the CA: ${e.message}`);
    console.log(`without the sandbox CA the certificate is refused (${e.code})`);
    then();
  });
}

function runSteps(line) {
  checkCertificatesAreVerified(line, () => spawnSteps(line));
}

function spawnSteps(line) {
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: line.caFile, MLR_DEMO_JSON: path.join(dataDir, "demo.json") };
  steps = spawn(process.execPath, [path.join(__dirname, "azureml-sdk.steps.js")], { env, stdio: "inherit" });
  steps.on("error", (e) => fail(`cannot start the SDK steps: ${e.message}`));
  steps.on("exit", (code, signal) => {
    if (code !== 0) console.error(`the SDK steps ended with ${signal || code}`);
    finish(code === 0 ? 0 : 1);
  });
}

main();
