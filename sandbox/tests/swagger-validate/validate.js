#!/usr/bin/env node
// Validates ARM request and response bodies of mlstudio-local against an official swagger of
// Azure/azure-rest-api-specs: the classic web services API (Microsoft.MachineLearning, 2017-01-01,
// one self-contained file) or the Azure Machine Learning v2 API (Microsoft.MachineLearningServices,
// mfe.json of 2022-10-01, whose $refs reach machineLearningServices.json and the common types v3).
// @apidevtools/swagger-parser checks the documents, ajv (+ ajv-formats) the bodies.
//
//   node validate.js SPEC.json CASES.json
//
// CASES.json: [{"name": "...", "operationId": "WebServices_Get", "kind": "request"|"response",
//               "status": 200, "body": {...}, "expectValid": true}, ...]
// or {"definition": "WebService", "kind": ..., ...} instead of operationId/status to validate against
// one definition (kind defaults to "response"). Operations and definitions are looked up in SPEC
// first, then in the swagger files SPEC refers to. Prints one JSON line per case ({name, valid,
// expected, errors}) and exits 0 when every case's validity is as expected, 1 otherwise, 2 on a usage
// error. require('./validate.js') gives the same machinery to other scripts (examples-check.js).
//
// How the swagger 2.0 schemas are read (as AutoRest reads them; sandbox/README.md, "Swagger
// validation"):
//  - $refs are resolved relative to the file that holds them, across files; the x-ms-examples
//    (pointers to example files) are dropped before swagger-parser validates the documents;
//  - allOf: a definition's members are its own plus those of every definition it allOf-includes,
//    and so are its required members ("flattened", as AutoRest models inheritance);
//  - polymorphism: a definition with a "discriminator" (its own or inherited) that other
//    definitions allOf-include is polymorphic. Its subtypes are all the definitions that include
//    it, directly or not; each is named by its "x-ms-discriminator-value", or by its definition name
//    when that is absent. A body referred to as the base is validated against the subtype whose name
//    equals its discriminator value (compared exactly, case included, as AutoRest compares them); a
//    body whose value names no subtype (unknown, or the base's own name), or that has no value, is
//    validated against the base itself. The classic WebServiceProperties (discriminator packageType,
//    one subtype WebServicePropertiesForGraph "Graph") is one instance of this rule;
//  - "additionalProperties": false is kept, applied to the flattened members: an undeclared member
//    of such a definition is an error. A definition that does not say so accepts undeclared members;
//  - enums: "x-ms-enum" with "modelAsString": true is an extensible enum (AutoRest: any string), so
//    its values are not enforced; with "modelAsString": false, or without x-ms-enum, they are, exactly;
//  - "readOnly" members are accepted in responses and, as AutoRest ignores them in what it sends,
//    in requests too; a required member that is readOnly is not required in a request;
//  - "x-nullable": true accepts null for the member (or array item) even where it is required.
// The relaxations, each with its reason:
//  - a bare {"type": "object"} with no properties, additionalProperties (other than false) or allOf
//    accepts any JSON value (AutoRest maps it to "any"): classic WebServiceParameter.value, column
//    enum items, exampleRequest cells and global parameter values; v2 PipelineJob.jobs, settings, ...;
//  - a member or dictionary entry whose value is null is read as absent (Swagger 2.0 has no null;
//    AutoRest serialisers omit or null optional members alike, and the classic official examples
//    send "globalParameters": null, the v2 ones "properties": null): null is an error only for a
//    required member that is not x-nullable, and for an array item that is not x-nullable;
//  - new for v2: a required member whose "x-ms-mutability" lacks "read" is not required in a
//    response (AutoRest: such a member is never returned; the official Datastores_Get example
//    returns AccountKey credentials without their write-only "secrets").
//  Nothing else is relaxed.
'use strict';

const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');
const SwaggerParser = require('@apidevtools/swagger-parser');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

class UsageError extends Error {}

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

function decodePointer(pointer) {
    return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

// All the swagger files reachable from the main one, with their definitions and the inheritance
// between them.
class SwaggerSet {
    constructor(mainPath) {
        this.mainPath = path.resolve(mainPath);
        this.root = path.dirname(this.mainPath);
        this.docs = new Map(); // absolute path -> parsed document (x-ms-examples kept)
        this.load(this.mainPath);
        this.defs = new Map(); // key -> {key, file, name, schema}
        for (const [file, doc] of this.docs) {
            for (const [name, schema] of Object.entries(doc.definitions || {}))
                this.defs.set(this.key(file, name), { key: this.key(file, name), file, name, schema });
        }
        this.buildHierarchy();
    }

    load(file) {
        if (this.docs.has(file)) return;
        if (!fs.existsSync(file)) throw new UsageError(`missing swagger file ${file}`);
        const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
        this.docs.set(file, doc);
        const refs = [];
        (function walk(node, inExamples) {
            if (Array.isArray(node)) return node.forEach((n) => walk(n, inExamples));
            if (!node || typeof node !== 'object') return;
            for (const [k, v] of Object.entries(node)) {
                if (k === 'x-ms-examples') continue;
                if (k === '$ref' && typeof v === 'string') refs.push(v);
                else walk(v, inExamples);
            }
        })(doc, false);
        for (const ref of refs) {
            const [target] = ref.split('#');
            if (target) this.load(path.resolve(path.dirname(file), target));
        }
    }

    key(file, name) {
        return `${path.relative(this.root, file) || path.basename(file)}#${name}`;
    }

    // {file, pointer, node} of a $ref written in `file`.
    resolve(ref, file) {
        const [target, pointer = ''] = ref.split('#');
        const targetFile = target ? path.resolve(path.dirname(file), target) : file;
        let node = this.docs.get(targetFile);
        for (const part of decodePointer(pointer)) node = node === undefined ? undefined : node[part];
        if (node === undefined) throw new UsageError(`unresolved $ref ${ref} in ${file}`);
        return { file: targetFile, pointer, node };
    }

    // The definition key a schema $ref names, or null when it names something else.
    defKey(ref, file) {
        const { file: targetFile, pointer } = this.resolve(ref, file);
        const parts = decodePointer(pointer);
        return parts.length === 2 && parts[0] === 'definitions' ? this.key(targetFile, parts[1]) : null;
    }

    buildHierarchy() {
        this.parents = new Map();
        for (const def of this.defs.values()) {
            const parents = [];
            for (const part of def.schema.allOf || []) {
                if (part.$ref) {
                    const k = this.defKey(part.$ref, def.file);
                    if (k) parents.push(k);
                }
            }
            this.parents.set(def.key, parents);
        }
        this.ancestorsCache = new Map();
        this.descendants = new Map();
        for (const def of this.defs.values()) {
            for (const a of this.ancestors(def.key)) {
                if (!this.descendants.has(a)) this.descendants.set(a, []);
                this.descendants.get(a).push(def.key);
            }
        }
    }

    ancestors(key, seen = new Set()) {
        if (this.ancestorsCache.has(key)) return this.ancestorsCache.get(key);
        const out = [];
        seen.add(key);
        for (const p of this.parents.get(key) || []) {
            if (seen.has(p)) continue;
            if (!out.includes(p)) out.push(p);
            for (const a of this.ancestors(p, seen)) if (!out.includes(a)) out.push(a);
        }
        this.ancestorsCache.set(key, out);
        return out;
    }

    discriminator(key) {
        const own = this.defs.get(key).schema.discriminator;
        if (own) return own;
        for (const a of this.ancestors(key)) {
            const d = this.defs.get(a).schema.discriminator;
            if (d) return d;
        }
        return null;
    }

    discriminatorValue(key) {
        const def = this.defs.get(key);
        return def.schema['x-ms-discriminator-value'] || def.name;
    }

    findOperation(operationId) {
        const files = [this.mainPath, ...[...this.docs.keys()].filter((f) => f !== this.mainPath)];
        for (const file of files) {
            for (const [opPath, item] of Object.entries(this.docs.get(file).paths || {})) {
                for (const [method, op] of Object.entries(item)) {
                    if (op && op.operationId === operationId) return { file, path: opPath, method, op, item };
                }
            }
        }
        return null;
    }

    findDefinition(name) {
        const main = this.key(this.mainPath, name);
        if (this.defs.has(main)) return main;
        for (const def of this.defs.values()) if (def.name === name) return def.key;
        return null;
    }

    // The body parameter of an operation (resolving parameter $refs), or null.
    bodyParameter(found) {
        for (const p of [...(found.item.parameters || []), ...(found.op.parameters || [])]) {
            const param = p.$ref ? this.resolve(p.$ref, found.file).node : p;
            if (param.in === 'body') return param;
        }
        return null;
    }

    // Swagger 2.0 schema check of every document, $refs across files resolved, examples dropped.
    async checkDocuments() {
        const files = this.docs;
        const resolver = {
            order: 1,
            canRead: (file) => !/^https?:/i.test(file.url),
            read: (file) => {
                let p = file.url.startsWith('file:') ? fileURLToPath(file.url) : decodeURI(file.url);
                p = path.resolve(p);
                const doc = files.get(p) || JSON.parse(fs.readFileSync(p, 'utf8'));
                return JSON.stringify(stripExamples(doc));
            },
        };
        await SwaggerParser.validate(this.mainPath, stripExamples(this.docs.get(this.mainPath)), {
            resolve: { file: resolver, http: false },
        });
    }
}

// Swagger 2.0 -> JSON Schema (draft-07 as ajv reads it), for one direction: "request" or "response".
class SchemaBuilder {
    constructor(set, mode) {
        this.set = set;
        this.mode = mode;
        this.id = `swagger-${mode}`;
        this.definitions = {};
        this.names = new Map(); // def key -> JSON Schema definition name
        this.building = new Set();
    }

    name(key) {
        if (!this.names.has(key)) this.names.set(key, `d${this.names.size}`);
        return this.names.get(key);
    }

    // A $ref to a definition, polymorphic or not.
    refTo(key) {
        const n = this.name(key);
        if (!(n in this.definitions) && !this.building.has(n)) {
            this.building.add(n);
            this.definitions[n] = this.polymorphic(key);
            this.building.delete(n);
        }
        return { $ref: `${this.id}#/definitions/${n}` };
    }

    concreteRef(key) {
        const n = `${this.name(key)}c`;
        if (!(n in this.definitions) && !this.building.has(n)) {
            this.building.add(n);
            this.definitions[n] = this.schema(this.set.defs.get(key).schema, this.set.defs.get(key).file);
            this.building.delete(n);
        }
        return { $ref: `${this.id}#/definitions/${n}` };
    }

    // The dispatch of a base on its discriminator; a definition that is not a polymorphic base
    // is just its concrete schema.
    polymorphic(key) {
        const prop = this.set.discriminator(key);
        const subtypes = (this.set.descendants.get(key) || []).filter((k) => k !== key);
        if (!prop || !subtypes.length) return this.concreteRef(key);
        let schema = this.concreteRef(key); // unknown or absent value: the base itself
        for (const sub of [...subtypes].reverse()) {
            const value = { const: this.set.discriminatorValue(sub) };
            schema = {
                if: { type: 'object', required: [prop], properties: { [prop]: value } },
                then: this.concreteRef(sub),
                else: schema,
            };
        }
        return schema;
    }

    targetOf(node, file) {
        if (!node || !node.$ref) return node;
        const k = this.set.defKey(node.$ref, file);
        return k ? this.set.defs.get(k).schema : this.set.resolve(node.$ref, file).node;
    }

    nullable(node, file) {
        if (node && node['x-nullable'] !== undefined) return node['x-nullable'] === true;
        const target = this.targetOf(node, file);
        return target !== node && target && target['x-nullable'] === true;
    }

    isBareObject(node) {
        return node.type === 'object' && !node.properties && !node.additionalProperties && !node.allOf
            && !node.$ref;
    }

    // Members, required and additionalProperties of an object schema, allOf flattened.
    members(node, file, seen = new Set()) {
        const props = {};
        const required = new Set();
        let additional;
        for (const part of node.allOf || []) {
            let partNode = part;
            let partFile = file;
            if (part.$ref) {
                const k = this.set.defKey(part.$ref, file);
                if (!k || seen.has(k)) continue;
                seen.add(k);
                partNode = this.set.defs.get(k).schema;
                partFile = this.set.defs.get(k).file;
            }
            const m = this.members(partNode, partFile, seen);
            Object.assign(props, m.props);
            m.required.forEach((r) => required.add(r));
            // A dictionary's value type is inherited; "additionalProperties": false is not (the v2
            // bases such as JobBase or Datastore leave it out so that their subtypes can add members).
            if (m.additional && typeof m.additional.schema === 'object') additional = m.additional;
        }
        for (const [name, schema] of Object.entries(node.properties || {})) props[name] = { schema, file };
        (node.required || []).forEach((r) => required.add(r));
        if (node.additionalProperties !== undefined) additional = { schema: node.additionalProperties, file };
        return { props, required, additional };
    }

    requiredHere(propNode, file) {
        const target = this.targetOf(propNode, file) || {};
        if (this.mode === 'request') return !(propNode.readOnly === true || target.readOnly === true);
        const mutability = propNode['x-ms-mutability'];
        return !(Array.isArray(mutability) && !mutability.includes('read'));
    }

    // null, or else the schema (an if/else rather than an anyOf: its errors are only the schema's).
    orNull(schema) {
        return { if: { type: 'null' }, else: schema };
    }

    schema(node, file) {
        if (node === undefined || node === null || node === true) return {};
        if (node.$ref) {
            const k = this.set.defKey(node.$ref, file);
            if (k) return this.refTo(k);
            const r = this.set.resolve(node.$ref, file);
            return this.schema(r.node, r.file);
        }
        if (this.isBareObject(node)) return {};
        const isObject = node.type === 'object' || node.properties || node.allOf || node.additionalProperties;
        if (isObject) {
            const { props, required, additional } = this.members(node, file);
            const out = { type: 'object', properties: {} };
            const req = [];
            for (const [name, { schema, file: f }] of Object.entries(props)) {
                const s = this.schema(schema, f);
                const mustBeThere = required.has(name) && this.requiredHere(schema, f);
                if (mustBeThere) req.push(name);
                out.properties[name] = !mustBeThere || this.nullable(schema, f) ? this.orNull(s) : s;
            }
            for (const name of required) if (!(name in props)) req.push(name);
            if (req.length) out.required = req;
            if (additional && additional.schema === false) {
                out.additionalProperties = false;
            } else if (additional && typeof additional.schema === 'object') {
                out.additionalProperties = this.orNull(this.schema(additional.schema, additional.file));
            }
            return out;
        }
        const out = {};
        for (const k of ['type', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
            'multipleOf', 'minItems', 'maxItems', 'uniqueItems']) {
            if (node[k] !== undefined) out[k] = node[k];
        }
        if (Array.isArray(node.enum) && !(node['x-ms-enum'] && node['x-ms-enum'].modelAsString === true))
            out.enum = node.enum;
        if (node.type === 'array' || node.items) {
            const items = this.schema(node.items, file);
            out.items = this.nullable(node.items, file) ? this.orNull(items) : items;
        }
        return out;
    }
}

class Validator {
    constructor(set) {
        this.set = set;
        this.ajv = new Ajv({ strict: false, allErrors: true });
        addFormats(this.ajv);
        this.builders = {
            request: new SchemaBuilder(set, 'request'),
            response: new SchemaBuilder(set, 'response'),
        };
        this.compiled = new Map();
    }

    // The swagger schema of a case: {schema, file} or a usage error.
    caseSchema(c, index) {
        if (c.definition) {
            const k = this.set.findDefinition(c.definition);
            if (!k) throw new UsageError(`case ${index}: unknown definition ${c.definition}`);
            const def = this.set.defs.get(k);
            return { node: { $ref: `#/definitions/${def.name}` }, file: def.file };
        }
        const found = this.set.findOperation(c.operationId);
        if (!found) throw new UsageError(`case ${index}: unknown operationId ${c.operationId}`);
        if (c.kind === 'request') {
            const param = this.set.bodyParameter(found);
            if (!param) throw new UsageError(`case ${index}: ${c.operationId} has no body parameter`);
            return { node: param.schema, file: found.file };
        }
        const response = found.op.responses[String(c.status)];
        if (!response) throw new UsageError(`case ${index}: ${c.operationId} has no response ${c.status}`);
        const r = response.$ref ? this.set.resolve(response.$ref, found.file)
                                : { node: response, file: found.file };
        return { node: r.node.schema || {}, file: r.file };
    }

    validate(c, index) {
        const mode = c.kind === 'request' ? 'request' : 'response';
        const { node, file } = this.caseSchema(c, index);
        const cacheKey = `${mode}|${file}|${JSON.stringify(node)}`;
        let validate = this.compiled.get(cacheKey);
        if (!validate) {
            const builder = this.builders[mode];
            const root = builder.schema(node, file);
            this.ajv.removeSchema(builder.id);
            this.ajv.addSchema({ $id: builder.id, definitions: builder.definitions });
            validate = this.ajv.compile(root);
            this.compiled.set(cacheKey, validate);
        }
        const valid = validate(c.body);
        return {
            valid,
            errors: valid ? [] : validate.errors.map((e) => `${e.instancePath || '(body)'} ${e.message}`),
        };
    }
}

// Runs the cases; returns the number whose validity is not the expected one.
function runCases(validator, cases, write = (line) => process.stdout.write(line + '\n')) {
    let mismatches = 0;
    for (const [index, c] of cases.entries()) {
        const { valid, errors } = validator.validate(c, index);
        const expected = c.expectValid !== false;
        if (valid !== expected) mismatches += 1;
        write(JSON.stringify({ name: c.name || `case ${index}`, valid, expected, errors }));
    }
    return mismatches;
}

async function open(specPath) {
    const set = new SwaggerSet(specPath);
    await set.checkDocuments();
    return { set, validator: new Validator(set) };
}

async function main() {
    const [specPath, casesPath] = process.argv.slice(2);
    if (!specPath || !casesPath) throw new UsageError('two arguments expected');
    const { validator } = await open(specPath);
    const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
    process.exit(runCases(validator, cases) ? 1 : 0);
}

module.exports = { open, runCases, stripExamples, UsageError };

if (require.main === module) {
    main().catch((error) => {
        const usage = error instanceof UsageError ? '\nusage: node validate.js SPEC.json CASES.json' : '';
        process.stderr.write(`validate.js: ${error.message}${usage}\n`);
        process.exit(2);
    });
}
