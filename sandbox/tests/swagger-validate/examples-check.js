#!/usr/bin/env node
// The ctest azureml_spec_examples: the validator (validate.js) on the official Azure ML v2 swagger.
//
//   node examples-check.js MFE.json
//
// Every request and response body of the x-ms-examples copied beside the swaggers (those of MFE.json
// and of the swagger files it refers to, i.e. machineLearningServices.json for the workspaces) must
// validate; a few deliberately broken copies of them must not, and a few edge cases that AutoRest
// accepts must. The numbers of example files and of cases are asserted, so that an example that is
// not found, or a body that is skipped, fails the test; so does an example file that no x-ms-examples
// names. Exit 0 when all is as expected, 1 otherwise, 2 on a usage error. Sources of the test data:
// tests/data/specs/SOURCES.md.
'use strict';

const fs = require('fs');
const path = require('path');
const { open, runCases, UsageError } = require('./validate.js');

// The copied examples (tests/data/specs/SOURCES.md) and the bodies they hold.
const EXPECTED_EXAMPLE_FILES = 28;
const EXPECTED_EXAMPLE_CASES = 41;

function exampleCases(set) {
    const cases = [];
    const files = new Set();
    for (const [file, doc] of set.docs) {
        for (const item of Object.values(doc.paths || {})) {
            for (const op of Object.values(item)) {
                if (!op || !op['x-ms-examples']) continue;
                for (const ex of Object.values(op['x-ms-examples'])) {
                    const exFile = path.resolve(path.dirname(file), ex.$ref);
                    if (!fs.existsSync(exFile)) continue; // not copied (SOURCES.md says which)
                    files.add(exFile);
                    const example = JSON.parse(fs.readFileSync(exFile, 'utf8'));
                    const name = path.relative(path.dirname(file), exFile).replace(/^examples\//, '');
                    const param = set.bodyParameter({ file, op, item });
                    if (param && example.parameters && example.parameters[param.name] !== undefined) {
                        cases.push({ name: `${name} request`, operationId: op.operationId, kind: 'request',
                            body: example.parameters[param.name] });
                    }
                    for (const [status, response] of Object.entries(example.responses || {})) {
                        if (response && 'body' in response) {
                            cases.push({ name: `${name} ${status}`, operationId: op.operationId,
                                kind: 'response', status: Number(status), body: response.body });
                        }
                    }
                }
            }
        }
    }
    // Example files on disk that no x-ms-examples names would be skipped silently: list them.
    const unused = [];
    for (const dir of new Set([...set.docs.keys()].map((f) => path.join(path.dirname(f), 'examples')))) {
        if (!fs.existsSync(dir)) continue;
        (function walk(d) {
            for (const e of fs.readdirSync(d, { withFileTypes: true })) {
                const p = path.join(d, e.name);
                if (e.isDirectory()) walk(p);
                else if (e.name.endsWith('.json') && !files.has(p)) unused.push(p);
            }
        })(dir);
    }
    return { cases, files: files.size, unused };
}

const clone = (v) => JSON.parse(JSON.stringify(v));

function find(cases, name) {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new UsageError(`no example case named ${name}`);
    return clone(c);
}

// Copies of example bodies, changed; expectValid says what AutoRest (and so the validator) says.
function editedCases(cases) {
    const out = [];
    const edit = (from, name, expectValid, change) => {
        const c = find(cases, from);
        change(c.body);
        out.push({ ...c, name, expectValid });
    };
    const managedPut = 'OnlineDeployment/ManagedOnlineDeployment/createOrUpdate.json request';
    const commandPut = 'Job/CommandJob/createOrUpdate.json request';
    const endpointGet = 'OnlineEndpoint/get.json 200';
    // Broken: each must be invalid.
    edit(managedPut, 'OnlineDeployment without endpointComputeType', false, (b) => {
        delete b.properties.endpointComputeType;
    });
    edit(commandPut, 'CommandJob without command', false, (b) => {
        delete b.properties.command;
    });
    edit(commandPut, 'CommandJob with a null command (required, not x-nullable)', false, (b) => {
        b.properties.command = null;
    });
    edit(endpointGet, 'OnlineEndpoint with a traffic value as a string', false, (b) => {
        b.properties.traffic = { blue: '100' };
    });
    edit(endpointGet, 'OnlineEndpoint with an unknown sku tier (SkuTier is not modelAsString)', false,
        (b) => {
            b.sku.tier = 'Gold';
        });
    edit(endpointGet, 'OnlineEndpoint with an undeclared member (additionalProperties false)', false, (b) => {
        b.properties.trafficc = { blue: 100 };
    });
    edit('Datastore/get.json 200', 'AzureFile datastore without accountName (its subtype requires it)', false,
        (b) => {
            b.properties.datastoreType = 'AzureFile';
            b.properties.fileShareName = 'share';
            delete b.properties.containerName;
            delete b.properties.accountName;
        });
    edit(commandPut, 'CommandJob with a TensorFlow workerCount as a string (the subtype is checked)', false,
        (b) => {
            b.properties.distribution.workerCount = '1';
        });
    edit(commandPut, 'CommandJob input with an unknown member (LiteralJobInput, additionalProperties false)',
        false, (b) => {
            b.properties.inputs.string.uri = 'azureml://x';
        });
    // Accepted by AutoRest: each must be valid.
    edit(endpointGet, 'OnlineEndpoint with a new authMode (EndpointAuthMode is modelAsString)', true, (b) => {
        b.properties.authMode = 'SomeFutureMode';
    });
    edit(commandPut, 'Job with an unknown jobType (validated against JobBase)', true, (b) => {
        b.properties.jobType = 'FutureJob';
    });
    edit(commandPut, 'Job with jobType "command" and no command (compared exactly: JobBase, not CommandJob)',
        true, (b) => {
            b.properties.jobType = 'command';
            delete b.properties.command;
        });
    edit(managedPut, 'OnlineDeployment request with readOnly provisioningState', true, (b) => {
        b.properties.provisioningState = 'Succeeded';
    });
    edit(commandPut, 'CommandJob with null optional members (null is absent)', true, (b) => {
        b.properties.description = null;
        b.properties.codeId = null;
    });
    return out;
}

async function main() {
    const [specPath] = process.argv.slice(2);
    if (!specPath) throw new UsageError('one argument expected');
    const { set, validator } = await open(specPath);
    const { cases, files, unused } = exampleCases(set);
    const edited = editedCases(cases);
    const mismatches = runCases(validator, [...cases, ...edited]);
    let failed = mismatches > 0;
    const summary = [];
    if (files !== EXPECTED_EXAMPLE_FILES) {
        summary.push(`expected ${EXPECTED_EXAMPLE_FILES} example files, found ${files}`);
        failed = true;
    }
    if (cases.length !== EXPECTED_EXAMPLE_CASES) {
        summary.push(`expected ${EXPECTED_EXAMPLE_CASES} example bodies, found ${cases.length}`);
        failed = true;
    }
    for (const file of unused) {
        summary.push(`example file named by no x-ms-examples: ${path.relative(process.cwd(), file)}`);
        failed = true;
    }
    for (const line of summary) process.stderr.write(`examples-check.js: ${line}\n`);
    const total = cases.length + edited.length;
    process.stdout.write(`${total - mismatches} passed, ${mismatches} failed\n`);
    process.exit(failed ? 1 : 0);
}

main().catch((error) => {
    const usage = error instanceof UsageError ? '\nusage: node examples-check.js MFE.json' : '';
    process.stderr.write(`examples-check.js: ${error.message}${usage}\n`);
    process.exit(2);
});
