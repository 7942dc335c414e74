"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.schemaValidator = schemaValidator;
exports.compileSchema = compileSchema;
exports.checkShape = checkShape;
exports.shapeProblemsBesides = shapeProblemsBesides;
exports.shapeProblems = shapeProblems;
exports.validateShape = validateShape;
exports.describeShape = describeShape;
/**
 * Checks a file's shape against its JSON Schema with ajv, and turns ajv's findings into the
 * model's diagnostics: one line with file:line:column, the field, the value and the fix
 * ("unknown field X, did you mean Y", the expected type, the allowed values). What a schema
 * cannot say (ids, references, paths, CIDR breadth, the policy) stays in the loaders.
 */
const ajv_1 = __importDefault(require("ajv"));
const json_schema_1 = require("./json-schema");
const errors_1 = require("../../errors");
const error_1 = require("../error");
const fields_1 = require("../fields");
const yaml_source_1 = require("../yaml-source");
let ajv;
const compiled = new WeakMap();
/**
 * The ajv instance: strict (a schema with an unknown keyword or a type mistake does not
 * compile), every error at once, union types allowed (`type: [string, number]`).
 */
function schemaValidator() {
    // Unoptimized code compiles four times faster (a CLI run compiles a schema or two); validating stays in the milliseconds.
    return ajv ??= new ajv_1.default({ strict: true, allErrors: true, allowUnionTypes: true, validateSchema: true, code: { optimize: false } });
}
/** The compiled validator of a schema (compiled once per process). */
function compileSchema(schema) {
    let v = compiled.get(schema);
    if (!v) {
        v = schemaValidator().compile(schema);
        compiled.set(schema, v);
    }
    return v;
}
/**
 * Checks `data` against `schema` and adds a diagnostic to `r` for every shape problem that the
 * loader has not already reported at the same field (its hand-written messages win: they know
 * more, e.g. the fix for an ORCID written as a number). Null values count as absent, as in
 * the loaders.
 */
function checkShape(r, schema, data, options = {}) {
    for (const d of shapeProblemsBesides(r, schema, validateShape(schema, data), [...r.errors, ...r.warnings], options)) {
        if (d.severity === errors_1.DiagnosticSeverity.WARNING)
            r.warnings.push(d);
        else
            r.errors.push(d);
    }
}
/**
 * The shape problems found (`validateShape`) at fields that `reported` (the loader's own
 * findings) says nothing about, at, above or below. A problem with the whole file (no field)
 * says it all.
 */
function shapeProblemsBesides(r, schema, found, reported, options = {}) {
    if (reported.some((d) => !d.field && d.severity === errors_1.DiagnosticSeverity.ERROR))
        return [];
    // Sets, not a scan of every pair: a registry of 20,000 users can have as many findings.
    const fields = new Set(reported.map((d) => d.field ?? '').filter((f) => f !== ''));
    const above = new Set([...fields].flatMap(prefixesOf));
    const covered = (field) => fields.has(field) || above.has(field) || prefixesOf(field).some((p) => fields.has(p));
    return describeShape(r, schema, found, options, covered);
}
/** The fields that contain a field: `a.b[3].c` gives `a`, `a.b`, `a.b[3]`. */
function prefixesOf(field) {
    const out = [];
    for (let i = 1; i < field.length; i++) {
        if (field[i] === '.' || field[i] === '[')
            out.push(field.slice(0, i));
    }
    return out;
}
/** Every shape problem of `data`, as diagnostics located with `r` (nothing is added to `r`). */
function shapeProblems(r, schema, data, options = {}, skip = () => false) {
    return describeShape(r, schema, validateShape(schema, data), options, skip);
}
/**
 * Runs ajv on `data` and keeps what the messages need (paths and offending values), so a
 * reader may drop the parsed tree as it reads (a large registry does) and describe the
 * findings afterwards with `describeShape`.
 */
function validateShape(schema, data) {
    const validate = compileSchema(schema);
    if (validate(data))
        return { findings: [] };
    const known = Object.keys(schema.properties ?? {});
    const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
    if (keys.length > 0 && known.length > 0 && !keys.some((k) => known.includes(k)))
        return { findings: [], wrongFile: { known, keys: keys.length } };
    return {
        findings: (validate.errors ?? []).map((error) => {
            const path = pathOf(data, error.instancePath);
            return { error, path, field: fieldOf(path, error), value: valueAt(data, path) };
        }),
    };
}
/** Turns findings into diagnostics located with `r`, leaving out the fields `skip` says are reported. */
function describeShape(r, schema, found, options = {}, skip = () => false) {
    if (found.wrongFile) {
        // Not one known key: the wrong file (e.g. /etc/shadow, whose lines parse as keys). Its keys
        // are never quoted: they may be the file's secrets.
        return [(0, error_1.problem)({
                code: 'wrong-type',
                message: `expected ${found.wrongFile.known.slice(0, 4).join(', ')}, ...; none of the file's ${found.wrongFile.keys} keys is one; is this the right file?`,
                fix: 'name the right file',
                location: r.locate([]),
            })];
    }
    const out = [];
    const seen = new Set();
    for (const f of found.findings) {
        // Skipped before it is located: finding a line and column is the costly part.
        if (skip(f.field))
            continue;
        const d = translate(r, schema, f, options);
        if (!d)
            continue;
        // One problem per field (a boolean written as 5 breaks both `type` and `enum`).
        const key = d.field ?? '';
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(d);
    }
    return out;
}
/** The field an ajv error is about (for `required` and unknown keys: the key's own field). */
function fieldOf(path, e) {
    const key = e.keyword === 'required' ? e.params.missingProperty : e.keyword === 'additionalProperties' ? e.params.additionalProperty : undefined;
    return (0, yaml_source_1.formatPath)(key === undefined ? path : [...path, String(key)]);
}
/** A JSON pointer (`/workspaces/0/size`) as a YAML path, list indexes as numbers. */
function pathOf(data, pointer) {
    const out = [];
    let cur = data;
    for (const raw of pointer.split('/').slice(1)) {
        const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const key = Array.isArray(cur) && /^\d+$/.test(step) ? Number(step) : step;
        out.push(key);
        cur = cur?.[key];
    }
    return out;
}
function valueAt(data, path) {
    let cur = data;
    for (const k of path)
        cur = cur?.[k];
    return cur;
}
/** The sub-schema ajv judged (its schemaPath, `#/properties/workspaces/items/...`). */
function schemaOf(schema, schemaPath) {
    let cur = schema;
    for (const step of schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1)) {
        if (step === '')
            continue;
        cur = cur?.[step.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return cur;
}
const TYPE_WORDS = {
    string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value lines)', null: 'nothing',
};
function expectedOf(types) {
    const list = (Array.isArray(types) ? types : [types]);
    // `type: [array, string, number, boolean]` is a list of text that also takes one value.
    if (list.includes('array') && list.includes('string'))
        return 'a list of text values';
    if (list.includes('object') && list.includes('string'))
        return 'a name, or a mapping';
    if (list.includes('object') && list.includes('array'))
        return 'a mapping or a list';
    if (list.includes('boolean') && list.includes('string'))
        return 'true or false';
    if (list.includes('string'))
        return 'text';
    return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}
function genericProblem(keyword, sub) {
    if (keyword === 'minimum' || keyword === 'maximum')
        return `must be between ${sub?.minimum ?? '-inf'} and ${sub?.maximum ?? 'inf'}`;
    if (keyword === 'not')
        return 'is a value this field does not accept';
    return 'does not have the expected form';
}
function translate(r, schema, f, options) {
    const { error: e, path, value } = f;
    const sub = schemaOf(schema, e.schemaPath);
    const field = (0, yaml_source_1.formatPath)(path);
    const at = (p, preferKey = false) => r.locate(p, preferKey);
    const explanation = (0, json_schema_1.explanationOf)(sub);
    if (explanation && ['minimum', 'maximum', 'not', 'pattern', 'enum', 'type'].includes(e.keyword) && value !== null && value !== undefined) {
        const words = explanation.problem?.(value) ?? genericProblem(e.keyword, sub);
        const code = typeof explanation.code === 'function' ? explanation.code(value) : explanation.code;
        const fix = typeof explanation.fix === 'function' ? explanation.fix(value) : explanation.fix;
        return (0, error_1.problem)({ code, message: words, field, value, fix, location: at(path) });
    }
    switch (e.keyword) {
        case 'additionalProperties': {
            if (!options.unknownKeys)
                return undefined;
            const key = String(e.params.additionalProperty);
            const known = Object.keys(sub?.properties ?? {});
            if (!/^[A-Za-z0-9_./-]{1,64}$/.test(key)) {
                // A key that is no name (a line of another file, a secret) is never quoted.
                return (0, error_1.problem)({
                    code: 'unknown-field',
                    message: `unknown field: a key of ${key.length} characters that is not a field name`,
                    field,
                    fix: 'remove it, or check that this is the right file',
                    location: at([...path, key], true),
                });
            }
            const close = (0, fields_1.closest)(key, known);
            return (0, error_1.problem)({
                code: 'unknown-field',
                message: `unknown field "${key}"`,
                field: (0, yaml_source_1.formatPath)([...path, key]),
                fix: close ? `did you mean "${close}"?` : `remove it; the fields here are ${known.join(', ')}`,
                location: at([...path, key], true),
            });
        }
        case 'required': {
            const key = String(e.params.missingProperty);
            return (0, error_1.problem)({
                code: 'missing-field',
                message: `required field "${key}" is missing`,
                field: (0, yaml_source_1.formatPath)([...path, key]),
                fix: `add ${key}: <value>${sub?.properties?.[key]?.description ? ` (${sub.properties[key].description})` : ''}`,
                location: at(path),
            });
        }
        case 'type': {
            if (value === null || value === undefined)
                return undefined; // null is "not given" to the loaders
            const expected = expectedOf(e.params.type);
            if (path.length === 0) {
                const shape = typeof value === 'string' ? `text of ${value.length} characters` : (0, error_1.typeName)(value);
                return (0, error_1.problem)({ code: 'wrong-type', message: `expected ${expected}, found ${shape}; is this the right file?`, fix: 'name the right file', location: at(path) });
            }
            return (0, error_1.problem)({ code: 'wrong-type', message: `expected ${expected}, found ${(0, error_1.typeName)(value)}`, field, value, fix: `write ${expected} here`, location: at(path) });
        }
        case 'enum': {
            if (value === null || value === undefined)
                return undefined;
            const allowed = e.params.allowedValues.filter((v) => typeof v !== 'boolean' || !e.params.allowedValues.includes(String(v)));
            const close = typeof value === 'string' ? (0, fields_1.closest)(value, allowed.map(String)) : undefined;
            return (0, error_1.problem)({
                code: 'invalid-value',
                message: 'not one of the allowed values',
                field,
                value,
                fix: `use one of ${allowed.map(String).join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`,
                location: at(path),
            });
        }
        case 'minimum':
        case 'maximum': {
            const lo = sub?.minimum ?? '-inf';
            const hi = sub?.maximum ?? 'inf';
            return (0, error_1.problem)({ code: 'out-of-range', message: `must be between ${lo} and ${hi}`, field, value, fix: `use a value from ${lo} to ${hi}`, location: at(path) });
        }
        case 'pattern': {
            const examples = Array.isArray(sub?.examples) ? ` such as ${sub.examples.slice(0, 4).join(', ')}` : '';
            return (0, error_1.problem)({
                code: 'invalid-value',
                message: `does not have the form of ${(sub?.description ?? 'this field').replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}`,
                field,
                value,
                fix: `write a value${examples} matching ${e.params.pattern}`,
                location: at(path),
            });
        }
        case 'minProperties':
        case 'maxProperties': {
            const keys = Object.keys(sub?.properties ?? {});
            return (0, error_1.problem)({ code: 'invalid-value', message: `give exactly one of ${keys.join(', ')}`, field, value: Object.keys(value ?? {}).join(', ') || undefined, fix: `keep one of ${keys.join(', ')}`, location: at(path) });
        }
        case 'not':
            return (0, error_1.problem)({
                code: 'invalid-value',
                message: 'is a value this field does not accept',
                field,
                value,
                fix: `choose another value (${(sub?.description ?? '').replace(/\.$/, '')})`,
                location: at(path),
            });
        default:
            return (0, error_1.problem)({ code: 'invalid-value', message: e.message ?? 'does not match the schema', field, value, fix: 'check the field against the schema (docs/schemas.md)', location: at(path) });
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hhcGUuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvc2hhcGUudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7QUFvQkEsMENBR0M7QUFHRCxzQ0FPQztBQWlCRCxnQ0FLQztBQU9ELG9EQVNDO0FBWUQsc0NBSUM7QUFzQkQsc0NBWUM7QUFHRCxzQ0EyQkM7QUF2SkQ7Ozs7O0dBS0c7QUFDSCw4Q0FBeUQ7QUFDekQsK0NBQTBEO0FBQzFELHlDQUE4RDtBQUM5RCxvQ0FBNkM7QUFDN0Msc0NBQWlEO0FBQ2pELGdEQUFzRDtBQUV0RCxJQUFJLEdBQW9CLENBQUM7QUFDekIsTUFBTSxRQUFRLEdBQUcsSUFBSSxPQUFPLEVBQWdDLENBQUM7QUFFN0Q7OztHQUdHO0FBQ0gsU0FBZ0IsZUFBZTtJQUM3QiwwSEFBMEg7SUFDMUgsT0FBTyxHQUFHLEtBQUssSUFBSSxhQUFHLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDcEksQ0FBQztBQUVELHNFQUFzRTtBQUN0RSxTQUFnQixhQUFhLENBQUMsTUFBa0I7SUFDOUMsSUFBSSxDQUFDLEdBQUcsUUFBUSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUM3QixJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDUCxDQUFDLEdBQUcsZUFBZSxFQUFFLENBQUMsT0FBTyxDQUFDLE1BQWEsQ0FBQyxDQUFDO1FBQzdDLFFBQVEsQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzFCLENBQUM7SUFDRCxPQUFPLENBQUMsQ0FBQztBQUNYLENBQUM7QUFXRDs7Ozs7R0FLRztBQUNILFNBQWdCLFVBQVUsQ0FBQyxDQUFjLEVBQUUsTUFBa0IsRUFBRSxJQUFhLEVBQUUsVUFBd0IsRUFBRTtJQUN0RyxLQUFLLE1BQU0sQ0FBQyxJQUFJLG9CQUFvQixDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsYUFBYSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ3BILElBQUksQ0FBQyxDQUFDLFFBQVEsS0FBSywyQkFBa0IsQ0FBQyxPQUFPO1lBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7O1lBQzdELENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3hCLENBQUM7QUFDSCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLG9CQUFvQixDQUNsQyxDQUFjLEVBQUUsTUFBa0IsRUFBRSxLQUFvQixFQUFFLFFBQXNCLEVBQUUsVUFBd0IsRUFBRTtJQUU1RyxJQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsUUFBUSxLQUFLLDJCQUFrQixDQUFDLEtBQUssQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ3pGLHdGQUF3RjtJQUN4RixNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbkYsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDO0lBQ3ZELE1BQU0sT0FBTyxHQUFHLENBQUMsS0FBYSxFQUFFLEVBQUUsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksVUFBVSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pILE9BQU8sYUFBYSxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsQ0FBQztBQUMzRCxDQUFDO0FBRUQsOEVBQThFO0FBQzlFLFNBQVMsVUFBVSxDQUFDLEtBQWE7SUFDL0IsTUFBTSxHQUFHLEdBQWEsRUFBRSxDQUFDO0lBQ3pCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsR0FBRyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDdEMsSUFBSSxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssR0FBRyxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxHQUFHO1lBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3hFLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxnR0FBZ0c7QUFDaEcsU0FBZ0IsYUFBYSxDQUMzQixDQUFjLEVBQUUsTUFBa0IsRUFBRSxJQUFhLEVBQUUsVUFBd0IsRUFBRSxFQUFFLE9BQW1DLEdBQUcsRUFBRSxDQUFDLEtBQUs7SUFFN0gsT0FBTyxhQUFhLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxhQUFhLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQztBQUM5RSxDQUFDO0FBaUJEOzs7O0dBSUc7QUFDSCxTQUFnQixhQUFhLENBQUMsTUFBa0IsRUFBRSxJQUFhO0lBQzdELE1BQU0sUUFBUSxHQUFHLGFBQWEsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUN2QyxJQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQzVDLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNuRCxNQUFNLElBQUksR0FBRyxJQUFJLElBQUksT0FBTyxJQUFJLEtBQUssUUFBUSxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQy9GLElBQUksSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsU0FBUyxFQUFFLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQztJQUNsSixPQUFPO1FBQ0wsUUFBUSxFQUFFLENBQUMsUUFBUSxDQUFDLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLEVBQUUsRUFBRTtZQUM5QyxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQztZQUM5QyxPQUFPLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQ2xGLENBQUMsQ0FBQztLQUNILENBQUM7QUFDSixDQUFDO0FBRUQseUdBQXlHO0FBQ3pHLFNBQWdCLGFBQWEsQ0FDM0IsQ0FBYyxFQUFFLE1BQWtCLEVBQUUsS0FBb0IsRUFBRSxVQUF3QixFQUFFLEVBQUUsT0FBbUMsR0FBRyxFQUFFLENBQUMsS0FBSztJQUVwSSxJQUFJLEtBQUssQ0FBQyxTQUFTLEVBQUUsQ0FBQztRQUNwQiw0RkFBNEY7UUFDNUYsb0RBQW9EO1FBQ3BELE9BQU8sQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDZCxJQUFJLEVBQUUsWUFBWTtnQkFDbEIsT0FBTyxFQUFFLFlBQVksS0FBSyxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLDZCQUE2QixLQUFLLENBQUMsU0FBUyxDQUFDLElBQUksdUNBQXVDO2dCQUN6SixHQUFHLEVBQUUscUJBQXFCO2dCQUMxQixRQUFRLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7YUFDdkIsQ0FBQyxDQUFDLENBQUM7SUFDTixDQUFDO0lBQ0QsTUFBTSxHQUFHLEdBQWlCLEVBQUUsQ0FBQztJQUM3QixNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQy9CLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQy9CLDhFQUE4RTtRQUM5RSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDO1lBQUUsU0FBUztRQUM1QixNQUFNLENBQUMsR0FBRyxTQUFTLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDM0MsSUFBSSxDQUFDLENBQUM7WUFBRSxTQUFTO1FBQ2pCLGdGQUFnRjtRQUNoRixNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQztRQUMxQixJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDO1lBQUUsU0FBUztRQUM1QixJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2QsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNkLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCw4RkFBOEY7QUFDOUYsU0FBUyxPQUFPLENBQUMsSUFBb0MsRUFBRSxDQUFjO0lBQ25FLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxPQUFPLEtBQUssVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxzQkFBc0IsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ2pKLE9BQU8sSUFBQSx3QkFBVSxFQUFDLEdBQUcsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3ZFLENBQUM7QUFFRCxxRkFBcUY7QUFDckYsU0FBUyxNQUFNLENBQUMsSUFBYSxFQUFFLE9BQWU7SUFDNUMsTUFBTSxHQUFHLEdBQTJCLEVBQUUsQ0FBQztJQUN2QyxJQUFJLEdBQUcsR0FBUSxJQUFJLENBQUM7SUFDcEIsS0FBSyxNQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQzlDLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUM7UUFDekQsTUFBTSxHQUFHLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztRQUMzRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2QsR0FBRyxHQUFHLEdBQUcsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ25CLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxJQUFhLEVBQUUsSUFBb0M7SUFDbEUsSUFBSSxHQUFHLEdBQVEsSUFBSSxDQUFDO0lBQ3BCLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSTtRQUFFLEdBQUcsR0FBRyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNyQyxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCx1RkFBdUY7QUFDdkYsU0FBUyxRQUFRLENBQUMsTUFBa0IsRUFBRSxVQUFrQjtJQUN0RCxJQUFJLEdBQUcsR0FBUSxNQUFNLENBQUM7SUFDdEIsS0FBSyxNQUFNLElBQUksSUFBSSxVQUFVLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDM0UsSUFBSSxJQUFJLEtBQUssRUFBRTtZQUFFLFNBQVM7UUFDMUIsR0FBRyxHQUFHLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUM1RCxDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQsTUFBTSxVQUFVLEdBQTJCO0lBQ3pDLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFLGVBQWUsRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSw4QkFBOEIsRUFBRSxJQUFJLEVBQUUsU0FBUztDQUNsSyxDQUFDO0FBRUYsU0FBUyxVQUFVLENBQUMsS0FBd0I7SUFDMUMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQztJQUN0RCx3RkFBd0Y7SUFDeEYsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLE9BQU8sQ0FBQyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDO1FBQUUsT0FBTyx1QkFBdUIsQ0FBQztJQUN0RixJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUM7UUFBRSxPQUFPLHNCQUFzQixDQUFDO0lBQ3RGLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLE9BQU8sQ0FBQztRQUFFLE9BQU8scUJBQXFCLENBQUM7SUFDcEYsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDO1FBQUUsT0FBTyxlQUFlLENBQUM7SUFDaEYsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQztRQUFFLE9BQU8sTUFBTSxDQUFDO0lBQzNDLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztBQUMxRCxDQUFDO0FBRUQsU0FBUyxjQUFjLENBQUMsT0FBZSxFQUFFLEdBQVE7SUFDL0MsSUFBSSxPQUFPLEtBQUssU0FBUyxJQUFJLE9BQU8sS0FBSyxTQUFTO1FBQUUsT0FBTyxtQkFBbUIsR0FBRyxFQUFFLE9BQU8sSUFBSSxNQUFNLFFBQVEsR0FBRyxFQUFFLE9BQU8sSUFBSSxLQUFLLEVBQUUsQ0FBQztJQUNwSSxJQUFJLE9BQU8sS0FBSyxLQUFLO1FBQUUsT0FBTyx1Q0FBdUMsQ0FBQztJQUN0RSxPQUFPLGlDQUFpQyxDQUFDO0FBQzNDLENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxDQUFjLEVBQUUsTUFBa0IsRUFBRSxDQUFlLEVBQUUsT0FBcUI7SUFDM0YsTUFBTSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQztJQUNwQyxNQUFNLEdBQUcsR0FBRyxRQUFRLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQztJQUMzQyxNQUFNLEtBQUssR0FBRyxJQUFBLHdCQUFVLEVBQUMsSUFBSSxDQUFDLENBQUM7SUFDL0IsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFXLEVBQUUsU0FBUyxHQUFHLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUM7SUFDdEUsTUFBTSxXQUFXLEdBQUcsSUFBQSwyQkFBYSxFQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ3ZDLElBQUksV0FBVyxJQUFJLENBQUMsU0FBUyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksS0FBSyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ3pJLE1BQU0sS0FBSyxHQUFHLFdBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxjQUFjLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQztRQUM3RSxNQUFNLElBQUksR0FBRyxPQUFPLFdBQVcsQ0FBQyxJQUFJLEtBQUssVUFBVSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDO1FBQ2pHLE1BQU0sR0FBRyxHQUFHLE9BQU8sV0FBVyxDQUFDLEdBQUcsS0FBSyxVQUFVLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUM7UUFDN0YsT0FBTyxJQUFBLGVBQU8sRUFBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ2xGLENBQUM7SUFDRCxRQUFRLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUNsQixLQUFLLHNCQUFzQixDQUFDLENBQUMsQ0FBQztZQUM1QixJQUFJLENBQUMsT0FBTyxDQUFDLFdBQVc7Z0JBQUUsT0FBTyxTQUFTLENBQUM7WUFDM0MsTUFBTSxHQUFHLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsa0JBQWtCLENBQUMsQ0FBQztZQUNoRCxNQUFNLEtBQUssR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxVQUFVLElBQUksRUFBRSxDQUFDLENBQUM7WUFDakQsSUFBSSxDQUFDLHlCQUF5QixDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO2dCQUN6Qyw0RUFBNEU7Z0JBQzVFLE9BQU8sSUFBQSxlQUFPLEVBQUM7b0JBQ2IsSUFBSSxFQUFFLGVBQWU7b0JBQ3JCLE9BQU8sRUFBRSwyQkFBMkIsR0FBRyxDQUFDLE1BQU0sc0NBQXNDO29CQUNwRixLQUFLO29CQUNMLEdBQUcsRUFBRSxpREFBaUQ7b0JBQ3RELFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUM7aUJBQ25DLENBQUMsQ0FBQztZQUNMLENBQUM7WUFDRCxNQUFNLEtBQUssR0FBRyxJQUFBLGdCQUFPLEVBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQ2xDLE9BQU8sSUFBQSxlQUFPLEVBQUM7Z0JBQ2IsSUFBSSxFQUFFLGVBQWU7Z0JBQ3JCLE9BQU8sRUFBRSxrQkFBa0IsR0FBRyxHQUFHO2dCQUNqQyxLQUFLLEVBQUUsSUFBQSx3QkFBVSxFQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7Z0JBQ2pDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLGlCQUFpQixLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsa0NBQWtDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUU7Z0JBQzlGLFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxHQUFHLENBQUMsRUFBRSxJQUFJLENBQUM7YUFDbkMsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELEtBQUssVUFBVSxDQUFDLENBQUMsQ0FBQztZQUNoQixNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxlQUFlLENBQUMsQ0FBQztZQUM3QyxPQUFPLElBQUEsZUFBTyxFQUFDO2dCQUNiLElBQUksRUFBRSxlQUFlO2dCQUNyQixPQUFPLEVBQUUsbUJBQW1CLEdBQUcsY0FBYztnQkFDN0MsS0FBSyxFQUFFLElBQUEsd0JBQVUsRUFBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDO2dCQUNqQyxHQUFHLEVBQUUsT0FBTyxHQUFHLFlBQVksR0FBRyxFQUFFLFVBQVUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLFdBQVcsQ0FBQyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7Z0JBQy9HLFFBQVEsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDO2FBQ25CLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxDQUFDLENBQUM7WUFDWixJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksS0FBSyxLQUFLLFNBQVM7Z0JBQUUsT0FBTyxTQUFTLENBQUMsQ0FBQyxxQ0FBcUM7WUFDbEcsTUFBTSxRQUFRLEdBQUcsVUFBVSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDM0MsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO2dCQUN0QixNQUFNLEtBQUssR0FBRyxPQUFPLEtBQUssS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLFdBQVcsS0FBSyxDQUFDLE1BQU0sYUFBYSxDQUFDLENBQUMsQ0FBQyxJQUFBLGdCQUFRLEVBQUMsS0FBSyxDQUFDLENBQUM7Z0JBQ2pHLE9BQU8sSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSxZQUFZLFFBQVEsV0FBVyxLQUFLLDJCQUEyQixFQUFFLEdBQUcsRUFBRSxxQkFBcUIsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUNuSyxDQUFDO1lBQ0QsT0FBTyxJQUFBLGVBQU8sRUFBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsT0FBTyxFQUFFLFlBQVksUUFBUSxXQUFXLElBQUEsZ0JBQVEsRUFBQyxLQUFLLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLFNBQVMsUUFBUSxPQUFPLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDckssQ0FBQztRQUNELEtBQUssTUFBTSxDQUFDLENBQUMsQ0FBQztZQUNaLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLLEtBQUssU0FBUztnQkFBRSxPQUFPLFNBQVMsQ0FBQztZQUM1RCxNQUFNLE9BQU8sR0FBSSxDQUFDLENBQUMsTUFBTSxDQUFDLGFBQTJCLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsS0FBSyxTQUFTLElBQUksQ0FBRSxDQUFDLENBQUMsTUFBTSxDQUFDLGFBQTJCLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDMUosTUFBTSxLQUFLLEdBQUcsT0FBTyxLQUFLLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFBLGdCQUFPLEVBQUMsS0FBSyxFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1lBQzFGLE9BQU8sSUFBQSxlQUFPLEVBQUM7Z0JBQ2IsSUFBSSxFQUFFLGVBQWU7Z0JBQ3JCLE9BQU8sRUFBRSwrQkFBK0I7Z0JBQ3hDLEtBQUs7Z0JBQ0wsS0FBSztnQkFDTCxHQUFHLEVBQUUsY0FBYyxPQUFPLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDLG1CQUFtQixLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO2dCQUNoRyxRQUFRLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQzthQUNuQixDQUFDLENBQUM7UUFDTCxDQUFDO1FBQ0QsS0FBSyxTQUFTLENBQUM7UUFDZixLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUM7WUFDZixNQUFNLEVBQUUsR0FBRyxHQUFHLEVBQUUsT0FBTyxJQUFJLE1BQU0sQ0FBQztZQUNsQyxNQUFNLEVBQUUsR0FBRyxHQUFHLEVBQUUsT0FBTyxJQUFJLEtBQUssQ0FBQztZQUNqQyxPQUFPLElBQUEsZUFBTyxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxPQUFPLEVBQUUsbUJBQW1CLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2pLLENBQUM7UUFDRCxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUM7WUFDZixNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsT0FBTyxDQUFDLEdBQUcsRUFBRSxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsWUFBWSxHQUFHLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUN2RyxPQUFPLElBQUEsZUFBTyxFQUFDO2dCQUNiLElBQUksRUFBRSxlQUFlO2dCQUNyQixPQUFPLEVBQUUsNkJBQTZCLENBQUMsR0FBRyxFQUFFLFdBQVcsSUFBSSxZQUFZLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxFQUFFO2dCQUMzSSxLQUFLO2dCQUNMLEtBQUs7Z0JBQ0wsR0FBRyxFQUFFLGdCQUFnQixRQUFRLGFBQWEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxPQUFPLEVBQUU7Z0JBQzVELFFBQVEsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDO2FBQ25CLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxLQUFLLGVBQWUsQ0FBQztRQUNyQixLQUFLLGVBQWUsQ0FBQyxDQUFDLENBQUM7WUFDckIsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsVUFBVSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1lBQ2hELE9BQU8sSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSx1QkFBdUIsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBRSxLQUFnQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxTQUFTLEVBQUUsR0FBRyxFQUFFLGVBQWUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3RPLENBQUM7UUFDRCxLQUFLLEtBQUs7WUFDUixPQUFPLElBQUEsZUFBTyxFQUFDO2dCQUNiLElBQUksRUFBRSxlQUFlO2dCQUNyQixPQUFPLEVBQUUsdUNBQXVDO2dCQUNoRCxLQUFLO2dCQUNMLEtBQUs7Z0JBQ0wsR0FBRyxFQUFFLHlCQUF5QixDQUFDLEdBQUcsRUFBRSxXQUFXLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsR0FBRztnQkFDNUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUM7YUFDbkIsQ0FBQyxDQUFDO1FBQ0w7WUFDRSxPQUFPLElBQUEsZUFBTyxFQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sSUFBSSwyQkFBMkIsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxzREFBc0QsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUNoTSxDQUFDO0FBQ0gsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQ2hlY2tzIGEgZmlsZSdzIHNoYXBlIGFnYWluc3QgaXRzIEpTT04gU2NoZW1hIHdpdGggYWp2LCBhbmQgdHVybnMgYWp2J3MgZmluZGluZ3MgaW50byB0aGVcbiAqIG1vZGVsJ3MgZGlhZ25vc3RpY3M6IG9uZSBsaW5lIHdpdGggZmlsZTpsaW5lOmNvbHVtbiwgdGhlIGZpZWxkLCB0aGUgdmFsdWUgYW5kIHRoZSBmaXhcbiAqIChcInVua25vd24gZmllbGQgWCwgZGlkIHlvdSBtZWFuIFlcIiwgdGhlIGV4cGVjdGVkIHR5cGUsIHRoZSBhbGxvd2VkIHZhbHVlcykuIFdoYXQgYSBzY2hlbWFcbiAqIGNhbm5vdCBzYXkgKGlkcywgcmVmZXJlbmNlcywgcGF0aHMsIENJRFIgYnJlYWR0aCwgdGhlIHBvbGljeSkgc3RheXMgaW4gdGhlIGxvYWRlcnMuXG4gKi9cbmltcG9ydCBBanYsIHsgRXJyb3JPYmplY3QsIFZhbGlkYXRlRnVuY3Rpb24gfSBmcm9tICdhanYnO1xuaW1wb3J0IHsgZXhwbGFuYXRpb25PZiwgSnNvblNjaGVtYSB9IGZyb20gJy4vanNvbi1zY2hlbWEnO1xuaW1wb3J0IHsgRGlhZ25vc3RpYywgRGlhZ25vc3RpY1NldmVyaXR5IH0gZnJvbSAnLi4vLi4vZXJyb3JzJztcbmltcG9ydCB7IHByb2JsZW0sIHR5cGVOYW1lIH0gZnJvbSAnLi4vZXJyb3InO1xuaW1wb3J0IHsgY2xvc2VzdCwgRmllbGRSZWFkZXIgfSBmcm9tICcuLi9maWVsZHMnO1xuaW1wb3J0IHsgZm9ybWF0UGF0aCwgWWFtbFBhdGggfSBmcm9tICcuLi95YW1sLXNvdXJjZSc7XG5cbmxldCBhanY6IEFqdiB8IHVuZGVmaW5lZDtcbmNvbnN0IGNvbXBpbGVkID0gbmV3IFdlYWtNYXA8SnNvblNjaGVtYSwgVmFsaWRhdGVGdW5jdGlvbj4oKTtcblxuLyoqXG4gKiBUaGUgYWp2IGluc3RhbmNlOiBzdHJpY3QgKGEgc2NoZW1hIHdpdGggYW4gdW5rbm93biBrZXl3b3JkIG9yIGEgdHlwZSBtaXN0YWtlIGRvZXMgbm90XG4gKiBjb21waWxlKSwgZXZlcnkgZXJyb3IgYXQgb25jZSwgdW5pb24gdHlwZXMgYWxsb3dlZCAoYHR5cGU6IFtzdHJpbmcsIG51bWJlcl1gKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjaGVtYVZhbGlkYXRvcigpOiBBanYge1xuICAvLyBVbm9wdGltaXplZCBjb2RlIGNvbXBpbGVzIGZvdXIgdGltZXMgZmFzdGVyIChhIENMSSBydW4gY29tcGlsZXMgYSBzY2hlbWEgb3IgdHdvKTsgdmFsaWRhdGluZyBzdGF5cyBpbiB0aGUgbWlsbGlzZWNvbmRzLlxuICByZXR1cm4gYWp2ID8/PSBuZXcgQWp2KHsgc3RyaWN0OiB0cnVlLCBhbGxFcnJvcnM6IHRydWUsIGFsbG93VW5pb25UeXBlczogdHJ1ZSwgdmFsaWRhdGVTY2hlbWE6IHRydWUsIGNvZGU6IHsgb3B0aW1pemU6IGZhbHNlIH0gfSk7XG59XG5cbi8qKiBUaGUgY29tcGlsZWQgdmFsaWRhdG9yIG9mIGEgc2NoZW1hIChjb21waWxlZCBvbmNlIHBlciBwcm9jZXNzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlU2NoZW1hKHNjaGVtYTogSnNvblNjaGVtYSk6IFZhbGlkYXRlRnVuY3Rpb24ge1xuICBsZXQgdiA9IGNvbXBpbGVkLmdldChzY2hlbWEpO1xuICBpZiAoIXYpIHtcbiAgICB2ID0gc2NoZW1hVmFsaWRhdG9yKCkuY29tcGlsZShzY2hlbWEgYXMgYW55KTtcbiAgICBjb21waWxlZC5zZXQoc2NoZW1hLCB2KTtcbiAgfVxuICByZXR1cm4gdjtcbn1cblxuLyoqIE9wdGlvbnMgb2YgYGNoZWNrU2hhcGVgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTaGFwZU9wdGlvbnMge1xuICAvKipcbiAgICogUmVwb3J0IHVua25vd24ga2V5cy4gT2ZmIGluIHRoZSBsb2FkZXJzLCB3aG9zZSBvd24gdW5rbm93bi1rZXkgY2hlY2sgKHdpdGggdGhlIHNhbWUga2V5XG4gICAqIGxpc3RzLCBmcm9tIHRoZSBzY2hlbWEpIGRlY2lkZXMgd2hldGhlciB0aGV5IGFyZSB3YXJuaW5ncyBvciBlcnJvcnMuXG4gICAqL1xuICByZWFkb25seSB1bmtub3duS2V5cz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogQ2hlY2tzIGBkYXRhYCBhZ2FpbnN0IGBzY2hlbWFgIGFuZCBhZGRzIGEgZGlhZ25vc3RpYyB0byBgcmAgZm9yIGV2ZXJ5IHNoYXBlIHByb2JsZW0gdGhhdCB0aGVcbiAqIGxvYWRlciBoYXMgbm90IGFscmVhZHkgcmVwb3J0ZWQgYXQgdGhlIHNhbWUgZmllbGQgKGl0cyBoYW5kLXdyaXR0ZW4gbWVzc2FnZXMgd2luOiB0aGV5IGtub3dcbiAqIG1vcmUsIGUuZy4gdGhlIGZpeCBmb3IgYW4gT1JDSUQgd3JpdHRlbiBhcyBhIG51bWJlcikuIE51bGwgdmFsdWVzIGNvdW50IGFzIGFic2VudCwgYXMgaW5cbiAqIHRoZSBsb2FkZXJzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tTaGFwZShyOiBGaWVsZFJlYWRlciwgc2NoZW1hOiBKc29uU2NoZW1hLCBkYXRhOiB1bmtub3duLCBvcHRpb25zOiBTaGFwZU9wdGlvbnMgPSB7fSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IGQgb2Ygc2hhcGVQcm9ibGVtc0Jlc2lkZXMociwgc2NoZW1hLCB2YWxpZGF0ZVNoYXBlKHNjaGVtYSwgZGF0YSksIFsuLi5yLmVycm9ycywgLi4uci53YXJuaW5nc10sIG9wdGlvbnMpKSB7XG4gICAgaWYgKGQuc2V2ZXJpdHkgPT09IERpYWdub3N0aWNTZXZlcml0eS5XQVJOSU5HKSByLndhcm5pbmdzLnB1c2goZCk7XG4gICAgZWxzZSByLmVycm9ycy5wdXNoKGQpO1xuICB9XG59XG5cbi8qKlxuICogVGhlIHNoYXBlIHByb2JsZW1zIGZvdW5kIChgdmFsaWRhdGVTaGFwZWApIGF0IGZpZWxkcyB0aGF0IGByZXBvcnRlZGAgKHRoZSBsb2FkZXIncyBvd25cbiAqIGZpbmRpbmdzKSBzYXlzIG5vdGhpbmcgYWJvdXQsIGF0LCBhYm92ZSBvciBiZWxvdy4gQSBwcm9ibGVtIHdpdGggdGhlIHdob2xlIGZpbGUgKG5vIGZpZWxkKVxuICogc2F5cyBpdCBhbGwuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaGFwZVByb2JsZW1zQmVzaWRlcyhcbiAgcjogRmllbGRSZWFkZXIsIHNjaGVtYTogSnNvblNjaGVtYSwgZm91bmQ6IFNoYXBlRmluZGluZ3MsIHJlcG9ydGVkOiBEaWFnbm9zdGljW10sIG9wdGlvbnM6IFNoYXBlT3B0aW9ucyA9IHt9LFxuKTogRGlhZ25vc3RpY1tdIHtcbiAgaWYgKHJlcG9ydGVkLnNvbWUoKGQpID0+ICFkLmZpZWxkICYmIGQuc2V2ZXJpdHkgPT09IERpYWdub3N0aWNTZXZlcml0eS5FUlJPUikpIHJldHVybiBbXTtcbiAgLy8gU2V0cywgbm90IGEgc2NhbiBvZiBldmVyeSBwYWlyOiBhIHJlZ2lzdHJ5IG9mIDIwLDAwMCB1c2VycyBjYW4gaGF2ZSBhcyBtYW55IGZpbmRpbmdzLlxuICBjb25zdCBmaWVsZHMgPSBuZXcgU2V0KHJlcG9ydGVkLm1hcCgoZCkgPT4gZC5maWVsZCA/PyAnJykuZmlsdGVyKChmKSA9PiBmICE9PSAnJykpO1xuICBjb25zdCBhYm92ZSA9IG5ldyBTZXQoWy4uLmZpZWxkc10uZmxhdE1hcChwcmVmaXhlc09mKSk7XG4gIGNvbnN0IGNvdmVyZWQgPSAoZmllbGQ6IHN0cmluZykgPT4gZmllbGRzLmhhcyhmaWVsZCkgfHwgYWJvdmUuaGFzKGZpZWxkKSB8fCBwcmVmaXhlc09mKGZpZWxkKS5zb21lKChwKSA9PiBmaWVsZHMuaGFzKHApKTtcbiAgcmV0dXJuIGRlc2NyaWJlU2hhcGUociwgc2NoZW1hLCBmb3VuZCwgb3B0aW9ucywgY292ZXJlZCk7XG59XG5cbi8qKiBUaGUgZmllbGRzIHRoYXQgY29udGFpbiBhIGZpZWxkOiBgYS5iWzNdLmNgIGdpdmVzIGBhYCwgYGEuYmAsIGBhLmJbM11gLiAqL1xuZnVuY3Rpb24gcHJlZml4ZXNPZihmaWVsZDogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAobGV0IGkgPSAxOyBpIDwgZmllbGQubGVuZ3RoOyBpKyspIHtcbiAgICBpZiAoZmllbGRbaV0gPT09ICcuJyB8fCBmaWVsZFtpXSA9PT0gJ1snKSBvdXQucHVzaChmaWVsZC5zbGljZSgwLCBpKSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIEV2ZXJ5IHNoYXBlIHByb2JsZW0gb2YgYGRhdGFgLCBhcyBkaWFnbm9zdGljcyBsb2NhdGVkIHdpdGggYHJgIChub3RoaW5nIGlzIGFkZGVkIHRvIGByYCkuICovXG5leHBvcnQgZnVuY3Rpb24gc2hhcGVQcm9ibGVtcyhcbiAgcjogRmllbGRSZWFkZXIsIHNjaGVtYTogSnNvblNjaGVtYSwgZGF0YTogdW5rbm93biwgb3B0aW9uczogU2hhcGVPcHRpb25zID0ge30sIHNraXA6IChmaWVsZDogc3RyaW5nKSA9PiBib29sZWFuID0gKCkgPT4gZmFsc2UsXG4pOiBEaWFnbm9zdGljW10ge1xuICByZXR1cm4gZGVzY3JpYmVTaGFwZShyLCBzY2hlbWEsIHZhbGlkYXRlU2hhcGUoc2NoZW1hLCBkYXRhKSwgb3B0aW9ucywgc2tpcCk7XG59XG5cbi8qKiBXaGF0IGFqdiBmb3VuZCBhYm91dCBvbmUgdmFsdWUsIHRha2VuIHdoaWxlIHRoZSBwYXJzZWQgZGF0YSBpcyBzdGlsbCB0aGVyZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2hhcGVGaW5kaW5nIHtcbiAgcmVhZG9ubHkgZXJyb3I6IEVycm9yT2JqZWN0O1xuICByZWFkb25seSBwYXRoOiBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj47XG4gIHJlYWRvbmx5IGZpZWxkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZhbHVlOiB1bmtub3duO1xufVxuXG4vKiogVGhlIHJlc3VsdCBvZiBgdmFsaWRhdGVTaGFwZWA6IHRoZSBmaW5kaW5ncywgb3IgdGhlIHdob2xlIGZpbGUncyB3cm9uZyBzaGFwZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2hhcGVGaW5kaW5ncyB7XG4gIHJlYWRvbmx5IGZpbmRpbmdzOiBTaGFwZUZpbmRpbmdbXTtcbiAgLyoqIE5vdCBvbmUga2V5IG9mIHRoZSBmaWxlIGlzIGtub3duOiB0aGUgd3JvbmcgZmlsZS4gKi9cbiAgcmVhZG9ubHkgd3JvbmdGaWxlPzogeyByZWFkb25seSBrbm93bjogc3RyaW5nW107IHJlYWRvbmx5IGtleXM6IG51bWJlciB9O1xufVxuXG4vKipcbiAqIFJ1bnMgYWp2IG9uIGBkYXRhYCBhbmQga2VlcHMgd2hhdCB0aGUgbWVzc2FnZXMgbmVlZCAocGF0aHMgYW5kIG9mZmVuZGluZyB2YWx1ZXMpLCBzbyBhXG4gKiByZWFkZXIgbWF5IGRyb3AgdGhlIHBhcnNlZCB0cmVlIGFzIGl0IHJlYWRzIChhIGxhcmdlIHJlZ2lzdHJ5IGRvZXMpIGFuZCBkZXNjcmliZSB0aGVcbiAqIGZpbmRpbmdzIGFmdGVyd2FyZHMgd2l0aCBgZGVzY3JpYmVTaGFwZWAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZVNoYXBlKHNjaGVtYTogSnNvblNjaGVtYSwgZGF0YTogdW5rbm93bik6IFNoYXBlRmluZGluZ3Mge1xuICBjb25zdCB2YWxpZGF0ZSA9IGNvbXBpbGVTY2hlbWEoc2NoZW1hKTtcbiAgaWYgKHZhbGlkYXRlKGRhdGEpKSByZXR1cm4geyBmaW5kaW5nczogW10gfTtcbiAgY29uc3Qga25vd24gPSBPYmplY3Qua2V5cyhzY2hlbWEucHJvcGVydGllcyA/PyB7fSk7XG4gIGNvbnN0IGtleXMgPSBkYXRhICYmIHR5cGVvZiBkYXRhID09PSAnb2JqZWN0JyAmJiAhQXJyYXkuaXNBcnJheShkYXRhKSA/IE9iamVjdC5rZXlzKGRhdGEpIDogW107XG4gIGlmIChrZXlzLmxlbmd0aCA+IDAgJiYga25vd24ubGVuZ3RoID4gMCAmJiAha2V5cy5zb21lKChrKSA9PiBrbm93bi5pbmNsdWRlcyhrKSkpIHJldHVybiB7IGZpbmRpbmdzOiBbXSwgd3JvbmdGaWxlOiB7IGtub3duLCBrZXlzOiBrZXlzLmxlbmd0aCB9IH07XG4gIHJldHVybiB7XG4gICAgZmluZGluZ3M6ICh2YWxpZGF0ZS5lcnJvcnMgPz8gW10pLm1hcCgoZXJyb3IpID0+IHtcbiAgICAgIGNvbnN0IHBhdGggPSBwYXRoT2YoZGF0YSwgZXJyb3IuaW5zdGFuY2VQYXRoKTtcbiAgICAgIHJldHVybiB7IGVycm9yLCBwYXRoLCBmaWVsZDogZmllbGRPZihwYXRoLCBlcnJvciksIHZhbHVlOiB2YWx1ZUF0KGRhdGEsIHBhdGgpIH07XG4gICAgfSksXG4gIH07XG59XG5cbi8qKiBUdXJucyBmaW5kaW5ncyBpbnRvIGRpYWdub3N0aWNzIGxvY2F0ZWQgd2l0aCBgcmAsIGxlYXZpbmcgb3V0IHRoZSBmaWVsZHMgYHNraXBgIHNheXMgYXJlIHJlcG9ydGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlc2NyaWJlU2hhcGUoXG4gIHI6IEZpZWxkUmVhZGVyLCBzY2hlbWE6IEpzb25TY2hlbWEsIGZvdW5kOiBTaGFwZUZpbmRpbmdzLCBvcHRpb25zOiBTaGFwZU9wdGlvbnMgPSB7fSwgc2tpcDogKGZpZWxkOiBzdHJpbmcpID0+IGJvb2xlYW4gPSAoKSA9PiBmYWxzZSxcbik6IERpYWdub3N0aWNbXSB7XG4gIGlmIChmb3VuZC53cm9uZ0ZpbGUpIHtcbiAgICAvLyBOb3Qgb25lIGtub3duIGtleTogdGhlIHdyb25nIGZpbGUgKGUuZy4gL2V0Yy9zaGFkb3csIHdob3NlIGxpbmVzIHBhcnNlIGFzIGtleXMpLiBJdHMga2V5c1xuICAgIC8vIGFyZSBuZXZlciBxdW90ZWQ6IHRoZXkgbWF5IGJlIHRoZSBmaWxlJ3Mgc2VjcmV0cy5cbiAgICByZXR1cm4gW3Byb2JsZW0oe1xuICAgICAgY29kZTogJ3dyb25nLXR5cGUnLFxuICAgICAgbWVzc2FnZTogYGV4cGVjdGVkICR7Zm91bmQud3JvbmdGaWxlLmtub3duLnNsaWNlKDAsIDQpLmpvaW4oJywgJyl9LCAuLi47IG5vbmUgb2YgdGhlIGZpbGUncyAke2ZvdW5kLndyb25nRmlsZS5rZXlzfSBrZXlzIGlzIG9uZTsgaXMgdGhpcyB0aGUgcmlnaHQgZmlsZT9gLFxuICAgICAgZml4OiAnbmFtZSB0aGUgcmlnaHQgZmlsZScsXG4gICAgICBsb2NhdGlvbjogci5sb2NhdGUoW10pLFxuICAgIH0pXTtcbiAgfVxuICBjb25zdCBvdXQ6IERpYWdub3N0aWNbXSA9IFtdO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgZiBvZiBmb3VuZC5maW5kaW5ncykge1xuICAgIC8vIFNraXBwZWQgYmVmb3JlIGl0IGlzIGxvY2F0ZWQ6IGZpbmRpbmcgYSBsaW5lIGFuZCBjb2x1bW4gaXMgdGhlIGNvc3RseSBwYXJ0LlxuICAgIGlmIChza2lwKGYuZmllbGQpKSBjb250aW51ZTtcbiAgICBjb25zdCBkID0gdHJhbnNsYXRlKHIsIHNjaGVtYSwgZiwgb3B0aW9ucyk7XG4gICAgaWYgKCFkKSBjb250aW51ZTtcbiAgICAvLyBPbmUgcHJvYmxlbSBwZXIgZmllbGQgKGEgYm9vbGVhbiB3cml0dGVuIGFzIDUgYnJlYWtzIGJvdGggYHR5cGVgIGFuZCBgZW51bWApLlxuICAgIGNvbnN0IGtleSA9IGQuZmllbGQgPz8gJyc7XG4gICAgaWYgKHNlZW4uaGFzKGtleSkpIGNvbnRpbnVlO1xuICAgIHNlZW4uYWRkKGtleSk7XG4gICAgb3V0LnB1c2goZCk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFRoZSBmaWVsZCBhbiBhanYgZXJyb3IgaXMgYWJvdXQgKGZvciBgcmVxdWlyZWRgIGFuZCB1bmtub3duIGtleXM6IHRoZSBrZXkncyBvd24gZmllbGQpLiAqL1xuZnVuY3Rpb24gZmllbGRPZihwYXRoOiBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj4sIGU6IEVycm9yT2JqZWN0KTogc3RyaW5nIHtcbiAgY29uc3Qga2V5ID0gZS5rZXl3b3JkID09PSAncmVxdWlyZWQnID8gZS5wYXJhbXMubWlzc2luZ1Byb3BlcnR5IDogZS5rZXl3b3JkID09PSAnYWRkaXRpb25hbFByb3BlcnRpZXMnID8gZS5wYXJhbXMuYWRkaXRpb25hbFByb3BlcnR5IDogdW5kZWZpbmVkO1xuICByZXR1cm4gZm9ybWF0UGF0aChrZXkgPT09IHVuZGVmaW5lZCA/IHBhdGggOiBbLi4ucGF0aCwgU3RyaW5nKGtleSldKTtcbn1cblxuLyoqIEEgSlNPTiBwb2ludGVyIChgL3dvcmtzcGFjZXMvMC9zaXplYCkgYXMgYSBZQU1MIHBhdGgsIGxpc3QgaW5kZXhlcyBhcyBudW1iZXJzLiAqL1xuZnVuY3Rpb24gcGF0aE9mKGRhdGE6IHVua25vd24sIHBvaW50ZXI6IHN0cmluZyk6IEFycmF5PHN0cmluZyB8IG51bWJlcj4ge1xuICBjb25zdCBvdXQ6IEFycmF5PHN0cmluZyB8IG51bWJlcj4gPSBbXTtcbiAgbGV0IGN1cjogYW55ID0gZGF0YTtcbiAgZm9yIChjb25zdCByYXcgb2YgcG9pbnRlci5zcGxpdCgnLycpLnNsaWNlKDEpKSB7XG4gICAgY29uc3Qgc3RlcCA9IHJhdy5yZXBsYWNlKC9+MS9nLCAnLycpLnJlcGxhY2UoL34wL2csICd+Jyk7XG4gICAgY29uc3Qga2V5ID0gQXJyYXkuaXNBcnJheShjdXIpICYmIC9eXFxkKyQvLnRlc3Qoc3RlcCkgPyBOdW1iZXIoc3RlcCkgOiBzdGVwO1xuICAgIG91dC5wdXNoKGtleSk7XG4gICAgY3VyID0gY3VyPy5ba2V5XTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiB2YWx1ZUF0KGRhdGE6IHVua25vd24sIHBhdGg6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgbnVtYmVyPik6IHVua25vd24ge1xuICBsZXQgY3VyOiBhbnkgPSBkYXRhO1xuICBmb3IgKGNvbnN0IGsgb2YgcGF0aCkgY3VyID0gY3VyPy5ba107XG4gIHJldHVybiBjdXI7XG59XG5cbi8qKiBUaGUgc3ViLXNjaGVtYSBhanYganVkZ2VkIChpdHMgc2NoZW1hUGF0aCwgYCMvcHJvcGVydGllcy93b3Jrc3BhY2VzL2l0ZW1zLy4uLmApLiAqL1xuZnVuY3Rpb24gc2NoZW1hT2Yoc2NoZW1hOiBKc29uU2NoZW1hLCBzY2hlbWFQYXRoOiBzdHJpbmcpOiBhbnkge1xuICBsZXQgY3VyOiBhbnkgPSBzY2hlbWE7XG4gIGZvciAoY29uc3Qgc3RlcCBvZiBzY2hlbWFQYXRoLnJlcGxhY2UoL14jXFwvPy8sICcnKS5zcGxpdCgnLycpLnNsaWNlKDAsIC0xKSkge1xuICAgIGlmIChzdGVwID09PSAnJykgY29udGludWU7XG4gICAgY3VyID0gY3VyPy5bc3RlcC5yZXBsYWNlKC9+MS9nLCAnLycpLnJlcGxhY2UoL34wL2csICd+JyldO1xuICB9XG4gIHJldHVybiBjdXI7XG59XG5cbmNvbnN0IFRZUEVfV09SRFM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIHN0cmluZzogJ3RleHQnLCBudW1iZXI6ICdhIG51bWJlcicsIGludGVnZXI6ICdhIHdob2xlIG51bWJlcicsIGJvb2xlYW46ICd0cnVlIG9yIGZhbHNlJywgYXJyYXk6ICdhIGxpc3QnLCBvYmplY3Q6ICdhIG1hcHBpbmcgKGtleTogdmFsdWUgbGluZXMpJywgbnVsbDogJ25vdGhpbmcnLFxufTtcblxuZnVuY3Rpb24gZXhwZWN0ZWRPZih0eXBlczogc3RyaW5nIHwgc3RyaW5nW10pOiBzdHJpbmcge1xuICBjb25zdCBsaXN0ID0gKEFycmF5LmlzQXJyYXkodHlwZXMpID8gdHlwZXMgOiBbdHlwZXNdKTtcbiAgLy8gYHR5cGU6IFthcnJheSwgc3RyaW5nLCBudW1iZXIsIGJvb2xlYW5dYCBpcyBhIGxpc3Qgb2YgdGV4dCB0aGF0IGFsc28gdGFrZXMgb25lIHZhbHVlLlxuICBpZiAobGlzdC5pbmNsdWRlcygnYXJyYXknKSAmJiBsaXN0LmluY2x1ZGVzKCdzdHJpbmcnKSkgcmV0dXJuICdhIGxpc3Qgb2YgdGV4dCB2YWx1ZXMnO1xuICBpZiAobGlzdC5pbmNsdWRlcygnb2JqZWN0JykgJiYgbGlzdC5pbmNsdWRlcygnc3RyaW5nJykpIHJldHVybiAnYSBuYW1lLCBvciBhIG1hcHBpbmcnO1xuICBpZiAobGlzdC5pbmNsdWRlcygnb2JqZWN0JykgJiYgbGlzdC5pbmNsdWRlcygnYXJyYXknKSkgcmV0dXJuICdhIG1hcHBpbmcgb3IgYSBsaXN0JztcbiAgaWYgKGxpc3QuaW5jbHVkZXMoJ2Jvb2xlYW4nKSAmJiBsaXN0LmluY2x1ZGVzKCdzdHJpbmcnKSkgcmV0dXJuICd0cnVlIG9yIGZhbHNlJztcbiAgaWYgKGxpc3QuaW5jbHVkZXMoJ3N0cmluZycpKSByZXR1cm4gJ3RleHQnO1xuICByZXR1cm4gbGlzdC5tYXAoKHQpID0+IFRZUEVfV09SRFNbdF0gPz8gdCkuam9pbignIG9yICcpO1xufVxuXG5mdW5jdGlvbiBnZW5lcmljUHJvYmxlbShrZXl3b3JkOiBzdHJpbmcsIHN1YjogYW55KTogc3RyaW5nIHtcbiAgaWYgKGtleXdvcmQgPT09ICdtaW5pbXVtJyB8fCBrZXl3b3JkID09PSAnbWF4aW11bScpIHJldHVybiBgbXVzdCBiZSBiZXR3ZWVuICR7c3ViPy5taW5pbXVtID8/ICctaW5mJ30gYW5kICR7c3ViPy5tYXhpbXVtID8/ICdpbmYnfWA7XG4gIGlmIChrZXl3b3JkID09PSAnbm90JykgcmV0dXJuICdpcyBhIHZhbHVlIHRoaXMgZmllbGQgZG9lcyBub3QgYWNjZXB0JztcbiAgcmV0dXJuICdkb2VzIG5vdCBoYXZlIHRoZSBleHBlY3RlZCBmb3JtJztcbn1cblxuZnVuY3Rpb24gdHJhbnNsYXRlKHI6IEZpZWxkUmVhZGVyLCBzY2hlbWE6IEpzb25TY2hlbWEsIGY6IFNoYXBlRmluZGluZywgb3B0aW9uczogU2hhcGVPcHRpb25zKTogRGlhZ25vc3RpYyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHsgZXJyb3I6IGUsIHBhdGgsIHZhbHVlIH0gPSBmO1xuICBjb25zdCBzdWIgPSBzY2hlbWFPZihzY2hlbWEsIGUuc2NoZW1hUGF0aCk7XG4gIGNvbnN0IGZpZWxkID0gZm9ybWF0UGF0aChwYXRoKTtcbiAgY29uc3QgYXQgPSAocDogWWFtbFBhdGgsIHByZWZlcktleSA9IGZhbHNlKSA9PiByLmxvY2F0ZShwLCBwcmVmZXJLZXkpO1xuICBjb25zdCBleHBsYW5hdGlvbiA9IGV4cGxhbmF0aW9uT2Yoc3ViKTtcbiAgaWYgKGV4cGxhbmF0aW9uICYmIFsnbWluaW11bScsICdtYXhpbXVtJywgJ25vdCcsICdwYXR0ZXJuJywgJ2VudW0nLCAndHlwZSddLmluY2x1ZGVzKGUua2V5d29yZCkgJiYgdmFsdWUgIT09IG51bGwgJiYgdmFsdWUgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHdvcmRzID0gZXhwbGFuYXRpb24ucHJvYmxlbT8uKHZhbHVlKSA/PyBnZW5lcmljUHJvYmxlbShlLmtleXdvcmQsIHN1Yik7XG4gICAgY29uc3QgY29kZSA9IHR5cGVvZiBleHBsYW5hdGlvbi5jb2RlID09PSAnZnVuY3Rpb24nID8gZXhwbGFuYXRpb24uY29kZSh2YWx1ZSkgOiBleHBsYW5hdGlvbi5jb2RlO1xuICAgIGNvbnN0IGZpeCA9IHR5cGVvZiBleHBsYW5hdGlvbi5maXggPT09ICdmdW5jdGlvbicgPyBleHBsYW5hdGlvbi5maXgodmFsdWUpIDogZXhwbGFuYXRpb24uZml4O1xuICAgIHJldHVybiBwcm9ibGVtKHsgY29kZSwgbWVzc2FnZTogd29yZHMsIGZpZWxkLCB2YWx1ZSwgZml4LCBsb2NhdGlvbjogYXQocGF0aCkgfSk7XG4gIH1cbiAgc3dpdGNoIChlLmtleXdvcmQpIHtcbiAgICBjYXNlICdhZGRpdGlvbmFsUHJvcGVydGllcyc6IHtcbiAgICAgIGlmICghb3B0aW9ucy51bmtub3duS2V5cykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IGtleSA9IFN0cmluZyhlLnBhcmFtcy5hZGRpdGlvbmFsUHJvcGVydHkpO1xuICAgICAgY29uc3Qga25vd24gPSBPYmplY3Qua2V5cyhzdWI/LnByb3BlcnRpZXMgPz8ge30pO1xuICAgICAgaWYgKCEvXltBLVphLXowLTlfLi8tXXsxLDY0fSQvLnRlc3Qoa2V5KSkge1xuICAgICAgICAvLyBBIGtleSB0aGF0IGlzIG5vIG5hbWUgKGEgbGluZSBvZiBhbm90aGVyIGZpbGUsIGEgc2VjcmV0KSBpcyBuZXZlciBxdW90ZWQuXG4gICAgICAgIHJldHVybiBwcm9ibGVtKHtcbiAgICAgICAgICBjb2RlOiAndW5rbm93bi1maWVsZCcsXG4gICAgICAgICAgbWVzc2FnZTogYHVua25vd24gZmllbGQ6IGEga2V5IG9mICR7a2V5Lmxlbmd0aH0gY2hhcmFjdGVycyB0aGF0IGlzIG5vdCBhIGZpZWxkIG5hbWVgLFxuICAgICAgICAgIGZpZWxkLFxuICAgICAgICAgIGZpeDogJ3JlbW92ZSBpdCwgb3IgY2hlY2sgdGhhdCB0aGlzIGlzIHRoZSByaWdodCBmaWxlJyxcbiAgICAgICAgICBsb2NhdGlvbjogYXQoWy4uLnBhdGgsIGtleV0sIHRydWUpLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGNsb3NlID0gY2xvc2VzdChrZXksIGtub3duKTtcbiAgICAgIHJldHVybiBwcm9ibGVtKHtcbiAgICAgICAgY29kZTogJ3Vua25vd24tZmllbGQnLFxuICAgICAgICBtZXNzYWdlOiBgdW5rbm93biBmaWVsZCBcIiR7a2V5fVwiYCxcbiAgICAgICAgZmllbGQ6IGZvcm1hdFBhdGgoWy4uLnBhdGgsIGtleV0pLFxuICAgICAgICBmaXg6IGNsb3NlID8gYGRpZCB5b3UgbWVhbiBcIiR7Y2xvc2V9XCI/YCA6IGByZW1vdmUgaXQ7IHRoZSBmaWVsZHMgaGVyZSBhcmUgJHtrbm93bi5qb2luKCcsICcpfWAsXG4gICAgICAgIGxvY2F0aW9uOiBhdChbLi4ucGF0aCwga2V5XSwgdHJ1ZSksXG4gICAgICB9KTtcbiAgICB9XG4gICAgY2FzZSAncmVxdWlyZWQnOiB7XG4gICAgICBjb25zdCBrZXkgPSBTdHJpbmcoZS5wYXJhbXMubWlzc2luZ1Byb3BlcnR5KTtcbiAgICAgIHJldHVybiBwcm9ibGVtKHtcbiAgICAgICAgY29kZTogJ21pc3NpbmctZmllbGQnLFxuICAgICAgICBtZXNzYWdlOiBgcmVxdWlyZWQgZmllbGQgXCIke2tleX1cIiBpcyBtaXNzaW5nYCxcbiAgICAgICAgZmllbGQ6IGZvcm1hdFBhdGgoWy4uLnBhdGgsIGtleV0pLFxuICAgICAgICBmaXg6IGBhZGQgJHtrZXl9OiA8dmFsdWU+JHtzdWI/LnByb3BlcnRpZXM/LltrZXldPy5kZXNjcmlwdGlvbiA/IGAgKCR7c3ViLnByb3BlcnRpZXNba2V5XS5kZXNjcmlwdGlvbn0pYCA6ICcnfWAsXG4gICAgICAgIGxvY2F0aW9uOiBhdChwYXRoKSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBjYXNlICd0eXBlJzoge1xuICAgICAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7IC8vIG51bGwgaXMgXCJub3QgZ2l2ZW5cIiB0byB0aGUgbG9hZGVyc1xuICAgICAgY29uc3QgZXhwZWN0ZWQgPSBleHBlY3RlZE9mKGUucGFyYW1zLnR5cGUpO1xuICAgICAgaWYgKHBhdGgubGVuZ3RoID09PSAwKSB7XG4gICAgICAgIGNvbnN0IHNoYXBlID0gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyA/IGB0ZXh0IG9mICR7dmFsdWUubGVuZ3RofSBjaGFyYWN0ZXJzYCA6IHR5cGVOYW1lKHZhbHVlKTtcbiAgICAgICAgcmV0dXJuIHByb2JsZW0oeyBjb2RlOiAnd3JvbmctdHlwZScsIG1lc3NhZ2U6IGBleHBlY3RlZCAke2V4cGVjdGVkfSwgZm91bmQgJHtzaGFwZX07IGlzIHRoaXMgdGhlIHJpZ2h0IGZpbGU/YCwgZml4OiAnbmFtZSB0aGUgcmlnaHQgZmlsZScsIGxvY2F0aW9uOiBhdChwYXRoKSB9KTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBwcm9ibGVtKHsgY29kZTogJ3dyb25nLXR5cGUnLCBtZXNzYWdlOiBgZXhwZWN0ZWQgJHtleHBlY3RlZH0sIGZvdW5kICR7dHlwZU5hbWUodmFsdWUpfWAsIGZpZWxkLCB2YWx1ZSwgZml4OiBgd3JpdGUgJHtleHBlY3RlZH0gaGVyZWAsIGxvY2F0aW9uOiBhdChwYXRoKSB9KTtcbiAgICB9XG4gICAgY2FzZSAnZW51bSc6IHtcbiAgICAgIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgY29uc3QgYWxsb3dlZCA9IChlLnBhcmFtcy5hbGxvd2VkVmFsdWVzIGFzIHVua25vd25bXSkuZmlsdGVyKCh2KSA9PiB0eXBlb2YgdiAhPT0gJ2Jvb2xlYW4nIHx8ICEoZS5wYXJhbXMuYWxsb3dlZFZhbHVlcyBhcyB1bmtub3duW10pLmluY2x1ZGVzKFN0cmluZyh2KSkpO1xuICAgICAgY29uc3QgY2xvc2UgPSB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnID8gY2xvc2VzdCh2YWx1ZSwgYWxsb3dlZC5tYXAoU3RyaW5nKSkgOiB1bmRlZmluZWQ7XG4gICAgICByZXR1cm4gcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdpbnZhbGlkLXZhbHVlJyxcbiAgICAgICAgbWVzc2FnZTogJ25vdCBvbmUgb2YgdGhlIGFsbG93ZWQgdmFsdWVzJyxcbiAgICAgICAgZmllbGQsXG4gICAgICAgIHZhbHVlLFxuICAgICAgICBmaXg6IGB1c2Ugb25lIG9mICR7YWxsb3dlZC5tYXAoU3RyaW5nKS5qb2luKCcsICcpfSR7Y2xvc2UgPyBgIChkaWQgeW91IG1lYW4gXCIke2Nsb3NlfVwiPylgIDogJyd9YCxcbiAgICAgICAgbG9jYXRpb246IGF0KHBhdGgpLFxuICAgICAgfSk7XG4gICAgfVxuICAgIGNhc2UgJ21pbmltdW0nOlxuICAgIGNhc2UgJ21heGltdW0nOiB7XG4gICAgICBjb25zdCBsbyA9IHN1Yj8ubWluaW11bSA/PyAnLWluZic7XG4gICAgICBjb25zdCBoaSA9IHN1Yj8ubWF4aW11bSA/PyAnaW5mJztcbiAgICAgIHJldHVybiBwcm9ibGVtKHsgY29kZTogJ291dC1vZi1yYW5nZScsIG1lc3NhZ2U6IGBtdXN0IGJlIGJldHdlZW4gJHtsb30gYW5kICR7aGl9YCwgZmllbGQsIHZhbHVlLCBmaXg6IGB1c2UgYSB2YWx1ZSBmcm9tICR7bG99IHRvICR7aGl9YCwgbG9jYXRpb246IGF0KHBhdGgpIH0pO1xuICAgIH1cbiAgICBjYXNlICdwYXR0ZXJuJzoge1xuICAgICAgY29uc3QgZXhhbXBsZXMgPSBBcnJheS5pc0FycmF5KHN1Yj8uZXhhbXBsZXMpID8gYCBzdWNoIGFzICR7c3ViLmV4YW1wbGVzLnNsaWNlKDAsIDQpLmpvaW4oJywgJyl9YCA6ICcnO1xuICAgICAgcmV0dXJuIHByb2JsZW0oe1xuICAgICAgICBjb2RlOiAnaW52YWxpZC12YWx1ZScsXG4gICAgICAgIG1lc3NhZ2U6IGBkb2VzIG5vdCBoYXZlIHRoZSBmb3JtIG9mICR7KHN1Yj8uZGVzY3JpcHRpb24gPz8gJ3RoaXMgZmllbGQnKS5yZXBsYWNlKC9cXC4kLywgJycpLnJlcGxhY2UoL14uLywgKGM6IHN0cmluZykgPT4gYy50b0xvd2VyQ2FzZSgpKX1gLFxuICAgICAgICBmaWVsZCxcbiAgICAgICAgdmFsdWUsXG4gICAgICAgIGZpeDogYHdyaXRlIGEgdmFsdWUke2V4YW1wbGVzfSBtYXRjaGluZyAke2UucGFyYW1zLnBhdHRlcm59YCxcbiAgICAgICAgbG9jYXRpb246IGF0KHBhdGgpLFxuICAgICAgfSk7XG4gICAgfVxuICAgIGNhc2UgJ21pblByb3BlcnRpZXMnOlxuICAgIGNhc2UgJ21heFByb3BlcnRpZXMnOiB7XG4gICAgICBjb25zdCBrZXlzID0gT2JqZWN0LmtleXMoc3ViPy5wcm9wZXJ0aWVzID8/IHt9KTtcbiAgICAgIHJldHVybiBwcm9ibGVtKHsgY29kZTogJ2ludmFsaWQtdmFsdWUnLCBtZXNzYWdlOiBgZ2l2ZSBleGFjdGx5IG9uZSBvZiAke2tleXMuam9pbignLCAnKX1gLCBmaWVsZCwgdmFsdWU6IE9iamVjdC5rZXlzKCh2YWx1ZSBhcyBvYmplY3QpID8/IHt9KS5qb2luKCcsICcpIHx8IHVuZGVmaW5lZCwgZml4OiBga2VlcCBvbmUgb2YgJHtrZXlzLmpvaW4oJywgJyl9YCwgbG9jYXRpb246IGF0KHBhdGgpIH0pO1xuICAgIH1cbiAgICBjYXNlICdub3QnOlxuICAgICAgcmV0dXJuIHByb2JsZW0oe1xuICAgICAgICBjb2RlOiAnaW52YWxpZC12YWx1ZScsXG4gICAgICAgIG1lc3NhZ2U6ICdpcyBhIHZhbHVlIHRoaXMgZmllbGQgZG9lcyBub3QgYWNjZXB0JyxcbiAgICAgICAgZmllbGQsXG4gICAgICAgIHZhbHVlLFxuICAgICAgICBmaXg6IGBjaG9vc2UgYW5vdGhlciB2YWx1ZSAoJHsoc3ViPy5kZXNjcmlwdGlvbiA/PyAnJykucmVwbGFjZSgvXFwuJC8sICcnKX0pYCxcbiAgICAgICAgbG9jYXRpb246IGF0KHBhdGgpLFxuICAgICAgfSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBwcm9ibGVtKHsgY29kZTogJ2ludmFsaWQtdmFsdWUnLCBtZXNzYWdlOiBlLm1lc3NhZ2UgPz8gJ2RvZXMgbm90IG1hdGNoIHRoZSBzY2hlbWEnLCBmaWVsZCwgdmFsdWUsIGZpeDogJ2NoZWNrIHRoZSBmaWVsZCBhZ2FpbnN0IHRoZSBzY2hlbWEgKGRvY3Mvc2NoZW1hcy5tZCknLCBsb2NhdGlvbjogYXQocGF0aCkgfSk7XG4gIH1cbn1cbiJdfQ==