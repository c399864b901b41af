// The SDK half of server_azureml_sdk (started by azureml-sdk.test.js with NODE_EXTRA_CA_CERTS =
// the server's CA and MLR_DEMO_JSON = its demo.json): @azure/arm-machinelearning 2.1.1, unchanged,
// against mlstudio-local's Azure ML (v2) ARM surface, as docs/reference/azureml-v2-api.md §11
// maps it. One line per step, then a summary; exit code 1 if any step failed.
"use strict";
const assert = require("node:assert/strict");
const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const { AzureMachineLearningWorkspaces } = require("@azure/arm-machinelearning");
const { isRestError } = require("@azure/core-rest-pipeline");

const demo = JSON.parse(fs.readFileSync(process.env.MLR_DEMO_JSON, "utf8")).azureml;
assert.ok(demo, "demo.json has no azureml section");
const { armUrl, subscriptionId, resourceGroup: rg, workspace: ws, workspaceId } = demo;
const WS =
  `/subscriptions/${subscriptionId}/resourceGroups/${rg}` +
  `/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
const fast = { updateIntervalInMs: 100 }; // poll options, not changes to the SDK

// A TokenCredential of the test: client credentials from the sandbox's login surface, for the
// scope the SDK asks for (`${endpoint}/.default`). Cached per scope while valid.
const scopesAsked = new Set();
const tokens = new Map();
async function token(scope) {
  const cached = tokens.get(scope);
  if (cached && cached.expiresOnTimestamp > Date.now() + 60000) return cached;
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: demo.clientId,
    client_secret: demo.clientSecret,
    scope,
  }).toString();
  const response = await request("POST", `${demo.loginUrl}/${demo.tenant}/oauth2/v2.0/token`, {
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
  });
  if (response.status !== 200 || !response.json || !response.json.access_token)
    throw new Error(`no token for ${scope}: ${response.status} ${response.text}`);
  const result = {
    token: response.json.access_token,
    expiresOnTimestamp: Date.now() + Number(response.json.expires_in) * 1000,
  };
  tokens.set(scope, result);
  return result;
}
const credential = {
  async getToken(scopes) {
    const list = Array.isArray(scopes) ? scopes : [scopes];
    list.forEach((s) => scopesAsked.add(s));
    return token(list[0]);
  },
};

// Every request the SDK sends (polls included) and its status, noted by a policy given through
// the public `additionalPolicies` option: the SDK's own pipeline, one observer more.
const wire = [];
const recorder = {
  name: "sdkFidelityRecorder",
  async sendRequest(req, next) {
    const response = await next(req);
    const url = new URL(req.url);
    const body = typeof req.body === "string" ? req.body : undefined;
    wire.push({ method: req.method, path: url.pathname, status: response.status, headers: response.headers, body });
    return response;
  },
};
const client = new AzureMachineLearningWorkspaces(credential, subscriptionId, {
  endpoint: armUrl,
  additionalPolicies: [{ policy: recorder, position: "perRetry" }],
});
// What the SDK sent since `mark` (wire.length before the call).
const since = (mark) => wire.slice(mark);
const describe = (calls) =>
  calls.map((c) => `${c.method} ${c.path.replace(/^.*\/(providers|workspaces)\//, "…/")} ${c.status}`).join(", ");
// The SDK's LRO as reference §3.3 expects it: the PUT answered 201 with Azure-AsyncOperation,
// the SDK polled that mfeOperationsStatus URL, then (PUT) read the resource back.
function assertLro(calls, resourcePath) {
  const [first, ...rest] = calls;
  assert.equal(first.method, "PUT", describe(calls));
  assert.equal(first.status, 201, describe(calls));
  const operation = first.headers.get("azure-asyncoperation");
  assert.ok(operation, "the PUT's 201 has no Azure-AsyncOperation");
  assert.match(new URL(operation).pathname, /\/locations\/[^/]+\/mfeOperationsStatus\//);
  const polls = rest.filter((c) => c.path === new URL(operation).pathname);
  assert.ok(polls.length >= 1 && polls.every((c) => c.method === "GET" && c.status === 200), describe(calls));
  const last = rest[rest.length - 1];
  assert.equal(`${last.method} ${last.path.toLowerCase()}`, `GET ${resourcePath.toLowerCase()}`, describe(calls));
  const name = new URL(operation).pathname.replace(/^.*\/mfeOperationsStatus\//, "");
  return `${polls.length} poll(s) of mfeOperationsStatus/${name}, final GET`;
}

// A plain request: node:https (the CA from NODE_EXTRA_CA_CERTS, nothing relaxed), or node:http
// for the loopback login surface. A string body is sent as is, anything else as JSON.
function request(method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
    const req = (url.startsWith("https:") ? https : http).request(
      url,
      {
        method,
        headers: { ...(data ? { "Content-Type": "application/json", "Content-Length": data.length } : {}), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.setTimeout(30000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    if (data) req.write(data);
    req.end();
  });
}

async function all(iterable) {
  const out = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function firstPage(iterable) {
  for await (const page of iterable.byPage()) return page;
  return [];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Same as censusFeatures()/censusRows() of sandbox/tests/tst_serversupport.cpp (first row).
const censusRecord = {
  age: "39", workclass: "State-gov", fnlwgt: "77516", education: "Bachelors", "education-num": "13",
  "marital-status": "Never-married", occupation: "Adm-clerical", relationship: "Not-in-family", race: "White",
  sex: "Male", "capital-gain": "2174", "capital-loss": "0", "hours-per-week": "40", "native-country": "United-States",
};

// A command job of the sandbox's train_and_evaluate component (trainingJobBody of
// sandbox/tests/tst_amlsupport.cpp).
function trainingJob(dataUri) {
  const literal = (value) => ({ jobInputType: "literal", value });
  const output = (type) => ({ jobOutputType: type, mode: "Upload" });
  return {
    properties: {
      jobType: "Command",
      experimentName: "sdk-fidelity",
      componentId: "azureml://registries/azureml/components/train_and_evaluate/versions/1",
      command: "mlstudio run train_and_evaluate --training_data ${{inputs.training_data}}",
      environmentId: "azureml://registries/azureml/environments/mlstudio-engine/versions/1",
      inputs: {
        training_data: { jobInputType: "uri_file", uri: dataUri, mode: "ReadOnlyMount" },
        label_column: literal(demo.label || "income"),
        learner: literal("two_class_logistic_regression"),
      },
      outputs: { model: output("mlflow_model"), metrics: output("uri_folder"), scored_data: output("uri_folder") },
    },
  };
}

const results = [];
async function step(name, body) {
  const started = Date.now();
  try {
    const detail = await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)${detail ? `: ${detail}` : ""}`);
  } catch (error) {
    results.push({ name, ok: false });
    const code = isRestError(error) ? ` [RestError ${error.statusCode} ${error.code}]` : "";
    console.log(`FAIL ${name} (${Date.now() - started} ms)${code}: ${error && error.stack ? error.stack : error}`);
  }
}

// The rejection of `promise`, which must reject.
async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("expected the call to be rejected, it succeeded");
}

const ENDPOINT = "sdk-endpoint";
const modelV1 = `${WS}/models/${demo.model}/versions/1`;

async function main() {
  const started = Date.now();

  await step("1 workspaces.listBySubscription / listByResourceGroup / get", async () => {
    const bySub = await all(client.workspaces.listBySubscription());
    assert.ok(bySub.some((w) => w.name === ws), `listBySubscription lacks ${ws}: ${bySub.map((w) => w.name)}`);
    const byRg = await all(client.workspaces.listByResourceGroup(rg));
    assert.ok(byRg.some((w) => w.name === ws), `listByResourceGroup lacks ${ws}`);
    const w = await client.workspaces.get(rg, ws);
    assert.equal(w.name, ws);
    assert.equal(w.workspaceId, workspaceId);
    assert.match(w.discoveryUrl, /^https:\/\//);
    assert.match(w.mlFlowTrackingUri, /^azureml:\/\/.*\/mlflow\/v1\.0\/subscriptions\//);
    assert.match(w.storageAccount, /\/providers\/Microsoft\.Storage\/storageAccounts\/.+/);
    assert.ok(
      [...scopesAsked].every((s) => s === `${armUrl}/.default`),
      `the SDK asked for ${[...scopesAsked]}, not ${armUrl}/.default`,
    );
    return `workspaceId ${w.workspaceId}, scope ${[...scopesAsked]}`;
  });

  await step("2 datastores.list(isDefault) / get / listSecrets", async () => {
    const stores = await all(client.datastores.list(rg, ws, { isDefault: true }));
    assert.equal(stores.length, 1, `isDefault=true listed ${stores.map((s) => s.name)}`);
    assert.equal(stores[0].name, "workspaceblobstore");
    assert.equal(stores[0].properties.isDefault, true);
    assert.equal(stores[0].properties.datastoreType, "AzureBlob");
    assert.equal(stores[0].properties.containerName, `azureml-blobstore-${workspaceId}`);
    const store = await client.datastores.get(rg, ws, "workspaceblobstore");
    assert.equal(store.properties.containerName, `azureml-blobstore-${workspaceId}`);
    const secrets = await client.datastores.listSecrets(rg, ws, "workspaceblobstore");
    assert.equal(secrets.secretsType, "AccountKey");
    assert.ok(secrets.key && secrets.key.length > 0, "listSecrets gave no key");
    return `container ${store.properties.containerName}`;
  });

  await step("3 modelVersions.createOrUpdate v2 / get / list(newest, top 1); modelContainers.get", async () => {
    const modelUri = `azureml://jobs/${demo.trainingJob}/outputs/model/paths/`;
    const created = await client.modelVersions.createOrUpdate(rg, ws, demo.model, "2", {
      properties: {
        modelType: "mlflow_model",
        modelUri,
        jobName: demo.trainingJob,
        description: "registered by the SDK fidelity test",
        tags: { source: "sdk" },
      },
    });
    assert.equal(created.name, "2");
    assert.equal(created.properties.modelUri, modelUri);
    const got = await client.modelVersions.get(rg, ws, demo.model, "2");
    assert.equal(got.properties.jobName, demo.trainingJob);
    assert.equal(got.properties.modelType, "mlflow_model");
    assert.deepEqual(got.properties.tags, { source: "sdk" });
    const page = await firstPage(client.modelVersions.list(rg, ws, demo.model, { orderBy: "createdtime desc", top: 1 }));
    assert.equal(page.length, 1, `top 1 gave ${page.length}`);
    assert.equal(page[0].name, "2", `newest is ${page[0].name}`);
    const versions = await all(client.modelVersions.list(rg, ws, demo.model));
    assert.deepEqual(versions.map((v) => v.name).sort(), ["1", "2"]);
    const container = await client.modelContainers.get(rg, ws, demo.model);
    assert.equal(container.name, demo.model);
    assert.equal(container.properties.latestVersion, "2");
    return `latestVersion ${container.properties.latestVersion}, nextVersion ${container.properties.nextVersion}`;
  });

  await step(`4 onlineEndpoints.beginCreateOrUpdateAndWait ${ENDPOINT}`, async () => {
    const mark = wire.length;
    const endpoint = await client.onlineEndpoints.beginCreateOrUpdateAndWait(
      rg, ws, ENDPOINT,
      {
        location: "westeurope",
        identity: { type: "SystemAssigned" },
        properties: { authMode: "Key", description: "SDK" },
      },
      fast,
    );
    assert.equal(endpoint.name, ENDPOINT);
    assert.equal(endpoint.properties.provisioningState, "Succeeded");
    assert.equal(endpoint.properties.authMode, "Key");
    assert.match(endpoint.properties.scoringUri || "", /^https:\/\//);
    return `${endpoint.properties.scoringUri}; ${assertLro(since(mark), `${WS}/onlineEndpoints/${ENDPOINT}`)}`;
  });

  await step(`5 onlineDeployments.beginCreateOrUpdateAndWait ${ENDPOINT}/blue`, async () => {
    const mark = wire.length;
    const deployment = await client.onlineDeployments.beginCreateOrUpdateAndWait(
      rg, ws, ENDPOINT, "blue",
      {
        location: "westeurope",
        sku: { name: "Default", capacity: 1 },
        properties: { endpointComputeType: "Managed", model: modelV1, instanceType: "Standard_DS3_v2" },
      },
      fast,
    );
    assert.equal(deployment.name, "blue");
    assert.equal(deployment.properties.provisioningState, "Succeeded");
    assert.equal(deployment.properties.endpointComputeType, "Managed");
    assert.equal(deployment.sku.capacity, 1);
    assert.equal(deployment.properties.model.toLowerCase(), modelV1.toLowerCase());
    return assertLro(since(mark), `${WS}/onlineEndpoints/${ENDPOINT}/deployments/blue`);
  });

  await step("6 traffic {blue: 100} by endpoint PUT, read back by onlineEndpoints.get", async () => {
    const current = await client.onlineEndpoints.get(rg, ws, ENDPOINT);
    const mark = wire.length;
    const updated = await client.onlineEndpoints.beginCreateOrUpdateAndWait(
      rg, ws, ENDPOINT,
      {
        location: current.location,
        identity: current.identity && { type: current.identity.type },
        properties: {
          authMode: current.properties.authMode,
          description: current.properties.description,
          traffic: { blue: 100 },
        },
      },
      fast,
    );
    assert.equal(updated.properties.provisioningState, "Succeeded");
    const lro = assertLro(since(mark), `${WS}/onlineEndpoints/${ENDPOINT}`);
    const readBack = await client.onlineEndpoints.get(rg, ws, ENDPOINT);
    assert.deepEqual(readBack.properties.traffic, { blue: 100 });
    return `traffic ${JSON.stringify(readBack.properties.traffic)}; ${lro}`;
  });

  await step("7 onlineEndpoints.listKeys, then score with the key", async () => {
    const keys = await client.onlineEndpoints.listKeys(rg, ws, ENDPOINT);
    assert.ok(keys.primaryKey, "no primaryKey");
    assert.ok(keys.secondaryKey, "no secondaryKey");
    const { scoringUri } = (await client.onlineEndpoints.get(rg, ws, ENDPOINT)).properties;
    const scored = await request("POST", scoringUri, {
      headers: { Authorization: `Bearer ${keys.primaryKey}` },
      body: { input_data: [censusRecord] },
    });
    assert.equal(scored.status, 200, `scoring answered ${scored.status}: ${scored.text}`);
    assert.equal(scored.headers["azureml-model-deployment"], "blue");
    assert.ok(scored.json !== undefined, `scoring answer is not JSON: ${scored.text}`);
    return `answer ${scored.text.slice(0, 120)}`;
  });

  await step("8 onlineDeployments.beginDeleteAndWait of blue with traffic is refused", async () => {
    const mark = wire.length;
    const error = await rejection(client.onlineDeployments.beginDeleteAndWait(rg, ws, ENDPOINT, "blue", fast));
    assert.match(error.message, /BadArgument/);
    assert.match(error.message, /Deployment has traffic/);
    const [del] = since(mark);
    assert.equal(`${del.method} ${del.status}`, "DELETE 202", describe(since(mark)));
    const still = await client.onlineDeployments.get(rg, ws, ENDPOINT, "blue");
    assert.equal(still.name, "blue");
    assert.equal(still.properties.provisioningState, "Succeeded");
    return error.message;
  });

  await step("9 onlineEndpoints.get of a missing endpoint: RestError 404 ResourceNotFound", async () => {
    const error = await rejection(client.onlineEndpoints.get(rg, ws, "no-such-endpoint"));
    assert.ok(isRestError(error), `not a RestError: ${error}`);
    assert.equal(error.statusCode, 404);
    assert.equal(error.code, "ResourceNotFound");
    return error.message;
  });

  await step("10 job: raw PUT, jobs.get until Completed; the SDK's own uri_file PUT is refused", async () => {
    const jobName = `sdk-fidelity-${Date.now()}`;
    const { token: bearer } = await credential.getToken(`${armUrl}/.default`);
    const put = await request("PUT", `${armUrl}${WS}/jobs/${jobName}?api-version=2022-10-01`, {
      headers: { Authorization: `Bearer ${bearer}` },
      body: trainingJob(demo.trainingData),
    });
    assert.equal(put.status, 201, `PUT job answered ${put.status}: ${put.text}`);
    let job;
    const deadline = Date.now() + 90000;
    for (;;) {
      job = await client.jobs.get(rg, ws, jobName);
      if (["Completed", "Failed", "Canceled"].includes(job.properties.status) || Date.now() > deadline) break;
      await sleep(200);
    }
    assert.equal(job.properties.status, "Completed", `job ended ${job.properties.status}`);
    assert.equal(job.properties.jobType, "Command");
    // 2.1.1 serializes the uri_file input as {jobInputType} only (reference §6.2).
    const mark = wire.length;
    const error = await rejection(client.jobs.createOrUpdate(rg, ws, `${jobName}-sdk`, trainingJob(demo.trainingData)));
    assert.equal(describe(since(mark)), `PUT …/${ws}/jobs/${jobName}-sdk 400`);
    const sent = JSON.parse(since(mark)[0].body).properties.inputs;
    assert.deepEqual(sent.training_data, { jobInputType: "uri_file" }, "the SDK sent the uri after all");
    assert.deepEqual(sent.label_column, { jobInputType: "literal", value: demo.label || "income" });
    assert.ok(isRestError(error), `not a RestError: ${error}`);
    assert.equal(error.statusCode, 400);
    assert.ok(
      error.message.includes("Request is invalid and/or missing fields."),
      `unexpected message: ${error.message}`,
    );
    const refused = `${error.statusCode} ${error.code} "${error.message}"`;
    return `${jobName} Completed; the SDK sent training_data ${JSON.stringify(sent.training_data)} -> ${refused}`;
  });

  const failed = results.filter((r) => !r.ok);
  console.log(
    `summary: ${results.length - failed.length}/${results.length} steps passed in ${Date.now() - started} ms` +
      (failed.length ? `; failed: ${failed.map((r) => r.name.split(" ")[0]).join(", ")}` : ""),
  );
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.log(`FAIL: ${error && error.stack ? error.stack : error}`);
  process.exitCode = 1;
});
