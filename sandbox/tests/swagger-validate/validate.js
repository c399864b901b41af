#!/usr/bin/env node
// Validates ARM request and response bodies of mlstudio-local against the official swagger
// (Azure/azure-rest-api-specs, Microsoft.MachineLearning/webServices 2017-01-01) with
// @apidevtools/swagger-parser (the document itself) and ajv (the bodies).
//
//   node validate.js SPEC.json CASES.json
//
// CASES.json: [{"name": "...", "operationId": "WebServices_Get", "kind": "request"|"response",
//               "status": 200, "body": {...}, "expectValid": true}, ...]
// or {"definition": "WebService", ...} instead of operationId/kind/status to validate
// against one definition. Prints one JSON line per case ({name, valid, expected, errors})
// and exits 0 when every case's validity is as expected, 1 otherwise, 2 on a usage error.
//
// How the swagger 2.0 schemas are read (sandbox/README.md, "Swagger validation"):
//  - the x-ms-examples (external files) are dropped before swagger-parser validates the
//    document; $refs inside the document are kept, so recursive definitions work;
//  - the discriminator: WebService.properties (WebServiceProperties, discriminator
//    packageType) is read as its only subtype WebServicePropertiesForGraph (packageType
//    "Graph"), as AutoRest does for a body whose packageType is Graph;
//  - a bare {"type": "object"} with no properties, additionalProperties or allOf accepts
//    any JSON value (AutoRest maps it to "any"): WebServiceParameter.value,
//    ColumnSpecification.enum items, exampleRequest cells and global parameter values.
//  - a member whose value is null is read as absent (Swagger 2.0 has no null; AutoRest
//    serialisers omit or null optional members alike, and the official examples send
//    "globalParameters": null).
//    Nothing else is relaxed.
'use strict';

const fs = require('fs');
const SwaggerParser = require('@apidevtools/swagger-parser');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

function usage(message) {
    process.stderr.write(`validate.js: ${message}\nusage: node validate.js SPEC.json CASES.json\n`);
    process.exit(2);
}

function stripExamples(node) {
    if (Array.isArray(node)) return node.map(stripExamples);
    if (node && typeof node === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (k === 'x-ms-examples') continue;
            out[k] = stripExamples(v);
        }
        return out;
    }
    return node;
}

// Swagger 2.0 schema -> JSON Schema as ajv reads it (see the header for the one relaxation).
function toJsonSchema(node) {
    if (Array.isArray(node)) return node.map(toJsonSchema);
    if (!node || typeof node !== 'object') return node;
    if (node.type === 'object' && !node.properties && !node.additionalProperties && !node.allOf && !node.$ref) {
        const any = {};
        if (node.description) any.description = node.description;
        return any;
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        if (k === 'discriminator' || k.startsWith('x-ms-')) continue;
        // Keys inside "properties" are member names, not keywords: keep them all.
        out[k] = k === 'properties' && node.type !== undefined ? mapValues(v) : toJsonSchema(v);
    }
    return out;
}

function mapValues(obj) {
    const out = {};
    for (const [k, v] of Object.entries(obj)) out[k] = toJsonSchema(v);
    return out;
}

function dropNulls(value) {
    if (Array.isArray(value)) return value.map(dropNulls);
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
        return out;
    }
    return value;
}

function findOperation(api, operationId) {
    for (const [path, item] of Object.entries(api.paths)) {
        for (const [method, op] of Object.entries(item)) {
            if (op && op.operationId === operationId) return { path, method, op };
        }
    }
    return null;
}

async function main() {
    const [specPath, casesPath] = process.argv.slice(2);
    if (!specPath || !casesPath) usage('two arguments expected');
    const raw = stripExamples(JSON.parse(fs.readFileSync(specPath, 'utf8')));
    // swagger-parser checks the document against the Swagger 2.0 schema (and resolves it).
    await SwaggerParser.validate(JSON.parse(JSON.stringify(raw)));

    const definitions = {};
    for (const [name, schema] of Object.entries(raw.definitions)) {
        const converted = Object.keys(schema).length ? toJsonSchema(schema) : schema;
        // Properties of the schema object itself (not inside "properties" maps) were handled
        // by toJsonSchema; make sure "properties" maps kept every member name.
        if (schema.properties) converted.properties = mapValues(schema.properties);
        definitions[name] = converted;
    }
    // Discriminator: WebService.properties is a Graph package.
    definitions.WebService.properties.properties = {
        $ref: '#/definitions/WebServicePropertiesForGraph',
        description: definitions.WebService.properties.properties.description,
    };

    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'arm', definitions });

    const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
    let mismatches = 0;
    for (const [index, c] of cases.entries()) {
        let ref;
        if (c.definition) {
            ref = { $ref: `arm#/definitions/${c.definition}` };
        } else {
            const found = findOperation(raw, c.operationId);
            if (!found) usage(`case ${index}: unknown operationId ${c.operationId}`);
            let schema;
            if (c.kind === 'request') {
                const param = (found.op.parameters || []).find((p) => p.in === 'body');
                if (!param) usage(`case ${index}: ${c.operationId} has no body parameter`);
                schema = param.schema;
            } else {
                const response = found.op.responses[String(c.status)];
                if (!response) usage(`case ${index}: ${c.operationId} has no response ${c.status}`);
                schema = response.schema || {};
            }
            ref = schema.$ref ? { $ref: `arm${schema.$ref}` } : toJsonSchema(schema);
        }
        const validate = ajv.compile(ref);
        const valid = validate(dropNulls(c.body));
        const expected = c.expectValid !== false;
        if (valid !== expected) mismatches += 1;
        process.stdout.write(JSON.stringify({
            name: c.name || `case ${index}`,
            valid,
            expected,
            errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || '(body)'} ${e.message}`),
        }) + '\n');
    }
    process.exit(mismatches ? 1 : 0);
}

main().catch((error) => {
    process.stderr.write(`validate.js: ${error.message}\n`);
    process.exit(2);
});
