"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clean = exports.SAFE_PARAMETER_VALUE = void 0;
exports.slugify = slugify;
exports.parseTemplate = parseTemplate;
exports.parseTemplateData = parseTemplateData;
exports.reservedUserMessage = reservedUserMessage;
exports.reservedUserFix = reservedUserFix;
exports.leadingDashFix = leadingDashFix;
exports.checkParameterValue = checkParameterValue;
const sizes_1 = require("../sizes");
const template_1 = require("../template");
const clean_1 = require("./clean");
const fields_1 = require("./fields");
const privilege_1 = require("./privilege");
const s3_names_1 = require("./s3-names");
const json_schema_1 = require("./schemas/json-schema");
const model_1 = require("./schemas/model");
const shape_1 = require("./schemas/shape");
// The key lists are the template schema's (schemas/template.schema.json): the loader and the schema know the same keys.
const TOP_LEVEL = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)()));
const PACKAGES = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['packages']));
const SERVICE = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['services', '*']));
const USER = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['users', '*']));
const FILE = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['files', '*']));
const IDLE = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['idle_detection']));
const INSTANCE = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['instance_defaults']));
const COST = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['instance_defaults', 'estimated_cost_per_hour']));
const PARAM = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['parameters', '*']));
const RESEARCH_USER = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['research_user']));
const AMI = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, model_1.templateSchema)(), ['ami_config']));
/** Legacy connection type names and what they mean now. */
const CONNECTION_ALIASES = { both: template_1.ConnectionType.ALL };
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** Turns a display name into a slug: `Rocky Linux 9 + Conda` becomes `rocky-linux-9-conda`. */
function slugify(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
/**
 * Parses a Prism-compatible template document. All problems in the file are reported
 * together in one error; unknown fields become warnings.
 */
function parseTemplate(source) {
    return parseTemplateData(source.data, source.file, source);
}
function parseTemplateData(raw, label, source) {
    const r = new fields_1.FieldReader(source, label);
    if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
        r.expect([], raw, 'a mapping of template fields (name, description, base, ...)', 'start the file with "name: ..." on the first line');
        r.throwIfErrors(`${label}: template is invalid`);
    }
    const d = raw;
    r.unknownKeys(d, TOP_LEVEL(), []);
    const name = r.str(d, 'name', [], { required: true }) ?? '';
    const description = r.str(d, 'description', [], { required: true }) ?? '';
    let slug = r.str(d, 'slug', []);
    if (slug !== undefined && !SLUG.test(slug)) {
        r.error(['slug'], 'invalid-slug', 'slug must be lower-case letters, digits and dashes', slug, `use "${slugify(slug) || 'my-template'}"`);
    }
    slug = slug ?? slugify(name);
    const inherits = r.strList(d, 'inherits', []);
    inherits?.forEach((p, i) => {
        if (!p.trim())
            r.error(['inherits', i], 'empty-parent', 'parent template name is empty', p, 'name a parent by slug or name, or remove the entry');
        else if (p === name || p === slug)
            r.error(['inherits', i], 'self-inheritance', 'a template cannot inherit from itself', p, 'remove this entry');
    });
    const base = r.str(d, 'base', []);
    if (base === undefined && !(inherits && inherits.length)) {
        r.error(['base'], 'missing-field', 'required field "base" is missing', undefined, `add base: <os>, one of ${Object.values(template_1.OperatingSystem).join(', ')}`);
    }
    else if (base !== undefined && !Object.values(template_1.OperatingSystem).includes(base)) {
        const close = (0, fields_1.closest)(base, Object.values(template_1.OperatingSystem));
        r.error(['base'], 'unsupported-base', 'unsupported base operating system', base, `use one of ${Object.values(template_1.OperatingSystem).join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`);
    }
    let connectionType;
    const ct = r.str(d, 'connection_type', []);
    if (ct !== undefined) {
        if (CONNECTION_ALIASES[ct]) {
            connectionType = CONNECTION_ALIASES[ct];
            r.warn(['connection_type'], 'deprecated-value', `connection type "${ct}" is a legacy name, read as "${connectionType}"`, ct, `write connection_type: ${connectionType}`);
        }
        else if (Object.values(template_1.ConnectionType).includes(ct)) {
            connectionType = ct;
        }
        else {
            r.error(['connection_type'], 'invalid-value', 'unknown connection type', ct, `use one of ${Object.values(template_1.ConnectionType).join(', ')}`);
        }
    }
    let packageManager;
    const pm = r.str(d, 'package_manager', []);
    if (pm !== undefined) {
        if (Object.values(template_1.PackageManager).includes(pm)) {
            packageManager = pm;
        }
        else {
            r.error(['package_manager'], 'invalid-value', 'unsupported package manager', pm, pm === 'pip'
                ? 'pip is not a primary package manager: set package_manager to apt, dnf or conda and keep the pip list under packages.pip'
                : `use one of ${Object.values(template_1.PackageManager).join(', ')}`);
        }
    }
    const packages = readPackages(r, d);
    if (packageManager && packages)
        checkPackageConsistency(r, packageManager, packages);
    const services = readServices(r, d);
    const users = readUsers(r, d);
    const files = readFiles(r, d);
    const idleDetection = readIdle(r, d);
    const instanceDefaults = readInstanceDefaults(r, d);
    const parameters = readParameters(r, d);
    const researchUser = readResearchUser(r, d);
    const amiConfig = readAmi(r, d);
    let minimumSize = r.str(d, 'minimum_size', []);
    if (minimumSize !== undefined) {
        try {
            minimumSize = sizes_1.Sizes.parse(minimumSize, 'minimum_size');
        }
        catch {
            r.error(['minimum_size'], 'unknown-size', 'unknown workspace size', minimumSize, `use one of ${sizes_1.Sizes.all().join(', ')}`);
            minimumSize = undefined;
        }
    }
    const complexity = r.str(d, 'complexity', []);
    if (complexity !== undefined && !['simple', 'moderate', 'advanced', 'complex'].includes(complexity)) {
        r.warn(['complexity'], 'invalid-value', 'unknown complexity', complexity, 'use simple, moderate or advanced');
    }
    // The schema's shape check, for what the reading above does not judge itself.
    (0, shape_1.checkShape)(r, (0, model_1.templateSchema)(), d);
    r.throwIfErrors(`${label}: template "${name || slug}" has ${r.errors.length} problems`);
    const definition = (0, clean_1.clean)({
        name,
        slug,
        description,
        longDescription: r.str(d, 'long_description', []),
        base,
        inherits,
        connectionType,
        packageManager,
        packages,
        services,
        users,
        postInstall: r.str(d, 'post_install', []),
        files,
        userData: r.str(d, 'user_data', []),
        idleDetection,
        instanceDefaults,
        minimumSize,
        parameters,
        variables: r.stringMap(d, 'variables', []),
        researchUser,
        amiConfig,
        version: r.str(d, 'version', []),
        tags: r.stringMap(d, 'tags', []),
        maintainer: r.str(d, 'maintainer', []),
        icon: r.str(d, 'icon', []),
        color: r.str(d, 'color', []),
        category: r.str(d, 'category', []),
        domain: r.str(d, 'domain', []),
        complexity,
        popular: r.bool(d, 'popular', []),
        featured: r.bool(d, 'featured', []),
        source: label,
    });
    // Reading optional fields above may have found type errors too.
    r.throwIfErrors(`${label}: template "${name || slug}" has ${r.errors.length} problems`);
    return { definition, warnings: r.warnings, source };
}
function readPackages(r, d) {
    if (Array.isArray(d.packages)) {
        r.error(['packages'], 'wrong-type', 'packages must be grouped by manager', d.packages, 'write packages: { system: [...], conda: [...], pip: [...], spack: [...] }');
        return undefined;
    }
    const p = r.mapping(d, 'packages', []);
    if (!p)
        return undefined;
    r.unknownKeys(p, PACKAGES(), ['packages']);
    const out = (0, clean_1.clean)({
        system: r.strList(p, 'system', ['packages']),
        conda: r.strList(p, 'conda', ['packages']),
        pip: r.strList(p, 'pip', ['packages']),
        spack: r.strList(p, 'spack', ['packages']),
    });
    for (const k of ['system', 'conda', 'pip', 'spack']) {
        (out[k] ?? []).forEach((pkg, i) => {
            if (pkg.trim().startsWith('-')) {
                r.error(['packages', k, i], 'invalid-package', 'a package entry cannot start with "-" (it would be read as an option, e.g. --allow-unauthenticated)', pkg, 'write only package names or specs; installer options are not accepted');
            }
            else if (/\s/.test(pkg.trim()) || /[;&|`$<>]/.test(pkg)) {
                r.error(['packages', k, i], 'invalid-package', 'a package entry must be one package name or spec, without spaces or shell characters', pkg, 'split it into one list entry per package');
            }
        });
    }
    return out;
}
function checkPackageConsistency(r, pm, p) {
    const has = (k) => (p[k] ?? []).length > 0;
    if ((pm === template_1.PackageManager.APT || pm === template_1.PackageManager.DNF) && (has('conda') || has('spack'))) {
        const k = has('conda') ? 'conda' : 'spack';
        r.error(['packages', k], 'package-manager-mismatch', `template uses the ${pm} package manager but lists ${k} packages`, pm, `set package_manager: ${k} (system packages are still installed with the base system's manager), or move the entries to packages.system`);
    }
    if (pm === template_1.PackageManager.AMI && (has('system') || has('conda') || has('spack'))) {
        r.error(['packages'], 'package-manager-mismatch', 'an ami template installs nothing at boot but lists packages', pm, 'bake the packages into the image, or choose apt/dnf/conda');
    }
}
function readServices(r, d) {
    const list = r.list(d, 'services', []);
    if (!list)
        return undefined;
    const seen = new Map();
    return list.map((s, i) => {
        const path = ['services', i];
        if (typeof s === 'string')
            return { name: s, enable: false };
        if (!s || typeof s !== 'object' || Array.isArray(s)) {
            r.expect(path, s, 'a service (name, port, config, enable)');
            return undefined;
        }
        r.unknownKeys(s, SERVICE(), path);
        const name = r.str(s, 'name', path, { required: true }) ?? '';
        if (name && !name.includes('{{') && !/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/.test(name)) {
            r.error([...path, 'name'], 'invalid-service-name', 'a service name becomes a systemd unit name: letters, digits, "_", ".", "@" and "-", starting with a letter or digit', name, 'rename it, e.g. "jupyter" or "my-app"');
        }
        if (seen.has(name)) {
            r.error([...path, 'name'], 'duplicate-service', `service "${name}" is listed twice (also services[${seen.get(name)}])`, name, 'merge the two entries');
        }
        seen.set(name, i);
        const port = r.int(s, 'port', path, { min: 1, max: 65535 });
        let config = r.strList(s, 'config', path);
        if (typeof s.config === 'string')
            config = s.config.split('\n').filter((l) => l.trim());
        const enable = r.bool(s, 'enable', path);
        return (0, clean_1.clean)({
            name,
            port,
            config,
            // Left unset when not written: a child overriding a parent's service must not disable it.
            // Resolution applies Prism's default (enabled when a port is set).
            enable,
            bindAddress: readBindAddress(r, s, path),
            command: r.str(s, 'command', path),
        });
    }).filter((x) => x !== undefined);
}
function readBindAddress(r, s, path) {
    const v = r.str(s, 'bind_address', path);
    if (v !== undefined && !v.includes('{{') && !/^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]+$|^localhost$/i.test(v)) {
        r.error([...path, 'bind_address'], 'invalid-address', 'bind_address must be an IP address (or localhost)', v, 'write 127.0.0.1 (the default) or an interface address');
        return undefined;
    }
    return v;
}
function readUsers(r, d) {
    const list = r.list(d, 'users', []);
    if (!list)
        return undefined;
    return list.map((u, i) => {
        const path = ['users', i];
        if (typeof u === 'string')
            return { name: u };
        if (!u || typeof u !== 'object' || Array.isArray(u)) {
            r.expect(path, u, 'a user (name, groups, shell)');
            return undefined;
        }
        r.unknownKeys(u, USER(), path);
        const name = r.str(u, 'name', path, { required: true }) ?? '';
        if (name && !name.includes('{{') && (0, privilege_1.isSystemUserName)(name)) {
            r.error([...path, 'name'], 'reserved-user-name', reservedUserMessage(name), name, reservedUserFix(name));
        }
        return (0, clean_1.clean)({ name, groups: r.strList(u, 'groups', path), shell: r.str(u, 'shell', path) });
    }).filter((x) => x !== undefined);
}
function readFiles(r, d) {
    const list = r.list(d, 'files', []);
    if (!list)
        return undefined;
    return list.map((f, i) => {
        const path = ['files', i];
        if (!f || typeof f !== 'object' || Array.isArray(f)) {
            r.expect(path, f, 'a file (destination, content or source, owner, permissions)');
            return undefined;
        }
        r.unknownKeys(f, FILE(), path);
        const destination = r.str(f, 'destination', path) ?? r.str(f, 'destination_path', path);
        if (!destination) {
            r.error([...path, 'destination'], 'missing-field', 'a file needs a destination', undefined, 'add destination: /absolute/path');
        }
        else if (!destination.startsWith('/') && !destination.includes('{{')) {
            r.error([...path, 'destination'], 'relative-path', 'file destination must be an absolute path', destination, `write /${destination.replace(/^\.?\/*/, '')}`);
        }
        let source = r.str(f, 'source', path);
        const bucket = r.str(f, 's3_bucket', path);
        const key = r.str(f, 's3_key', path);
        // Bucket names and keys are checked (issue 13.7): `s3_bucket: "bucket; rm -rf /"` is not a bucket.
        const bucketProblem = bucket === undefined ? undefined : (0, s3_names_1.s3BucketProblem)(bucket);
        if (bucketProblem)
            r.error([...path, 's3_bucket'], 'invalid-bucket', `not an S3 bucket name: ${bucketProblem}`, bucket, 'write the bucket name, e.g. s3_bucket: lab-data-123');
        const keyProblem = key === undefined ? undefined : (0, s3_names_1.s3KeyProblem)(key.replace(/^\//, ''));
        if (keyProblem)
            r.error([...path, 's3_key'], 'invalid-key', `not an S3 object key: ${keyProblem}`, key, 'write the object key, e.g. s3_key: configs/app.yaml');
        const sourceText = source;
        const urlProblem = sourceText?.startsWith('s3://') ? (0, s3_names_1.s3UrlProblem)(sourceText) : undefined;
        if (urlProblem)
            r.error([...path, 'source'], 'invalid-source', `not an S3 URL: ${urlProblem}`, sourceText, 'write source: s3://bucket/key');
        if (!source && bucket && key)
            source = `s3://${bucket}/${key.replace(/^\//, '')}`;
        const content = r.str(f, 'content', path);
        if (!source && content === undefined) {
            r.error(path, 'missing-field', 'a file needs content or a source', undefined, 'add content: | ... or source: s3://bucket/key');
        }
        if (source && !/^(s3|https):\/\//.test(source)) {
            r.error([...path, 'source'], 'insecure-source', 'file source must be s3:// or https://', source, 'use an s3:// or https:// URL');
        }
        const permissions = r.str(f, 'permissions', path);
        if (permissions !== undefined && !/^0?[0-7]{3,4}$/.test(permissions)) {
            r.error([...path, 'permissions'], 'invalid-mode', 'permissions must be an octal mode', permissions, 'write a mode like "0644" (quoted)');
        }
        const owner = r.str(f, 'owner', path);
        const group = r.str(f, 'group', path);
        for (const [k, v] of [['owner', owner], ['group', group]]) {
            if (v !== undefined && !v.includes('{{') && !/^[a-z_][a-z0-9_-]{0,31}$/.test(v)) {
                r.error([...path, k], 'invalid-name', `file ${k} must be a POSIX user or group name`, v, 'use lower-case letters, digits, "_" and "-", starting with a letter');
            }
        }
        return (0, clean_1.clean)({
            destination: destination ?? '',
            content,
            source,
            owner,
            group,
            permissions,
            required: r.bool(f, 'required', path),
            description: r.str(f, 'description', path),
        });
    }).filter((x) => x !== undefined);
}
function readIdle(r, d) {
    const m = r.mapping(d, 'idle_detection', []);
    if (!m)
        return undefined;
    const path = ['idle_detection'];
    r.unknownKeys(m, IDLE(), path);
    const out = (0, clean_1.clean)({
        enabled: r.bool(m, 'enabled', path),
        idleThresholdMinutes: r.int(m, 'idle_threshold_minutes', path, { min: 1, max: 10080 }),
        hibernateThresholdMinutes: r.int(m, 'hibernate_threshold_minutes', path, { min: 1, max: 10080 }),
        checkIntervalMinutes: r.int(m, 'check_interval_minutes', path, { min: 1, max: 1440 }),
        cpuThresholdPercent: r.num(m, 'cpu_threshold_percent', path, { min: 0 }),
    });
    if (out.idleThresholdMinutes !== undefined && out.checkIntervalMinutes !== undefined && out.checkIntervalMinutes > out.idleThresholdMinutes) {
        r.warn([...path, 'check_interval_minutes'], 'idle-interval', 'checks are less frequent than the idle threshold, so stops come late', out.checkIntervalMinutes, `use a check interval of at most ${out.idleThresholdMinutes} minutes`);
    }
    return out;
}
function readInstanceDefaults(r, d) {
    const m = r.mapping(d, 'instance_defaults', []);
    const topPorts = r.intList(d, 'ports', [], { min: 1, max: 65535 });
    if (!m && !topPorts)
        return undefined;
    const path = ['instance_defaults'];
    r.unknownKeys(m, INSTANCE(), path);
    let cost;
    const c = m ? r.mapping(m, 'estimated_cost_per_hour', path) : undefined;
    if (c) {
        const cp = [...path, 'estimated_cost_per_hour'];
        r.unknownKeys(c, COST(), cp);
        cost = (0, clean_1.clean)({ x86: r.num(c, 'x86_64', cp, { min: 0 }), arm64: r.num(c, 'arm64', cp, { min: 0 }) });
    }
    const type = m ? r.str(m, 'type', path) : undefined;
    if (type !== undefined && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(type)) {
        r.error([...path, 'type'], 'invalid-instance-type', 'instance type must look like family.size', type, 'write a type such as t3.large');
    }
    const ports = [...new Set([...(m ? r.intList(m, 'ports', path, { min: 1, max: 65535 }) ?? [] : []), ...(topPorts ?? [])])];
    return (0, clean_1.clean)({
        type,
        ports: ports.length ? ports : undefined,
        rootVolumeGb: m ? r.int(m, 'root_volume_gb', path, { min: 8, max: 16384 }) : undefined,
        estimatedCostPerHour: cost,
        instanceTypePreference: m ? r.strList(m, 'instance_type_preference', path) : undefined,
    });
}
function readParameters(r, d) {
    const raw = d.parameters;
    if (raw === undefined || raw === null)
        return undefined;
    let entries;
    if (Array.isArray(raw)) {
        entries = raw.map((p, i) => [p?.name, p, ['parameters', i]]);
    }
    else if (typeof raw === 'object') {
        entries = Object.entries(raw).map(([k, p]) => [k, p, ['parameters', k]]);
    }
    else {
        r.expect(['parameters'], raw, 'a mapping of parameter names to definitions');
        return undefined;
    }
    const out = [];
    for (const [key, p, path] of entries) {
        if (!p || typeof p !== 'object' || Array.isArray(p)) {
            r.expect(path, p, 'a parameter (type, default, ...)');
            continue;
        }
        r.unknownKeys(p, PARAM(), path);
        const name = r.str(p, 'name', path) ?? key;
        if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
            r.error([...path, 'name'], 'invalid-parameter-name', 'parameter names are letters, digits and underscores', name, 'rename it, e.g. python_version');
            continue;
        }
        if (key && p.name && p.name !== key) {
            r.error([...path, 'name'], 'parameter-name-mismatch', `parameter is listed under "${key}" but named "${p.name}"`, p.name, `use name: ${key}`);
        }
        const typeText = r.str(p, 'type', path);
        if (typeText !== undefined && !Object.values(template_1.ParameterType).includes(typeText)) {
            r.error([...path, 'type'], 'invalid-value', 'unknown parameter type', typeText, `use one of ${Object.values(template_1.ParameterType).join(', ')}`);
            continue;
        }
        // Unset when not written, so a child can override only a parent parameter's default.
        const type = typeText;
        const choices = r.strList(p, 'choices', path);
        const min = r.num(p, 'min', path);
        const max = r.num(p, 'max', path);
        const pattern = r.str(p, 'pattern', path);
        const param = (0, clean_1.clean)({
            name,
            type,
            default: p.default === null || p.default === undefined ? undefined : String(p.default),
            choices,
            min,
            max,
            pattern,
            required: r.bool(p, 'required', path),
            description: r.str(p, 'description', path),
            displayName: r.str(p, 'display_name', path),
            allowLeadingDash: r.bool(p, 'allow_leading_dash', path),
        });
        if (type === template_1.ParameterType.CHOICE && !(choices && choices.length)) {
            r.error([...path, 'choices'], 'missing-field', 'a choice parameter needs choices', undefined, 'add choices: ["a", "b"]');
        }
        if (min !== undefined && max !== undefined && min > max) {
            r.error([...path, 'min'], 'invalid-range', `min (${min}) is greater than max (${max})`, min, 'swap min and max');
        }
        if (pattern !== undefined) {
            try {
                new RegExp(pattern);
            }
            catch (e) {
                r.error([...path, 'pattern'], 'invalid-pattern', `pattern is not a valid regular expression: ${e.message}`, pattern, 'fix the regular expression');
            }
        }
        if (param.default !== undefined && param.default !== '') {
            const problemText = checkParameterValue(param, param.default);
            if (problemText) {
                r.error([...path, 'default'], 'invalid-default', `default value ${problemText}`, p.default, problemText.includes('starts with "-"') ? leadingDashFix(name) : 'change the default to a valid value');
            }
        }
        out.push(param);
    }
    return out;
}
/** Characters a parameter value may contain: nothing a shell treats specially. */
exports.SAFE_PARAMETER_VALUE = /^[A-Za-z0-9 _.,:/=+@%-]*$/;
/** Why a template account may not have a system name. */
function reservedUserMessage(name) {
    return `"${name}" is a system or image account: a template account of that name would take it over (and its groups and sudo rights)`;
}
/** The fix for a reserved template account name. */
function reservedUserFix(name) {
    return `rename the account (e.g. "${name.replace(/[^a-z0-9]/g, '')}-svc"), or drop it: research users come from the lab's registry`;
}
/** The fix for a value refused for its leading dash. */
function leadingDashFix(name) {
    return `remove the leading "-"; if ${name} is meant to carry a command option, declare allow_leading_dash: true on the parameter`;
}
/** Checks a value against a parameter; returns what is wrong, or undefined. */
function checkParameterValue(p, value) {
    // A value a command reads as an option (tar --checkpoint-action=exec=..., find -delete) is
    // code, even when quoted: refused unless the parameter says it carries options.
    if (p.type !== template_1.ParameterType.CHOICE && p.type !== template_1.ParameterType.BOOL && value.startsWith('-') && p.allowLeadingDash !== true) {
        return 'starts with "-", so a command would read it as an option';
    }
    switch (p.type) {
        case template_1.ParameterType.INT: {
            if (!/^-?\d+$/.test(value))
                return 'is not a whole number';
            const n = Number(value);
            if (p.min !== undefined && n < p.min)
                return `is below the minimum ${p.min}`;
            if (p.max !== undefined && n > p.max)
                return `is above the maximum ${p.max}`;
            return undefined;
        }
        case template_1.ParameterType.BOOL:
            return value === 'true' || value === 'false' ? undefined : 'is not true or false';
        case template_1.ParameterType.CHOICE:
            return (p.choices ?? []).includes(value) ? undefined : `is not one of ${(p.choices ?? []).join(', ')}`;
        default:
            if (p.pattern !== undefined) {
                let re;
                try {
                    re = new RegExp(p.pattern);
                }
                catch {
                    re = undefined; // reported as invalid-pattern where the parameter is defined
                }
                if (re && !re.test(value))
                    return `does not match the pattern ${p.pattern}`;
            }
            if (!exports.SAFE_PARAMETER_VALUE.test(value)) {
                const bad = [...new Set(value.replace(/[A-Za-z0-9 _.,:/=+@%-]/g, ''))].join('');
                return `contains characters that are not allowed in provisioning scripts (${JSON.stringify(bad)})`;
            }
            return undefined;
    }
}
function readResearchUser(r, d) {
    const m = r.mapping(d, 'research_user', []);
    if (!m)
        return undefined;
    const path = ['research_user'];
    r.unknownKeys(m, RESEARCH_USER(), path);
    const mount = r.str(m, 'efs_mount_point', path);
    if (mount !== undefined && !mount.includes('{{') && !/^\/[A-Za-z0-9._/-]*$/.test(mount)) {
        r.error([...path, 'efs_mount_point'], 'invalid-path', 'mount point must be an absolute path of safe characters', mount, 'write e.g. /shared');
    }
    return (0, clean_1.clean)({
        autoCreate: r.bool(m, 'auto_create', path),
        requireEfs: r.bool(m, 'require_efs', path),
        efsMountPoint: mount,
        efsHomeSubdirectory: r.str(m, 'efs_home_subdirectory', path),
        installSshKeys: r.bool(m, 'install_ssh_keys', path),
        defaultShell: r.str(m, 'default_shell', path),
        defaultGroups: r.strList(m, 'default_groups', path),
        defaultEnvironment: r.stringMap(m, 'default_environment', path),
    });
}
function readAmi(r, d) {
    const m = r.mapping(d, 'ami_config', []);
    if (!m)
        return undefined;
    const path = ['ami_config'];
    r.unknownKeys(m, AMI(), path);
    const amis = {};
    const byRegion = r.mapping(m, 'amis', path);
    for (const [region, v] of Object.entries(byRegion ?? {})) {
        if (typeof v === 'string') {
            amis[region] = { any: v };
            continue;
        }
        const archMap = r.stringMap(byRegion, region, [...path, 'amis']);
        if (archMap)
            amis[region] = archMap;
    }
    const mappings = r.stringMap(m, 'ami_mappings', path);
    for (const [region, ami] of Object.entries(mappings ?? {})) {
        amis[region] = { ...(amis[region] ?? {}), any: ami };
    }
    for (const [region, archs] of Object.entries(amis)) {
        for (const [arch, ami] of Object.entries(archs)) {
            if (!/^ami-[0-9a-f]{8,17}$/.test(ami)) {
                r.error([...path, 'amis', region, arch], 'invalid-ami', 'not an AMI id', ami, 'write an id like ami-0123456789abcdef0');
            }
        }
    }
    return (0, clean_1.clean)({
        amis: Object.keys(amis).length ? amis : undefined,
        sshUser: r.str(m, 'ssh_user', path),
        userDataScript: r.str(m, 'user_data_script', path),
        instanceTypes: r.stringMap(m, 'instance_types', path),
    });
}
var clean_2 = require("./clean");
Object.defineProperty(exports, "clean", { enumerable: true, get: function () { return clean_2.clean; } });
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVtcGxhdGUtcGFyc2VyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL3dvcmtzcGFjZXMvcHJpdmF0ZS90ZW1wbGF0ZS1wYXJzZXIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBMENBLDBCQUVDO0FBTUQsc0NBRUM7QUFFRCw4Q0FnSUM7QUF1U0Qsa0RBRUM7QUFHRCwwQ0FFQztBQUdELHdDQUVDO0FBR0Qsa0RBa0NDO0FBN2dCRCxvQ0FBaUM7QUFDakMsMENBSXFCO0FBQ3JCLG1DQUFnQztBQUNoQyxxQ0FBZ0Q7QUFDaEQsMkNBQStDO0FBQy9DLHlDQUF5RTtBQUN6RSx1REFBcUQ7QUFDckQsMkNBQWlEO0FBQ2pELDJDQUE2QztBQUc3Qyx3SEFBd0g7QUFDeEgsTUFBTSxTQUFTLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLHNCQUFjLEdBQUUsQ0FBQyxDQUFDLENBQUM7QUFDdkQsTUFBTSxRQUFRLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLHNCQUFjLEdBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNwRSxNQUFNLE9BQU8sR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsVUFBVSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN4RSxNQUFNLElBQUksR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNsRSxNQUFNLElBQUksR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNsRSxNQUFNLElBQUksR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEUsTUFBTSxRQUFRLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLHNCQUFjLEdBQUUsRUFBRSxDQUFDLG1CQUFtQixDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzdFLE1BQU0sSUFBSSxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxzQkFBYyxHQUFFLEVBQUUsQ0FBQyxtQkFBbUIsRUFBRSx5QkFBeUIsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNwRyxNQUFNLEtBQUssR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsWUFBWSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN4RSxNQUFNLGFBQWEsR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEsc0JBQWMsR0FBRSxFQUFFLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzlFLE1BQU0sR0FBRyxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxzQkFBYyxHQUFFLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFFakUsMkRBQTJEO0FBQzNELE1BQU0sa0JBQWtCLEdBQW1DLEVBQUUsSUFBSSxFQUFFLHlCQUFjLENBQUMsR0FBRyxFQUFFLENBQUM7QUFFeEYsTUFBTSxJQUFJLEdBQUcsc0JBQXNCLENBQUM7QUFTcEMsK0ZBQStGO0FBQy9GLFNBQWdCLE9BQU8sQ0FBQyxJQUFZO0lBQ2xDLE9BQU8sSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDLE9BQU8sQ0FBQyxhQUFhLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUNoRixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsYUFBYSxDQUFDLE1BQWtCO0lBQzlDLE9BQU8saUJBQWlCLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0FBQzdELENBQUM7QUFFRCxTQUFnQixpQkFBaUIsQ0FBQyxHQUFZLEVBQUUsS0FBYSxFQUFFLE1BQW1CO0lBQ2hGLE1BQU0sQ0FBQyxHQUFHLElBQUksb0JBQVcsQ0FBQyxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDekMsSUFBSSxHQUFHLEtBQUssSUFBSSxJQUFJLEdBQUcsS0FBSyxTQUFTLElBQUksT0FBTyxHQUFHLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUN2RixDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsNkRBQTZELEVBQUUsbURBQW1ELENBQUMsQ0FBQztRQUN0SSxDQUFDLENBQUMsYUFBYSxDQUFDLEdBQUcsS0FBSyx1QkFBdUIsQ0FBQyxDQUFDO0lBQ25ELENBQUM7SUFDRCxNQUFNLENBQUMsR0FBUSxHQUFHLENBQUM7SUFDbkIsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFFbEMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUM1RCxNQUFNLFdBQVcsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDO0lBQzFFLElBQUksSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNoQyxJQUFJLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDM0MsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLGNBQWMsRUFBRSxvREFBb0QsRUFBRSxJQUFJLEVBQUUsUUFBUSxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksYUFBYSxHQUFHLENBQUMsQ0FBQztJQUMzSSxDQUFDO0lBQ0QsSUFBSSxHQUFHLElBQUksSUFBSSxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7SUFFN0IsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDekIsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUU7WUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSwrQkFBK0IsRUFBRSxDQUFDLEVBQUUsb0RBQW9ELENBQUMsQ0FBQzthQUM3SSxJQUFJLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQyxLQUFLLElBQUk7WUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLGtCQUFrQixFQUFFLHVDQUF1QyxFQUFFLENBQUMsRUFBRSxtQkFBbUIsQ0FBQyxDQUFDO0lBQ25KLENBQUMsQ0FBQyxDQUFDO0lBRUgsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xDLElBQUksSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsUUFBUSxJQUFJLFFBQVEsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQ3pELENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxlQUFlLEVBQUUsa0NBQWtDLEVBQUUsU0FBUyxFQUM5RSwwQkFBMEIsTUFBTSxDQUFDLE1BQU0sQ0FBQywwQkFBZSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMzRSxDQUFDO1NBQU0sSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQywwQkFBZSxDQUFDLENBQUMsUUFBUSxDQUFDLElBQXVCLENBQUMsRUFBRSxDQUFDO1FBQ25HLE1BQU0sS0FBSyxHQUFHLElBQUEsZ0JBQU8sRUFBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQywwQkFBZSxDQUFDLENBQUMsQ0FBQztRQUM1RCxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsbUNBQW1DLEVBQUUsSUFBSSxFQUM3RSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMsMEJBQWUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDLG1CQUFtQixLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM1RyxDQUFDO0lBRUQsSUFBSSxjQUEwQyxDQUFDO0lBQy9DLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGlCQUFpQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzNDLElBQUksRUFBRSxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQ3JCLElBQUksa0JBQWtCLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQztZQUMzQixjQUFjLEdBQUcsa0JBQWtCLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDeEMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLGlCQUFpQixDQUFDLEVBQUUsa0JBQWtCLEVBQUUsb0JBQW9CLEVBQUUsZ0NBQWdDLGNBQWMsR0FBRyxFQUFFLEVBQUUsRUFDekgsMEJBQTBCLGNBQWMsRUFBRSxDQUFDLENBQUM7UUFDaEQsQ0FBQzthQUFNLElBQUksTUFBTSxDQUFDLE1BQU0sQ0FBQyx5QkFBYyxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQW9CLENBQUMsRUFBRSxDQUFDO1lBQ3hFLGNBQWMsR0FBRyxFQUFvQixDQUFDO1FBQ3hDLENBQUM7YUFBTSxDQUFDO1lBQ04sQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLGlCQUFpQixDQUFDLEVBQUUsZUFBZSxFQUFFLHlCQUF5QixFQUFFLEVBQUUsRUFBRSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMseUJBQWMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDekksQ0FBQztJQUNILENBQUM7SUFFRCxJQUFJLGNBQTBDLENBQUM7SUFDL0MsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsaUJBQWlCLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDM0MsSUFBSSxFQUFFLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDckIsSUFBSSxNQUFNLENBQUMsTUFBTSxDQUFDLHlCQUFjLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBb0IsQ0FBQyxFQUFFLENBQUM7WUFDakUsY0FBYyxHQUFHLEVBQW9CLENBQUM7UUFDeEMsQ0FBQzthQUFNLENBQUM7WUFDTixDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsaUJBQWlCLENBQUMsRUFBRSxlQUFlLEVBQUUsNkJBQTZCLEVBQUUsRUFBRSxFQUM3RSxFQUFFLEtBQUssS0FBSztnQkFDVixDQUFDLENBQUMseUhBQXlIO2dCQUMzSCxDQUFDLENBQUMsY0FBYyxNQUFNLENBQUMsTUFBTSxDQUFDLHlCQUFjLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2xFLENBQUM7SUFDSCxDQUFDO0lBRUQsTUFBTSxRQUFRLEdBQUcsWUFBWSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNwQyxJQUFJLGNBQWMsSUFBSSxRQUFRO1FBQUUsdUJBQXVCLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxRQUFRLENBQUMsQ0FBQztJQUVyRixNQUFNLFFBQVEsR0FBRyxZQUFZLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3BDLE1BQU0sS0FBSyxHQUFHLFNBQVMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDOUIsTUFBTSxLQUFLLEdBQUcsU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM5QixNQUFNLGFBQWEsR0FBRyxRQUFRLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3JDLE1BQU0sZ0JBQWdCLEdBQUcsb0JBQW9CLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3BELE1BQU0sVUFBVSxHQUFHLGNBQWMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDeEMsTUFBTSxZQUFZLEdBQUcsZ0JBQWdCLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzVDLE1BQU0sU0FBUyxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFFaEMsSUFBSSxXQUFXLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQy9DLElBQUksV0FBVyxLQUFLLFNBQVMsRUFBRSxDQUFDO1FBQzlCLElBQUksQ0FBQztZQUNILFdBQVcsR0FBRyxhQUFLLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxjQUFjLENBQUMsQ0FBQztRQUN6RCxDQUFDO1FBQUMsTUFBTSxDQUFDO1lBQ1AsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLGNBQWMsQ0FBQyxFQUFFLGNBQWMsRUFBRSx3QkFBd0IsRUFBRSxXQUFXLEVBQUUsY0FBYyxhQUFLLENBQUMsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUN6SCxXQUFXLEdBQUcsU0FBUyxDQUFDO1FBQzFCLENBQUM7SUFDSCxDQUFDO0lBRUQsTUFBTSxVQUFVLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLElBQUksVUFBVSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsUUFBUSxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsU0FBUyxDQUFDLENBQUMsUUFBUSxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUM7UUFDcEcsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVksQ0FBQyxFQUFFLGVBQWUsRUFBRSxvQkFBb0IsRUFBRSxVQUFVLEVBQUUsa0NBQWtDLENBQUMsQ0FBQztJQUNoSCxDQUFDO0lBRUQsOEVBQThFO0lBQzlFLElBQUEsa0JBQVUsRUFBQyxDQUFDLEVBQUUsSUFBQSxzQkFBYyxHQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbkMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxHQUFHLEtBQUssZUFBZSxJQUFJLElBQUksSUFBSSxTQUFTLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxXQUFXLENBQUMsQ0FBQztJQUV4RixNQUFNLFVBQVUsR0FBdUIsSUFBQSxhQUFLLEVBQUM7UUFDM0MsSUFBSTtRQUNKLElBQUk7UUFDSixXQUFXO1FBQ1gsZUFBZSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGtCQUFrQixFQUFFLEVBQUUsQ0FBQztRQUNqRCxJQUFJO1FBQ0osUUFBUTtRQUNSLGNBQWM7UUFDZCxjQUFjO1FBQ2QsUUFBUTtRQUNSLFFBQVE7UUFDUixLQUFLO1FBQ0wsV0FBVyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxFQUFFLENBQUM7UUFDekMsS0FBSztRQUNMLFFBQVEsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxXQUFXLEVBQUUsRUFBRSxDQUFDO1FBQ25DLGFBQWE7UUFDYixnQkFBZ0I7UUFDaEIsV0FBVztRQUNYLFVBQVU7UUFDVixTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsV0FBVyxFQUFFLEVBQUUsQ0FBQztRQUMxQyxZQUFZO1FBQ1osU0FBUztRQUNULE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDO1FBQ2hDLElBQUksRUFBRSxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO1FBQ2hDLFVBQVUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsRUFBRSxDQUFDO1FBQ3RDLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO1FBQzFCLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDO1FBQzVCLFFBQVEsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsRUFBRSxDQUFDO1FBQ2xDLE1BQU0sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDO1FBQzlCLFVBQVU7UUFDVixPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsQ0FBQztRQUNqQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQztRQUNuQyxNQUFNLEVBQUUsS0FBSztLQUNkLENBQUMsQ0FBQztJQUNILGdFQUFnRTtJQUNoRSxDQUFDLENBQUMsYUFBYSxDQUFDLEdBQUcsS0FBSyxlQUFlLElBQUksSUFBSSxJQUFJLFNBQVMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDO0lBQ3hGLE9BQU8sRUFBRSxVQUFVLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLENBQUM7QUFDdEQsQ0FBQztBQUVELFNBQVMsWUFBWSxDQUFDLENBQWMsRUFBRSxDQUFNO0lBQzFDLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztRQUM5QixDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsVUFBVSxDQUFDLEVBQUUsWUFBWSxFQUFFLHFDQUFxQyxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQ25GLDJFQUEyRSxDQUFDLENBQUM7UUFDL0UsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQztJQUNELE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2QyxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pCLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztJQUMzQyxNQUFNLEdBQUcsR0FBcUIsSUFBQSxhQUFLLEVBQUM7UUFDbEMsTUFBTSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQzVDLEtBQUssRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxVQUFVLENBQUMsQ0FBQztRQUMxQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUM7UUFDdEMsS0FBSyxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDO0tBQzNDLENBQUMsQ0FBQztJQUNILEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxPQUFPLENBQVUsRUFBRSxDQUFDO1FBQzdELENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUNoQyxJQUFJLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztnQkFDL0IsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsaUJBQWlCLEVBQUUscUdBQXFHLEVBQUUsR0FBRyxFQUN2Six1RUFBdUUsQ0FBQyxDQUFDO1lBQzdFLENBQUM7aUJBQU0sSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxJQUFJLFdBQVcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztnQkFDMUQsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsaUJBQWlCLEVBQUUsc0ZBQXNGLEVBQUUsR0FBRyxFQUN4SSwwQ0FBMEMsQ0FBQyxDQUFDO1lBQ2hELENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztJQUNMLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLHVCQUF1QixDQUFDLENBQWMsRUFBRSxFQUFrQixFQUFFLENBQW1CO0lBQ3RGLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBeUIsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQztJQUNuRSxJQUFJLENBQUMsRUFBRSxLQUFLLHlCQUFjLENBQUMsR0FBRyxJQUFJLEVBQUUsS0FBSyx5QkFBYyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDL0YsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQztRQUMzQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLDBCQUEwQixFQUFFLHFCQUFxQixFQUFFLDhCQUE4QixDQUFDLFdBQVcsRUFBRSxFQUFFLEVBQ3hILHdCQUF3QixDQUFDLCtHQUErRyxDQUFDLENBQUM7SUFDOUksQ0FBQztJQUNELElBQUksRUFBRSxLQUFLLHlCQUFjLENBQUMsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2pGLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxVQUFVLENBQUMsRUFBRSwwQkFBMEIsRUFBRSw2REFBNkQsRUFBRSxFQUFFLEVBQ2pILDJEQUEyRCxDQUFDLENBQUM7SUFDakUsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxDQUFjLEVBQUUsQ0FBTTtJQUMxQyxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDdkMsSUFBSSxDQUFDLElBQUk7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUM1QixNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUN2QyxPQUFPLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUErQixFQUFFO1FBQ3BELE1BQU0sSUFBSSxHQUFhLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ3ZDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUTtZQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQztRQUM3RCxJQUFJLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDcEQsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLHdDQUF3QyxDQUFDLENBQUM7WUFDNUQsT0FBTyxTQUFTLENBQUM7UUFDbkIsQ0FBQztRQUNELENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDOUQsSUFBSSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsb0NBQW9DLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDckYsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLHNCQUFzQixFQUFFLHFIQUFxSCxFQUFFLElBQUksRUFDNUssdUNBQXVDLENBQUMsQ0FBQztRQUM3QyxDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDbkIsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLG1CQUFtQixFQUFFLFlBQVksSUFBSSxvQ0FBb0MsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSx1QkFBdUIsQ0FBQyxDQUFDO1FBQ3pKLENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNsQixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztRQUM1RCxJQUFJLE1BQU0sR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDMUMsSUFBSSxPQUFPLENBQUMsQ0FBQyxNQUFNLEtBQUssUUFBUTtZQUFFLE1BQU0sR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ2hHLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUN6QyxPQUFPLElBQUEsYUFBSyxFQUFDO1lBQ1gsSUFBSTtZQUNKLElBQUk7WUFDSixNQUFNO1lBQ04sMEZBQTBGO1lBQzFGLG1FQUFtRTtZQUNuRSxNQUFNO1lBQ04sV0FBVyxFQUFFLGVBQWUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQztZQUN4QyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQztTQUNuQyxDQUFDLENBQUM7SUFDTCxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQXdCLEVBQUUsQ0FBQyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUM7QUFDMUQsQ0FBQztBQUVELFNBQVMsZUFBZSxDQUFDLENBQWMsRUFBRSxDQUFNLEVBQUUsSUFBYztJQUM3RCxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDekMsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLG1EQUFtRCxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3pHLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxjQUFjLENBQUMsRUFBRSxpQkFBaUIsRUFBRSxtREFBbUQsRUFBRSxDQUFDLEVBQUUsdURBQXVELENBQUMsQ0FBQztRQUN2SyxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDO0FBRUQsU0FBUyxTQUFTLENBQUMsQ0FBYyxFQUFFLENBQU07SUFDdkMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3BDLElBQUksQ0FBQyxJQUFJO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDNUIsT0FBTyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBNEIsRUFBRTtRQUNqRCxNQUFNLElBQUksR0FBYSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNwQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVE7WUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQzlDLElBQUksQ0FBQyxDQUFDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNwRCxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLEVBQUUsOEJBQThCLENBQUMsQ0FBQztZQUNsRCxPQUFPLFNBQVMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDL0IsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUM5RCxJQUFJLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksSUFBQSw0QkFBZ0IsRUFBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQzNELENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxNQUFNLENBQUMsRUFBRSxvQkFBb0IsRUFBRSxtQkFBbUIsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDM0csQ0FBQztRQUNELE9BQU8sSUFBQSxhQUFLLEVBQUMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMvRixDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQXFCLEVBQUUsQ0FBQyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUM7QUFDdkQsQ0FBQztBQUVELFNBQVMsU0FBUyxDQUFDLENBQWMsRUFBRSxDQUFNO0lBQ3ZDLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNwQyxJQUFJLENBQUMsSUFBSTtRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQzVCLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQTRCLEVBQUU7UUFDakQsTUFBTSxJQUFJLEdBQWEsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDcEMsSUFBSSxDQUFDLENBQUMsSUFBSSxPQUFPLENBQUMsS0FBSyxRQUFRLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3BELENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSw2REFBNkQsQ0FBQyxDQUFDO1lBQ2pGLE9BQU8sU0FBUyxDQUFDO1FBQ25CLENBQUM7UUFDRCxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUMvQixNQUFNLFdBQVcsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDeEYsSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ2pCLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxhQUFhLENBQUMsRUFBRSxlQUFlLEVBQUUsNEJBQTRCLEVBQUUsU0FBUyxFQUFFLGlDQUFpQyxDQUFDLENBQUM7UUFDakksQ0FBQzthQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ3ZFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxhQUFhLENBQUMsRUFBRSxlQUFlLEVBQUUsMkNBQTJDLEVBQUUsV0FBVyxFQUFFLFVBQVUsV0FBVyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQy9KLENBQUM7UUFDRCxJQUFJLE1BQU0sR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDdEMsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsV0FBVyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQzNDLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQztRQUNyQyxtR0FBbUc7UUFDbkcsTUFBTSxhQUFhLEdBQUcsTUFBTSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFBLDBCQUFlLEVBQUMsTUFBTSxDQUFDLENBQUM7UUFDakYsSUFBSSxhQUFhO1lBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLFdBQVcsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLDBCQUEwQixhQUFhLEVBQUUsRUFBRSxNQUFNLEVBQUUscURBQXFELENBQUMsQ0FBQztRQUMvSyxNQUFNLFVBQVUsR0FBRyxHQUFHLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUEsdUJBQVksRUFBQyxHQUFHLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ3hGLElBQUksVUFBVTtZQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxhQUFhLEVBQUUseUJBQXlCLFVBQVUsRUFBRSxFQUFFLEdBQUcsRUFBRSxxREFBcUQsQ0FBQyxDQUFDO1FBQy9KLE1BQU0sVUFBVSxHQUFHLE1BQU0sQ0FBQztRQUMxQixNQUFNLFVBQVUsR0FBRyxVQUFVLEVBQUUsVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFBLHVCQUFZLEVBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUMxRixJQUFJLFVBQVU7WUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsUUFBUSxDQUFDLEVBQUUsZ0JBQWdCLEVBQUUsa0JBQWtCLFVBQVUsRUFBRSxFQUFFLFVBQVUsRUFBRSwrQkFBK0IsQ0FBQyxDQUFDO1FBQzVJLElBQUksQ0FBQyxNQUFNLElBQUksTUFBTSxJQUFJLEdBQUc7WUFBRSxNQUFNLEdBQUcsUUFBUSxNQUFNLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUNsRixNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDMUMsSUFBSSxDQUFDLE1BQU0sSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDckMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsZUFBZSxFQUFFLGtDQUFrQyxFQUFFLFNBQVMsRUFBRSwrQ0FBK0MsQ0FBQyxDQUFDO1FBQ2pJLENBQUM7UUFDRCxJQUFJLE1BQU0sSUFBSSxDQUFDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1lBQy9DLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxRQUFRLENBQUMsRUFBRSxpQkFBaUIsRUFBRSx1Q0FBdUMsRUFBRSxNQUFNLEVBQUUsOEJBQThCLENBQUMsQ0FBQztRQUNuSSxDQUFDO1FBQ0QsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2xELElBQUksV0FBVyxLQUFLLFNBQVMsSUFBSSxDQUFDLGdCQUFnQixDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDO1lBQ3JFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxhQUFhLENBQUMsRUFBRSxjQUFjLEVBQUUsbUNBQW1DLEVBQUUsV0FBVyxFQUFFLG1DQUFtQyxDQUFDLENBQUM7UUFDM0ksQ0FBQztRQUNELE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQztRQUN0QyxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDdEMsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLEVBQUUsQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQVUsRUFBRSxDQUFDO1lBQ25FLElBQUksQ0FBQyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQywwQkFBMEIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDaEYsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxRQUFRLENBQUMscUNBQXFDLEVBQUUsQ0FBQyxFQUFFLHFFQUFxRSxDQUFDLENBQUM7WUFDbEssQ0FBQztRQUNILENBQUM7UUFDRCxPQUFPLElBQUEsYUFBSyxFQUFDO1lBQ1gsV0FBVyxFQUFFLFdBQVcsSUFBSSxFQUFFO1lBQzlCLE9BQU87WUFDUCxNQUFNO1lBQ04sS0FBSztZQUNMLEtBQUs7WUFDTCxXQUFXO1lBQ1gsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUM7WUFDckMsV0FBVyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGFBQWEsRUFBRSxJQUFJLENBQUM7U0FDM0MsQ0FBQyxDQUFDO0lBQ0wsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFxQixFQUFFLENBQUMsQ0FBQyxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQ3ZELENBQUM7QUFFRCxTQUFTLFFBQVEsQ0FBQyxDQUFjLEVBQUUsQ0FBTTtJQUN0QyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM3QyxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pCLE1BQU0sSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsQ0FBQztJQUNoQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUMvQixNQUFNLEdBQUcsR0FBRyxJQUFBLGFBQUssRUFBQztRQUNoQixPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQztRQUNuQyxvQkFBb0IsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSx3QkFBd0IsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQztRQUN0Rix5QkFBeUIsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSw2QkFBNkIsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQztRQUNoRyxvQkFBb0IsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSx3QkFBd0IsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsQ0FBQztRQUNyRixtQkFBbUIsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSx1QkFBdUIsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7S0FDekUsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxHQUFHLENBQUMsb0JBQW9CLEtBQUssU0FBUyxJQUFJLEdBQUcsQ0FBQyxvQkFBb0IsS0FBSyxTQUFTLElBQUksR0FBRyxDQUFDLG9CQUFvQixHQUFHLEdBQUcsQ0FBQyxvQkFBb0IsRUFBRSxDQUFDO1FBQzVJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSx3QkFBd0IsQ0FBQyxFQUFFLGVBQWUsRUFBRSxzRUFBc0UsRUFDakksR0FBRyxDQUFDLG9CQUFvQixFQUFFLG1DQUFtQyxHQUFHLENBQUMsb0JBQW9CLFVBQVUsQ0FBQyxDQUFDO0lBQ3JHLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLG9CQUFvQixDQUFDLENBQWMsRUFBRSxDQUFNO0lBQ2xELE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLG1CQUFtQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2hELE1BQU0sUUFBUSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0lBQ25FLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxRQUFRO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDdEMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDO0lBQ25DLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ25DLElBQUksSUFBK0IsQ0FBQztJQUNwQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLHlCQUF5QixFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDeEUsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNOLE1BQU0sRUFBRSxHQUFHLENBQUMsR0FBRyxJQUFJLEVBQUUseUJBQXlCLENBQUMsQ0FBQztRQUNoRCxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUM3QixJQUFJLEdBQUcsSUFBQSxhQUFLLEVBQUMsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3RHLENBQUM7SUFDRCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ3BELElBQUksSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLDhCQUE4QixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQ3JFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxNQUFNLENBQUMsRUFBRSx1QkFBdUIsRUFBRSwwQ0FBMEMsRUFBRSxJQUFJLEVBQUUsK0JBQStCLENBQUMsQ0FBQztJQUN6SSxDQUFDO0lBQ0QsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzNILE9BQU8sSUFBQSxhQUFLLEVBQUM7UUFDWCxJQUFJO1FBQ0osS0FBSyxFQUFFLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsU0FBUztRQUN2QyxZQUFZLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ3RGLG9CQUFvQixFQUFFLElBQUk7UUFDMUIsc0JBQXNCLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSwwQkFBMEIsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztLQUN2RixDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsU0FBUyxjQUFjLENBQUMsQ0FBYyxFQUFFLENBQU07SUFDNUMsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQztJQUN6QixJQUFJLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxLQUFLLElBQUk7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN4RCxJQUFJLE9BQW1ELENBQUM7SUFDeEQsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDdkIsT0FBTyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMvRCxDQUFDO1NBQU0sSUFBSSxPQUFPLEdBQUcsS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUNuQyxPQUFPLEdBQUcsTUFBTSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMzRSxDQUFDO1NBQU0sQ0FBQztRQUNOLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxZQUFZLENBQUMsRUFBRSxHQUFHLEVBQUUsNkNBQTZDLENBQUMsQ0FBQztRQUM3RSxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBQ0QsTUFBTSxHQUFHLEdBQXdCLEVBQUUsQ0FBQztJQUNwQyxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxJQUFJLE9BQU8sRUFBRSxDQUFDO1FBQ3JDLElBQUksQ0FBQyxDQUFDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNwRCxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLEVBQUUsa0NBQWtDLENBQUMsQ0FBQztZQUN0RCxTQUFTO1FBQ1gsQ0FBQztRQUNELENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2hDLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUM7UUFDM0MsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLDBCQUEwQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ3BELENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxNQUFNLENBQUMsRUFBRSx3QkFBd0IsRUFBRSxxREFBcUQsRUFBRSxJQUFJLEVBQUUsZ0NBQWdDLENBQUMsQ0FBQztZQUNwSixTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksR0FBRyxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxHQUFHLEVBQUUsQ0FBQztZQUNwQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUseUJBQXlCLEVBQUUsOEJBQThCLEdBQUcsZ0JBQWdCLENBQUMsQ0FBQyxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLGFBQWEsR0FBRyxFQUFFLENBQUMsQ0FBQztRQUNoSixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3hDLElBQUksUUFBUSxLQUFLLFNBQVMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsd0JBQWEsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxRQUF5QixDQUFDLEVBQUUsQ0FBQztZQUNoRyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUsZUFBZSxFQUFFLHdCQUF3QixFQUFFLFFBQVEsRUFBRSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMsd0JBQWEsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDekksU0FBUztRQUNYLENBQUM7UUFDRCxxRkFBcUY7UUFDckYsTUFBTSxJQUFJLEdBQUcsUUFBcUMsQ0FBQztRQUNuRCxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDOUMsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztRQUNsQyxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDMUMsTUFBTSxLQUFLLEdBQXNCLElBQUEsYUFBSyxFQUFDO1lBQ3JDLElBQUk7WUFDSixJQUFJO1lBQ0osT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEtBQUssSUFBSSxJQUFJLENBQUMsQ0FBQyxPQUFPLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDO1lBQ3RGLE9BQU87WUFDUCxHQUFHO1lBQ0gsR0FBRztZQUNILE9BQU87WUFDUCxRQUFRLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQztZQUNyQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQztZQUMxQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLElBQUksQ0FBQztZQUMzQyxnQkFBZ0IsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxvQkFBb0IsRUFBRSxJQUFJLENBQUM7U0FDeEQsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxJQUFJLEtBQUssd0JBQWEsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLE9BQU8sSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztZQUNsRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsU0FBUyxDQUFDLEVBQUUsZUFBZSxFQUFFLGtDQUFrQyxFQUFFLFNBQVMsRUFBRSx5QkFBeUIsQ0FBQyxDQUFDO1FBQzNILENBQUM7UUFDRCxJQUFJLEdBQUcsS0FBSyxTQUFTLElBQUksR0FBRyxLQUFLLFNBQVMsSUFBSSxHQUFHLEdBQUcsR0FBRyxFQUFFLENBQUM7WUFDeEQsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLEtBQUssQ0FBQyxFQUFFLGVBQWUsRUFBRSxRQUFRLEdBQUcsMEJBQTBCLEdBQUcsR0FBRyxFQUFFLEdBQUcsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO1FBQ25ILENBQUM7UUFDRCxJQUFJLE9BQU8sS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUMxQixJQUFJLENBQUM7Z0JBQ0gsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUM7WUFDdEIsQ0FBQztZQUFDLE9BQU8sQ0FBTSxFQUFFLENBQUM7Z0JBQ2hCLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxTQUFTLENBQUMsRUFBRSxpQkFBaUIsRUFBRSw4Q0FBOEMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLE9BQU8sRUFBRSw0QkFBNEIsQ0FBQyxDQUFDO1lBQ3JKLENBQUM7UUFDSCxDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsT0FBTyxLQUFLLFNBQVMsSUFBSSxLQUFLLENBQUMsT0FBTyxLQUFLLEVBQUUsRUFBRSxDQUFDO1lBQ3hELE1BQU0sV0FBVyxHQUFHLG1CQUFtQixDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUM7WUFDOUQsSUFBSSxXQUFXLEVBQUUsQ0FBQztnQkFDaEIsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsSUFBSSxFQUFFLFNBQVMsQ0FBQyxFQUFFLGlCQUFpQixFQUFFLGlCQUFpQixXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUMsT0FBTyxFQUN4RixXQUFXLENBQUMsUUFBUSxDQUFDLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMscUNBQXFDLENBQUMsQ0FBQztZQUM1RyxDQUFDO1FBQ0gsQ0FBQztRQUNELEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDbEIsQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELGtGQUFrRjtBQUNyRSxRQUFBLG9CQUFvQixHQUFHLDJCQUEyQixDQUFDO0FBRWhFLHlEQUF5RDtBQUN6RCxTQUFnQixtQkFBbUIsQ0FBQyxJQUFZO0lBQzlDLE9BQU8sSUFBSSxJQUFJLHFIQUFxSCxDQUFDO0FBQ3ZJLENBQUM7QUFFRCxvREFBb0Q7QUFDcEQsU0FBZ0IsZUFBZSxDQUFDLElBQVk7SUFDMUMsT0FBTyw2QkFBNkIsSUFBSSxDQUFDLE9BQU8sQ0FBQyxZQUFZLEVBQUUsRUFBRSxDQUFDLGlFQUFpRSxDQUFDO0FBQ3RJLENBQUM7QUFFRCx3REFBd0Q7QUFDeEQsU0FBZ0IsY0FBYyxDQUFDLElBQVk7SUFDekMsT0FBTyw4QkFBOEIsSUFBSSx3RkFBd0YsQ0FBQztBQUNwSSxDQUFDO0FBRUQsK0VBQStFO0FBQy9FLFNBQWdCLG1CQUFtQixDQUFDLENBQW9CLEVBQUUsS0FBYTtJQUNyRSwyRkFBMkY7SUFDM0YsZ0ZBQWdGO0lBQ2hGLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyx3QkFBYSxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLHdCQUFhLENBQUMsSUFBSSxJQUFJLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLGdCQUFnQixLQUFLLElBQUksRUFBRSxDQUFDO1FBQzdILE9BQU8sMERBQTBELENBQUM7SUFDcEUsQ0FBQztJQUNELFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2YsS0FBSyx3QkFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDdkIsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDO2dCQUFFLE9BQU8sdUJBQXVCLENBQUM7WUFDM0QsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQ3hCLElBQUksQ0FBQyxDQUFDLEdBQUcsS0FBSyxTQUFTLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHO2dCQUFFLE9BQU8sd0JBQXdCLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQztZQUM3RSxJQUFJLENBQUMsQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRztnQkFBRSxPQUFPLHdCQUF3QixDQUFDLENBQUMsR0FBRyxFQUFFLENBQUM7WUFDN0UsT0FBTyxTQUFTLENBQUM7UUFDbkIsQ0FBQztRQUNELEtBQUssd0JBQWEsQ0FBQyxJQUFJO1lBQ3JCLE9BQU8sS0FBSyxLQUFLLE1BQU0sSUFBSSxLQUFLLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLHNCQUFzQixDQUFDO1FBQ3BGLEtBQUssd0JBQWEsQ0FBQyxNQUFNO1lBQ3ZCLE9BQU8sQ0FBQyxDQUFDLENBQUMsT0FBTyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUMsT0FBTyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQ3pHO1lBQ0UsSUFBSSxDQUFDLENBQUMsT0FBTyxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUM1QixJQUFJLEVBQXNCLENBQUM7Z0JBQzNCLElBQUksQ0FBQztvQkFDSCxFQUFFLEdBQUcsSUFBSSxNQUFNLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUM3QixDQUFDO2dCQUFDLE1BQU0sQ0FBQztvQkFDUCxFQUFFLEdBQUcsU0FBUyxDQUFDLENBQUMsNkRBQTZEO2dCQUMvRSxDQUFDO2dCQUNELElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUM7b0JBQUUsT0FBTyw4QkFBOEIsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDO1lBQzlFLENBQUM7WUFDRCxJQUFJLENBQUMsNEJBQW9CLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7Z0JBQ3RDLE1BQU0sR0FBRyxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLHlCQUF5QixFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7Z0JBQ2hGLE9BQU8scUVBQXFFLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQztZQUNyRyxDQUFDO1lBQ0QsT0FBTyxTQUFTLENBQUM7SUFDckIsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLGdCQUFnQixDQUFDLENBQWMsRUFBRSxDQUFNO0lBQzlDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLGVBQWUsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUM1QyxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3pCLE1BQU0sSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLENBQUM7SUFDL0IsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDeEMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDaEQsSUFBSSxLQUFLLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLHNCQUFzQixDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ3hGLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxpQkFBaUIsQ0FBQyxFQUFFLGNBQWMsRUFBRSx5REFBeUQsRUFBRSxLQUFLLEVBQUUsb0JBQW9CLENBQUMsQ0FBQztJQUNoSixDQUFDO0lBQ0QsT0FBTyxJQUFBLGFBQUssRUFBQztRQUNYLFVBQVUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsSUFBSSxDQUFDO1FBQzFDLFVBQVUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsSUFBSSxDQUFDO1FBQzFDLGFBQWEsRUFBRSxLQUFLO1FBQ3BCLG1CQUFtQixFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLHVCQUF1QixFQUFFLElBQUksQ0FBQztRQUM1RCxjQUFjLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxDQUFDO1FBQ25ELFlBQVksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxlQUFlLEVBQUUsSUFBSSxDQUFDO1FBQzdDLGFBQWEsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLENBQUM7UUFDbkQsa0JBQWtCLEVBQUUsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUscUJBQXFCLEVBQUUsSUFBSSxDQUFDO0tBQ2hFLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxDQUFjLEVBQUUsQ0FBTTtJQUNyQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDekMsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixNQUFNLElBQUksR0FBRyxDQUFDLFlBQVksQ0FBQyxDQUFDO0lBQzVCLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQzlCLE1BQU0sSUFBSSxHQUFxRCxFQUFFLENBQUM7SUFDbEUsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQzVDLEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLFFBQVEsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQ3pELElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxFQUFFLENBQUM7WUFDMUIsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQzFCLFNBQVM7UUFDWCxDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLENBQUMsR0FBRyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztRQUNqRSxJQUFJLE9BQU87WUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsT0FBTyxDQUFDO0lBQ3RDLENBQUM7SUFDRCxNQUFNLFFBQVEsR0FBRyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDdEQsS0FBSyxNQUFNLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDM0QsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUM7SUFDdkQsQ0FBQztJQUNELEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDbkQsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUNoRCxJQUFJLENBQUMsc0JBQXNCLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFFLGFBQWEsRUFBRSxlQUFlLEVBQUUsR0FBRyxFQUFFLHdDQUF3QyxDQUFDLENBQUM7WUFDMUgsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0lBQ0QsT0FBTyxJQUFBLGFBQUssRUFBQztRQUNYLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ2pELE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDO1FBQ25DLGNBQWMsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxrQkFBa0IsRUFBRSxJQUFJLENBQUM7UUFDbEQsYUFBYSxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLElBQUksQ0FBQztLQUN0RCxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsaUNBQWdDO0FBQXZCLDhGQUFBLEtBQUssT0FBQSIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IERpYWdub3N0aWMgfSBmcm9tICcuLi9lcnJvcnMnO1xuaW1wb3J0IHsgU2l6ZXMgfSBmcm9tICcuLi9zaXplcyc7XG5pbXBvcnQge1xuICBBbWlTZXR0aW5ncywgQ29ubmVjdGlvblR5cGUsIEVzdGltYXRlZENvc3QsIElkbGVEZXRlY3Rpb24sIEluc3RhbmNlRGVmYXVsdHMsIE9wZXJhdGluZ1N5c3RlbSwgUGFja2FnZU1hbmFnZXIsXG4gIFBhcmFtZXRlclR5cGUsIFJlc2VhcmNoVXNlclNldHRpbmdzLCBUZW1wbGF0ZURlZmluaXRpb24sIFRlbXBsYXRlRmlsZSwgVGVtcGxhdGVQYXJhbWV0ZXIsIFRlbXBsYXRlUGFja2FnZXMsXG4gIFRlbXBsYXRlU2VydmljZSwgVGVtcGxhdGVVc2VyLFxufSBmcm9tICcuLi90ZW1wbGF0ZSc7XG5pbXBvcnQgeyBjbGVhbiB9IGZyb20gJy4vY2xlYW4nO1xuaW1wb3J0IHsgY2xvc2VzdCwgRmllbGRSZWFkZXIgfSBmcm9tICcuL2ZpZWxkcyc7XG5pbXBvcnQgeyBpc1N5c3RlbVVzZXJOYW1lIH0gZnJvbSAnLi9wcml2aWxlZ2UnO1xuaW1wb3J0IHsgczNCdWNrZXRQcm9ibGVtLCBzM0tleVByb2JsZW0sIHMzVXJsUHJvYmxlbSB9IGZyb20gJy4vczMtbmFtZXMnO1xuaW1wb3J0IHsga2V5c0F0LCBsYXp5IH0gZnJvbSAnLi9zY2hlbWFzL2pzb24tc2NoZW1hJztcbmltcG9ydCB7IHRlbXBsYXRlU2NoZW1hIH0gZnJvbSAnLi9zY2hlbWFzL21vZGVsJztcbmltcG9ydCB7IGNoZWNrU2hhcGUgfSBmcm9tICcuL3NjaGVtYXMvc2hhcGUnO1xuaW1wb3J0IHsgWWFtbFBhdGgsIFlhbWxTb3VyY2UgfSBmcm9tICcuL3lhbWwtc291cmNlJztcblxuLy8gVGhlIGtleSBsaXN0cyBhcmUgdGhlIHRlbXBsYXRlIHNjaGVtYSdzIChzY2hlbWFzL3RlbXBsYXRlLnNjaGVtYS5qc29uKTogdGhlIGxvYWRlciBhbmQgdGhlIHNjaGVtYSBrbm93IHRoZSBzYW1lIGtleXMuXG5jb25zdCBUT1BfTEVWRUwgPSBsYXp5KCgpID0+IGtleXNBdCh0ZW1wbGF0ZVNjaGVtYSgpKSk7XG5jb25zdCBQQUNLQUdFUyA9IGxhenkoKCkgPT4ga2V5c0F0KHRlbXBsYXRlU2NoZW1hKCksIFsncGFja2FnZXMnXSkpO1xuY29uc3QgU0VSVklDRSA9IGxhenkoKCkgPT4ga2V5c0F0KHRlbXBsYXRlU2NoZW1hKCksIFsnc2VydmljZXMnLCAnKiddKSk7XG5jb25zdCBVU0VSID0gbGF6eSgoKSA9PiBrZXlzQXQodGVtcGxhdGVTY2hlbWEoKSwgWyd1c2VycycsICcqJ10pKTtcbmNvbnN0IEZJTEUgPSBsYXp5KCgpID0+IGtleXNBdCh0ZW1wbGF0ZVNjaGVtYSgpLCBbJ2ZpbGVzJywgJyonXSkpO1xuY29uc3QgSURMRSA9IGxhenkoKCkgPT4ga2V5c0F0KHRlbXBsYXRlU2NoZW1hKCksIFsnaWRsZV9kZXRlY3Rpb24nXSkpO1xuY29uc3QgSU5TVEFOQ0UgPSBsYXp5KCgpID0+IGtleXNBdCh0ZW1wbGF0ZVNjaGVtYSgpLCBbJ2luc3RhbmNlX2RlZmF1bHRzJ10pKTtcbmNvbnN0IENPU1QgPSBsYXp5KCgpID0+IGtleXNBdCh0ZW1wbGF0ZVNjaGVtYSgpLCBbJ2luc3RhbmNlX2RlZmF1bHRzJywgJ2VzdGltYXRlZF9jb3N0X3Blcl9ob3VyJ10pKTtcbmNvbnN0IFBBUkFNID0gbGF6eSgoKSA9PiBrZXlzQXQodGVtcGxhdGVTY2hlbWEoKSwgWydwYXJhbWV0ZXJzJywgJyonXSkpO1xuY29uc3QgUkVTRUFSQ0hfVVNFUiA9IGxhenkoKCkgPT4ga2V5c0F0KHRlbXBsYXRlU2NoZW1hKCksIFsncmVzZWFyY2hfdXNlciddKSk7XG5jb25zdCBBTUkgPSBsYXp5KCgpID0+IGtleXNBdCh0ZW1wbGF0ZVNjaGVtYSgpLCBbJ2FtaV9jb25maWcnXSkpO1xuXG4vKiogTGVnYWN5IGNvbm5lY3Rpb24gdHlwZSBuYW1lcyBhbmQgd2hhdCB0aGV5IG1lYW4gbm93LiAqL1xuY29uc3QgQ09OTkVDVElPTl9BTElBU0VTOiBSZWNvcmQ8c3RyaW5nLCBDb25uZWN0aW9uVHlwZT4gPSB7IGJvdGg6IENvbm5lY3Rpb25UeXBlLkFMTCB9O1xuXG5jb25zdCBTTFVHID0gL15bYS16MC05XVthLXowLTktXSokLztcblxuLyoqIFJlc3VsdCBvZiBwYXJzaW5nIG9uZSB0ZW1wbGF0ZSBmaWxlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJzZWRUZW1wbGF0ZSB7XG4gIHJlYWRvbmx5IGRlZmluaXRpb246IFRlbXBsYXRlRGVmaW5pdGlvbjtcbiAgcmVhZG9ubHkgd2FybmluZ3M6IERpYWdub3N0aWNbXTtcbiAgcmVhZG9ubHkgc291cmNlPzogWWFtbFNvdXJjZTtcbn1cblxuLyoqIFR1cm5zIGEgZGlzcGxheSBuYW1lIGludG8gYSBzbHVnOiBgUm9ja3kgTGludXggOSArIENvbmRhYCBiZWNvbWVzIGByb2NreS1saW51eC05LWNvbmRhYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzbHVnaWZ5KG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBuYW1lLnRvTG93ZXJDYXNlKCkucmVwbGFjZSgvW15hLXowLTldKy9nLCAnLScpLnJlcGxhY2UoL14tK3wtKyQvZywgJycpO1xufVxuXG4vKipcbiAqIFBhcnNlcyBhIFByaXNtLWNvbXBhdGlibGUgdGVtcGxhdGUgZG9jdW1lbnQuIEFsbCBwcm9ibGVtcyBpbiB0aGUgZmlsZSBhcmUgcmVwb3J0ZWRcbiAqIHRvZ2V0aGVyIGluIG9uZSBlcnJvcjsgdW5rbm93biBmaWVsZHMgYmVjb21lIHdhcm5pbmdzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VUZW1wbGF0ZShzb3VyY2U6IFlhbWxTb3VyY2UpOiBQYXJzZWRUZW1wbGF0ZSB7XG4gIHJldHVybiBwYXJzZVRlbXBsYXRlRGF0YShzb3VyY2UuZGF0YSwgc291cmNlLmZpbGUsIHNvdXJjZSk7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVRlbXBsYXRlRGF0YShyYXc6IHVua25vd24sIGxhYmVsOiBzdHJpbmcsIHNvdXJjZT86IFlhbWxTb3VyY2UpOiBQYXJzZWRUZW1wbGF0ZSB7XG4gIGNvbnN0IHIgPSBuZXcgRmllbGRSZWFkZXIoc291cmNlLCBsYWJlbCk7XG4gIGlmIChyYXcgPT09IG51bGwgfHwgcmF3ID09PSB1bmRlZmluZWQgfHwgdHlwZW9mIHJhdyAhPT0gJ29iamVjdCcgfHwgQXJyYXkuaXNBcnJheShyYXcpKSB7XG4gICAgci5leHBlY3QoW10sIHJhdywgJ2EgbWFwcGluZyBvZiB0ZW1wbGF0ZSBmaWVsZHMgKG5hbWUsIGRlc2NyaXB0aW9uLCBiYXNlLCAuLi4pJywgJ3N0YXJ0IHRoZSBmaWxlIHdpdGggXCJuYW1lOiAuLi5cIiBvbiB0aGUgZmlyc3QgbGluZScpO1xuICAgIHIudGhyb3dJZkVycm9ycyhgJHtsYWJlbH06IHRlbXBsYXRlIGlzIGludmFsaWRgKTtcbiAgfVxuICBjb25zdCBkOiBhbnkgPSByYXc7XG4gIHIudW5rbm93bktleXMoZCwgVE9QX0xFVkVMKCksIFtdKTtcblxuICBjb25zdCBuYW1lID0gci5zdHIoZCwgJ25hbWUnLCBbXSwgeyByZXF1aXJlZDogdHJ1ZSB9KSA/PyAnJztcbiAgY29uc3QgZGVzY3JpcHRpb24gPSByLnN0cihkLCAnZGVzY3JpcHRpb24nLCBbXSwgeyByZXF1aXJlZDogdHJ1ZSB9KSA/PyAnJztcbiAgbGV0IHNsdWcgPSByLnN0cihkLCAnc2x1ZycsIFtdKTtcbiAgaWYgKHNsdWcgIT09IHVuZGVmaW5lZCAmJiAhU0xVRy50ZXN0KHNsdWcpKSB7XG4gICAgci5lcnJvcihbJ3NsdWcnXSwgJ2ludmFsaWQtc2x1ZycsICdzbHVnIG11c3QgYmUgbG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIGRhc2hlcycsIHNsdWcsIGB1c2UgXCIke3NsdWdpZnkoc2x1ZykgfHwgJ215LXRlbXBsYXRlJ31cImApO1xuICB9XG4gIHNsdWcgPSBzbHVnID8/IHNsdWdpZnkobmFtZSk7XG5cbiAgY29uc3QgaW5oZXJpdHMgPSByLnN0ckxpc3QoZCwgJ2luaGVyaXRzJywgW10pO1xuICBpbmhlcml0cz8uZm9yRWFjaCgocCwgaSkgPT4ge1xuICAgIGlmICghcC50cmltKCkpIHIuZXJyb3IoWydpbmhlcml0cycsIGldLCAnZW1wdHktcGFyZW50JywgJ3BhcmVudCB0ZW1wbGF0ZSBuYW1lIGlzIGVtcHR5JywgcCwgJ25hbWUgYSBwYXJlbnQgYnkgc2x1ZyBvciBuYW1lLCBvciByZW1vdmUgdGhlIGVudHJ5Jyk7XG4gICAgZWxzZSBpZiAocCA9PT0gbmFtZSB8fCBwID09PSBzbHVnKSByLmVycm9yKFsnaW5oZXJpdHMnLCBpXSwgJ3NlbGYtaW5oZXJpdGFuY2UnLCAnYSB0ZW1wbGF0ZSBjYW5ub3QgaW5oZXJpdCBmcm9tIGl0c2VsZicsIHAsICdyZW1vdmUgdGhpcyBlbnRyeScpO1xuICB9KTtcblxuICBjb25zdCBiYXNlID0gci5zdHIoZCwgJ2Jhc2UnLCBbXSk7XG4gIGlmIChiYXNlID09PSB1bmRlZmluZWQgJiYgIShpbmhlcml0cyAmJiBpbmhlcml0cy5sZW5ndGgpKSB7XG4gICAgci5lcnJvcihbJ2Jhc2UnXSwgJ21pc3NpbmctZmllbGQnLCAncmVxdWlyZWQgZmllbGQgXCJiYXNlXCIgaXMgbWlzc2luZycsIHVuZGVmaW5lZCxcbiAgICAgIGBhZGQgYmFzZTogPG9zPiwgb25lIG9mICR7T2JqZWN0LnZhbHVlcyhPcGVyYXRpbmdTeXN0ZW0pLmpvaW4oJywgJyl9YCk7XG4gIH0gZWxzZSBpZiAoYmFzZSAhPT0gdW5kZWZpbmVkICYmICFPYmplY3QudmFsdWVzKE9wZXJhdGluZ1N5c3RlbSkuaW5jbHVkZXMoYmFzZSBhcyBPcGVyYXRpbmdTeXN0ZW0pKSB7XG4gICAgY29uc3QgY2xvc2UgPSBjbG9zZXN0KGJhc2UsIE9iamVjdC52YWx1ZXMoT3BlcmF0aW5nU3lzdGVtKSk7XG4gICAgci5lcnJvcihbJ2Jhc2UnXSwgJ3Vuc3VwcG9ydGVkLWJhc2UnLCAndW5zdXBwb3J0ZWQgYmFzZSBvcGVyYXRpbmcgc3lzdGVtJywgYmFzZSxcbiAgICAgIGB1c2Ugb25lIG9mICR7T2JqZWN0LnZhbHVlcyhPcGVyYXRpbmdTeXN0ZW0pLmpvaW4oJywgJyl9JHtjbG9zZSA/IGAgKGRpZCB5b3UgbWVhbiBcIiR7Y2xvc2V9XCI/KWAgOiAnJ31gKTtcbiAgfVxuXG4gIGxldCBjb25uZWN0aW9uVHlwZTogQ29ubmVjdGlvblR5cGUgfCB1bmRlZmluZWQ7XG4gIGNvbnN0IGN0ID0gci5zdHIoZCwgJ2Nvbm5lY3Rpb25fdHlwZScsIFtdKTtcbiAgaWYgKGN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoQ09OTkVDVElPTl9BTElBU0VTW2N0XSkge1xuICAgICAgY29ubmVjdGlvblR5cGUgPSBDT05ORUNUSU9OX0FMSUFTRVNbY3RdO1xuICAgICAgci53YXJuKFsnY29ubmVjdGlvbl90eXBlJ10sICdkZXByZWNhdGVkLXZhbHVlJywgYGNvbm5lY3Rpb24gdHlwZSBcIiR7Y3R9XCIgaXMgYSBsZWdhY3kgbmFtZSwgcmVhZCBhcyBcIiR7Y29ubmVjdGlvblR5cGV9XCJgLCBjdCxcbiAgICAgICAgYHdyaXRlIGNvbm5lY3Rpb25fdHlwZTogJHtjb25uZWN0aW9uVHlwZX1gKTtcbiAgICB9IGVsc2UgaWYgKE9iamVjdC52YWx1ZXMoQ29ubmVjdGlvblR5cGUpLmluY2x1ZGVzKGN0IGFzIENvbm5lY3Rpb25UeXBlKSkge1xuICAgICAgY29ubmVjdGlvblR5cGUgPSBjdCBhcyBDb25uZWN0aW9uVHlwZTtcbiAgICB9IGVsc2Uge1xuICAgICAgci5lcnJvcihbJ2Nvbm5lY3Rpb25fdHlwZSddLCAnaW52YWxpZC12YWx1ZScsICd1bmtub3duIGNvbm5lY3Rpb24gdHlwZScsIGN0LCBgdXNlIG9uZSBvZiAke09iamVjdC52YWx1ZXMoQ29ubmVjdGlvblR5cGUpLmpvaW4oJywgJyl9YCk7XG4gICAgfVxuICB9XG5cbiAgbGV0IHBhY2thZ2VNYW5hZ2VyOiBQYWNrYWdlTWFuYWdlciB8IHVuZGVmaW5lZDtcbiAgY29uc3QgcG0gPSByLnN0cihkLCAncGFja2FnZV9tYW5hZ2VyJywgW10pO1xuICBpZiAocG0gIT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChPYmplY3QudmFsdWVzKFBhY2thZ2VNYW5hZ2VyKS5pbmNsdWRlcyhwbSBhcyBQYWNrYWdlTWFuYWdlcikpIHtcbiAgICAgIHBhY2thZ2VNYW5hZ2VyID0gcG0gYXMgUGFja2FnZU1hbmFnZXI7XG4gICAgfSBlbHNlIHtcbiAgICAgIHIuZXJyb3IoWydwYWNrYWdlX21hbmFnZXInXSwgJ2ludmFsaWQtdmFsdWUnLCAndW5zdXBwb3J0ZWQgcGFja2FnZSBtYW5hZ2VyJywgcG0sXG4gICAgICAgIHBtID09PSAncGlwJ1xuICAgICAgICAgID8gJ3BpcCBpcyBub3QgYSBwcmltYXJ5IHBhY2thZ2UgbWFuYWdlcjogc2V0IHBhY2thZ2VfbWFuYWdlciB0byBhcHQsIGRuZiBvciBjb25kYSBhbmQga2VlcCB0aGUgcGlwIGxpc3QgdW5kZXIgcGFja2FnZXMucGlwJ1xuICAgICAgICAgIDogYHVzZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKFBhY2thZ2VNYW5hZ2VyKS5qb2luKCcsICcpfWApO1xuICAgIH1cbiAgfVxuXG4gIGNvbnN0IHBhY2thZ2VzID0gcmVhZFBhY2thZ2VzKHIsIGQpO1xuICBpZiAocGFja2FnZU1hbmFnZXIgJiYgcGFja2FnZXMpIGNoZWNrUGFja2FnZUNvbnNpc3RlbmN5KHIsIHBhY2thZ2VNYW5hZ2VyLCBwYWNrYWdlcyk7XG5cbiAgY29uc3Qgc2VydmljZXMgPSByZWFkU2VydmljZXMociwgZCk7XG4gIGNvbnN0IHVzZXJzID0gcmVhZFVzZXJzKHIsIGQpO1xuICBjb25zdCBmaWxlcyA9IHJlYWRGaWxlcyhyLCBkKTtcbiAgY29uc3QgaWRsZURldGVjdGlvbiA9IHJlYWRJZGxlKHIsIGQpO1xuICBjb25zdCBpbnN0YW5jZURlZmF1bHRzID0gcmVhZEluc3RhbmNlRGVmYXVsdHMociwgZCk7XG4gIGNvbnN0IHBhcmFtZXRlcnMgPSByZWFkUGFyYW1ldGVycyhyLCBkKTtcbiAgY29uc3QgcmVzZWFyY2hVc2VyID0gcmVhZFJlc2VhcmNoVXNlcihyLCBkKTtcbiAgY29uc3QgYW1pQ29uZmlnID0gcmVhZEFtaShyLCBkKTtcblxuICBsZXQgbWluaW11bVNpemUgPSByLnN0cihkLCAnbWluaW11bV9zaXplJywgW10pO1xuICBpZiAobWluaW11bVNpemUgIT09IHVuZGVmaW5lZCkge1xuICAgIHRyeSB7XG4gICAgICBtaW5pbXVtU2l6ZSA9IFNpemVzLnBhcnNlKG1pbmltdW1TaXplLCAnbWluaW11bV9zaXplJyk7XG4gICAgfSBjYXRjaCB7XG4gICAgICByLmVycm9yKFsnbWluaW11bV9zaXplJ10sICd1bmtub3duLXNpemUnLCAndW5rbm93biB3b3Jrc3BhY2Ugc2l6ZScsIG1pbmltdW1TaXplLCBgdXNlIG9uZSBvZiAke1NpemVzLmFsbCgpLmpvaW4oJywgJyl9YCk7XG4gICAgICBtaW5pbXVtU2l6ZSA9IHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cblxuICBjb25zdCBjb21wbGV4aXR5ID0gci5zdHIoZCwgJ2NvbXBsZXhpdHknLCBbXSk7XG4gIGlmIChjb21wbGV4aXR5ICE9PSB1bmRlZmluZWQgJiYgIVsnc2ltcGxlJywgJ21vZGVyYXRlJywgJ2FkdmFuY2VkJywgJ2NvbXBsZXgnXS5pbmNsdWRlcyhjb21wbGV4aXR5KSkge1xuICAgIHIud2FybihbJ2NvbXBsZXhpdHknXSwgJ2ludmFsaWQtdmFsdWUnLCAndW5rbm93biBjb21wbGV4aXR5JywgY29tcGxleGl0eSwgJ3VzZSBzaW1wbGUsIG1vZGVyYXRlIG9yIGFkdmFuY2VkJyk7XG4gIH1cblxuICAvLyBUaGUgc2NoZW1hJ3Mgc2hhcGUgY2hlY2ssIGZvciB3aGF0IHRoZSByZWFkaW5nIGFib3ZlIGRvZXMgbm90IGp1ZGdlIGl0c2VsZi5cbiAgY2hlY2tTaGFwZShyLCB0ZW1wbGF0ZVNjaGVtYSgpLCBkKTtcbiAgci50aHJvd0lmRXJyb3JzKGAke2xhYmVsfTogdGVtcGxhdGUgXCIke25hbWUgfHwgc2x1Z31cIiBoYXMgJHtyLmVycm9ycy5sZW5ndGh9IHByb2JsZW1zYCk7XG5cbiAgY29uc3QgZGVmaW5pdGlvbjogVGVtcGxhdGVEZWZpbml0aW9uID0gY2xlYW4oe1xuICAgIG5hbWUsXG4gICAgc2x1ZyxcbiAgICBkZXNjcmlwdGlvbixcbiAgICBsb25nRGVzY3JpcHRpb246IHIuc3RyKGQsICdsb25nX2Rlc2NyaXB0aW9uJywgW10pLFxuICAgIGJhc2UsXG4gICAgaW5oZXJpdHMsXG4gICAgY29ubmVjdGlvblR5cGUsXG4gICAgcGFja2FnZU1hbmFnZXIsXG4gICAgcGFja2FnZXMsXG4gICAgc2VydmljZXMsXG4gICAgdXNlcnMsXG4gICAgcG9zdEluc3RhbGw6IHIuc3RyKGQsICdwb3N0X2luc3RhbGwnLCBbXSksXG4gICAgZmlsZXMsXG4gICAgdXNlckRhdGE6IHIuc3RyKGQsICd1c2VyX2RhdGEnLCBbXSksXG4gICAgaWRsZURldGVjdGlvbixcbiAgICBpbnN0YW5jZURlZmF1bHRzLFxuICAgIG1pbmltdW1TaXplLFxuICAgIHBhcmFtZXRlcnMsXG4gICAgdmFyaWFibGVzOiByLnN0cmluZ01hcChkLCAndmFyaWFibGVzJywgW10pLFxuICAgIHJlc2VhcmNoVXNlcixcbiAgICBhbWlDb25maWcsXG4gICAgdmVyc2lvbjogci5zdHIoZCwgJ3ZlcnNpb24nLCBbXSksXG4gICAgdGFnczogci5zdHJpbmdNYXAoZCwgJ3RhZ3MnLCBbXSksXG4gICAgbWFpbnRhaW5lcjogci5zdHIoZCwgJ21haW50YWluZXInLCBbXSksXG4gICAgaWNvbjogci5zdHIoZCwgJ2ljb24nLCBbXSksXG4gICAgY29sb3I6IHIuc3RyKGQsICdjb2xvcicsIFtdKSxcbiAgICBjYXRlZ29yeTogci5zdHIoZCwgJ2NhdGVnb3J5JywgW10pLFxuICAgIGRvbWFpbjogci5zdHIoZCwgJ2RvbWFpbicsIFtdKSxcbiAgICBjb21wbGV4aXR5LFxuICAgIHBvcHVsYXI6IHIuYm9vbChkLCAncG9wdWxhcicsIFtdKSxcbiAgICBmZWF0dXJlZDogci5ib29sKGQsICdmZWF0dXJlZCcsIFtdKSxcbiAgICBzb3VyY2U6IGxhYmVsLFxuICB9KTtcbiAgLy8gUmVhZGluZyBvcHRpb25hbCBmaWVsZHMgYWJvdmUgbWF5IGhhdmUgZm91bmQgdHlwZSBlcnJvcnMgdG9vLlxuICByLnRocm93SWZFcnJvcnMoYCR7bGFiZWx9OiB0ZW1wbGF0ZSBcIiR7bmFtZSB8fCBzbHVnfVwiIGhhcyAke3IuZXJyb3JzLmxlbmd0aH0gcHJvYmxlbXNgKTtcbiAgcmV0dXJuIHsgZGVmaW5pdGlvbiwgd2FybmluZ3M6IHIud2FybmluZ3MsIHNvdXJjZSB9O1xufVxuXG5mdW5jdGlvbiByZWFkUGFja2FnZXMocjogRmllbGRSZWFkZXIsIGQ6IGFueSk6IFRlbXBsYXRlUGFja2FnZXMgfCB1bmRlZmluZWQge1xuICBpZiAoQXJyYXkuaXNBcnJheShkLnBhY2thZ2VzKSkge1xuICAgIHIuZXJyb3IoWydwYWNrYWdlcyddLCAnd3JvbmctdHlwZScsICdwYWNrYWdlcyBtdXN0IGJlIGdyb3VwZWQgYnkgbWFuYWdlcicsIGQucGFja2FnZXMsXG4gICAgICAnd3JpdGUgcGFja2FnZXM6IHsgc3lzdGVtOiBbLi4uXSwgY29uZGE6IFsuLi5dLCBwaXA6IFsuLi5dLCBzcGFjazogWy4uLl0gfScpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgY29uc3QgcCA9IHIubWFwcGluZyhkLCAncGFja2FnZXMnLCBbXSk7XG4gIGlmICghcCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgci51bmtub3duS2V5cyhwLCBQQUNLQUdFUygpLCBbJ3BhY2thZ2VzJ10pO1xuICBjb25zdCBvdXQ6IFRlbXBsYXRlUGFja2FnZXMgPSBjbGVhbih7XG4gICAgc3lzdGVtOiByLnN0ckxpc3QocCwgJ3N5c3RlbScsIFsncGFja2FnZXMnXSksXG4gICAgY29uZGE6IHIuc3RyTGlzdChwLCAnY29uZGEnLCBbJ3BhY2thZ2VzJ10pLFxuICAgIHBpcDogci5zdHJMaXN0KHAsICdwaXAnLCBbJ3BhY2thZ2VzJ10pLFxuICAgIHNwYWNrOiByLnN0ckxpc3QocCwgJ3NwYWNrJywgWydwYWNrYWdlcyddKSxcbiAgfSk7XG4gIGZvciAoY29uc3QgayBvZiBbJ3N5c3RlbScsICdjb25kYScsICdwaXAnLCAnc3BhY2snXSBhcyBjb25zdCkge1xuICAgIChvdXRba10gPz8gW10pLmZvckVhY2goKHBrZywgaSkgPT4ge1xuICAgICAgaWYgKHBrZy50cmltKCkuc3RhcnRzV2l0aCgnLScpKSB7XG4gICAgICAgIHIuZXJyb3IoWydwYWNrYWdlcycsIGssIGldLCAnaW52YWxpZC1wYWNrYWdlJywgJ2EgcGFja2FnZSBlbnRyeSBjYW5ub3Qgc3RhcnQgd2l0aCBcIi1cIiAoaXQgd291bGQgYmUgcmVhZCBhcyBhbiBvcHRpb24sIGUuZy4gLS1hbGxvdy11bmF1dGhlbnRpY2F0ZWQpJywgcGtnLFxuICAgICAgICAgICd3cml0ZSBvbmx5IHBhY2thZ2UgbmFtZXMgb3Igc3BlY3M7IGluc3RhbGxlciBvcHRpb25zIGFyZSBub3QgYWNjZXB0ZWQnKTtcbiAgICAgIH0gZWxzZSBpZiAoL1xccy8udGVzdChwa2cudHJpbSgpKSB8fCAvWzsmfGAkPD5dLy50ZXN0KHBrZykpIHtcbiAgICAgICAgci5lcnJvcihbJ3BhY2thZ2VzJywgaywgaV0sICdpbnZhbGlkLXBhY2thZ2UnLCAnYSBwYWNrYWdlIGVudHJ5IG11c3QgYmUgb25lIHBhY2thZ2UgbmFtZSBvciBzcGVjLCB3aXRob3V0IHNwYWNlcyBvciBzaGVsbCBjaGFyYWN0ZXJzJywgcGtnLFxuICAgICAgICAgICdzcGxpdCBpdCBpbnRvIG9uZSBsaXN0IGVudHJ5IHBlciBwYWNrYWdlJyk7XG4gICAgICB9XG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gY2hlY2tQYWNrYWdlQ29uc2lzdGVuY3kocjogRmllbGRSZWFkZXIsIHBtOiBQYWNrYWdlTWFuYWdlciwgcDogVGVtcGxhdGVQYWNrYWdlcyk6IHZvaWQge1xuICBjb25zdCBoYXMgPSAoazoga2V5b2YgVGVtcGxhdGVQYWNrYWdlcykgPT4gKHBba10gPz8gW10pLmxlbmd0aCA+IDA7XG4gIGlmICgocG0gPT09IFBhY2thZ2VNYW5hZ2VyLkFQVCB8fCBwbSA9PT0gUGFja2FnZU1hbmFnZXIuRE5GKSAmJiAoaGFzKCdjb25kYScpIHx8IGhhcygnc3BhY2snKSkpIHtcbiAgICBjb25zdCBrID0gaGFzKCdjb25kYScpID8gJ2NvbmRhJyA6ICdzcGFjayc7XG4gICAgci5lcnJvcihbJ3BhY2thZ2VzJywga10sICdwYWNrYWdlLW1hbmFnZXItbWlzbWF0Y2gnLCBgdGVtcGxhdGUgdXNlcyB0aGUgJHtwbX0gcGFja2FnZSBtYW5hZ2VyIGJ1dCBsaXN0cyAke2t9IHBhY2thZ2VzYCwgcG0sXG4gICAgICBgc2V0IHBhY2thZ2VfbWFuYWdlcjogJHtrfSAoc3lzdGVtIHBhY2thZ2VzIGFyZSBzdGlsbCBpbnN0YWxsZWQgd2l0aCB0aGUgYmFzZSBzeXN0ZW0ncyBtYW5hZ2VyKSwgb3IgbW92ZSB0aGUgZW50cmllcyB0byBwYWNrYWdlcy5zeXN0ZW1gKTtcbiAgfVxuICBpZiAocG0gPT09IFBhY2thZ2VNYW5hZ2VyLkFNSSAmJiAoaGFzKCdzeXN0ZW0nKSB8fCBoYXMoJ2NvbmRhJykgfHwgaGFzKCdzcGFjaycpKSkge1xuICAgIHIuZXJyb3IoWydwYWNrYWdlcyddLCAncGFja2FnZS1tYW5hZ2VyLW1pc21hdGNoJywgJ2FuIGFtaSB0ZW1wbGF0ZSBpbnN0YWxscyBub3RoaW5nIGF0IGJvb3QgYnV0IGxpc3RzIHBhY2thZ2VzJywgcG0sXG4gICAgICAnYmFrZSB0aGUgcGFja2FnZXMgaW50byB0aGUgaW1hZ2UsIG9yIGNob29zZSBhcHQvZG5mL2NvbmRhJyk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcmVhZFNlcnZpY2VzKHI6IEZpZWxkUmVhZGVyLCBkOiBhbnkpOiBUZW1wbGF0ZVNlcnZpY2VbXSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGxpc3QgPSByLmxpc3QoZCwgJ3NlcnZpY2VzJywgW10pO1xuICBpZiAoIWxpc3QpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNlZW4gPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICByZXR1cm4gbGlzdC5tYXAoKHMsIGkpOiBUZW1wbGF0ZVNlcnZpY2UgfCB1bmRlZmluZWQgPT4ge1xuICAgIGNvbnN0IHBhdGg6IFlhbWxQYXRoID0gWydzZXJ2aWNlcycsIGldO1xuICAgIGlmICh0eXBlb2YgcyA9PT0gJ3N0cmluZycpIHJldHVybiB7IG5hbWU6IHMsIGVuYWJsZTogZmFsc2UgfTtcbiAgICBpZiAoIXMgfHwgdHlwZW9mIHMgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkocykpIHtcbiAgICAgIHIuZXhwZWN0KHBhdGgsIHMsICdhIHNlcnZpY2UgKG5hbWUsIHBvcnQsIGNvbmZpZywgZW5hYmxlKScpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgci51bmtub3duS2V5cyhzLCBTRVJWSUNFKCksIHBhdGgpO1xuICAgIGNvbnN0IG5hbWUgPSByLnN0cihzLCAnbmFtZScsIHBhdGgsIHsgcmVxdWlyZWQ6IHRydWUgfSkgPz8gJyc7XG4gICAgaWYgKG5hbWUgJiYgIW5hbWUuaW5jbHVkZXMoJ3t7JykgJiYgIS9eW0EtWmEtejAtOV1bQS1aYS16MC05Xy5ALV17MCw2M30kLy50ZXN0KG5hbWUpKSB7XG4gICAgICByLmVycm9yKFsuLi5wYXRoLCAnbmFtZSddLCAnaW52YWxpZC1zZXJ2aWNlLW5hbWUnLCAnYSBzZXJ2aWNlIG5hbWUgYmVjb21lcyBhIHN5c3RlbWQgdW5pdCBuYW1lOiBsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiLCBcIi5cIiwgXCJAXCIgYW5kIFwiLVwiLCBzdGFydGluZyB3aXRoIGEgbGV0dGVyIG9yIGRpZ2l0JywgbmFtZSxcbiAgICAgICAgJ3JlbmFtZSBpdCwgZS5nLiBcImp1cHl0ZXJcIiBvciBcIm15LWFwcFwiJyk7XG4gICAgfVxuICAgIGlmIChzZWVuLmhhcyhuYW1lKSkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ25hbWUnXSwgJ2R1cGxpY2F0ZS1zZXJ2aWNlJywgYHNlcnZpY2UgXCIke25hbWV9XCIgaXMgbGlzdGVkIHR3aWNlIChhbHNvIHNlcnZpY2VzWyR7c2Vlbi5nZXQobmFtZSl9XSlgLCBuYW1lLCAnbWVyZ2UgdGhlIHR3byBlbnRyaWVzJyk7XG4gICAgfVxuICAgIHNlZW4uc2V0KG5hbWUsIGkpO1xuICAgIGNvbnN0IHBvcnQgPSByLmludChzLCAncG9ydCcsIHBhdGgsIHsgbWluOiAxLCBtYXg6IDY1NTM1IH0pO1xuICAgIGxldCBjb25maWcgPSByLnN0ckxpc3QocywgJ2NvbmZpZycsIHBhdGgpO1xuICAgIGlmICh0eXBlb2Ygcy5jb25maWcgPT09ICdzdHJpbmcnKSBjb25maWcgPSBzLmNvbmZpZy5zcGxpdCgnXFxuJykuZmlsdGVyKChsOiBzdHJpbmcpID0+IGwudHJpbSgpKTtcbiAgICBjb25zdCBlbmFibGUgPSByLmJvb2wocywgJ2VuYWJsZScsIHBhdGgpO1xuICAgIHJldHVybiBjbGVhbih7XG4gICAgICBuYW1lLFxuICAgICAgcG9ydCxcbiAgICAgIGNvbmZpZyxcbiAgICAgIC8vIExlZnQgdW5zZXQgd2hlbiBub3Qgd3JpdHRlbjogYSBjaGlsZCBvdmVycmlkaW5nIGEgcGFyZW50J3Mgc2VydmljZSBtdXN0IG5vdCBkaXNhYmxlIGl0LlxuICAgICAgLy8gUmVzb2x1dGlvbiBhcHBsaWVzIFByaXNtJ3MgZGVmYXVsdCAoZW5hYmxlZCB3aGVuIGEgcG9ydCBpcyBzZXQpLlxuICAgICAgZW5hYmxlLFxuICAgICAgYmluZEFkZHJlc3M6IHJlYWRCaW5kQWRkcmVzcyhyLCBzLCBwYXRoKSxcbiAgICAgIGNvbW1hbmQ6IHIuc3RyKHMsICdjb21tYW5kJywgcGF0aCksXG4gICAgfSk7XG4gIH0pLmZpbHRlcigoeCk6IHggaXMgVGVtcGxhdGVTZXJ2aWNlID0+IHggIT09IHVuZGVmaW5lZCk7XG59XG5cbmZ1bmN0aW9uIHJlYWRCaW5kQWRkcmVzcyhyOiBGaWVsZFJlYWRlciwgczogYW55LCBwYXRoOiBZYW1sUGF0aCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHYgPSByLnN0cihzLCAnYmluZF9hZGRyZXNzJywgcGF0aCk7XG4gIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgIXYuaW5jbHVkZXMoJ3t7JykgJiYgIS9eKFxcZHsxLDN9XFwuKXszfVxcZHsxLDN9JHxeWzAtOWEtZjpdKyR8XmxvY2FsaG9zdCQvaS50ZXN0KHYpKSB7XG4gICAgci5lcnJvcihbLi4ucGF0aCwgJ2JpbmRfYWRkcmVzcyddLCAnaW52YWxpZC1hZGRyZXNzJywgJ2JpbmRfYWRkcmVzcyBtdXN0IGJlIGFuIElQIGFkZHJlc3MgKG9yIGxvY2FsaG9zdCknLCB2LCAnd3JpdGUgMTI3LjAuMC4xICh0aGUgZGVmYXVsdCkgb3IgYW4gaW50ZXJmYWNlIGFkZHJlc3MnKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIHJldHVybiB2O1xufVxuXG5mdW5jdGlvbiByZWFkVXNlcnMocjogRmllbGRSZWFkZXIsIGQ6IGFueSk6IFRlbXBsYXRlVXNlcltdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbGlzdCA9IHIubGlzdChkLCAndXNlcnMnLCBbXSk7XG4gIGlmICghbGlzdCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIGxpc3QubWFwKCh1LCBpKTogVGVtcGxhdGVVc2VyIHwgdW5kZWZpbmVkID0+IHtcbiAgICBjb25zdCBwYXRoOiBZYW1sUGF0aCA9IFsndXNlcnMnLCBpXTtcbiAgICBpZiAodHlwZW9mIHUgPT09ICdzdHJpbmcnKSByZXR1cm4geyBuYW1lOiB1IH07XG4gICAgaWYgKCF1IHx8IHR5cGVvZiB1ICE9PSAnb2JqZWN0JyB8fCBBcnJheS5pc0FycmF5KHUpKSB7XG4gICAgICByLmV4cGVjdChwYXRoLCB1LCAnYSB1c2VyIChuYW1lLCBncm91cHMsIHNoZWxsKScpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgci51bmtub3duS2V5cyh1LCBVU0VSKCksIHBhdGgpO1xuICAgIGNvbnN0IG5hbWUgPSByLnN0cih1LCAnbmFtZScsIHBhdGgsIHsgcmVxdWlyZWQ6IHRydWUgfSkgPz8gJyc7XG4gICAgaWYgKG5hbWUgJiYgIW5hbWUuaW5jbHVkZXMoJ3t7JykgJiYgaXNTeXN0ZW1Vc2VyTmFtZShuYW1lKSkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ25hbWUnXSwgJ3Jlc2VydmVkLXVzZXItbmFtZScsIHJlc2VydmVkVXNlck1lc3NhZ2UobmFtZSksIG5hbWUsIHJlc2VydmVkVXNlckZpeChuYW1lKSk7XG4gICAgfVxuICAgIHJldHVybiBjbGVhbih7IG5hbWUsIGdyb3Vwczogci5zdHJMaXN0KHUsICdncm91cHMnLCBwYXRoKSwgc2hlbGw6IHIuc3RyKHUsICdzaGVsbCcsIHBhdGgpIH0pO1xuICB9KS5maWx0ZXIoKHgpOiB4IGlzIFRlbXBsYXRlVXNlciA9PiB4ICE9PSB1bmRlZmluZWQpO1xufVxuXG5mdW5jdGlvbiByZWFkRmlsZXMocjogRmllbGRSZWFkZXIsIGQ6IGFueSk6IFRlbXBsYXRlRmlsZVtdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbGlzdCA9IHIubGlzdChkLCAnZmlsZXMnLCBbXSk7XG4gIGlmICghbGlzdCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIGxpc3QubWFwKChmLCBpKTogVGVtcGxhdGVGaWxlIHwgdW5kZWZpbmVkID0+IHtcbiAgICBjb25zdCBwYXRoOiBZYW1sUGF0aCA9IFsnZmlsZXMnLCBpXTtcbiAgICBpZiAoIWYgfHwgdHlwZW9mIGYgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkoZikpIHtcbiAgICAgIHIuZXhwZWN0KHBhdGgsIGYsICdhIGZpbGUgKGRlc3RpbmF0aW9uLCBjb250ZW50IG9yIHNvdXJjZSwgb3duZXIsIHBlcm1pc3Npb25zKScpO1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gICAgci51bmtub3duS2V5cyhmLCBGSUxFKCksIHBhdGgpO1xuICAgIGNvbnN0IGRlc3RpbmF0aW9uID0gci5zdHIoZiwgJ2Rlc3RpbmF0aW9uJywgcGF0aCkgPz8gci5zdHIoZiwgJ2Rlc3RpbmF0aW9uX3BhdGgnLCBwYXRoKTtcbiAgICBpZiAoIWRlc3RpbmF0aW9uKSB7XG4gICAgICByLmVycm9yKFsuLi5wYXRoLCAnZGVzdGluYXRpb24nXSwgJ21pc3NpbmctZmllbGQnLCAnYSBmaWxlIG5lZWRzIGEgZGVzdGluYXRpb24nLCB1bmRlZmluZWQsICdhZGQgZGVzdGluYXRpb246IC9hYnNvbHV0ZS9wYXRoJyk7XG4gICAgfSBlbHNlIGlmICghZGVzdGluYXRpb24uc3RhcnRzV2l0aCgnLycpICYmICFkZXN0aW5hdGlvbi5pbmNsdWRlcygne3snKSkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ2Rlc3RpbmF0aW9uJ10sICdyZWxhdGl2ZS1wYXRoJywgJ2ZpbGUgZGVzdGluYXRpb24gbXVzdCBiZSBhbiBhYnNvbHV0ZSBwYXRoJywgZGVzdGluYXRpb24sIGB3cml0ZSAvJHtkZXN0aW5hdGlvbi5yZXBsYWNlKC9eXFwuP1xcLyovLCAnJyl9YCk7XG4gICAgfVxuICAgIGxldCBzb3VyY2UgPSByLnN0cihmLCAnc291cmNlJywgcGF0aCk7XG4gICAgY29uc3QgYnVja2V0ID0gci5zdHIoZiwgJ3MzX2J1Y2tldCcsIHBhdGgpO1xuICAgIGNvbnN0IGtleSA9IHIuc3RyKGYsICdzM19rZXknLCBwYXRoKTtcbiAgICAvLyBCdWNrZXQgbmFtZXMgYW5kIGtleXMgYXJlIGNoZWNrZWQgKGlzc3VlIDEzLjcpOiBgczNfYnVja2V0OiBcImJ1Y2tldDsgcm0gLXJmIC9cImAgaXMgbm90IGEgYnVja2V0LlxuICAgIGNvbnN0IGJ1Y2tldFByb2JsZW0gPSBidWNrZXQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHMzQnVja2V0UHJvYmxlbShidWNrZXQpO1xuICAgIGlmIChidWNrZXRQcm9ibGVtKSByLmVycm9yKFsuLi5wYXRoLCAnczNfYnVja2V0J10sICdpbnZhbGlkLWJ1Y2tldCcsIGBub3QgYW4gUzMgYnVja2V0IG5hbWU6ICR7YnVja2V0UHJvYmxlbX1gLCBidWNrZXQsICd3cml0ZSB0aGUgYnVja2V0IG5hbWUsIGUuZy4gczNfYnVja2V0OiBsYWItZGF0YS0xMjMnKTtcbiAgICBjb25zdCBrZXlQcm9ibGVtID0ga2V5ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzM0tleVByb2JsZW0oa2V5LnJlcGxhY2UoL15cXC8vLCAnJykpO1xuICAgIGlmIChrZXlQcm9ibGVtKSByLmVycm9yKFsuLi5wYXRoLCAnczNfa2V5J10sICdpbnZhbGlkLWtleScsIGBub3QgYW4gUzMgb2JqZWN0IGtleTogJHtrZXlQcm9ibGVtfWAsIGtleSwgJ3dyaXRlIHRoZSBvYmplY3Qga2V5LCBlLmcuIHMzX2tleTogY29uZmlncy9hcHAueWFtbCcpO1xuICAgIGNvbnN0IHNvdXJjZVRleHQgPSBzb3VyY2U7XG4gICAgY29uc3QgdXJsUHJvYmxlbSA9IHNvdXJjZVRleHQ/LnN0YXJ0c1dpdGgoJ3MzOi8vJykgPyBzM1VybFByb2JsZW0oc291cmNlVGV4dCkgOiB1bmRlZmluZWQ7XG4gICAgaWYgKHVybFByb2JsZW0pIHIuZXJyb3IoWy4uLnBhdGgsICdzb3VyY2UnXSwgJ2ludmFsaWQtc291cmNlJywgYG5vdCBhbiBTMyBVUkw6ICR7dXJsUHJvYmxlbX1gLCBzb3VyY2VUZXh0LCAnd3JpdGUgc291cmNlOiBzMzovL2J1Y2tldC9rZXknKTtcbiAgICBpZiAoIXNvdXJjZSAmJiBidWNrZXQgJiYga2V5KSBzb3VyY2UgPSBgczM6Ly8ke2J1Y2tldH0vJHtrZXkucmVwbGFjZSgvXlxcLy8sICcnKX1gO1xuICAgIGNvbnN0IGNvbnRlbnQgPSByLnN0cihmLCAnY29udGVudCcsIHBhdGgpO1xuICAgIGlmICghc291cmNlICYmIGNvbnRlbnQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgci5lcnJvcihwYXRoLCAnbWlzc2luZy1maWVsZCcsICdhIGZpbGUgbmVlZHMgY29udGVudCBvciBhIHNvdXJjZScsIHVuZGVmaW5lZCwgJ2FkZCBjb250ZW50OiB8IC4uLiBvciBzb3VyY2U6IHMzOi8vYnVja2V0L2tleScpO1xuICAgIH1cbiAgICBpZiAoc291cmNlICYmICEvXihzM3xodHRwcyk6XFwvXFwvLy50ZXN0KHNvdXJjZSkpIHtcbiAgICAgIHIuZXJyb3IoWy4uLnBhdGgsICdzb3VyY2UnXSwgJ2luc2VjdXJlLXNvdXJjZScsICdmaWxlIHNvdXJjZSBtdXN0IGJlIHMzOi8vIG9yIGh0dHBzOi8vJywgc291cmNlLCAndXNlIGFuIHMzOi8vIG9yIGh0dHBzOi8vIFVSTCcpO1xuICAgIH1cbiAgICBjb25zdCBwZXJtaXNzaW9ucyA9IHIuc3RyKGYsICdwZXJtaXNzaW9ucycsIHBhdGgpO1xuICAgIGlmIChwZXJtaXNzaW9ucyAhPT0gdW5kZWZpbmVkICYmICEvXjA/WzAtN117Myw0fSQvLnRlc3QocGVybWlzc2lvbnMpKSB7XG4gICAgICByLmVycm9yKFsuLi5wYXRoLCAncGVybWlzc2lvbnMnXSwgJ2ludmFsaWQtbW9kZScsICdwZXJtaXNzaW9ucyBtdXN0IGJlIGFuIG9jdGFsIG1vZGUnLCBwZXJtaXNzaW9ucywgJ3dyaXRlIGEgbW9kZSBsaWtlIFwiMDY0NFwiIChxdW90ZWQpJyk7XG4gICAgfVxuICAgIGNvbnN0IG93bmVyID0gci5zdHIoZiwgJ293bmVyJywgcGF0aCk7XG4gICAgY29uc3QgZ3JvdXAgPSByLnN0cihmLCAnZ3JvdXAnLCBwYXRoKTtcbiAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBbWydvd25lcicsIG93bmVyXSwgWydncm91cCcsIGdyb3VwXV0gYXMgY29uc3QpIHtcbiAgICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgIXYuaW5jbHVkZXMoJ3t7JykgJiYgIS9eW2Etel9dW2EtejAtOV8tXXswLDMxfSQvLnRlc3QodikpIHtcbiAgICAgICAgci5lcnJvcihbLi4ucGF0aCwga10sICdpbnZhbGlkLW5hbWUnLCBgZmlsZSAke2t9IG11c3QgYmUgYSBQT1NJWCB1c2VyIG9yIGdyb3VwIG5hbWVgLCB2LCAndXNlIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBcIl9cIiBhbmQgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXInKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIGNsZWFuKHtcbiAgICAgIGRlc3RpbmF0aW9uOiBkZXN0aW5hdGlvbiA/PyAnJyxcbiAgICAgIGNvbnRlbnQsXG4gICAgICBzb3VyY2UsXG4gICAgICBvd25lcixcbiAgICAgIGdyb3VwLFxuICAgICAgcGVybWlzc2lvbnMsXG4gICAgICByZXF1aXJlZDogci5ib29sKGYsICdyZXF1aXJlZCcsIHBhdGgpLFxuICAgICAgZGVzY3JpcHRpb246IHIuc3RyKGYsICdkZXNjcmlwdGlvbicsIHBhdGgpLFxuICAgIH0pO1xuICB9KS5maWx0ZXIoKHgpOiB4IGlzIFRlbXBsYXRlRmlsZSA9PiB4ICE9PSB1bmRlZmluZWQpO1xufVxuXG5mdW5jdGlvbiByZWFkSWRsZShyOiBGaWVsZFJlYWRlciwgZDogYW55KTogSWRsZURldGVjdGlvbiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSByLm1hcHBpbmcoZCwgJ2lkbGVfZGV0ZWN0aW9uJywgW10pO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhdGggPSBbJ2lkbGVfZGV0ZWN0aW9uJ107XG4gIHIudW5rbm93bktleXMobSwgSURMRSgpLCBwYXRoKTtcbiAgY29uc3Qgb3V0ID0gY2xlYW4oe1xuICAgIGVuYWJsZWQ6IHIuYm9vbChtLCAnZW5hYmxlZCcsIHBhdGgpLFxuICAgIGlkbGVUaHJlc2hvbGRNaW51dGVzOiByLmludChtLCAnaWRsZV90aHJlc2hvbGRfbWludXRlcycsIHBhdGgsIHsgbWluOiAxLCBtYXg6IDEwMDgwIH0pLFxuICAgIGhpYmVybmF0ZVRocmVzaG9sZE1pbnV0ZXM6IHIuaW50KG0sICdoaWJlcm5hdGVfdGhyZXNob2xkX21pbnV0ZXMnLCBwYXRoLCB7IG1pbjogMSwgbWF4OiAxMDA4MCB9KSxcbiAgICBjaGVja0ludGVydmFsTWludXRlczogci5pbnQobSwgJ2NoZWNrX2ludGVydmFsX21pbnV0ZXMnLCBwYXRoLCB7IG1pbjogMSwgbWF4OiAxNDQwIH0pLFxuICAgIGNwdVRocmVzaG9sZFBlcmNlbnQ6IHIubnVtKG0sICdjcHVfdGhyZXNob2xkX3BlcmNlbnQnLCBwYXRoLCB7IG1pbjogMCB9KSxcbiAgfSk7XG4gIGlmIChvdXQuaWRsZVRocmVzaG9sZE1pbnV0ZXMgIT09IHVuZGVmaW5lZCAmJiBvdXQuY2hlY2tJbnRlcnZhbE1pbnV0ZXMgIT09IHVuZGVmaW5lZCAmJiBvdXQuY2hlY2tJbnRlcnZhbE1pbnV0ZXMgPiBvdXQuaWRsZVRocmVzaG9sZE1pbnV0ZXMpIHtcbiAgICByLndhcm4oWy4uLnBhdGgsICdjaGVja19pbnRlcnZhbF9taW51dGVzJ10sICdpZGxlLWludGVydmFsJywgJ2NoZWNrcyBhcmUgbGVzcyBmcmVxdWVudCB0aGFuIHRoZSBpZGxlIHRocmVzaG9sZCwgc28gc3RvcHMgY29tZSBsYXRlJyxcbiAgICAgIG91dC5jaGVja0ludGVydmFsTWludXRlcywgYHVzZSBhIGNoZWNrIGludGVydmFsIG9mIGF0IG1vc3QgJHtvdXQuaWRsZVRocmVzaG9sZE1pbnV0ZXN9IG1pbnV0ZXNgKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiByZWFkSW5zdGFuY2VEZWZhdWx0cyhyOiBGaWVsZFJlYWRlciwgZDogYW55KTogSW5zdGFuY2VEZWZhdWx0cyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSByLm1hcHBpbmcoZCwgJ2luc3RhbmNlX2RlZmF1bHRzJywgW10pO1xuICBjb25zdCB0b3BQb3J0cyA9IHIuaW50TGlzdChkLCAncG9ydHMnLCBbXSwgeyBtaW46IDEsIG1heDogNjU1MzUgfSk7XG4gIGlmICghbSAmJiAhdG9wUG9ydHMpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhdGggPSBbJ2luc3RhbmNlX2RlZmF1bHRzJ107XG4gIHIudW5rbm93bktleXMobSwgSU5TVEFOQ0UoKSwgcGF0aCk7XG4gIGxldCBjb3N0OiBFc3RpbWF0ZWRDb3N0IHwgdW5kZWZpbmVkO1xuICBjb25zdCBjID0gbSA/IHIubWFwcGluZyhtLCAnZXN0aW1hdGVkX2Nvc3RfcGVyX2hvdXInLCBwYXRoKSA6IHVuZGVmaW5lZDtcbiAgaWYgKGMpIHtcbiAgICBjb25zdCBjcCA9IFsuLi5wYXRoLCAnZXN0aW1hdGVkX2Nvc3RfcGVyX2hvdXInXTtcbiAgICByLnVua25vd25LZXlzKGMsIENPU1QoKSwgY3ApO1xuICAgIGNvc3QgPSBjbGVhbih7IHg4Njogci5udW0oYywgJ3g4Nl82NCcsIGNwLCB7IG1pbjogMCB9KSwgYXJtNjQ6IHIubnVtKGMsICdhcm02NCcsIGNwLCB7IG1pbjogMCB9KSB9KTtcbiAgfVxuICBjb25zdCB0eXBlID0gbSA/IHIuc3RyKG0sICd0eXBlJywgcGF0aCkgOiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlICE9PSB1bmRlZmluZWQgJiYgIS9eW2Etel1bYS16MC05LV0qXFwuW2EtejAtOV0rJC8udGVzdCh0eXBlKSkge1xuICAgIHIuZXJyb3IoWy4uLnBhdGgsICd0eXBlJ10sICdpbnZhbGlkLWluc3RhbmNlLXR5cGUnLCAnaW5zdGFuY2UgdHlwZSBtdXN0IGxvb2sgbGlrZSBmYW1pbHkuc2l6ZScsIHR5cGUsICd3cml0ZSBhIHR5cGUgc3VjaCBhcyB0My5sYXJnZScpO1xuICB9XG4gIGNvbnN0IHBvcnRzID0gWy4uLm5ldyBTZXQoWy4uLihtID8gci5pbnRMaXN0KG0sICdwb3J0cycsIHBhdGgsIHsgbWluOiAxLCBtYXg6IDY1NTM1IH0pID8/IFtdIDogW10pLCAuLi4odG9wUG9ydHMgPz8gW10pXSldO1xuICByZXR1cm4gY2xlYW4oe1xuICAgIHR5cGUsXG4gICAgcG9ydHM6IHBvcnRzLmxlbmd0aCA/IHBvcnRzIDogdW5kZWZpbmVkLFxuICAgIHJvb3RWb2x1bWVHYjogbSA/IHIuaW50KG0sICdyb290X3ZvbHVtZV9nYicsIHBhdGgsIHsgbWluOiA4LCBtYXg6IDE2Mzg0IH0pIDogdW5kZWZpbmVkLFxuICAgIGVzdGltYXRlZENvc3RQZXJIb3VyOiBjb3N0LFxuICAgIGluc3RhbmNlVHlwZVByZWZlcmVuY2U6IG0gPyByLnN0ckxpc3QobSwgJ2luc3RhbmNlX3R5cGVfcHJlZmVyZW5jZScsIHBhdGgpIDogdW5kZWZpbmVkLFxuICB9KTtcbn1cblxuZnVuY3Rpb24gcmVhZFBhcmFtZXRlcnMocjogRmllbGRSZWFkZXIsIGQ6IGFueSk6IFRlbXBsYXRlUGFyYW1ldGVyW10gfCB1bmRlZmluZWQge1xuICBjb25zdCByYXcgPSBkLnBhcmFtZXRlcnM7XG4gIGlmIChyYXcgPT09IHVuZGVmaW5lZCB8fCByYXcgPT09IG51bGwpIHJldHVybiB1bmRlZmluZWQ7XG4gIGxldCBlbnRyaWVzOiBBcnJheTxbc3RyaW5nIHwgdW5kZWZpbmVkLCBhbnksIFlhbWxQYXRoXT47XG4gIGlmIChBcnJheS5pc0FycmF5KHJhdykpIHtcbiAgICBlbnRyaWVzID0gcmF3Lm1hcCgocCwgaSkgPT4gW3A/Lm5hbWUsIHAsIFsncGFyYW1ldGVycycsIGldXSk7XG4gIH0gZWxzZSBpZiAodHlwZW9mIHJhdyA9PT0gJ29iamVjdCcpIHtcbiAgICBlbnRyaWVzID0gT2JqZWN0LmVudHJpZXMocmF3KS5tYXAoKFtrLCBwXSkgPT4gW2ssIHAsIFsncGFyYW1ldGVycycsIGtdXSk7XG4gIH0gZWxzZSB7XG4gICAgci5leHBlY3QoWydwYXJhbWV0ZXJzJ10sIHJhdywgJ2EgbWFwcGluZyBvZiBwYXJhbWV0ZXIgbmFtZXMgdG8gZGVmaW5pdGlvbnMnKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGNvbnN0IG91dDogVGVtcGxhdGVQYXJhbWV0ZXJbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtrZXksIHAsIHBhdGhdIG9mIGVudHJpZXMpIHtcbiAgICBpZiAoIXAgfHwgdHlwZW9mIHAgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkocCkpIHtcbiAgICAgIHIuZXhwZWN0KHBhdGgsIHAsICdhIHBhcmFtZXRlciAodHlwZSwgZGVmYXVsdCwgLi4uKScpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIHIudW5rbm93bktleXMocCwgUEFSQU0oKSwgcGF0aCk7XG4gICAgY29uc3QgbmFtZSA9IHIuc3RyKHAsICduYW1lJywgcGF0aCkgPz8ga2V5O1xuICAgIGlmICghbmFtZSB8fCAhL15bQS1aYS16X11bQS1aYS16MC05X10qJC8udGVzdChuYW1lKSkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ25hbWUnXSwgJ2ludmFsaWQtcGFyYW1ldGVyLW5hbWUnLCAncGFyYW1ldGVyIG5hbWVzIGFyZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIHVuZGVyc2NvcmVzJywgbmFtZSwgJ3JlbmFtZSBpdCwgZS5nLiBweXRob25fdmVyc2lvbicpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChrZXkgJiYgcC5uYW1lICYmIHAubmFtZSAhPT0ga2V5KSB7XG4gICAgICByLmVycm9yKFsuLi5wYXRoLCAnbmFtZSddLCAncGFyYW1ldGVyLW5hbWUtbWlzbWF0Y2gnLCBgcGFyYW1ldGVyIGlzIGxpc3RlZCB1bmRlciBcIiR7a2V5fVwiIGJ1dCBuYW1lZCBcIiR7cC5uYW1lfVwiYCwgcC5uYW1lLCBgdXNlIG5hbWU6ICR7a2V5fWApO1xuICAgIH1cbiAgICBjb25zdCB0eXBlVGV4dCA9IHIuc3RyKHAsICd0eXBlJywgcGF0aCk7XG4gICAgaWYgKHR5cGVUZXh0ICE9PSB1bmRlZmluZWQgJiYgIU9iamVjdC52YWx1ZXMoUGFyYW1ldGVyVHlwZSkuaW5jbHVkZXModHlwZVRleHQgYXMgUGFyYW1ldGVyVHlwZSkpIHtcbiAgICAgIHIuZXJyb3IoWy4uLnBhdGgsICd0eXBlJ10sICdpbnZhbGlkLXZhbHVlJywgJ3Vua25vd24gcGFyYW1ldGVyIHR5cGUnLCB0eXBlVGV4dCwgYHVzZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKFBhcmFtZXRlclR5cGUpLmpvaW4oJywgJyl9YCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgLy8gVW5zZXQgd2hlbiBub3Qgd3JpdHRlbiwgc28gYSBjaGlsZCBjYW4gb3ZlcnJpZGUgb25seSBhIHBhcmVudCBwYXJhbWV0ZXIncyBkZWZhdWx0LlxuICAgIGNvbnN0IHR5cGUgPSB0eXBlVGV4dCBhcyBQYXJhbWV0ZXJUeXBlIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IGNob2ljZXMgPSByLnN0ckxpc3QocCwgJ2Nob2ljZXMnLCBwYXRoKTtcbiAgICBjb25zdCBtaW4gPSByLm51bShwLCAnbWluJywgcGF0aCk7XG4gICAgY29uc3QgbWF4ID0gci5udW0ocCwgJ21heCcsIHBhdGgpO1xuICAgIGNvbnN0IHBhdHRlcm4gPSByLnN0cihwLCAncGF0dGVybicsIHBhdGgpO1xuICAgIGNvbnN0IHBhcmFtOiBUZW1wbGF0ZVBhcmFtZXRlciA9IGNsZWFuKHtcbiAgICAgIG5hbWUsXG4gICAgICB0eXBlLFxuICAgICAgZGVmYXVsdDogcC5kZWZhdWx0ID09PSBudWxsIHx8IHAuZGVmYXVsdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogU3RyaW5nKHAuZGVmYXVsdCksXG4gICAgICBjaG9pY2VzLFxuICAgICAgbWluLFxuICAgICAgbWF4LFxuICAgICAgcGF0dGVybixcbiAgICAgIHJlcXVpcmVkOiByLmJvb2wocCwgJ3JlcXVpcmVkJywgcGF0aCksXG4gICAgICBkZXNjcmlwdGlvbjogci5zdHIocCwgJ2Rlc2NyaXB0aW9uJywgcGF0aCksXG4gICAgICBkaXNwbGF5TmFtZTogci5zdHIocCwgJ2Rpc3BsYXlfbmFtZScsIHBhdGgpLFxuICAgICAgYWxsb3dMZWFkaW5nRGFzaDogci5ib29sKHAsICdhbGxvd19sZWFkaW5nX2Rhc2gnLCBwYXRoKSxcbiAgICB9KTtcbiAgICBpZiAodHlwZSA9PT0gUGFyYW1ldGVyVHlwZS5DSE9JQ0UgJiYgIShjaG9pY2VzICYmIGNob2ljZXMubGVuZ3RoKSkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ2Nob2ljZXMnXSwgJ21pc3NpbmctZmllbGQnLCAnYSBjaG9pY2UgcGFyYW1ldGVyIG5lZWRzIGNob2ljZXMnLCB1bmRlZmluZWQsICdhZGQgY2hvaWNlczogW1wiYVwiLCBcImJcIl0nKTtcbiAgICB9XG4gICAgaWYgKG1pbiAhPT0gdW5kZWZpbmVkICYmIG1heCAhPT0gdW5kZWZpbmVkICYmIG1pbiA+IG1heCkge1xuICAgICAgci5lcnJvcihbLi4ucGF0aCwgJ21pbiddLCAnaW52YWxpZC1yYW5nZScsIGBtaW4gKCR7bWlufSkgaXMgZ3JlYXRlciB0aGFuIG1heCAoJHttYXh9KWAsIG1pbiwgJ3N3YXAgbWluIGFuZCBtYXgnKTtcbiAgICB9XG4gICAgaWYgKHBhdHRlcm4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgbmV3IFJlZ0V4cChwYXR0ZXJuKTtcbiAgICAgIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgICAgICByLmVycm9yKFsuLi5wYXRoLCAncGF0dGVybiddLCAnaW52YWxpZC1wYXR0ZXJuJywgYHBhdHRlcm4gaXMgbm90IGEgdmFsaWQgcmVndWxhciBleHByZXNzaW9uOiAke2UubWVzc2FnZX1gLCBwYXR0ZXJuLCAnZml4IHRoZSByZWd1bGFyIGV4cHJlc3Npb24nKTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHBhcmFtLmRlZmF1bHQgIT09IHVuZGVmaW5lZCAmJiBwYXJhbS5kZWZhdWx0ICE9PSAnJykge1xuICAgICAgY29uc3QgcHJvYmxlbVRleHQgPSBjaGVja1BhcmFtZXRlclZhbHVlKHBhcmFtLCBwYXJhbS5kZWZhdWx0KTtcbiAgICAgIGlmIChwcm9ibGVtVGV4dCkge1xuICAgICAgICByLmVycm9yKFsuLi5wYXRoLCAnZGVmYXVsdCddLCAnaW52YWxpZC1kZWZhdWx0JywgYGRlZmF1bHQgdmFsdWUgJHtwcm9ibGVtVGV4dH1gLCBwLmRlZmF1bHQsXG4gICAgICAgICAgcHJvYmxlbVRleHQuaW5jbHVkZXMoJ3N0YXJ0cyB3aXRoIFwiLVwiJykgPyBsZWFkaW5nRGFzaEZpeChuYW1lKSA6ICdjaGFuZ2UgdGhlIGRlZmF1bHQgdG8gYSB2YWxpZCB2YWx1ZScpO1xuICAgICAgfVxuICAgIH1cbiAgICBvdXQucHVzaChwYXJhbSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIENoYXJhY3RlcnMgYSBwYXJhbWV0ZXIgdmFsdWUgbWF5IGNvbnRhaW46IG5vdGhpbmcgYSBzaGVsbCB0cmVhdHMgc3BlY2lhbGx5LiAqL1xuZXhwb3J0IGNvbnN0IFNBRkVfUEFSQU1FVEVSX1ZBTFVFID0gL15bQS1aYS16MC05IF8uLDovPStAJS1dKiQvO1xuXG4vKiogV2h5IGEgdGVtcGxhdGUgYWNjb3VudCBtYXkgbm90IGhhdmUgYSBzeXN0ZW0gbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNlcnZlZFVzZXJNZXNzYWdlKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgXCIke25hbWV9XCIgaXMgYSBzeXN0ZW0gb3IgaW1hZ2UgYWNjb3VudDogYSB0ZW1wbGF0ZSBhY2NvdW50IG9mIHRoYXQgbmFtZSB3b3VsZCB0YWtlIGl0IG92ZXIgKGFuZCBpdHMgZ3JvdXBzIGFuZCBzdWRvIHJpZ2h0cylgO1xufVxuXG4vKiogVGhlIGZpeCBmb3IgYSByZXNlcnZlZCB0ZW1wbGF0ZSBhY2NvdW50IG5hbWUuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzZXJ2ZWRVc2VyRml4KG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgcmVuYW1lIHRoZSBhY2NvdW50IChlLmcuIFwiJHtuYW1lLnJlcGxhY2UoL1teYS16MC05XS9nLCAnJyl9LXN2Y1wiKSwgb3IgZHJvcCBpdDogcmVzZWFyY2ggdXNlcnMgY29tZSBmcm9tIHRoZSBsYWIncyByZWdpc3RyeWA7XG59XG5cbi8qKiBUaGUgZml4IGZvciBhIHZhbHVlIHJlZnVzZWQgZm9yIGl0cyBsZWFkaW5nIGRhc2guICovXG5leHBvcnQgZnVuY3Rpb24gbGVhZGluZ0Rhc2hGaXgobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGByZW1vdmUgdGhlIGxlYWRpbmcgXCItXCI7IGlmICR7bmFtZX0gaXMgbWVhbnQgdG8gY2FycnkgYSBjb21tYW5kIG9wdGlvbiwgZGVjbGFyZSBhbGxvd19sZWFkaW5nX2Rhc2g6IHRydWUgb24gdGhlIHBhcmFtZXRlcmA7XG59XG5cbi8qKiBDaGVja3MgYSB2YWx1ZSBhZ2FpbnN0IGEgcGFyYW1ldGVyOyByZXR1cm5zIHdoYXQgaXMgd3JvbmcsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja1BhcmFtZXRlclZhbHVlKHA6IFRlbXBsYXRlUGFyYW1ldGVyLCB2YWx1ZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgLy8gQSB2YWx1ZSBhIGNvbW1hbmQgcmVhZHMgYXMgYW4gb3B0aW9uICh0YXIgLS1jaGVja3BvaW50LWFjdGlvbj1leGVjPS4uLiwgZmluZCAtZGVsZXRlKSBpc1xuICAvLyBjb2RlLCBldmVuIHdoZW4gcXVvdGVkOiByZWZ1c2VkIHVubGVzcyB0aGUgcGFyYW1ldGVyIHNheXMgaXQgY2FycmllcyBvcHRpb25zLlxuICBpZiAocC50eXBlICE9PSBQYXJhbWV0ZXJUeXBlLkNIT0lDRSAmJiBwLnR5cGUgIT09IFBhcmFtZXRlclR5cGUuQk9PTCAmJiB2YWx1ZS5zdGFydHNXaXRoKCctJykgJiYgcC5hbGxvd0xlYWRpbmdEYXNoICE9PSB0cnVlKSB7XG4gICAgcmV0dXJuICdzdGFydHMgd2l0aCBcIi1cIiwgc28gYSBjb21tYW5kIHdvdWxkIHJlYWQgaXQgYXMgYW4gb3B0aW9uJztcbiAgfVxuICBzd2l0Y2ggKHAudHlwZSkge1xuICAgIGNhc2UgUGFyYW1ldGVyVHlwZS5JTlQ6IHtcbiAgICAgIGlmICghL14tP1xcZCskLy50ZXN0KHZhbHVlKSkgcmV0dXJuICdpcyBub3QgYSB3aG9sZSBudW1iZXInO1xuICAgICAgY29uc3QgbiA9IE51bWJlcih2YWx1ZSk7XG4gICAgICBpZiAocC5taW4gIT09IHVuZGVmaW5lZCAmJiBuIDwgcC5taW4pIHJldHVybiBgaXMgYmVsb3cgdGhlIG1pbmltdW0gJHtwLm1pbn1gO1xuICAgICAgaWYgKHAubWF4ICE9PSB1bmRlZmluZWQgJiYgbiA+IHAubWF4KSByZXR1cm4gYGlzIGFib3ZlIHRoZSBtYXhpbXVtICR7cC5tYXh9YDtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICAgIGNhc2UgUGFyYW1ldGVyVHlwZS5CT09MOlxuICAgICAgcmV0dXJuIHZhbHVlID09PSAndHJ1ZScgfHwgdmFsdWUgPT09ICdmYWxzZScgPyB1bmRlZmluZWQgOiAnaXMgbm90IHRydWUgb3IgZmFsc2UnO1xuICAgIGNhc2UgUGFyYW1ldGVyVHlwZS5DSE9JQ0U6XG4gICAgICByZXR1cm4gKHAuY2hvaWNlcyA/PyBbXSkuaW5jbHVkZXModmFsdWUpID8gdW5kZWZpbmVkIDogYGlzIG5vdCBvbmUgb2YgJHsocC5jaG9pY2VzID8/IFtdKS5qb2luKCcsICcpfWA7XG4gICAgZGVmYXVsdDpcbiAgICAgIGlmIChwLnBhdHRlcm4gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBsZXQgcmU6IFJlZ0V4cCB8IHVuZGVmaW5lZDtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICByZSA9IG5ldyBSZWdFeHAocC5wYXR0ZXJuKTtcbiAgICAgICAgfSBjYXRjaCB7XG4gICAgICAgICAgcmUgPSB1bmRlZmluZWQ7IC8vIHJlcG9ydGVkIGFzIGludmFsaWQtcGF0dGVybiB3aGVyZSB0aGUgcGFyYW1ldGVyIGlzIGRlZmluZWRcbiAgICAgICAgfVxuICAgICAgICBpZiAocmUgJiYgIXJlLnRlc3QodmFsdWUpKSByZXR1cm4gYGRvZXMgbm90IG1hdGNoIHRoZSBwYXR0ZXJuICR7cC5wYXR0ZXJufWA7XG4gICAgICB9XG4gICAgICBpZiAoIVNBRkVfUEFSQU1FVEVSX1ZBTFVFLnRlc3QodmFsdWUpKSB7XG4gICAgICAgIGNvbnN0IGJhZCA9IFsuLi5uZXcgU2V0KHZhbHVlLnJlcGxhY2UoL1tBLVphLXowLTkgXy4sOi89K0AlLV0vZywgJycpKV0uam9pbignJyk7XG4gICAgICAgIHJldHVybiBgY29udGFpbnMgY2hhcmFjdGVycyB0aGF0IGFyZSBub3QgYWxsb3dlZCBpbiBwcm92aXNpb25pbmcgc2NyaXB0cyAoJHtKU09OLnN0cmluZ2lmeShiYWQpfSlgO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5mdW5jdGlvbiByZWFkUmVzZWFyY2hVc2VyKHI6IEZpZWxkUmVhZGVyLCBkOiBhbnkpOiBSZXNlYXJjaFVzZXJTZXR0aW5ncyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IG0gPSByLm1hcHBpbmcoZCwgJ3Jlc2VhcmNoX3VzZXInLCBbXSk7XG4gIGlmICghbSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcGF0aCA9IFsncmVzZWFyY2hfdXNlciddO1xuICByLnVua25vd25LZXlzKG0sIFJFU0VBUkNIX1VTRVIoKSwgcGF0aCk7XG4gIGNvbnN0IG1vdW50ID0gci5zdHIobSwgJ2Vmc19tb3VudF9wb2ludCcsIHBhdGgpO1xuICBpZiAobW91bnQgIT09IHVuZGVmaW5lZCAmJiAhbW91bnQuaW5jbHVkZXMoJ3t7JykgJiYgIS9eXFwvW0EtWmEtejAtOS5fLy1dKiQvLnRlc3QobW91bnQpKSB7XG4gICAgci5lcnJvcihbLi4ucGF0aCwgJ2Vmc19tb3VudF9wb2ludCddLCAnaW52YWxpZC1wYXRoJywgJ21vdW50IHBvaW50IG11c3QgYmUgYW4gYWJzb2x1dGUgcGF0aCBvZiBzYWZlIGNoYXJhY3RlcnMnLCBtb3VudCwgJ3dyaXRlIGUuZy4gL3NoYXJlZCcpO1xuICB9XG4gIHJldHVybiBjbGVhbih7XG4gICAgYXV0b0NyZWF0ZTogci5ib29sKG0sICdhdXRvX2NyZWF0ZScsIHBhdGgpLFxuICAgIHJlcXVpcmVFZnM6IHIuYm9vbChtLCAncmVxdWlyZV9lZnMnLCBwYXRoKSxcbiAgICBlZnNNb3VudFBvaW50OiBtb3VudCxcbiAgICBlZnNIb21lU3ViZGlyZWN0b3J5OiByLnN0cihtLCAnZWZzX2hvbWVfc3ViZGlyZWN0b3J5JywgcGF0aCksXG4gICAgaW5zdGFsbFNzaEtleXM6IHIuYm9vbChtLCAnaW5zdGFsbF9zc2hfa2V5cycsIHBhdGgpLFxuICAgIGRlZmF1bHRTaGVsbDogci5zdHIobSwgJ2RlZmF1bHRfc2hlbGwnLCBwYXRoKSxcbiAgICBkZWZhdWx0R3JvdXBzOiByLnN0ckxpc3QobSwgJ2RlZmF1bHRfZ3JvdXBzJywgcGF0aCksXG4gICAgZGVmYXVsdEVudmlyb25tZW50OiByLnN0cmluZ01hcChtLCAnZGVmYXVsdF9lbnZpcm9ubWVudCcsIHBhdGgpLFxuICB9KTtcbn1cblxuZnVuY3Rpb24gcmVhZEFtaShyOiBGaWVsZFJlYWRlciwgZDogYW55KTogQW1pU2V0dGluZ3MgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gci5tYXBwaW5nKGQsICdhbWlfY29uZmlnJywgW10pO1xuICBpZiAoIW0pIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHBhdGggPSBbJ2FtaV9jb25maWcnXTtcbiAgci51bmtub3duS2V5cyhtLCBBTUkoKSwgcGF0aCk7XG4gIGNvbnN0IGFtaXM6IHsgW3JlZ2lvbjogc3RyaW5nXTogeyBbYXJjaDogc3RyaW5nXTogc3RyaW5nIH0gfSA9IHt9O1xuICBjb25zdCBieVJlZ2lvbiA9IHIubWFwcGluZyhtLCAnYW1pcycsIHBhdGgpO1xuICBmb3IgKGNvbnN0IFtyZWdpb24sIHZdIG9mIE9iamVjdC5lbnRyaWVzKGJ5UmVnaW9uID8/IHt9KSkge1xuICAgIGlmICh0eXBlb2YgdiA9PT0gJ3N0cmluZycpIHtcbiAgICAgIGFtaXNbcmVnaW9uXSA9IHsgYW55OiB2IH07XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgYXJjaE1hcCA9IHIuc3RyaW5nTWFwKGJ5UmVnaW9uLCByZWdpb24sIFsuLi5wYXRoLCAnYW1pcyddKTtcbiAgICBpZiAoYXJjaE1hcCkgYW1pc1tyZWdpb25dID0gYXJjaE1hcDtcbiAgfVxuICBjb25zdCBtYXBwaW5ncyA9IHIuc3RyaW5nTWFwKG0sICdhbWlfbWFwcGluZ3MnLCBwYXRoKTtcbiAgZm9yIChjb25zdCBbcmVnaW9uLCBhbWldIG9mIE9iamVjdC5lbnRyaWVzKG1hcHBpbmdzID8/IHt9KSkge1xuICAgIGFtaXNbcmVnaW9uXSA9IHsgLi4uKGFtaXNbcmVnaW9uXSA/PyB7fSksIGFueTogYW1pIH07XG4gIH1cbiAgZm9yIChjb25zdCBbcmVnaW9uLCBhcmNoc10gb2YgT2JqZWN0LmVudHJpZXMoYW1pcykpIHtcbiAgICBmb3IgKGNvbnN0IFthcmNoLCBhbWldIG9mIE9iamVjdC5lbnRyaWVzKGFyY2hzKSkge1xuICAgICAgaWYgKCEvXmFtaS1bMC05YS1mXXs4LDE3fSQvLnRlc3QoYW1pKSkge1xuICAgICAgICByLmVycm9yKFsuLi5wYXRoLCAnYW1pcycsIHJlZ2lvbiwgYXJjaF0sICdpbnZhbGlkLWFtaScsICdub3QgYW4gQU1JIGlkJywgYW1pLCAnd3JpdGUgYW4gaWQgbGlrZSBhbWktMDEyMzQ1Njc4OWFiY2RlZjAnKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIGNsZWFuKHtcbiAgICBhbWlzOiBPYmplY3Qua2V5cyhhbWlzKS5sZW5ndGggPyBhbWlzIDogdW5kZWZpbmVkLFxuICAgIHNzaFVzZXI6IHIuc3RyKG0sICdzc2hfdXNlcicsIHBhdGgpLFxuICAgIHVzZXJEYXRhU2NyaXB0OiByLnN0cihtLCAndXNlcl9kYXRhX3NjcmlwdCcsIHBhdGgpLFxuICAgIGluc3RhbmNlVHlwZXM6IHIuc3RyaW5nTWFwKG0sICdpbnN0YW5jZV90eXBlcycsIHBhdGgpLFxuICB9KTtcbn1cblxuZXhwb3J0IHsgY2xlYW4gfSBmcm9tICcuL2NsZWFuJztcbiJdfQ==