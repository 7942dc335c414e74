"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Resolver = exports.BUILTIN_VALUES = void 0;
exports.systemPackageManager = systemPackageManager;
exports.detectConnectionType = detectConnectionType;
exports.mergeDefinitions = mergeDefinitions;
const errors_1 = require("../errors");
const sizes_1 = require("../sizes");
const template_1 = require("../template");
const error_1 = require("./error");
const go_template_1 = require("./go-template");
const posix_1 = require("./posix");
const privilege_1 = require("./privilege");
const shell_render_1 = require("./shell-render");
const template_parser_1 = require("./template-parser");
/** Values every template may use without declaring them. */
exports.BUILTIN_VALUES = {
    // Services listen on loopback unless a template asks otherwise; reach them through a port forward.
    WebInterfaceBindIP: '127.0.0.1',
};
const WEB_SERVICE = /^(jupyter|jupyterlab|jupyterhub|rstudio|rstudio-server|code-server|streamlit|mlflow|tensorboard|shiny|shiny-server)/;
const WEB_PORTS = new Set([8888, 8787, 8080, 8501, 5000, 6006, 3838]);
const DESKTOP_PACKAGE = /^(ubuntu-desktop|xubuntu-desktop|xfce4|gnome|kde-|mate-desktop|xrdp|nice-dcv|dcv)/;
const DESKTOP_SERVICE = /^(gdm|gdm3|lightdm|xrdp|dcvserver|dcv)$/;
/** The default package manager of a base system. */
function systemPackageManager(os) {
    switch (os) {
        case template_1.OperatingSystem.ROCKY_9:
        case template_1.OperatingSystem.AMAZON_LINUX_2023:
            return template_1.PackageManager.DNF;
        case template_1.OperatingSystem.AMI_BASED:
            return template_1.PackageManager.AMI;
        default:
            return template_1.PackageManager.APT;
    }
}
/** Decides the connection type from services and packages. */
function detectConnectionType(def) {
    const web = (def.services ?? []).some((s) => s.enable !== false && (WEB_SERVICE.test(s.name) || (s.port !== undefined && WEB_PORTS.has(s.port))));
    const desktop = (def.packages?.system ?? []).some((p) => DESKTOP_PACKAGE.test(p))
        || (def.services ?? []).some((s) => DESKTOP_SERVICE.test(s.name));
    if (web && desktop)
        return template_1.ConnectionType.ALL;
    if (desktop)
        return template_1.ConnectionType.DCV;
    if (web)
        return template_1.ConnectionType.WEB;
    return template_1.ConnectionType.SSH;
}
function appendUnique(a, b) {
    if (!a && !b)
        return undefined;
    const out = [...(a ?? [])];
    for (const x of b ?? [])
        if (!out.includes(x))
            out.push(x);
    return out;
}
function mergeByKey(a, b, key, merge) {
    if (!a && !b)
        return undefined;
    const out = [...(a ?? [])];
    for (const item of b ?? []) {
        const i = out.findIndex((x) => key(x) === key(item));
        if (i >= 0)
            out[i] = merge(out[i], item);
        else
            out.push(item);
    }
    return out;
}
function mergeObj(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return (0, template_parser_1.clean)({ ...a, ...b });
}
function joinScripts(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return `${a.replace(/\s+$/, '')}\n\n${b}`;
}
/**
 * Merges a child template over its (already merged) parent. The rules:
 * package lists are appended without duplicates; services, users, parameters and files
 * are merged by name (destination for files), the child's fields winning; tags, variables
 * and nested settings are merged key by key, the child winning; scripts (post_install,
 * user_data) run parent first, then child; any other value is the child's when it sets it.
 * Identity (name, slug, description, inherits) is never inherited.
 */
function mergeDefinitions(parent, child) {
    const packages = parent.packages || child.packages ? (0, template_parser_1.clean)({
        system: appendUnique(parent.packages?.system, child.packages?.system),
        conda: appendUnique(parent.packages?.conda, child.packages?.conda),
        pip: appendUnique(parent.packages?.pip, child.packages?.pip),
        spack: appendUnique(parent.packages?.spack, child.packages?.spack),
    }) : undefined;
    const inst = parent.instanceDefaults || child.instanceDefaults ? (0, template_parser_1.clean)({
        ...parent.instanceDefaults,
        ...child.instanceDefaults,
        ports: appendUnique(parent.instanceDefaults?.ports?.map(String), child.instanceDefaults?.ports?.map(String))?.map(Number),
        estimatedCostPerHour: mergeObj(parent.instanceDefaults?.estimatedCostPerHour, child.instanceDefaults?.estimatedCostPerHour),
    }) : undefined;
    return (0, template_parser_1.clean)({
        ...parent,
        ...child,
        name: child.name,
        slug: child.slug,
        description: child.description,
        longDescription: child.longDescription,
        inherits: child.inherits,
        // How users connect is decided per template: a child adding a web service or a desktop
        // must not inherit its parent's explicit "ssh".
        connectionType: child.connectionType,
        source: child.source,
        base: child.base ?? parent.base,
        packages,
        services: mergeByKey(parent.services, child.services, (s) => s.name, (x, y) => (0, template_parser_1.clean)({ ...x, ...y })),
        users: mergeByKey(parent.users, child.users, (u) => u.name, (x, y) => (0, template_parser_1.clean)({ ...x, ...y, groups: appendUnique(x.groups, y.groups) })),
        files: mergeByKey(parent.files, child.files, (f) => f.destination, (_x, y) => y),
        parameters: mergeByKey(parent.parameters, child.parameters, (p) => p.name, (x, y) => (0, template_parser_1.clean)({ ...x, ...y })),
        postInstall: joinScripts(parent.postInstall, child.postInstall),
        userData: joinScripts(parent.userData, child.userData),
        variables: mergeObj(parent.variables, child.variables),
        tags: mergeObj(parent.tags, child.tags),
        idleDetection: mergeObj(parent.idleDetection, child.idleDetection),
        researchUser: mergeObj(parent.researchUser, child.researchUser),
        amiConfig: mergeObj(parent.amiConfig, child.amiConfig),
        instanceDefaults: inst,
    });
}
/**
 * Renders every `{{.name}}` in a definition's text fields. Errors point at the action in
 * the file the field came from.
 */
function renderDefinition(entry, values, dataNames = new Set()) {
    const def = entry.definition;
    const errors = [];
    const fieldOf = (path) => path.map((p) => typeof p === 'number' ? `[${p}]` : p).join('.').replace(/\.\[/g, '[');
    // Scripts: free-text values are written as quoted data (see shell-render.ts).
    const sh = (text, path) => {
        if (text === undefined || !text.includes('{{'))
            return text;
        try {
            const out = (0, shell_render_1.renderShellTemplate)(text, values, (n) => dataNames.has(n));
            for (const p of out.problems) {
                errors.push((0, error_1.problem)({
                    code: p.code,
                    message: p.message,
                    field: fieldOf(path),
                    value: p.snippet,
                    fix: p.fix,
                    location: entry.source ? entry.source.locateWithin(path, p.snippet) : { file: def.source },
                }));
            }
            return out.text;
        }
        catch (e) {
            if (e instanceof go_template_1.TemplateSyntaxError)
                return r(text, path);
            throw e;
        }
    };
    const r = (text, path) => {
        if (text === undefined || !text.includes('{{'))
            return text;
        try {
            return (0, go_template_1.renderGoTemplate)(text, values);
        }
        catch (e) {
            if (e instanceof go_template_1.TemplateSyntaxError) {
                errors.push((0, error_1.problem)({
                    code: 'template-expression',
                    message: e.message,
                    field: path.map((p) => typeof p === 'number' ? `[${p}]` : p).join('.').replace(/\.\[/g, '['),
                    value: e.snippet,
                    fix: e.fix,
                    location: entry.source ? entry.source.locateWithin(path, e.snippet) : { file: def.source },
                }));
                return text;
            }
            throw e;
        }
    };
    const rl = (list, path) => list?.map((x, i) => r(x, [...path, i]));
    const out = (0, template_parser_1.clean)({
        ...def,
        description: r(def.description, ['description']),
        longDescription: r(def.longDescription, ['long_description']),
        packages: def.packages ? (0, template_parser_1.clean)({
            system: rl(def.packages.system, ['packages', 'system']),
            conda: rl(def.packages.conda, ['packages', 'conda']),
            pip: rl(def.packages.pip, ['packages', 'pip']),
            spack: rl(def.packages.spack, ['packages', 'spack']),
        }) : undefined,
        services: def.services?.map((s, i) => (0, template_parser_1.clean)({
            ...s,
            name: r(s.name, ['services', i, 'name']),
            config: rl(s.config, ['services', i, 'config']),
            bindAddress: r(s.bindAddress, ['services', i, 'bind_address']),
            command: sh(s.command, ['services', i, 'command']),
        })),
        users: def.users?.map((u, i) => (0, template_parser_1.clean)({
            ...u,
            name: r(u.name, ['users', i, 'name']),
            groups: rl(u.groups, ['users', i, 'groups']),
            shell: r(u.shell, ['users', i, 'shell']),
        })),
        files: def.files?.map((f, i) => (0, template_parser_1.clean)({
            ...f,
            destination: r(f.destination, ['files', i, 'destination']),
            content: r(f.content, ['files', i, 'content']),
            source: r(f.source, ['files', i, 'source']),
            owner: r(f.owner, ['files', i, 'owner']),
            group: r(f.group, ['files', i, 'group']),
        })),
        postInstall: sh(def.postInstall, ['post_install']),
        userData: sh(def.userData, ['user_data']),
        tags: def.tags ? Object.fromEntries(Object.entries(def.tags).map(([k, v]) => [k, r(v, ['tags', k])])) : undefined,
        instanceDefaults: def.instanceDefaults ? (0, template_parser_1.clean)({ ...def.instanceDefaults, type: r(def.instanceDefaults.type, ['instance_defaults', 'type']) }) : undefined,
        amiConfig: def.amiConfig ? (0, template_parser_1.clean)({ ...def.amiConfig, userDataScript: sh(def.amiConfig.userDataScript, ['ami_config', 'user_data_script']) }) : undefined,
        researchUser: def.researchUser ? (0, template_parser_1.clean)({
            ...def.researchUser,
            efsMountPoint: r(def.researchUser.efsMountPoint, ['research_user', 'efs_mount_point']),
            efsHomeSubdirectory: r(def.researchUser.efsHomeSubdirectory, ['research_user', 'efs_home_subdirectory']),
            defaultShell: r(def.researchUser.defaultShell, ['research_user', 'default_shell']),
            defaultGroups: rl(def.researchUser.defaultGroups, ['research_user', 'default_groups']),
            defaultEnvironment: def.researchUser.defaultEnvironment
                ? Object.fromEntries(Object.entries(def.researchUser.defaultEnvironment).map(([k, v]) => [k, r(v, ['research_user', 'default_environment', k])]))
                : undefined,
        }) : undefined,
    });
    if (errors.length)
        throw new error_1.WorkspaceInputError(errors, errors.length > 1 ? `${def.source}: template "${def.slug}" has ${errors.length} problems` : undefined);
    return out;
}
/**
 * Resolves a template: inheritance, parameters, rendering and the checks that need the
 * whole picture.
 */
class Resolver {
    lookup;
    known;
    constructor(lookup, known) {
        this.lookup = lookup;
        this.known = known;
    }
    resolve(req) {
        const entry = this.mustFind(req.key, [], undefined);
        const warnings = [...entry.warnings];
        // 1. Inheritance order: parents depth-first, left to right, each once, the template last.
        const order = [];
        this.collect(entry, [], order, warnings);
        const chain = order.map((e) => e.definition.slug);
        // 2. Parameters: merged over the chain, then values checked.
        let mergedParams = [];
        for (const e of order) {
            mergedParams = mergeByKey(mergedParams, e.definition.parameters, (p) => p.name, (x, y) => (0, template_parser_1.clean)({ ...x, ...y })) ?? [];
        }
        mergedParams = mergedParams.map((p) => ({ ...p, type: p.type ?? template_1.ParameterType.STRING }));
        const given = req.parameters ?? {};
        const paramErrors = [];
        const values = {};
        for (const p of mergedParams) {
            const v = given[p.name] ?? p.default;
            if (v === undefined || (v === '' && p.required)) {
                if (p.required) {
                    paramErrors.push((0, error_1.problem)({
                        code: 'missing-parameter',
                        message: `parameter "${p.name}" is required`,
                        field: `parameters.${p.name}`,
                        fix: `pass a value for ${p.name}${p.choices ? ` (one of ${p.choices.join(', ')})` : ''}`,
                        location: { file: entry.definition.source },
                    }));
                }
                values[p.name] = '';
                continue;
            }
            const bad = v === '' ? undefined : (0, template_parser_1.checkParameterValue)(p, v);
            if (bad) {
                paramErrors.push((0, error_1.problem)({
                    code: 'invalid-parameter',
                    message: `value of parameter "${p.name}" ${bad}`,
                    field: `parameters.${p.name}`,
                    value: v,
                    fix: p.type === 'choice' ? `use one of ${(p.choices ?? []).join(', ')}` : bad.includes('starts with "-"') ? (0, template_parser_1.leadingDashFix)(p.name) : p.pattern ? `use a value matching ${p.pattern}` : 'use letters, digits, spaces and . , : / = + @ % - _ only',
                    location: { file: entry.definition.source },
                }));
            }
            values[p.name] = v;
        }
        for (const name of Object.keys(given)) {
            if (!mergedParams.some((p) => p.name === name)) {
                paramErrors.push((0, error_1.problem)({
                    code: 'unknown-parameter',
                    message: `template "${entry.definition.slug}" has no parameter "${name}"`,
                    field: `parameters.${name}`,
                    value: given[name],
                    fix: mergedParams.length ? `use one of ${mergedParams.map((p) => p.name).join(', ')}` : 'remove it: this template takes no parameters',
                    location: { file: entry.definition.source },
                }));
            }
        }
        if (paramErrors.length)
            throw new error_1.WorkspaceInputError(paramErrors, `template "${entry.definition.slug}": ${paramErrors.length} parameter problems`);
        // 3. Variables (may use parameters), then the built-ins.
        const allValues = { ...exports.BUILTIN_VALUES, ...values };
        for (const e of order) {
            for (const [k, v] of Object.entries(e.definition.variables ?? {})) {
                allValues[k] = v.includes('{{') ? renderDefinitionValue(v, allValues, e, ['variables', k]) : v;
            }
        }
        for (const [k, v] of Object.entries(values))
            allValues[k] = v;
        // 4. Render each template of the chain, then merge. Free-text values (string parameters,
        // and variables that use any parameter) are data: scripts get them as quoted words.
        const dataNames = new Set(mergedParams.filter((p) => p.type === template_1.ParameterType.STRING).map((p) => p.name));
        for (const e of order) {
            for (const [k, v] of Object.entries(e.definition.variables ?? {}))
                if (v.includes('{{') && !Object.prototype.hasOwnProperty.call(values, k))
                    dataNames.add(k);
        }
        let merged;
        for (const e of order) {
            const rendered = renderDefinition(e, allValues, dataNames);
            merged = merged ? mergeDefinitions(merged, rendered) : rendered;
        }
        const def = (0, template_parser_1.clean)({
            ...merged,
            parameters: mergedParams.length ? mergedParams : undefined,
            // Prism's default: a service with a port is enabled unless it says otherwise.
            services: merged.services?.map((s) => (0, template_parser_1.clean)({ ...s, enable: s.enable ?? (s.port !== undefined && s.port > 0) })),
        });
        // 5. Checks on the whole.
        const errors = [];
        const os = def.base;
        if (!os) {
            errors.push((0, error_1.problem)({ code: 'missing-field', message: 'no template in the inheritance chain sets "base"', field: 'base', fix: 'add base: <os> to the template or a parent', location: { file: def.source } }));
        }
        const packageManager = def.packageManager ?? (os ? systemPackageManager(os) : template_1.PackageManager.APT);
        // Checks that only make sense on the merged result (a child can break what each file alone got right).
        const ownerOf = (pred) => {
            for (let i = order.length - 1; i >= 0; i--)
                if (pred(order[i].definition))
                    return order[i];
            return order[order.length - 1];
        };
        const has = (k) => (def.packages?.[k] ?? []).length > 0;
        if ((packageManager === template_1.PackageManager.APT || packageManager === template_1.PackageManager.DNF) && (has('conda') || has('spack'))) {
            const k = has('conda') ? 'conda' : 'spack';
            const e = ownerOf((d) => (d.packages?.[k] ?? []).length > 0);
            errors.push((0, error_1.problem)({
                code: 'package-manager-mismatch',
                message: `after inheritance (${chain.join(' > ')}) the package manager is ${packageManager} but ${k} packages are listed (from ${e.definition.slug})`,
                field: `packages.${k}`,
                value: packageManager,
                fix: `set package_manager: ${k} in "${def.slug}", or move the entries to packages.system`,
                location: e.source ? e.source.locate(['packages', k]) : { file: e.definition.source },
            }));
        }
        if (packageManager === template_1.PackageManager.AMI && (has('system') || has('conda') || has('spack'))) {
            errors.push((0, error_1.problem)({
                code: 'package-manager-mismatch',
                message: `after inheritance (${chain.join(' > ')}) an ami template lists packages`,
                field: 'packages',
                value: packageManager,
                fix: 'bake the packages into the image, or choose apt/dnf/conda',
                location: { file: def.source },
            }));
        }
        const idle = def.idleDetection;
        if (idle?.idleThresholdMinutes !== undefined && idle.checkIntervalMinutes !== undefined && idle.checkIntervalMinutes > idle.idleThresholdMinutes
            && !warnings.some((w) => w.code === 'idle-interval')) {
            const e = ownerOf((d) => d.idleDetection?.idleThresholdMinutes !== undefined);
            warnings.push((0, error_1.problem)({
                severity: errors_1.DiagnosticSeverity.WARNING,
                code: 'idle-interval',
                message: `after inheritance the idle agent checks every ${idle.checkIntervalMinutes} minutes but stops after ${idle.idleThresholdMinutes}, so stops come late`,
                field: 'idle_detection.check_interval_minutes',
                value: idle.checkIntervalMinutes,
                fix: `set check_interval_minutes to at most ${idle.idleThresholdMinutes}`,
                location: e.source ? e.source.locate(['idle_detection']) : { file: e.definition.source },
            }));
        }
        (def.users ?? []).forEach((u, i) => {
            if ((0, privilege_1.isSystemUserName)(u.name)) {
                errors.push((0, error_1.problem)({
                    code: 'reserved-user-name',
                    message: (0, template_parser_1.reservedUserMessage)(u.name),
                    field: `users[${i}].name`,
                    value: u.name,
                    fix: (0, template_parser_1.reservedUserFix)(u.name),
                    location: this.locationOf(order, ['users', i, 'name'], (d) => (d.users ?? []).some((x) => x.name === u.name)),
                }));
            }
            else if (!(0, posix_1.isValidPosixName)(u.name)) {
                errors.push((0, error_1.problem)({
                    code: 'invalid-user-name',
                    message: 'user name is not a valid POSIX login name',
                    field: `users[${i}].name`,
                    value: u.name,
                    fix: 'use lower-case letters, digits, "_" and "-", starting with a letter, at most 32 characters',
                    location: this.locationOf(order, ['users', i, 'name'], (d) => (d.users ?? []).some((x) => x.name === u.name)),
                }));
            }
            if (u.shell !== undefined && !/^\/[A-Za-z0-9_./-]+$/.test(u.shell)) {
                errors.push((0, error_1.problem)({
                    code: 'invalid-shell',
                    message: 'shell must be an absolute path',
                    field: `users[${i}].shell`,
                    value: u.shell,
                    fix: 'write e.g. /bin/bash',
                    location: this.locationOf(order, ['users', i, 'shell'], () => true),
                }));
            }
        });
        if (errors.length)
            throw new error_1.WorkspaceInputError(errors, `template "${def.slug}": ${errors.length} problems`);
        const connectionType = !def.connectionType || def.connectionType === template_1.ConnectionType.AUTO ? detectConnectionType(def) : def.connectionType;
        return {
            definition: def,
            chain,
            parameterValues: values,
            warnings,
            os,
            connectionType,
            packageManager,
            minimumSize: def.minimumSize ? sizes_1.Sizes.parse(def.minimumSize, 'minimum_size') : undefined,
        };
    }
    locationOf(order, path, owns) {
        for (let i = order.length - 1; i >= 0; i--) {
            if (owns(order[i].definition)) {
                return order[i].source ? order[i].source.locate(path) : { file: order[i].definition.source };
            }
        }
        return { file: order[order.length - 1].definition.source };
    }
    mustFind(key, stack, field) {
        const found = this.lookup(key);
        if (found)
            return found;
        const child = stack[stack.length - 1];
        const chain = [...stack.map((e) => e.definition.slug), key].join(' -> ');
        if (!child) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-template',
                    message: `no template with slug or name "${key}" in the catalog`,
                    value: key,
                    fix: `use one of ${this.known().join(', ')}`,
                })]);
        }
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                code: 'missing-parent',
                message: `template "${child.definition.slug}" inherits "${key}", which is not in the catalog (chain: ${chain})`,
                field: 'inherits',
                value: key,
                fix: `add a template with slug or name "${key}" to the catalog, or remove it from inherits (known: ${this.known().join(', ')})`,
                location: child.source && field ? child.source.locate(field) : { file: child.definition.source },
            })]);
    }
    collect(entry, stack, order, warnings) {
        const here = [...stack, entry];
        (entry.definition.inherits ?? []).forEach((parentKey, i) => {
            const parent = this.mustFind(parentKey, here, ['inherits', i]);
            const cycleAt = here.findIndex((e) => e === parent);
            if (cycleAt >= 0) {
                const chain = [...here.slice(cycleAt), parent].map((e) => `${e.definition.slug} (${e.definition.source})`).join(' -> ');
                throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                        code: 'inheritance-cycle',
                        message: `inheritance cycle: ${chain}`,
                        field: 'inherits',
                        value: parentKey,
                        fix: 'remove one of the inherits entries in this cycle',
                        location: entry.source ? entry.source.locate(['inherits', i]) : { file: entry.definition.source },
                    })]);
            }
            this.collect(parent, here, order, warnings);
            const parentBase = baseOf(parent, this.lookup);
            if (entry.definition.base && parentBase && parentBase !== entry.definition.base) {
                warnings.push((0, error_1.problem)({
                    severity: errors_1.DiagnosticSeverity.WARNING,
                    code: 'base-conflict',
                    message: `parent "${parent.definition.slug}" is based on ${parentBase} but this template on ${entry.definition.base}; ${entry.definition.base} is used`,
                    field: 'base',
                    value: entry.definition.base,
                    fix: `make the bases agree, or check that the parent's packages and scripts work on ${entry.definition.base}`,
                    location: entry.source ? entry.source.locate(['base']) : { file: entry.definition.source },
                }));
            }
        });
        if (!order.includes(entry))
            order.push(entry);
    }
}
exports.Resolver = Resolver;
function baseOf(e, lookup, seen = new Set()) {
    if (e.definition.base)
        return e.definition.base;
    if (seen.has(e))
        return undefined;
    seen.add(e);
    for (const p of [...(e.definition.inherits ?? [])].reverse()) {
        const pe = lookup(p);
        const b = pe && baseOf(pe, lookup, seen);
        if (b)
            return b;
    }
    return undefined;
}
function renderDefinitionValue(v, values, e, path) {
    try {
        return (0, go_template_1.renderGoTemplate)(v, values);
    }
    catch (err) {
        if (err instanceof go_template_1.TemplateSyntaxError) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'template-expression',
                    message: err.message,
                    field: path.join('.'),
                    value: err.snippet,
                    fix: err.fix,
                    location: e.source ? e.source.locateWithin(path, err.snippet) : { file: e.definition.source },
                })]);
        }
        throw err;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVzb2x2ZXIuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3Jlc29sdmVyLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQWlDQSxvREFVQztBQUdELG9EQVFDO0FBd0NELDRDQXlDQztBQXZJRCxzQ0FBMkQ7QUFDM0Qsb0NBQWdEO0FBQ2hELDBDQUdxQjtBQUNyQixtQ0FBdUQ7QUFDdkQsK0NBQXNFO0FBQ3RFLG1DQUEyQztBQUMzQywyQ0FBK0M7QUFDL0MsaURBQXFEO0FBQ3JELHVEQUFxSDtBQVVySCw0REFBNEQ7QUFDL0MsUUFBQSxjQUFjLEdBQXFDO0lBQzlELG1HQUFtRztJQUNuRyxrQkFBa0IsRUFBRSxXQUFXO0NBQ2hDLENBQUM7QUFFRixNQUFNLFdBQVcsR0FBRyxxSEFBcUgsQ0FBQztBQUMxSSxNQUFNLFNBQVMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDdEUsTUFBTSxlQUFlLEdBQUcsbUZBQW1GLENBQUM7QUFDNUcsTUFBTSxlQUFlLEdBQUcseUNBQXlDLENBQUM7QUFFbEUsb0RBQW9EO0FBQ3BELFNBQWdCLG9CQUFvQixDQUFDLEVBQW1CO0lBQ3RELFFBQVEsRUFBRSxFQUFFLENBQUM7UUFDWCxLQUFLLDBCQUFlLENBQUMsT0FBTyxDQUFDO1FBQzdCLEtBQUssMEJBQWUsQ0FBQyxpQkFBaUI7WUFDcEMsT0FBTyx5QkFBYyxDQUFDLEdBQUcsQ0FBQztRQUM1QixLQUFLLDBCQUFlLENBQUMsU0FBUztZQUM1QixPQUFPLHlCQUFjLENBQUMsR0FBRyxDQUFDO1FBQzVCO1lBQ0UsT0FBTyx5QkFBYyxDQUFDLEdBQUcsQ0FBQztJQUM5QixDQUFDO0FBQ0gsQ0FBQztBQUVELDhEQUE4RDtBQUM5RCxTQUFnQixvQkFBb0IsQ0FBQyxHQUF1QjtJQUMxRCxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLEtBQUssSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLElBQUksU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbEosTUFBTSxPQUFPLEdBQUcsQ0FBQyxHQUFHLENBQUMsUUFBUSxFQUFFLE1BQU0sSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLGVBQWUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7V0FDNUUsQ0FBQyxHQUFHLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsZUFBZSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUNwRSxJQUFJLEdBQUcsSUFBSSxPQUFPO1FBQUUsT0FBTyx5QkFBYyxDQUFDLEdBQUcsQ0FBQztJQUM5QyxJQUFJLE9BQU87UUFBRSxPQUFPLHlCQUFjLENBQUMsR0FBRyxDQUFDO0lBQ3ZDLElBQUksR0FBRztRQUFFLE9BQU8seUJBQWMsQ0FBQyxHQUFHLENBQUM7SUFDbkMsT0FBTyx5QkFBYyxDQUFDLEdBQUcsQ0FBQztBQUM1QixDQUFDO0FBRUQsU0FBUyxZQUFZLENBQUMsQ0FBdUIsRUFBRSxDQUF1QjtJQUNwRSxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQy9CLE1BQU0sR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzNCLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUU7UUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7WUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELFNBQVMsVUFBVSxDQUFJLENBQWtCLEVBQUUsQ0FBa0IsRUFBRSxHQUFxQixFQUFFLEtBQXdCO0lBQzVHLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDL0IsTUFBTSxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDM0IsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDM0IsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQ3JELElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQzs7WUFDcEMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN0QixDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQsU0FBUyxRQUFRLENBQW1CLENBQWdCLEVBQUUsQ0FBZ0I7SUFDcEUsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLENBQUMsQ0FBQztJQUNqQixJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ2pCLE9BQU8sSUFBQSx1QkFBSyxFQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQy9CLENBQUM7QUFFRCxTQUFTLFdBQVcsQ0FBQyxDQUFxQixFQUFFLENBQXFCO0lBQy9ELElBQUksQ0FBQyxDQUFDO1FBQUUsT0FBTyxDQUFDLENBQUM7SUFDakIsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLENBQUMsQ0FBQztJQUNqQixPQUFPLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDNUMsQ0FBQztBQUVEOzs7Ozs7O0dBT0c7QUFDSCxTQUFnQixnQkFBZ0IsQ0FBQyxNQUEwQixFQUFFLEtBQXlCO0lBQ3BGLE1BQU0sUUFBUSxHQUFpQyxNQUFNLENBQUMsUUFBUSxJQUFJLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUEsdUJBQUssRUFBQztRQUN2RixNQUFNLEVBQUUsWUFBWSxDQUFDLE1BQU0sQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsTUFBTSxDQUFDO1FBQ3JFLEtBQUssRUFBRSxZQUFZLENBQUMsTUFBTSxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUM7UUFDbEUsR0FBRyxFQUFFLFlBQVksQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFFLEdBQUcsRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLEdBQUcsQ0FBQztRQUM1RCxLQUFLLEVBQUUsWUFBWSxDQUFDLE1BQU0sQ0FBQyxRQUFRLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsS0FBSyxDQUFDO0tBQ25FLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ2YsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLGdCQUFnQixJQUFJLEtBQUssQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsSUFBQSx1QkFBSyxFQUFDO1FBQ3JFLEdBQUcsTUFBTSxDQUFDLGdCQUFnQjtRQUMxQixHQUFHLEtBQUssQ0FBQyxnQkFBZ0I7UUFDekIsS0FBSyxFQUFFLFlBQVksQ0FBQyxNQUFNLENBQUMsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUM7UUFDekgsb0JBQW9CLEVBQUUsUUFBUSxDQUFDLE1BQU0sQ0FBQyxnQkFBZ0IsRUFBRSxvQkFBb0IsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLEVBQUUsb0JBQW9CLENBQUM7S0FDNUgsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDZixPQUFPLElBQUEsdUJBQUssRUFBQztRQUNYLEdBQUcsTUFBTTtRQUNULEdBQUcsS0FBSztRQUNSLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSTtRQUNoQixJQUFJLEVBQUUsS0FBSyxDQUFDLElBQUk7UUFDaEIsV0FBVyxFQUFFLEtBQUssQ0FBQyxXQUFXO1FBQzlCLGVBQWUsRUFBRSxLQUFLLENBQUMsZUFBZTtRQUN0QyxRQUFRLEVBQUUsS0FBSyxDQUFDLFFBQVE7UUFDeEIsdUZBQXVGO1FBQ3ZGLGdEQUFnRDtRQUNoRCxjQUFjLEVBQUUsS0FBSyxDQUFDLGNBQWM7UUFDcEMsTUFBTSxFQUFFLEtBQUssQ0FBQyxNQUFNO1FBQ3BCLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSSxJQUFJLE1BQU0sQ0FBQyxJQUFJO1FBQy9CLFFBQVE7UUFDUixRQUFRLEVBQUUsVUFBVSxDQUFrQixNQUFNLENBQUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLHVCQUFLLEVBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDdEgsS0FBSyxFQUFFLFVBQVUsQ0FBZSxNQUFNLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQ3RFLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBQSx1QkFBSyxFQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsTUFBTSxFQUFFLFlBQVksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDNUUsS0FBSyxFQUFFLFVBQVUsQ0FBZSxNQUFNLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDOUYsVUFBVSxFQUFFLFVBQVUsQ0FBb0IsTUFBTSxDQUFDLFVBQVUsRUFBRSxLQUFLLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBQSx1QkFBSyxFQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzlILFdBQVcsRUFBRSxXQUFXLENBQUMsTUFBTSxDQUFDLFdBQVcsRUFBRSxLQUFLLENBQUMsV0FBVyxDQUFDO1FBQy9ELFFBQVEsRUFBRSxXQUFXLENBQUMsTUFBTSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsUUFBUSxDQUFDO1FBQ3RELFNBQVMsRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDO1FBQ3RELElBQUksRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDO1FBQ3ZDLGFBQWEsRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxDQUFDO1FBQ2xFLFlBQVksRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLFlBQVksRUFBRSxLQUFLLENBQUMsWUFBWSxDQUFDO1FBQy9ELFNBQVMsRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDO1FBQ3RELGdCQUFnQixFQUFFLElBQUk7S0FDdkIsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQVMsZ0JBQWdCLENBQUMsS0FBbUIsRUFBRSxNQUE4QixFQUFFLFlBQWlDLElBQUksR0FBRyxFQUFFO0lBQ3ZILE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxVQUFVLENBQUM7SUFDN0IsTUFBTSxNQUFNLEdBQWlCLEVBQUUsQ0FBQztJQUNoQyxNQUFNLE9BQU8sR0FBRyxDQUFDLElBQWMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQztJQUMxSCw4RUFBOEU7SUFDOUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxJQUF3QixFQUFFLElBQWMsRUFBc0IsRUFBRTtRQUMxRSxJQUFJLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sSUFBSSxDQUFDO1FBQzVELElBQUksQ0FBQztZQUNILE1BQU0sR0FBRyxHQUFHLElBQUEsa0NBQW1CLEVBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3ZFLEtBQUssTUFBTSxDQUFDLElBQUksR0FBRyxDQUFDLFFBQVEsRUFBRSxDQUFDO2dCQUM3QixNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNsQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7b0JBQ1osT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO29CQUNsQixLQUFLLEVBQUUsT0FBTyxDQUFDLElBQUksQ0FBQztvQkFDcEIsS0FBSyxFQUFFLENBQUMsQ0FBQyxPQUFPO29CQUNoQixHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7b0JBQ1YsUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUU7aUJBQzNGLENBQUMsQ0FBQyxDQUFDO1lBQ04sQ0FBQztZQUNELE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQztRQUNsQixDQUFDO1FBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNYLElBQUksQ0FBQyxZQUFZLGlDQUFtQjtnQkFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDM0QsTUFBTSxDQUFDLENBQUM7UUFDVixDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUF3QixFQUFFLElBQWMsRUFBc0IsRUFBRTtRQUN6RSxJQUFJLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sSUFBSSxDQUFDO1FBQzVELElBQUksQ0FBQztZQUNILE9BQU8sSUFBQSw4QkFBZ0IsRUFBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDeEMsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxJQUFJLENBQUMsWUFBWSxpQ0FBbUIsRUFBRSxDQUFDO2dCQUNyQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNsQixJQUFJLEVBQUUscUJBQXFCO29CQUMzQixPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87b0JBQ2xCLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsT0FBTyxFQUFFLEdBQUcsQ0FBQztvQkFDNUYsS0FBSyxFQUFFLENBQUMsQ0FBQyxPQUFPO29CQUNoQixHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUc7b0JBQ1YsUUFBUSxFQUFFLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUU7aUJBQzNGLENBQUMsQ0FBQyxDQUFDO2dCQUNKLE9BQU8sSUFBSSxDQUFDO1lBQ2QsQ0FBQztZQUNELE1BQU0sQ0FBQyxDQUFDO1FBQ1YsQ0FBQztJQUNILENBQUMsQ0FBQztJQUNGLE1BQU0sRUFBRSxHQUFHLENBQUMsSUFBMEIsRUFBRSxJQUFjLEVBQUUsRUFBRSxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQVcsQ0FBQyxDQUFDO0lBQzdHLE1BQU0sR0FBRyxHQUF1QixJQUFBLHVCQUFLLEVBQUM7UUFDcEMsR0FBRyxHQUFHO1FBQ04sV0FBVyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsV0FBVyxFQUFFLENBQUMsYUFBYSxDQUFDLENBQVc7UUFDMUQsZUFBZSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsZUFBZSxFQUFFLENBQUMsa0JBQWtCLENBQUMsQ0FBQztRQUM3RCxRQUFRLEVBQUUsR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBQSx1QkFBSyxFQUFDO1lBQzdCLE1BQU0sRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxVQUFVLEVBQUUsUUFBUSxDQUFDLENBQUM7WUFDdkQsS0FBSyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLEtBQUssRUFBRSxDQUFDLFVBQVUsRUFBRSxPQUFPLENBQUMsQ0FBQztZQUNwRCxHQUFHLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsR0FBRyxFQUFFLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQzlDLEtBQUssRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxVQUFVLEVBQUUsT0FBTyxDQUFDLENBQUM7U0FDckQsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ2QsUUFBUSxFQUFFLEdBQUcsQ0FBQyxRQUFRLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBQSx1QkFBSyxFQUFDO1lBQzFDLEdBQUcsQ0FBQztZQUNKLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLFVBQVUsRUFBRSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQVc7WUFDbEQsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsVUFBVSxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUMsQ0FBQztZQUMvQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxFQUFFLGNBQWMsQ0FBQyxDQUFDO1lBQzlELE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLFVBQVUsRUFBRSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUM7U0FDbkQsQ0FBQyxDQUFDO1FBQ0gsS0FBSyxFQUFFLEdBQUcsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBQSx1QkFBSyxFQUFDO1lBQ3BDLEdBQUcsQ0FBQztZQUNKLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQVc7WUFDL0MsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUMsQ0FBQztZQUM1QyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO1NBQ3pDLENBQUMsQ0FBQztRQUNILEtBQUssRUFBRSxHQUFHLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsdUJBQUssRUFBQztZQUNwQyxHQUFHLENBQUM7WUFDSixXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLGFBQWEsQ0FBQyxDQUFXO1lBQ3BFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUM7WUFDOUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsRUFBRSxRQUFRLENBQUMsQ0FBQztZQUMzQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQ3hDLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7U0FDekMsQ0FBQyxDQUFDO1FBQ0gsV0FBVyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsV0FBVyxFQUFFLENBQUMsY0FBYyxDQUFDLENBQUM7UUFDbEQsUUFBUSxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsUUFBUSxFQUFFLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDekMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztRQUMzSCxnQkFBZ0IsRUFBRSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLElBQUEsdUJBQUssRUFBQyxFQUFFLEdBQUcsR0FBRyxDQUFDLGdCQUFnQixFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLGdCQUFnQixDQUFDLElBQUksRUFBRSxDQUFDLG1CQUFtQixFQUFFLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQzFKLFNBQVMsRUFBRSxHQUFHLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFBLHVCQUFLLEVBQUMsRUFBRSxHQUFHLEdBQUcsQ0FBQyxTQUFTLEVBQUUsY0FBYyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLGNBQWMsRUFBRSxDQUFDLFlBQVksRUFBRSxrQkFBa0IsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQ3hKLFlBQVksRUFBRSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxJQUFBLHVCQUFLLEVBQUM7WUFDckMsR0FBRyxHQUFHLENBQUMsWUFBWTtZQUNuQixhQUFhLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsYUFBYSxFQUFFLENBQUMsZUFBZSxFQUFFLGlCQUFpQixDQUFDLENBQUM7WUFDdEYsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxlQUFlLEVBQUUsdUJBQXVCLENBQUMsQ0FBQztZQUN4RyxZQUFZLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsWUFBWSxFQUFFLENBQUMsZUFBZSxFQUFFLGVBQWUsQ0FBQyxDQUFDO1lBQ2xGLGFBQWEsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLFlBQVksQ0FBQyxhQUFhLEVBQUUsQ0FBQyxlQUFlLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQztZQUN0RixrQkFBa0IsRUFBRSxHQUFHLENBQUMsWUFBWSxDQUFDLGtCQUFrQjtnQkFDckQsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLGtCQUFrQixDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxlQUFlLEVBQUUscUJBQXFCLEVBQUUsQ0FBQyxDQUFDLENBQVcsQ0FBQyxDQUFDLENBQUM7Z0JBQzNKLENBQUMsQ0FBQyxTQUFTO1NBQ2QsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO0tBQ2YsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxNQUFNLENBQUMsTUFBTTtRQUFFLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLE1BQU0sZUFBZSxHQUFHLENBQUMsSUFBSSxTQUFTLE1BQU0sQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDaEssT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBb0JEOzs7R0FHRztBQUNILE1BQWEsUUFBUTtJQUNVO0lBQW9FO0lBQWpHLFlBQTZCLE1BQWlELEVBQW1CLEtBQXFCO1FBQXpGLFdBQU0sR0FBTixNQUFNLENBQTJDO1FBQW1CLFVBQUssR0FBTCxLQUFLLENBQWdCO0lBQUcsQ0FBQztJQUVuSCxPQUFPLENBQUMsR0FBbUI7UUFDaEMsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEVBQUUsRUFBRSxTQUFTLENBQUMsQ0FBQztRQUNwRCxNQUFNLFFBQVEsR0FBaUIsQ0FBQyxHQUFHLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNuRCwwRkFBMEY7UUFDMUYsTUFBTSxLQUFLLEdBQW1CLEVBQUUsQ0FBQztRQUNqQyxJQUFJLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQ3pDLE1BQU0sS0FBSyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUM7UUFFbEQsNkRBQTZEO1FBQzdELElBQUksWUFBWSxHQUF3QixFQUFFLENBQUM7UUFDM0MsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUN0QixZQUFZLEdBQUcsVUFBVSxDQUFDLFlBQVksRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsdUJBQUssRUFBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUN6SCxDQUFDO1FBQ0QsWUFBWSxHQUFHLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksSUFBSSx3QkFBYSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN6RixNQUFNLEtBQUssR0FBRyxHQUFHLENBQUMsVUFBVSxJQUFJLEVBQUUsQ0FBQztRQUNuQyxNQUFNLFdBQVcsR0FBaUIsRUFBRSxDQUFDO1FBQ3JDLE1BQU0sTUFBTSxHQUEyQixFQUFFLENBQUM7UUFDMUMsS0FBSyxNQUFNLENBQUMsSUFBSSxZQUFZLEVBQUUsQ0FBQztZQUM3QixNQUFNLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxPQUFPLENBQUM7WUFDckMsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztnQkFDaEQsSUFBSSxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUM7b0JBQ2YsV0FBVyxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQzt3QkFDdkIsSUFBSSxFQUFFLG1CQUFtQjt3QkFDekIsT0FBTyxFQUFFLGNBQWMsQ0FBQyxDQUFDLElBQUksZUFBZTt3QkFDNUMsS0FBSyxFQUFFLGNBQWMsQ0FBQyxDQUFDLElBQUksRUFBRTt3QkFDN0IsR0FBRyxFQUFFLG9CQUFvQixDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO3dCQUN4RixRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUU7cUJBQzVDLENBQUMsQ0FBQyxDQUFDO2dCQUNOLENBQUM7Z0JBQ0QsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7Z0JBQ3BCLFNBQVM7WUFDWCxDQUFDO1lBQ0QsTUFBTSxHQUFHLEdBQUcsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFBLHFDQUFtQixFQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUM3RCxJQUFJLEdBQUcsRUFBRSxDQUFDO2dCQUNSLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBQSxlQUFPLEVBQUM7b0JBQ3ZCLElBQUksRUFBRSxtQkFBbUI7b0JBQ3pCLE9BQU8sRUFBRSx1QkFBdUIsQ0FBQyxDQUFDLElBQUksS0FBSyxHQUFHLEVBQUU7b0JBQ2hELEtBQUssRUFBRSxjQUFjLENBQUMsQ0FBQyxJQUFJLEVBQUU7b0JBQzdCLEtBQUssRUFBRSxDQUFDO29CQUNSLEdBQUcsRUFBRSxDQUFDLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBQSxnQ0FBYyxFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsd0JBQXdCLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsMERBQTBEO29CQUNqUCxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUU7aUJBQzVDLENBQUMsQ0FBQyxDQUFDO1lBQ04sQ0FBQztZQUNELE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3JCLENBQUM7UUFDRCxLQUFLLE1BQU0sSUFBSSxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUN0QyxJQUFJLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsRUFBRSxDQUFDO2dCQUMvQyxXQUFXLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUN2QixJQUFJLEVBQUUsbUJBQW1CO29CQUN6QixPQUFPLEVBQUUsYUFBYSxLQUFLLENBQUMsVUFBVSxDQUFDLElBQUksdUJBQXVCLElBQUksR0FBRztvQkFDekUsS0FBSyxFQUFFLGNBQWMsSUFBSSxFQUFFO29CQUMzQixLQUFLLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQztvQkFDbEIsR0FBRyxFQUFFLFlBQVksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLGNBQWMsWUFBWSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyw4Q0FBOEM7b0JBQ3RJLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTtpQkFDNUMsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksV0FBVyxDQUFDLE1BQU07WUFBRSxNQUFNLElBQUksMkJBQW1CLENBQUMsV0FBVyxFQUFFLGFBQWEsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLE1BQU0sV0FBVyxDQUFDLE1BQU0scUJBQXFCLENBQUMsQ0FBQztRQUVwSix5REFBeUQ7UUFDekQsTUFBTSxTQUFTLEdBQTJCLEVBQUUsR0FBRyxzQkFBYyxFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUM7UUFDM0UsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUN0QixLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLFNBQVMsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO2dCQUNsRSxTQUFTLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMscUJBQXFCLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ2pHLENBQUM7UUFDSCxDQUFDO1FBQ0QsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDO1lBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUU5RCx5RkFBeUY7UUFDekYsb0ZBQW9GO1FBQ3BGLE1BQU0sU0FBUyxHQUFHLElBQUksR0FBRyxDQUFDLFlBQVksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssd0JBQWEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQzFHLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7WUFDdEIsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDO2dCQUFFLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO29CQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDaEssQ0FBQztRQUNELElBQUksTUFBc0MsQ0FBQztRQUMzQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO1lBQ3RCLE1BQU0sUUFBUSxHQUFHLGdCQUFnQixDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7WUFDM0QsTUFBTSxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUM7UUFDbEUsQ0FBQztRQUNELE1BQU0sR0FBRyxHQUFHLElBQUEsdUJBQUssRUFBQztZQUNoQixHQUFHLE1BQU87WUFDVixVQUFVLEVBQUUsWUFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQzFELDhFQUE4RTtZQUM5RSxRQUFRLEVBQUUsTUFBTyxDQUFDLFFBQVEsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUEsdUJBQUssRUFBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7U0FDbEgsQ0FBQyxDQUFDO1FBRUgsMEJBQTBCO1FBQzFCLE1BQU0sTUFBTSxHQUFpQixFQUFFLENBQUM7UUFDaEMsTUFBTSxFQUFFLEdBQUcsR0FBRyxDQUFDLElBQXVCLENBQUM7UUFDdkMsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ1IsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQyxFQUFFLElBQUksRUFBRSxlQUFlLEVBQUUsT0FBTyxFQUFFLGtEQUFrRCxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLDRDQUE0QyxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDak4sQ0FBQztRQUNELE1BQU0sY0FBYyxHQUFHLEdBQUcsQ0FBQyxjQUFjLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLG9CQUFvQixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyx5QkFBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2xHLHVHQUF1RztRQUN2RyxNQUFNLE9BQU8sR0FBRyxDQUFDLElBQXdDLEVBQUUsRUFBRTtZQUMzRCxLQUFLLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFO2dCQUFFLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUM7b0JBQUUsT0FBTyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDM0YsT0FBTyxLQUFLLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNqQyxDQUFDLENBQUM7UUFDRixNQUFNLEdBQUcsR0FBRyxDQUFDLENBQXlCLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUM7UUFDaEYsSUFBSSxDQUFDLGNBQWMsS0FBSyx5QkFBYyxDQUFDLEdBQUcsSUFBSSxjQUFjLEtBQUsseUJBQWMsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3ZILE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7WUFDM0MsTUFBTSxDQUFDLEdBQUcsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDN0QsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDbEIsSUFBSSxFQUFFLDBCQUEwQjtnQkFDaEMsT0FBTyxFQUFFLHNCQUFzQixLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyw0QkFBNEIsY0FBYyxRQUFRLENBQUMsOEJBQThCLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxHQUFHO2dCQUNySixLQUFLLEVBQUUsWUFBWSxDQUFDLEVBQUU7Z0JBQ3RCLEtBQUssRUFBRSxjQUFjO2dCQUNyQixHQUFHLEVBQUUsd0JBQXdCLENBQUMsUUFBUSxHQUFHLENBQUMsSUFBSSwyQ0FBMkM7Z0JBQ3pGLFFBQVEsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTthQUN0RixDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFDRCxJQUFJLGNBQWMsS0FBSyx5QkFBYyxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsSUFBSSxHQUFHLENBQUMsT0FBTyxDQUFDLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUM3RixNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO2dCQUNsQixJQUFJLEVBQUUsMEJBQTBCO2dCQUNoQyxPQUFPLEVBQUUsc0JBQXNCLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLGtDQUFrQztnQkFDbEYsS0FBSyxFQUFFLFVBQVU7Z0JBQ2pCLEtBQUssRUFBRSxjQUFjO2dCQUNyQixHQUFHLEVBQUUsMkRBQTJEO2dCQUNoRSxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRTthQUMvQixDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsYUFBYSxDQUFDO1FBQy9CLElBQUksSUFBSSxFQUFFLG9CQUFvQixLQUFLLFNBQVMsSUFBSSxJQUFJLENBQUMsb0JBQW9CLEtBQUssU0FBUyxJQUFJLElBQUksQ0FBQyxvQkFBb0IsR0FBRyxJQUFJLENBQUMsb0JBQW9CO2VBQzNJLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxlQUFlLENBQUMsRUFBRSxDQUFDO1lBQ3ZELE1BQU0sQ0FBQyxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLGFBQWEsRUFBRSxvQkFBb0IsS0FBSyxTQUFTLENBQUMsQ0FBQztZQUM5RSxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO2dCQUNwQixRQUFRLEVBQUUsMkJBQWtCLENBQUMsT0FBTztnQkFDcEMsSUFBSSxFQUFFLGVBQWU7Z0JBQ3JCLE9BQU8sRUFBRSxpREFBaUQsSUFBSSxDQUFDLG9CQUFvQiw0QkFBNEIsSUFBSSxDQUFDLG9CQUFvQixzQkFBc0I7Z0JBQzlKLEtBQUssRUFBRSx1Q0FBdUM7Z0JBQzlDLEtBQUssRUFBRSxJQUFJLENBQUMsb0JBQW9CO2dCQUNoQyxHQUFHLEVBQUUseUNBQXlDLElBQUksQ0FBQyxvQkFBb0IsRUFBRTtnQkFDekUsUUFBUSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTthQUN6RixDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFDRCxDQUFDLEdBQUcsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ2pDLElBQUksSUFBQSw0QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztnQkFDN0IsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDbEIsSUFBSSxFQUFFLG9CQUFvQjtvQkFDMUIsT0FBTyxFQUFFLElBQUEscUNBQW1CLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztvQkFDcEMsS0FBSyxFQUFFLFNBQVMsQ0FBQyxRQUFRO29CQUN6QixLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUk7b0JBQ2IsR0FBRyxFQUFFLElBQUEsaUNBQWUsRUFBQyxDQUFDLENBQUMsSUFBSSxDQUFDO29CQUM1QixRQUFRLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztpQkFDOUcsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDO2lCQUFNLElBQUksQ0FBQyxJQUFBLHdCQUFnQixFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO2dCQUNyQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNsQixJQUFJLEVBQUUsbUJBQW1CO29CQUN6QixPQUFPLEVBQUUsMkNBQTJDO29CQUNwRCxLQUFLLEVBQUUsU0FBUyxDQUFDLFFBQVE7b0JBQ3pCLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSTtvQkFDYixHQUFHLEVBQUUsNEZBQTRGO29CQUNqRyxRQUFRLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztpQkFDOUcsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDO1lBQ0QsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVMsSUFBSSxDQUFDLHNCQUFzQixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztnQkFDbkUsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDbEIsSUFBSSxFQUFFLGVBQWU7b0JBQ3JCLE9BQU8sRUFBRSxnQ0FBZ0M7b0JBQ3pDLEtBQUssRUFBRSxTQUFTLENBQUMsU0FBUztvQkFDMUIsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLO29CQUNkLEdBQUcsRUFBRSxzQkFBc0I7b0JBQzNCLFFBQVEsRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEtBQUssRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDO2lCQUNwRSxDQUFDLENBQUMsQ0FBQztZQUNOLENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztRQUNILElBQUksTUFBTSxDQUFDLE1BQU07WUFBRSxNQUFNLElBQUksMkJBQW1CLENBQUMsTUFBTSxFQUFFLGFBQWEsR0FBRyxDQUFDLElBQUksTUFBTSxNQUFNLENBQUMsTUFBTSxXQUFXLENBQUMsQ0FBQztRQUU5RyxNQUFNLGNBQWMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxjQUFjLElBQUksR0FBRyxDQUFDLGNBQWMsS0FBSyx5QkFBYyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsb0JBQW9CLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxjQUFjLENBQUM7UUFDMUksT0FBTztZQUNMLFVBQVUsRUFBRSxHQUFHO1lBQ2YsS0FBSztZQUNMLGVBQWUsRUFBRSxNQUFNO1lBQ3ZCLFFBQVE7WUFDUixFQUFFO1lBQ0YsY0FBYztZQUNkLGNBQWM7WUFDZCxXQUFXLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsYUFBSyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsV0FBVyxFQUFFLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1NBQ3hGLENBQUM7SUFDSixDQUFDO0lBRU8sVUFBVSxDQUFDLEtBQXFCLEVBQUUsSUFBYyxFQUFFLElBQXdDO1FBQ2hHLEtBQUssSUFBSSxDQUFDLEdBQUcsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQzNDLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsRUFBRSxDQUFDO2dCQUM5QixPQUFPLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFPLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2hHLENBQUM7UUFDSCxDQUFDO1FBQ0QsT0FBTyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDN0QsQ0FBQztJQUVPLFFBQVEsQ0FBQyxHQUFXLEVBQUUsS0FBcUIsRUFBRSxLQUEyQjtRQUM5RSxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQy9CLElBQUksS0FBSztZQUFFLE9BQU8sS0FBSyxDQUFDO1FBQ3hCLE1BQU0sS0FBSyxHQUFHLEtBQUssQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQ3RDLE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUN6RSxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUM7WUFDWCxNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDckMsSUFBSSxFQUFFLGtCQUFrQjtvQkFDeEIsT0FBTyxFQUFFLGtDQUFrQyxHQUFHLGtCQUFrQjtvQkFDaEUsS0FBSyxFQUFFLEdBQUc7b0JBQ1YsR0FBRyxFQUFFLGNBQWMsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRTtpQkFDN0MsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNQLENBQUM7UUFDRCxNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDckMsSUFBSSxFQUFFLGdCQUFnQjtnQkFDdEIsT0FBTyxFQUFFLGFBQWEsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLGVBQWUsR0FBRywwQ0FBMEMsS0FBSyxHQUFHO2dCQUMvRyxLQUFLLEVBQUUsVUFBVTtnQkFDakIsS0FBSyxFQUFFLEdBQUc7Z0JBQ1YsR0FBRyxFQUFFLHFDQUFxQyxHQUFHLHdEQUF3RCxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHO2dCQUMvSCxRQUFRLEVBQUUsS0FBSyxDQUFDLE1BQU0sSUFBSSxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTthQUNqRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ1AsQ0FBQztJQUVPLE9BQU8sQ0FBQyxLQUFtQixFQUFFLEtBQXFCLEVBQUUsS0FBcUIsRUFBRSxRQUFzQjtRQUN2RyxNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQy9CLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ3pELE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQy9ELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxNQUFNLENBQUMsQ0FBQztZQUNwRCxJQUFJLE9BQU8sSUFBSSxDQUFDLEVBQUUsQ0FBQztnQkFDakIsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUM7Z0JBQ3hILE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO3dCQUNyQyxJQUFJLEVBQUUsbUJBQW1CO3dCQUN6QixPQUFPLEVBQUUsc0JBQXNCLEtBQUssRUFBRTt3QkFDdEMsS0FBSyxFQUFFLFVBQVU7d0JBQ2pCLEtBQUssRUFBRSxTQUFTO3dCQUNoQixHQUFHLEVBQUUsa0RBQWtEO3dCQUN2RCxRQUFRLEVBQUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUU7cUJBQ2xHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDUCxDQUFDO1lBQ0QsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztZQUM1QyxNQUFNLFVBQVUsR0FBRyxNQUFNLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztZQUMvQyxJQUFJLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSxJQUFJLFVBQVUsSUFBSSxVQUFVLEtBQUssS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztnQkFDaEYsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDcEIsUUFBUSxFQUFFLDJCQUFrQixDQUFDLE9BQU87b0JBQ3BDLElBQUksRUFBRSxlQUFlO29CQUNyQixPQUFPLEVBQUUsV0FBVyxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUksaUJBQWlCLFVBQVUseUJBQXlCLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSxVQUFVO29CQUN2SixLQUFLLEVBQUUsTUFBTTtvQkFDYixLQUFLLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJO29CQUM1QixHQUFHLEVBQUUsaUZBQWlGLEtBQUssQ0FBQyxVQUFVLENBQUMsSUFBSSxFQUFFO29CQUM3RyxRQUFRLEVBQUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTtpQkFDM0YsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDO1FBQ0gsQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUM7WUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ2hELENBQUM7Q0FDRjtBQXhQRCw0QkF3UEM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxDQUFlLEVBQUUsTUFBaUQsRUFBRSxPQUFPLElBQUksR0FBRyxFQUFnQjtJQUNoSCxJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSTtRQUFFLE9BQU8sQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUM7SUFDaEQsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ2xDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDWixLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQztRQUM3RCxNQUFNLEVBQUUsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDckIsTUFBTSxDQUFDLEdBQUcsRUFBRSxJQUFJLE1BQU0sQ0FBQyxFQUFFLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3pDLElBQUksQ0FBQztZQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ2xCLENBQUM7SUFDRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQsU0FBUyxxQkFBcUIsQ0FBQyxDQUFTLEVBQUUsTUFBOEIsRUFBRSxDQUFlLEVBQUUsSUFBYztJQUN2RyxJQUFJLENBQUM7UUFDSCxPQUFPLElBQUEsOEJBQWdCLEVBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQ3JDLENBQUM7SUFBQyxPQUFPLEdBQUcsRUFBRSxDQUFDO1FBQ2IsSUFBSSxHQUFHLFlBQVksaUNBQW1CLEVBQUUsQ0FBQztZQUN2QyxNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDckMsSUFBSSxFQUFFLHFCQUFxQjtvQkFDM0IsT0FBTyxFQUFFLEdBQUcsQ0FBQyxPQUFPO29CQUNwQixLQUFLLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7b0JBQ3JCLEtBQUssRUFBRSxHQUFHLENBQUMsT0FBTztvQkFDbEIsR0FBRyxFQUFFLEdBQUcsQ0FBQyxHQUFHO29CQUNaLFFBQVEsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sRUFBRTtpQkFDOUYsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNQLENBQUM7UUFDRCxNQUFNLEdBQUcsQ0FBQztJQUNaLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgRGlhZ25vc3RpYywgRGlhZ25vc3RpY1NldmVyaXR5IH0gZnJvbSAnLi4vZXJyb3JzJztcbmltcG9ydCB7IFNpemVzLCBXb3Jrc3BhY2VTaXplIH0gZnJvbSAnLi4vc2l6ZXMnO1xuaW1wb3J0IHtcbiAgQ29ubmVjdGlvblR5cGUsIE9wZXJhdGluZ1N5c3RlbSwgUGFja2FnZU1hbmFnZXIsIFBhcmFtZXRlclR5cGUsIFRlbXBsYXRlRGVmaW5pdGlvbiwgVGVtcGxhdGVGaWxlLCBUZW1wbGF0ZVBhY2thZ2VzLFxuICBUZW1wbGF0ZVBhcmFtZXRlciwgVGVtcGxhdGVTZXJ2aWNlLCBUZW1wbGF0ZVVzZXIsXG59IGZyb20gJy4uL3RlbXBsYXRlJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuL2Vycm9yJztcbmltcG9ydCB7IHJlbmRlckdvVGVtcGxhdGUsIFRlbXBsYXRlU3ludGF4RXJyb3IgfSBmcm9tICcuL2dvLXRlbXBsYXRlJztcbmltcG9ydCB7IGlzVmFsaWRQb3NpeE5hbWUgfSBmcm9tICcuL3Bvc2l4JztcbmltcG9ydCB7IGlzU3lzdGVtVXNlck5hbWUgfSBmcm9tICcuL3ByaXZpbGVnZSc7XG5pbXBvcnQgeyByZW5kZXJTaGVsbFRlbXBsYXRlIH0gZnJvbSAnLi9zaGVsbC1yZW5kZXInO1xuaW1wb3J0IHsgY2hlY2tQYXJhbWV0ZXJWYWx1ZSwgY2xlYW4sIGxlYWRpbmdEYXNoRml4LCByZXNlcnZlZFVzZXJGaXgsIHJlc2VydmVkVXNlck1lc3NhZ2UgfSBmcm9tICcuL3RlbXBsYXRlLXBhcnNlcic7XG5pbXBvcnQgeyBZYW1sUGF0aCwgWWFtbFNvdXJjZSB9IGZyb20gJy4veWFtbC1zb3VyY2UnO1xuXG4vKiogQSB0ZW1wbGF0ZSBhcyBsb2FkZWQgaW50byBhIGNhdGFsb2cuICovXG5leHBvcnQgaW50ZXJmYWNlIENhdGFsb2dFbnRyeSB7XG4gIHJlYWRvbmx5IGRlZmluaXRpb246IFRlbXBsYXRlRGVmaW5pdGlvbjtcbiAgcmVhZG9ubHkgc291cmNlPzogWWFtbFNvdXJjZTtcbiAgcmVhZG9ubHkgd2FybmluZ3M6IERpYWdub3N0aWNbXTtcbn1cblxuLyoqIFZhbHVlcyBldmVyeSB0ZW1wbGF0ZSBtYXkgdXNlIHdpdGhvdXQgZGVjbGFyaW5nIHRoZW0uICovXG5leHBvcnQgY29uc3QgQlVJTFRJTl9WQUxVRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICAvLyBTZXJ2aWNlcyBsaXN0ZW4gb24gbG9vcGJhY2sgdW5sZXNzIGEgdGVtcGxhdGUgYXNrcyBvdGhlcndpc2U7IHJlYWNoIHRoZW0gdGhyb3VnaCBhIHBvcnQgZm9yd2FyZC5cbiAgV2ViSW50ZXJmYWNlQmluZElQOiAnMTI3LjAuMC4xJyxcbn07XG5cbmNvbnN0IFdFQl9TRVJWSUNFID0gL14oanVweXRlcnxqdXB5dGVybGFifGp1cHl0ZXJodWJ8cnN0dWRpb3xyc3R1ZGlvLXNlcnZlcnxjb2RlLXNlcnZlcnxzdHJlYW1saXR8bWxmbG93fHRlbnNvcmJvYXJkfHNoaW55fHNoaW55LXNlcnZlcikvO1xuY29uc3QgV0VCX1BPUlRTID0gbmV3IFNldChbODg4OCwgODc4NywgODA4MCwgODUwMSwgNTAwMCwgNjAwNiwgMzgzOF0pO1xuY29uc3QgREVTS1RPUF9QQUNLQUdFID0gL14odWJ1bnR1LWRlc2t0b3B8eHVidW50dS1kZXNrdG9wfHhmY2U0fGdub21lfGtkZS18bWF0ZS1kZXNrdG9wfHhyZHB8bmljZS1kY3Z8ZGN2KS87XG5jb25zdCBERVNLVE9QX1NFUlZJQ0UgPSAvXihnZG18Z2RtM3xsaWdodGRtfHhyZHB8ZGN2c2VydmVyfGRjdikkLztcblxuLyoqIFRoZSBkZWZhdWx0IHBhY2thZ2UgbWFuYWdlciBvZiBhIGJhc2Ugc3lzdGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN5c3RlbVBhY2thZ2VNYW5hZ2VyKG9zOiBPcGVyYXRpbmdTeXN0ZW0pOiBQYWNrYWdlTWFuYWdlciB7XG4gIHN3aXRjaCAob3MpIHtcbiAgICBjYXNlIE9wZXJhdGluZ1N5c3RlbS5ST0NLWV85OlxuICAgIGNhc2UgT3BlcmF0aW5nU3lzdGVtLkFNQVpPTl9MSU5VWF8yMDIzOlxuICAgICAgcmV0dXJuIFBhY2thZ2VNYW5hZ2VyLkRORjtcbiAgICBjYXNlIE9wZXJhdGluZ1N5c3RlbS5BTUlfQkFTRUQ6XG4gICAgICByZXR1cm4gUGFja2FnZU1hbmFnZXIuQU1JO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gUGFja2FnZU1hbmFnZXIuQVBUO1xuICB9XG59XG5cbi8qKiBEZWNpZGVzIHRoZSBjb25uZWN0aW9uIHR5cGUgZnJvbSBzZXJ2aWNlcyBhbmQgcGFja2FnZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZGV0ZWN0Q29ubmVjdGlvblR5cGUoZGVmOiBUZW1wbGF0ZURlZmluaXRpb24pOiBDb25uZWN0aW9uVHlwZSB7XG4gIGNvbnN0IHdlYiA9IChkZWYuc2VydmljZXMgPz8gW10pLnNvbWUoKHMpID0+IHMuZW5hYmxlICE9PSBmYWxzZSAmJiAoV0VCX1NFUlZJQ0UudGVzdChzLm5hbWUpIHx8IChzLnBvcnQgIT09IHVuZGVmaW5lZCAmJiBXRUJfUE9SVFMuaGFzKHMucG9ydCkpKSk7XG4gIGNvbnN0IGRlc2t0b3AgPSAoZGVmLnBhY2thZ2VzPy5zeXN0ZW0gPz8gW10pLnNvbWUoKHApID0+IERFU0tUT1BfUEFDS0FHRS50ZXN0KHApKVxuICAgIHx8IChkZWYuc2VydmljZXMgPz8gW10pLnNvbWUoKHMpID0+IERFU0tUT1BfU0VSVklDRS50ZXN0KHMubmFtZSkpO1xuICBpZiAod2ViICYmIGRlc2t0b3ApIHJldHVybiBDb25uZWN0aW9uVHlwZS5BTEw7XG4gIGlmIChkZXNrdG9wKSByZXR1cm4gQ29ubmVjdGlvblR5cGUuRENWO1xuICBpZiAod2ViKSByZXR1cm4gQ29ubmVjdGlvblR5cGUuV0VCO1xuICByZXR1cm4gQ29ubmVjdGlvblR5cGUuU1NIO1xufVxuXG5mdW5jdGlvbiBhcHBlbmRVbmlxdWUoYTogc3RyaW5nW10gfCB1bmRlZmluZWQsIGI6IHN0cmluZ1tdIHwgdW5kZWZpbmVkKTogc3RyaW5nW10gfCB1bmRlZmluZWQge1xuICBpZiAoIWEgJiYgIWIpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IG91dCA9IFsuLi4oYSA/PyBbXSldO1xuICBmb3IgKGNvbnN0IHggb2YgYiA/PyBbXSkgaWYgKCFvdXQuaW5jbHVkZXMoeCkpIG91dC5wdXNoKHgpO1xuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBtZXJnZUJ5S2V5PFQ+KGE6IFRbXSB8IHVuZGVmaW5lZCwgYjogVFtdIHwgdW5kZWZpbmVkLCBrZXk6ICh0OiBUKSA9PiBzdHJpbmcsIG1lcmdlOiAoeDogVCwgeTogVCkgPT4gVCk6IFRbXSB8IHVuZGVmaW5lZCB7XG4gIGlmICghYSAmJiAhYikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgb3V0ID0gWy4uLihhID8/IFtdKV07XG4gIGZvciAoY29uc3QgaXRlbSBvZiBiID8/IFtdKSB7XG4gICAgY29uc3QgaSA9IG91dC5maW5kSW5kZXgoKHgpID0+IGtleSh4KSA9PT0ga2V5KGl0ZW0pKTtcbiAgICBpZiAoaSA+PSAwKSBvdXRbaV0gPSBtZXJnZShvdXRbaV0sIGl0ZW0pO1xuICAgIGVsc2Ugb3V0LnB1c2goaXRlbSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gbWVyZ2VPYmo8VCBleHRlbmRzIG9iamVjdD4oYTogVCB8IHVuZGVmaW5lZCwgYjogVCB8IHVuZGVmaW5lZCk6IFQgfCB1bmRlZmluZWQge1xuICBpZiAoIWEpIHJldHVybiBiO1xuICBpZiAoIWIpIHJldHVybiBhO1xuICByZXR1cm4gY2xlYW4oeyAuLi5hLCAuLi5iIH0pO1xufVxuXG5mdW5jdGlvbiBqb2luU2NyaXB0cyhhOiBzdHJpbmcgfCB1bmRlZmluZWQsIGI6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICghYSkgcmV0dXJuIGI7XG4gIGlmICghYikgcmV0dXJuIGE7XG4gIHJldHVybiBgJHthLnJlcGxhY2UoL1xccyskLywgJycpfVxcblxcbiR7Yn1gO1xufVxuXG4vKipcbiAqIE1lcmdlcyBhIGNoaWxkIHRlbXBsYXRlIG92ZXIgaXRzIChhbHJlYWR5IG1lcmdlZCkgcGFyZW50LiBUaGUgcnVsZXM6XG4gKiBwYWNrYWdlIGxpc3RzIGFyZSBhcHBlbmRlZCB3aXRob3V0IGR1cGxpY2F0ZXM7IHNlcnZpY2VzLCB1c2VycywgcGFyYW1ldGVycyBhbmQgZmlsZXNcbiAqIGFyZSBtZXJnZWQgYnkgbmFtZSAoZGVzdGluYXRpb24gZm9yIGZpbGVzKSwgdGhlIGNoaWxkJ3MgZmllbGRzIHdpbm5pbmc7IHRhZ3MsIHZhcmlhYmxlc1xuICogYW5kIG5lc3RlZCBzZXR0aW5ncyBhcmUgbWVyZ2VkIGtleSBieSBrZXksIHRoZSBjaGlsZCB3aW5uaW5nOyBzY3JpcHRzIChwb3N0X2luc3RhbGwsXG4gKiB1c2VyX2RhdGEpIHJ1biBwYXJlbnQgZmlyc3QsIHRoZW4gY2hpbGQ7IGFueSBvdGhlciB2YWx1ZSBpcyB0aGUgY2hpbGQncyB3aGVuIGl0IHNldHMgaXQuXG4gKiBJZGVudGl0eSAobmFtZSwgc2x1ZywgZGVzY3JpcHRpb24sIGluaGVyaXRzKSBpcyBuZXZlciBpbmhlcml0ZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXJnZURlZmluaXRpb25zKHBhcmVudDogVGVtcGxhdGVEZWZpbml0aW9uLCBjaGlsZDogVGVtcGxhdGVEZWZpbml0aW9uKTogVGVtcGxhdGVEZWZpbml0aW9uIHtcbiAgY29uc3QgcGFja2FnZXM6IFRlbXBsYXRlUGFja2FnZXMgfCB1bmRlZmluZWQgPSBwYXJlbnQucGFja2FnZXMgfHwgY2hpbGQucGFja2FnZXMgPyBjbGVhbih7XG4gICAgc3lzdGVtOiBhcHBlbmRVbmlxdWUocGFyZW50LnBhY2thZ2VzPy5zeXN0ZW0sIGNoaWxkLnBhY2thZ2VzPy5zeXN0ZW0pLFxuICAgIGNvbmRhOiBhcHBlbmRVbmlxdWUocGFyZW50LnBhY2thZ2VzPy5jb25kYSwgY2hpbGQucGFja2FnZXM/LmNvbmRhKSxcbiAgICBwaXA6IGFwcGVuZFVuaXF1ZShwYXJlbnQucGFja2FnZXM/LnBpcCwgY2hpbGQucGFja2FnZXM/LnBpcCksXG4gICAgc3BhY2s6IGFwcGVuZFVuaXF1ZShwYXJlbnQucGFja2FnZXM/LnNwYWNrLCBjaGlsZC5wYWNrYWdlcz8uc3BhY2spLFxuICB9KSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgaW5zdCA9IHBhcmVudC5pbnN0YW5jZURlZmF1bHRzIHx8IGNoaWxkLmluc3RhbmNlRGVmYXVsdHMgPyBjbGVhbih7XG4gICAgLi4ucGFyZW50Lmluc3RhbmNlRGVmYXVsdHMsXG4gICAgLi4uY2hpbGQuaW5zdGFuY2VEZWZhdWx0cyxcbiAgICBwb3J0czogYXBwZW5kVW5pcXVlKHBhcmVudC5pbnN0YW5jZURlZmF1bHRzPy5wb3J0cz8ubWFwKFN0cmluZyksIGNoaWxkLmluc3RhbmNlRGVmYXVsdHM/LnBvcnRzPy5tYXAoU3RyaW5nKSk/Lm1hcChOdW1iZXIpLFxuICAgIGVzdGltYXRlZENvc3RQZXJIb3VyOiBtZXJnZU9iaihwYXJlbnQuaW5zdGFuY2VEZWZhdWx0cz8uZXN0aW1hdGVkQ29zdFBlckhvdXIsIGNoaWxkLmluc3RhbmNlRGVmYXVsdHM/LmVzdGltYXRlZENvc3RQZXJIb3VyKSxcbiAgfSkgOiB1bmRlZmluZWQ7XG4gIHJldHVybiBjbGVhbih7XG4gICAgLi4ucGFyZW50LFxuICAgIC4uLmNoaWxkLFxuICAgIG5hbWU6IGNoaWxkLm5hbWUsXG4gICAgc2x1ZzogY2hpbGQuc2x1ZyxcbiAgICBkZXNjcmlwdGlvbjogY2hpbGQuZGVzY3JpcHRpb24sXG4gICAgbG9uZ0Rlc2NyaXB0aW9uOiBjaGlsZC5sb25nRGVzY3JpcHRpb24sXG4gICAgaW5oZXJpdHM6IGNoaWxkLmluaGVyaXRzLFxuICAgIC8vIEhvdyB1c2VycyBjb25uZWN0IGlzIGRlY2lkZWQgcGVyIHRlbXBsYXRlOiBhIGNoaWxkIGFkZGluZyBhIHdlYiBzZXJ2aWNlIG9yIGEgZGVza3RvcFxuICAgIC8vIG11c3Qgbm90IGluaGVyaXQgaXRzIHBhcmVudCdzIGV4cGxpY2l0IFwic3NoXCIuXG4gICAgY29ubmVjdGlvblR5cGU6IGNoaWxkLmNvbm5lY3Rpb25UeXBlLFxuICAgIHNvdXJjZTogY2hpbGQuc291cmNlLFxuICAgIGJhc2U6IGNoaWxkLmJhc2UgPz8gcGFyZW50LmJhc2UsXG4gICAgcGFja2FnZXMsXG4gICAgc2VydmljZXM6IG1lcmdlQnlLZXk8VGVtcGxhdGVTZXJ2aWNlPihwYXJlbnQuc2VydmljZXMsIGNoaWxkLnNlcnZpY2VzLCAocykgPT4gcy5uYW1lLCAoeCwgeSkgPT4gY2xlYW4oeyAuLi54LCAuLi55IH0pKSxcbiAgICB1c2VyczogbWVyZ2VCeUtleTxUZW1wbGF0ZVVzZXI+KHBhcmVudC51c2VycywgY2hpbGQudXNlcnMsICh1KSA9PiB1Lm5hbWUsXG4gICAgICAoeCwgeSkgPT4gY2xlYW4oeyAuLi54LCAuLi55LCBncm91cHM6IGFwcGVuZFVuaXF1ZSh4Lmdyb3VwcywgeS5ncm91cHMpIH0pKSxcbiAgICBmaWxlczogbWVyZ2VCeUtleTxUZW1wbGF0ZUZpbGU+KHBhcmVudC5maWxlcywgY2hpbGQuZmlsZXMsIChmKSA9PiBmLmRlc3RpbmF0aW9uLCAoX3gsIHkpID0+IHkpLFxuICAgIHBhcmFtZXRlcnM6IG1lcmdlQnlLZXk8VGVtcGxhdGVQYXJhbWV0ZXI+KHBhcmVudC5wYXJhbWV0ZXJzLCBjaGlsZC5wYXJhbWV0ZXJzLCAocCkgPT4gcC5uYW1lLCAoeCwgeSkgPT4gY2xlYW4oeyAuLi54LCAuLi55IH0pKSxcbiAgICBwb3N0SW5zdGFsbDogam9pblNjcmlwdHMocGFyZW50LnBvc3RJbnN0YWxsLCBjaGlsZC5wb3N0SW5zdGFsbCksXG4gICAgdXNlckRhdGE6IGpvaW5TY3JpcHRzKHBhcmVudC51c2VyRGF0YSwgY2hpbGQudXNlckRhdGEpLFxuICAgIHZhcmlhYmxlczogbWVyZ2VPYmoocGFyZW50LnZhcmlhYmxlcywgY2hpbGQudmFyaWFibGVzKSxcbiAgICB0YWdzOiBtZXJnZU9iaihwYXJlbnQudGFncywgY2hpbGQudGFncyksXG4gICAgaWRsZURldGVjdGlvbjogbWVyZ2VPYmoocGFyZW50LmlkbGVEZXRlY3Rpb24sIGNoaWxkLmlkbGVEZXRlY3Rpb24pLFxuICAgIHJlc2VhcmNoVXNlcjogbWVyZ2VPYmoocGFyZW50LnJlc2VhcmNoVXNlciwgY2hpbGQucmVzZWFyY2hVc2VyKSxcbiAgICBhbWlDb25maWc6IG1lcmdlT2JqKHBhcmVudC5hbWlDb25maWcsIGNoaWxkLmFtaUNvbmZpZyksXG4gICAgaW5zdGFuY2VEZWZhdWx0czogaW5zdCxcbiAgfSk7XG59XG5cbi8qKlxuICogUmVuZGVycyBldmVyeSBge3submFtZX19YCBpbiBhIGRlZmluaXRpb24ncyB0ZXh0IGZpZWxkcy4gRXJyb3JzIHBvaW50IGF0IHRoZSBhY3Rpb24gaW5cbiAqIHRoZSBmaWxlIHRoZSBmaWVsZCBjYW1lIGZyb20uXG4gKi9cbmZ1bmN0aW9uIHJlbmRlckRlZmluaXRpb24oZW50cnk6IENhdGFsb2dFbnRyeSwgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+LCBkYXRhTmFtZXM6IFJlYWRvbmx5U2V0PHN0cmluZz4gPSBuZXcgU2V0KCkpOiBUZW1wbGF0ZURlZmluaXRpb24ge1xuICBjb25zdCBkZWYgPSBlbnRyeS5kZWZpbml0aW9uO1xuICBjb25zdCBlcnJvcnM6IERpYWdub3N0aWNbXSA9IFtdO1xuICBjb25zdCBmaWVsZE9mID0gKHBhdGg6IFlhbWxQYXRoKSA9PiBwYXRoLm1hcCgocCkgPT4gdHlwZW9mIHAgPT09ICdudW1iZXInID8gYFske3B9XWAgOiBwKS5qb2luKCcuJykucmVwbGFjZSgvXFwuXFxbL2csICdbJyk7XG4gIC8vIFNjcmlwdHM6IGZyZWUtdGV4dCB2YWx1ZXMgYXJlIHdyaXR0ZW4gYXMgcXVvdGVkIGRhdGEgKHNlZSBzaGVsbC1yZW5kZXIudHMpLlxuICBjb25zdCBzaCA9ICh0ZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQsIHBhdGg6IFlhbWxQYXRoKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IHtcbiAgICBpZiAodGV4dCA9PT0gdW5kZWZpbmVkIHx8ICF0ZXh0LmluY2x1ZGVzKCd7eycpKSByZXR1cm4gdGV4dDtcbiAgICB0cnkge1xuICAgICAgY29uc3Qgb3V0ID0gcmVuZGVyU2hlbGxUZW1wbGF0ZSh0ZXh0LCB2YWx1ZXMsIChuKSA9PiBkYXRhTmFtZXMuaGFzKG4pKTtcbiAgICAgIGZvciAoY29uc3QgcCBvZiBvdXQucHJvYmxlbXMpIHtcbiAgICAgICAgZXJyb3JzLnB1c2gocHJvYmxlbSh7XG4gICAgICAgICAgY29kZTogcC5jb2RlLFxuICAgICAgICAgIG1lc3NhZ2U6IHAubWVzc2FnZSxcbiAgICAgICAgICBmaWVsZDogZmllbGRPZihwYXRoKSxcbiAgICAgICAgICB2YWx1ZTogcC5zbmlwcGV0LFxuICAgICAgICAgIGZpeDogcC5maXgsXG4gICAgICAgICAgbG9jYXRpb246IGVudHJ5LnNvdXJjZSA/IGVudHJ5LnNvdXJjZS5sb2NhdGVXaXRoaW4ocGF0aCwgcC5zbmlwcGV0KSA6IHsgZmlsZTogZGVmLnNvdXJjZSB9LFxuICAgICAgICB9KSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gb3V0LnRleHQ7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBUZW1wbGF0ZVN5bnRheEVycm9yKSByZXR1cm4gcih0ZXh0LCBwYXRoKTtcbiAgICAgIHRocm93IGU7XG4gICAgfVxuICB9O1xuICBjb25zdCByID0gKHRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZCwgcGF0aDogWWFtbFBhdGgpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4ge1xuICAgIGlmICh0ZXh0ID09PSB1bmRlZmluZWQgfHwgIXRleHQuaW5jbHVkZXMoJ3t7JykpIHJldHVybiB0ZXh0O1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcmVuZGVyR29UZW1wbGF0ZSh0ZXh0LCB2YWx1ZXMpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgVGVtcGxhdGVTeW50YXhFcnJvcikge1xuICAgICAgICBlcnJvcnMucHVzaChwcm9ibGVtKHtcbiAgICAgICAgICBjb2RlOiAndGVtcGxhdGUtZXhwcmVzc2lvbicsXG4gICAgICAgICAgbWVzc2FnZTogZS5tZXNzYWdlLFxuICAgICAgICAgIGZpZWxkOiBwYXRoLm1hcCgocCkgPT4gdHlwZW9mIHAgPT09ICdudW1iZXInID8gYFske3B9XWAgOiBwKS5qb2luKCcuJykucmVwbGFjZSgvXFwuXFxbL2csICdbJyksXG4gICAgICAgICAgdmFsdWU6IGUuc25pcHBldCxcbiAgICAgICAgICBmaXg6IGUuZml4LFxuICAgICAgICAgIGxvY2F0aW9uOiBlbnRyeS5zb3VyY2UgPyBlbnRyeS5zb3VyY2UubG9jYXRlV2l0aGluKHBhdGgsIGUuc25pcHBldCkgOiB7IGZpbGU6IGRlZi5zb3VyY2UgfSxcbiAgICAgICAgfSkpO1xuICAgICAgICByZXR1cm4gdGV4dDtcbiAgICAgIH1cbiAgICAgIHRocm93IGU7XG4gICAgfVxuICB9O1xuICBjb25zdCBybCA9IChsaXN0OiBzdHJpbmdbXSB8IHVuZGVmaW5lZCwgcGF0aDogWWFtbFBhdGgpID0+IGxpc3Q/Lm1hcCgoeCwgaSkgPT4gcih4LCBbLi4ucGF0aCwgaV0pIGFzIHN0cmluZyk7XG4gIGNvbnN0IG91dDogVGVtcGxhdGVEZWZpbml0aW9uID0gY2xlYW4oe1xuICAgIC4uLmRlZixcbiAgICBkZXNjcmlwdGlvbjogcihkZWYuZGVzY3JpcHRpb24sIFsnZGVzY3JpcHRpb24nXSkgYXMgc3RyaW5nLFxuICAgIGxvbmdEZXNjcmlwdGlvbjogcihkZWYubG9uZ0Rlc2NyaXB0aW9uLCBbJ2xvbmdfZGVzY3JpcHRpb24nXSksXG4gICAgcGFja2FnZXM6IGRlZi5wYWNrYWdlcyA/IGNsZWFuKHtcbiAgICAgIHN5c3RlbTogcmwoZGVmLnBhY2thZ2VzLnN5c3RlbSwgWydwYWNrYWdlcycsICdzeXN0ZW0nXSksXG4gICAgICBjb25kYTogcmwoZGVmLnBhY2thZ2VzLmNvbmRhLCBbJ3BhY2thZ2VzJywgJ2NvbmRhJ10pLFxuICAgICAgcGlwOiBybChkZWYucGFja2FnZXMucGlwLCBbJ3BhY2thZ2VzJywgJ3BpcCddKSxcbiAgICAgIHNwYWNrOiBybChkZWYucGFja2FnZXMuc3BhY2ssIFsncGFja2FnZXMnLCAnc3BhY2snXSksXG4gICAgfSkgOiB1bmRlZmluZWQsXG4gICAgc2VydmljZXM6IGRlZi5zZXJ2aWNlcz8ubWFwKChzLCBpKSA9PiBjbGVhbih7XG4gICAgICAuLi5zLFxuICAgICAgbmFtZTogcihzLm5hbWUsIFsnc2VydmljZXMnLCBpLCAnbmFtZSddKSBhcyBzdHJpbmcsXG4gICAgICBjb25maWc6IHJsKHMuY29uZmlnLCBbJ3NlcnZpY2VzJywgaSwgJ2NvbmZpZyddKSxcbiAgICAgIGJpbmRBZGRyZXNzOiByKHMuYmluZEFkZHJlc3MsIFsnc2VydmljZXMnLCBpLCAnYmluZF9hZGRyZXNzJ10pLFxuICAgICAgY29tbWFuZDogc2gocy5jb21tYW5kLCBbJ3NlcnZpY2VzJywgaSwgJ2NvbW1hbmQnXSksXG4gICAgfSkpLFxuICAgIHVzZXJzOiBkZWYudXNlcnM/Lm1hcCgodSwgaSkgPT4gY2xlYW4oe1xuICAgICAgLi4udSxcbiAgICAgIG5hbWU6IHIodS5uYW1lLCBbJ3VzZXJzJywgaSwgJ25hbWUnXSkgYXMgc3RyaW5nLFxuICAgICAgZ3JvdXBzOiBybCh1Lmdyb3VwcywgWyd1c2VycycsIGksICdncm91cHMnXSksXG4gICAgICBzaGVsbDogcih1LnNoZWxsLCBbJ3VzZXJzJywgaSwgJ3NoZWxsJ10pLFxuICAgIH0pKSxcbiAgICBmaWxlczogZGVmLmZpbGVzPy5tYXAoKGYsIGkpID0+IGNsZWFuKHtcbiAgICAgIC4uLmYsXG4gICAgICBkZXN0aW5hdGlvbjogcihmLmRlc3RpbmF0aW9uLCBbJ2ZpbGVzJywgaSwgJ2Rlc3RpbmF0aW9uJ10pIGFzIHN0cmluZyxcbiAgICAgIGNvbnRlbnQ6IHIoZi5jb250ZW50LCBbJ2ZpbGVzJywgaSwgJ2NvbnRlbnQnXSksXG4gICAgICBzb3VyY2U6IHIoZi5zb3VyY2UsIFsnZmlsZXMnLCBpLCAnc291cmNlJ10pLFxuICAgICAgb3duZXI6IHIoZi5vd25lciwgWydmaWxlcycsIGksICdvd25lciddKSxcbiAgICAgIGdyb3VwOiByKGYuZ3JvdXAsIFsnZmlsZXMnLCBpLCAnZ3JvdXAnXSksXG4gICAgfSkpLFxuICAgIHBvc3RJbnN0YWxsOiBzaChkZWYucG9zdEluc3RhbGwsIFsncG9zdF9pbnN0YWxsJ10pLFxuICAgIHVzZXJEYXRhOiBzaChkZWYudXNlckRhdGEsIFsndXNlcl9kYXRhJ10pLFxuICAgIHRhZ3M6IGRlZi50YWdzID8gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKGRlZi50YWdzKS5tYXAoKFtrLCB2XSkgPT4gW2ssIHIodiwgWyd0YWdzJywga10pIGFzIHN0cmluZ10pKSA6IHVuZGVmaW5lZCxcbiAgICBpbnN0YW5jZURlZmF1bHRzOiBkZWYuaW5zdGFuY2VEZWZhdWx0cyA/IGNsZWFuKHsgLi4uZGVmLmluc3RhbmNlRGVmYXVsdHMsIHR5cGU6IHIoZGVmLmluc3RhbmNlRGVmYXVsdHMudHlwZSwgWydpbnN0YW5jZV9kZWZhdWx0cycsICd0eXBlJ10pIH0pIDogdW5kZWZpbmVkLFxuICAgIGFtaUNvbmZpZzogZGVmLmFtaUNvbmZpZyA/IGNsZWFuKHsgLi4uZGVmLmFtaUNvbmZpZywgdXNlckRhdGFTY3JpcHQ6IHNoKGRlZi5hbWlDb25maWcudXNlckRhdGFTY3JpcHQsIFsnYW1pX2NvbmZpZycsICd1c2VyX2RhdGFfc2NyaXB0J10pIH0pIDogdW5kZWZpbmVkLFxuICAgIHJlc2VhcmNoVXNlcjogZGVmLnJlc2VhcmNoVXNlciA/IGNsZWFuKHtcbiAgICAgIC4uLmRlZi5yZXNlYXJjaFVzZXIsXG4gICAgICBlZnNNb3VudFBvaW50OiByKGRlZi5yZXNlYXJjaFVzZXIuZWZzTW91bnRQb2ludCwgWydyZXNlYXJjaF91c2VyJywgJ2Vmc19tb3VudF9wb2ludCddKSxcbiAgICAgIGVmc0hvbWVTdWJkaXJlY3Rvcnk6IHIoZGVmLnJlc2VhcmNoVXNlci5lZnNIb21lU3ViZGlyZWN0b3J5LCBbJ3Jlc2VhcmNoX3VzZXInLCAnZWZzX2hvbWVfc3ViZGlyZWN0b3J5J10pLFxuICAgICAgZGVmYXVsdFNoZWxsOiByKGRlZi5yZXNlYXJjaFVzZXIuZGVmYXVsdFNoZWxsLCBbJ3Jlc2VhcmNoX3VzZXInLCAnZGVmYXVsdF9zaGVsbCddKSxcbiAgICAgIGRlZmF1bHRHcm91cHM6IHJsKGRlZi5yZXNlYXJjaFVzZXIuZGVmYXVsdEdyb3VwcywgWydyZXNlYXJjaF91c2VyJywgJ2RlZmF1bHRfZ3JvdXBzJ10pLFxuICAgICAgZGVmYXVsdEVudmlyb25tZW50OiBkZWYucmVzZWFyY2hVc2VyLmRlZmF1bHRFbnZpcm9ubWVudFxuICAgICAgICA/IE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyhkZWYucmVzZWFyY2hVc2VyLmRlZmF1bHRFbnZpcm9ubWVudCkubWFwKChbaywgdl0pID0+IFtrLCByKHYsIFsncmVzZWFyY2hfdXNlcicsICdkZWZhdWx0X2Vudmlyb25tZW50Jywga10pIGFzIHN0cmluZ10pKVxuICAgICAgICA6IHVuZGVmaW5lZCxcbiAgICB9KSA6IHVuZGVmaW5lZCxcbiAgfSk7XG4gIGlmIChlcnJvcnMubGVuZ3RoKSB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihlcnJvcnMsIGVycm9ycy5sZW5ndGggPiAxID8gYCR7ZGVmLnNvdXJjZX06IHRlbXBsYXRlIFwiJHtkZWYuc2x1Z31cIiBoYXMgJHtlcnJvcnMubGVuZ3RofSBwcm9ibGVtc2AgOiB1bmRlZmluZWQpO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogSW5wdXRzIG9mIGEgcmVzb2x1dGlvbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZVJlcXVlc3Qge1xuICByZWFkb25seSBrZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgcGFyYW1ldGVycz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+O1xufVxuXG4vKiogV2hhdCByZXNvbHV0aW9uIHByb2R1Y2VzICh0aGUgcHVibGljIFJlc29sdmVkVGVtcGxhdGUgaXMgYnVpbHQgZnJvbSBpdCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdXRpb25SZXN1bHQge1xuICByZWFkb25seSBkZWZpbml0aW9uOiBUZW1wbGF0ZURlZmluaXRpb247XG4gIHJlYWRvbmx5IGNoYWluOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgcGFyYW1ldGVyVmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICByZWFkb25seSB3YXJuaW5nczogRGlhZ25vc3RpY1tdO1xuICByZWFkb25seSBvczogT3BlcmF0aW5nU3lzdGVtO1xuICByZWFkb25seSBjb25uZWN0aW9uVHlwZTogQ29ubmVjdGlvblR5cGU7XG4gIHJlYWRvbmx5IHBhY2thZ2VNYW5hZ2VyOiBQYWNrYWdlTWFuYWdlcjtcbiAgcmVhZG9ubHkgbWluaW11bVNpemU/OiBXb3Jrc3BhY2VTaXplO1xufVxuXG4vKipcbiAqIFJlc29sdmVzIGEgdGVtcGxhdGU6IGluaGVyaXRhbmNlLCBwYXJhbWV0ZXJzLCByZW5kZXJpbmcgYW5kIHRoZSBjaGVja3MgdGhhdCBuZWVkIHRoZVxuICogd2hvbGUgcGljdHVyZS5cbiAqL1xuZXhwb3J0IGNsYXNzIFJlc29sdmVyIHtcbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBsb29rdXA6IChrZXk6IHN0cmluZykgPT4gQ2F0YWxvZ0VudHJ5IHwgdW5kZWZpbmVkLCBwcml2YXRlIHJlYWRvbmx5IGtub3duOiAoKSA9PiBzdHJpbmdbXSkge31cblxuICBwdWJsaWMgcmVzb2x2ZShyZXE6IFJlc29sdmVSZXF1ZXN0KTogUmVzb2x1dGlvblJlc3VsdCB7XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLm11c3RGaW5kKHJlcS5rZXksIFtdLCB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHdhcm5pbmdzOiBEaWFnbm9zdGljW10gPSBbLi4uZW50cnkud2FybmluZ3NdO1xuICAgIC8vIDEuIEluaGVyaXRhbmNlIG9yZGVyOiBwYXJlbnRzIGRlcHRoLWZpcnN0LCBsZWZ0IHRvIHJpZ2h0LCBlYWNoIG9uY2UsIHRoZSB0ZW1wbGF0ZSBsYXN0LlxuICAgIGNvbnN0IG9yZGVyOiBDYXRhbG9nRW50cnlbXSA9IFtdO1xuICAgIHRoaXMuY29sbGVjdChlbnRyeSwgW10sIG9yZGVyLCB3YXJuaW5ncyk7XG4gICAgY29uc3QgY2hhaW4gPSBvcmRlci5tYXAoKGUpID0+IGUuZGVmaW5pdGlvbi5zbHVnKTtcblxuICAgIC8vIDIuIFBhcmFtZXRlcnM6IG1lcmdlZCBvdmVyIHRoZSBjaGFpbiwgdGhlbiB2YWx1ZXMgY2hlY2tlZC5cbiAgICBsZXQgbWVyZ2VkUGFyYW1zOiBUZW1wbGF0ZVBhcmFtZXRlcltdID0gW107XG4gICAgZm9yIChjb25zdCBlIG9mIG9yZGVyKSB7XG4gICAgICBtZXJnZWRQYXJhbXMgPSBtZXJnZUJ5S2V5KG1lcmdlZFBhcmFtcywgZS5kZWZpbml0aW9uLnBhcmFtZXRlcnMsIChwKSA9PiBwLm5hbWUsICh4LCB5KSA9PiBjbGVhbih7IC4uLngsIC4uLnkgfSkpID8/IFtdO1xuICAgIH1cbiAgICBtZXJnZWRQYXJhbXMgPSBtZXJnZWRQYXJhbXMubWFwKChwKSA9PiAoeyAuLi5wLCB0eXBlOiBwLnR5cGUgPz8gUGFyYW1ldGVyVHlwZS5TVFJJTkcgfSkpO1xuICAgIGNvbnN0IGdpdmVuID0gcmVxLnBhcmFtZXRlcnMgPz8ge307XG4gICAgY29uc3QgcGFyYW1FcnJvcnM6IERpYWdub3N0aWNbXSA9IFtdO1xuICAgIGNvbnN0IHZhbHVlczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9O1xuICAgIGZvciAoY29uc3QgcCBvZiBtZXJnZWRQYXJhbXMpIHtcbiAgICAgIGNvbnN0IHYgPSBnaXZlbltwLm5hbWVdID8/IHAuZGVmYXVsdDtcbiAgICAgIGlmICh2ID09PSB1bmRlZmluZWQgfHwgKHYgPT09ICcnICYmIHAucmVxdWlyZWQpKSB7XG4gICAgICAgIGlmIChwLnJlcXVpcmVkKSB7XG4gICAgICAgICAgcGFyYW1FcnJvcnMucHVzaChwcm9ibGVtKHtcbiAgICAgICAgICAgIGNvZGU6ICdtaXNzaW5nLXBhcmFtZXRlcicsXG4gICAgICAgICAgICBtZXNzYWdlOiBgcGFyYW1ldGVyIFwiJHtwLm5hbWV9XCIgaXMgcmVxdWlyZWRgLFxuICAgICAgICAgICAgZmllbGQ6IGBwYXJhbWV0ZXJzLiR7cC5uYW1lfWAsXG4gICAgICAgICAgICBmaXg6IGBwYXNzIGEgdmFsdWUgZm9yICR7cC5uYW1lfSR7cC5jaG9pY2VzID8gYCAob25lIG9mICR7cC5jaG9pY2VzLmpvaW4oJywgJyl9KWAgOiAnJ31gLFxuICAgICAgICAgICAgbG9jYXRpb246IHsgZmlsZTogZW50cnkuZGVmaW5pdGlvbi5zb3VyY2UgfSxcbiAgICAgICAgICB9KSk7XG4gICAgICAgIH1cbiAgICAgICAgdmFsdWVzW3AubmFtZV0gPSAnJztcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBjb25zdCBiYWQgPSB2ID09PSAnJyA/IHVuZGVmaW5lZCA6IGNoZWNrUGFyYW1ldGVyVmFsdWUocCwgdik7XG4gICAgICBpZiAoYmFkKSB7XG4gICAgICAgIHBhcmFtRXJyb3JzLnB1c2gocHJvYmxlbSh7XG4gICAgICAgICAgY29kZTogJ2ludmFsaWQtcGFyYW1ldGVyJyxcbiAgICAgICAgICBtZXNzYWdlOiBgdmFsdWUgb2YgcGFyYW1ldGVyIFwiJHtwLm5hbWV9XCIgJHtiYWR9YCxcbiAgICAgICAgICBmaWVsZDogYHBhcmFtZXRlcnMuJHtwLm5hbWV9YCxcbiAgICAgICAgICB2YWx1ZTogdixcbiAgICAgICAgICBmaXg6IHAudHlwZSA9PT0gJ2Nob2ljZScgPyBgdXNlIG9uZSBvZiAkeyhwLmNob2ljZXMgPz8gW10pLmpvaW4oJywgJyl9YCA6IGJhZC5pbmNsdWRlcygnc3RhcnRzIHdpdGggXCItXCInKSA/IGxlYWRpbmdEYXNoRml4KHAubmFtZSkgOiBwLnBhdHRlcm4gPyBgdXNlIGEgdmFsdWUgbWF0Y2hpbmcgJHtwLnBhdHRlcm59YCA6ICd1c2UgbGV0dGVycywgZGlnaXRzLCBzcGFjZXMgYW5kIC4gLCA6IC8gPSArIEAgJSAtIF8gb25seScsXG4gICAgICAgICAgbG9jYXRpb246IHsgZmlsZTogZW50cnkuZGVmaW5pdGlvbi5zb3VyY2UgfSxcbiAgICAgICAgfSkpO1xuICAgICAgfVxuICAgICAgdmFsdWVzW3AubmFtZV0gPSB2O1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgT2JqZWN0LmtleXMoZ2l2ZW4pKSB7XG4gICAgICBpZiAoIW1lcmdlZFBhcmFtcy5zb21lKChwKSA9PiBwLm5hbWUgPT09IG5hbWUpKSB7XG4gICAgICAgIHBhcmFtRXJyb3JzLnB1c2gocHJvYmxlbSh7XG4gICAgICAgICAgY29kZTogJ3Vua25vd24tcGFyYW1ldGVyJyxcbiAgICAgICAgICBtZXNzYWdlOiBgdGVtcGxhdGUgXCIke2VudHJ5LmRlZmluaXRpb24uc2x1Z31cIiBoYXMgbm8gcGFyYW1ldGVyIFwiJHtuYW1lfVwiYCxcbiAgICAgICAgICBmaWVsZDogYHBhcmFtZXRlcnMuJHtuYW1lfWAsXG4gICAgICAgICAgdmFsdWU6IGdpdmVuW25hbWVdLFxuICAgICAgICAgIGZpeDogbWVyZ2VkUGFyYW1zLmxlbmd0aCA/IGB1c2Ugb25lIG9mICR7bWVyZ2VkUGFyYW1zLm1hcCgocCkgPT4gcC5uYW1lKS5qb2luKCcsICcpfWAgOiAncmVtb3ZlIGl0OiB0aGlzIHRlbXBsYXRlIHRha2VzIG5vIHBhcmFtZXRlcnMnLFxuICAgICAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IGVudHJ5LmRlZmluaXRpb24uc291cmNlIH0sXG4gICAgICAgIH0pKTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHBhcmFtRXJyb3JzLmxlbmd0aCkgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IocGFyYW1FcnJvcnMsIGB0ZW1wbGF0ZSBcIiR7ZW50cnkuZGVmaW5pdGlvbi5zbHVnfVwiOiAke3BhcmFtRXJyb3JzLmxlbmd0aH0gcGFyYW1ldGVyIHByb2JsZW1zYCk7XG5cbiAgICAvLyAzLiBWYXJpYWJsZXMgKG1heSB1c2UgcGFyYW1ldGVycyksIHRoZW4gdGhlIGJ1aWx0LWlucy5cbiAgICBjb25zdCBhbGxWYWx1ZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IC4uLkJVSUxUSU5fVkFMVUVTLCAuLi52YWx1ZXMgfTtcbiAgICBmb3IgKGNvbnN0IGUgb2Ygb3JkZXIpIHtcbiAgICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGUuZGVmaW5pdGlvbi52YXJpYWJsZXMgPz8ge30pKSB7XG4gICAgICAgIGFsbFZhbHVlc1trXSA9IHYuaW5jbHVkZXMoJ3t7JykgPyByZW5kZXJEZWZpbml0aW9uVmFsdWUodiwgYWxsVmFsdWVzLCBlLCBbJ3ZhcmlhYmxlcycsIGtdKSA6IHY7XG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlcykpIGFsbFZhbHVlc1trXSA9IHY7XG5cbiAgICAvLyA0LiBSZW5kZXIgZWFjaCB0ZW1wbGF0ZSBvZiB0aGUgY2hhaW4sIHRoZW4gbWVyZ2UuIEZyZWUtdGV4dCB2YWx1ZXMgKHN0cmluZyBwYXJhbWV0ZXJzLFxuICAgIC8vIGFuZCB2YXJpYWJsZXMgdGhhdCB1c2UgYW55IHBhcmFtZXRlcikgYXJlIGRhdGE6IHNjcmlwdHMgZ2V0IHRoZW0gYXMgcXVvdGVkIHdvcmRzLlxuICAgIGNvbnN0IGRhdGFOYW1lcyA9IG5ldyBTZXQobWVyZ2VkUGFyYW1zLmZpbHRlcigocCkgPT4gcC50eXBlID09PSBQYXJhbWV0ZXJUeXBlLlNUUklORykubWFwKChwKSA9PiBwLm5hbWUpKTtcbiAgICBmb3IgKGNvbnN0IGUgb2Ygb3JkZXIpIHtcbiAgICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKGUuZGVmaW5pdGlvbi52YXJpYWJsZXMgPz8ge30pKSBpZiAodi5pbmNsdWRlcygne3snKSAmJiAhT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eS5jYWxsKHZhbHVlcywgaykpIGRhdGFOYW1lcy5hZGQoayk7XG4gICAgfVxuICAgIGxldCBtZXJnZWQ6IFRlbXBsYXRlRGVmaW5pdGlvbiB8IHVuZGVmaW5lZDtcbiAgICBmb3IgKGNvbnN0IGUgb2Ygb3JkZXIpIHtcbiAgICAgIGNvbnN0IHJlbmRlcmVkID0gcmVuZGVyRGVmaW5pdGlvbihlLCBhbGxWYWx1ZXMsIGRhdGFOYW1lcyk7XG4gICAgICBtZXJnZWQgPSBtZXJnZWQgPyBtZXJnZURlZmluaXRpb25zKG1lcmdlZCwgcmVuZGVyZWQpIDogcmVuZGVyZWQ7XG4gICAgfVxuICAgIGNvbnN0IGRlZiA9IGNsZWFuKHtcbiAgICAgIC4uLm1lcmdlZCEsXG4gICAgICBwYXJhbWV0ZXJzOiBtZXJnZWRQYXJhbXMubGVuZ3RoID8gbWVyZ2VkUGFyYW1zIDogdW5kZWZpbmVkLFxuICAgICAgLy8gUHJpc20ncyBkZWZhdWx0OiBhIHNlcnZpY2Ugd2l0aCBhIHBvcnQgaXMgZW5hYmxlZCB1bmxlc3MgaXQgc2F5cyBvdGhlcndpc2UuXG4gICAgICBzZXJ2aWNlczogbWVyZ2VkIS5zZXJ2aWNlcz8ubWFwKChzKSA9PiBjbGVhbih7IC4uLnMsIGVuYWJsZTogcy5lbmFibGUgPz8gKHMucG9ydCAhPT0gdW5kZWZpbmVkICYmIHMucG9ydCA+IDApIH0pKSxcbiAgICB9KTtcblxuICAgIC8vIDUuIENoZWNrcyBvbiB0aGUgd2hvbGUuXG4gICAgY29uc3QgZXJyb3JzOiBEaWFnbm9zdGljW10gPSBbXTtcbiAgICBjb25zdCBvcyA9IGRlZi5iYXNlIGFzIE9wZXJhdGluZ1N5c3RlbTtcbiAgICBpZiAoIW9zKSB7XG4gICAgICBlcnJvcnMucHVzaChwcm9ibGVtKHsgY29kZTogJ21pc3NpbmctZmllbGQnLCBtZXNzYWdlOiAnbm8gdGVtcGxhdGUgaW4gdGhlIGluaGVyaXRhbmNlIGNoYWluIHNldHMgXCJiYXNlXCInLCBmaWVsZDogJ2Jhc2UnLCBmaXg6ICdhZGQgYmFzZTogPG9zPiB0byB0aGUgdGVtcGxhdGUgb3IgYSBwYXJlbnQnLCBsb2NhdGlvbjogeyBmaWxlOiBkZWYuc291cmNlIH0gfSkpO1xuICAgIH1cbiAgICBjb25zdCBwYWNrYWdlTWFuYWdlciA9IGRlZi5wYWNrYWdlTWFuYWdlciA/PyAob3MgPyBzeXN0ZW1QYWNrYWdlTWFuYWdlcihvcykgOiBQYWNrYWdlTWFuYWdlci5BUFQpO1xuICAgIC8vIENoZWNrcyB0aGF0IG9ubHkgbWFrZSBzZW5zZSBvbiB0aGUgbWVyZ2VkIHJlc3VsdCAoYSBjaGlsZCBjYW4gYnJlYWsgd2hhdCBlYWNoIGZpbGUgYWxvbmUgZ290IHJpZ2h0KS5cbiAgICBjb25zdCBvd25lck9mID0gKHByZWQ6IChkOiBUZW1wbGF0ZURlZmluaXRpb24pID0+IGJvb2xlYW4pID0+IHtcbiAgICAgIGZvciAobGV0IGkgPSBvcmRlci5sZW5ndGggLSAxOyBpID49IDA7IGktLSkgaWYgKHByZWQob3JkZXJbaV0uZGVmaW5pdGlvbikpIHJldHVybiBvcmRlcltpXTtcbiAgICAgIHJldHVybiBvcmRlcltvcmRlci5sZW5ndGggLSAxXTtcbiAgICB9O1xuICAgIGNvbnN0IGhhcyA9IChrOiBrZXlvZiBUZW1wbGF0ZVBhY2thZ2VzKSA9PiAoZGVmLnBhY2thZ2VzPy5ba10gPz8gW10pLmxlbmd0aCA+IDA7XG4gICAgaWYgKChwYWNrYWdlTWFuYWdlciA9PT0gUGFja2FnZU1hbmFnZXIuQVBUIHx8IHBhY2thZ2VNYW5hZ2VyID09PSBQYWNrYWdlTWFuYWdlci5ETkYpICYmIChoYXMoJ2NvbmRhJykgfHwgaGFzKCdzcGFjaycpKSkge1xuICAgICAgY29uc3QgayA9IGhhcygnY29uZGEnKSA/ICdjb25kYScgOiAnc3BhY2snO1xuICAgICAgY29uc3QgZSA9IG93bmVyT2YoKGQpID0+IChkLnBhY2thZ2VzPy5ba10gPz8gW10pLmxlbmd0aCA+IDApO1xuICAgICAgZXJyb3JzLnB1c2gocHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdwYWNrYWdlLW1hbmFnZXItbWlzbWF0Y2gnLFxuICAgICAgICBtZXNzYWdlOiBgYWZ0ZXIgaW5oZXJpdGFuY2UgKCR7Y2hhaW4uam9pbignID4gJyl9KSB0aGUgcGFja2FnZSBtYW5hZ2VyIGlzICR7cGFja2FnZU1hbmFnZXJ9IGJ1dCAke2t9IHBhY2thZ2VzIGFyZSBsaXN0ZWQgKGZyb20gJHtlLmRlZmluaXRpb24uc2x1Z30pYCxcbiAgICAgICAgZmllbGQ6IGBwYWNrYWdlcy4ke2t9YCxcbiAgICAgICAgdmFsdWU6IHBhY2thZ2VNYW5hZ2VyLFxuICAgICAgICBmaXg6IGBzZXQgcGFja2FnZV9tYW5hZ2VyOiAke2t9IGluIFwiJHtkZWYuc2x1Z31cIiwgb3IgbW92ZSB0aGUgZW50cmllcyB0byBwYWNrYWdlcy5zeXN0ZW1gLFxuICAgICAgICBsb2NhdGlvbjogZS5zb3VyY2UgPyBlLnNvdXJjZS5sb2NhdGUoWydwYWNrYWdlcycsIGtdKSA6IHsgZmlsZTogZS5kZWZpbml0aW9uLnNvdXJjZSB9LFxuICAgICAgfSkpO1xuICAgIH1cbiAgICBpZiAocGFja2FnZU1hbmFnZXIgPT09IFBhY2thZ2VNYW5hZ2VyLkFNSSAmJiAoaGFzKCdzeXN0ZW0nKSB8fCBoYXMoJ2NvbmRhJykgfHwgaGFzKCdzcGFjaycpKSkge1xuICAgICAgZXJyb3JzLnB1c2gocHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdwYWNrYWdlLW1hbmFnZXItbWlzbWF0Y2gnLFxuICAgICAgICBtZXNzYWdlOiBgYWZ0ZXIgaW5oZXJpdGFuY2UgKCR7Y2hhaW4uam9pbignID4gJyl9KSBhbiBhbWkgdGVtcGxhdGUgbGlzdHMgcGFja2FnZXNgLFxuICAgICAgICBmaWVsZDogJ3BhY2thZ2VzJyxcbiAgICAgICAgdmFsdWU6IHBhY2thZ2VNYW5hZ2VyLFxuICAgICAgICBmaXg6ICdiYWtlIHRoZSBwYWNrYWdlcyBpbnRvIHRoZSBpbWFnZSwgb3IgY2hvb3NlIGFwdC9kbmYvY29uZGEnLFxuICAgICAgICBsb2NhdGlvbjogeyBmaWxlOiBkZWYuc291cmNlIH0sXG4gICAgICB9KSk7XG4gICAgfVxuICAgIGNvbnN0IGlkbGUgPSBkZWYuaWRsZURldGVjdGlvbjtcbiAgICBpZiAoaWRsZT8uaWRsZVRocmVzaG9sZE1pbnV0ZXMgIT09IHVuZGVmaW5lZCAmJiBpZGxlLmNoZWNrSW50ZXJ2YWxNaW51dGVzICE9PSB1bmRlZmluZWQgJiYgaWRsZS5jaGVja0ludGVydmFsTWludXRlcyA+IGlkbGUuaWRsZVRocmVzaG9sZE1pbnV0ZXNcbiAgICAgICYmICF3YXJuaW5ncy5zb21lKCh3KSA9PiB3LmNvZGUgPT09ICdpZGxlLWludGVydmFsJykpIHtcbiAgICAgIGNvbnN0IGUgPSBvd25lck9mKChkKSA9PiBkLmlkbGVEZXRlY3Rpb24/LmlkbGVUaHJlc2hvbGRNaW51dGVzICE9PSB1bmRlZmluZWQpO1xuICAgICAgd2FybmluZ3MucHVzaChwcm9ibGVtKHtcbiAgICAgICAgc2V2ZXJpdHk6IERpYWdub3N0aWNTZXZlcml0eS5XQVJOSU5HLFxuICAgICAgICBjb2RlOiAnaWRsZS1pbnRlcnZhbCcsXG4gICAgICAgIG1lc3NhZ2U6IGBhZnRlciBpbmhlcml0YW5jZSB0aGUgaWRsZSBhZ2VudCBjaGVja3MgZXZlcnkgJHtpZGxlLmNoZWNrSW50ZXJ2YWxNaW51dGVzfSBtaW51dGVzIGJ1dCBzdG9wcyBhZnRlciAke2lkbGUuaWRsZVRocmVzaG9sZE1pbnV0ZXN9LCBzbyBzdG9wcyBjb21lIGxhdGVgLFxuICAgICAgICBmaWVsZDogJ2lkbGVfZGV0ZWN0aW9uLmNoZWNrX2ludGVydmFsX21pbnV0ZXMnLFxuICAgICAgICB2YWx1ZTogaWRsZS5jaGVja0ludGVydmFsTWludXRlcyxcbiAgICAgICAgZml4OiBgc2V0IGNoZWNrX2ludGVydmFsX21pbnV0ZXMgdG8gYXQgbW9zdCAke2lkbGUuaWRsZVRocmVzaG9sZE1pbnV0ZXN9YCxcbiAgICAgICAgbG9jYXRpb246IGUuc291cmNlID8gZS5zb3VyY2UubG9jYXRlKFsnaWRsZV9kZXRlY3Rpb24nXSkgOiB7IGZpbGU6IGUuZGVmaW5pdGlvbi5zb3VyY2UgfSxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgKGRlZi51c2VycyA/PyBbXSkuZm9yRWFjaCgodSwgaSkgPT4ge1xuICAgICAgaWYgKGlzU3lzdGVtVXNlck5hbWUodS5uYW1lKSkge1xuICAgICAgICBlcnJvcnMucHVzaChwcm9ibGVtKHtcbiAgICAgICAgICBjb2RlOiAncmVzZXJ2ZWQtdXNlci1uYW1lJyxcbiAgICAgICAgICBtZXNzYWdlOiByZXNlcnZlZFVzZXJNZXNzYWdlKHUubmFtZSksXG4gICAgICAgICAgZmllbGQ6IGB1c2Vyc1ske2l9XS5uYW1lYCxcbiAgICAgICAgICB2YWx1ZTogdS5uYW1lLFxuICAgICAgICAgIGZpeDogcmVzZXJ2ZWRVc2VyRml4KHUubmFtZSksXG4gICAgICAgICAgbG9jYXRpb246IHRoaXMubG9jYXRpb25PZihvcmRlciwgWyd1c2VycycsIGksICduYW1lJ10sIChkKSA9PiAoZC51c2VycyA/PyBbXSkuc29tZSgoeCkgPT4geC5uYW1lID09PSB1Lm5hbWUpKSxcbiAgICAgICAgfSkpO1xuICAgICAgfSBlbHNlIGlmICghaXNWYWxpZFBvc2l4TmFtZSh1Lm5hbWUpKSB7XG4gICAgICAgIGVycm9ycy5wdXNoKHByb2JsZW0oe1xuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkLXVzZXItbmFtZScsXG4gICAgICAgICAgbWVzc2FnZTogJ3VzZXIgbmFtZSBpcyBub3QgYSB2YWxpZCBQT1NJWCBsb2dpbiBuYW1lJyxcbiAgICAgICAgICBmaWVsZDogYHVzZXJzWyR7aX1dLm5hbWVgLFxuICAgICAgICAgIHZhbHVlOiB1Lm5hbWUsXG4gICAgICAgICAgZml4OiAndXNlIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBcIl9cIiBhbmQgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXIsIGF0IG1vc3QgMzIgY2hhcmFjdGVycycsXG4gICAgICAgICAgbG9jYXRpb246IHRoaXMubG9jYXRpb25PZihvcmRlciwgWyd1c2VycycsIGksICduYW1lJ10sIChkKSA9PiAoZC51c2VycyA/PyBbXSkuc29tZSgoeCkgPT4geC5uYW1lID09PSB1Lm5hbWUpKSxcbiAgICAgICAgfSkpO1xuICAgICAgfVxuICAgICAgaWYgKHUuc2hlbGwgIT09IHVuZGVmaW5lZCAmJiAhL15cXC9bQS1aYS16MC05Xy4vLV0rJC8udGVzdCh1LnNoZWxsKSkge1xuICAgICAgICBlcnJvcnMucHVzaChwcm9ibGVtKHtcbiAgICAgICAgICBjb2RlOiAnaW52YWxpZC1zaGVsbCcsXG4gICAgICAgICAgbWVzc2FnZTogJ3NoZWxsIG11c3QgYmUgYW4gYWJzb2x1dGUgcGF0aCcsXG4gICAgICAgICAgZmllbGQ6IGB1c2Vyc1ske2l9XS5zaGVsbGAsXG4gICAgICAgICAgdmFsdWU6IHUuc2hlbGwsXG4gICAgICAgICAgZml4OiAnd3JpdGUgZS5nLiAvYmluL2Jhc2gnLFxuICAgICAgICAgIGxvY2F0aW9uOiB0aGlzLmxvY2F0aW9uT2Yob3JkZXIsIFsndXNlcnMnLCBpLCAnc2hlbGwnXSwgKCkgPT4gdHJ1ZSksXG4gICAgICAgIH0pKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBpZiAoZXJyb3JzLmxlbmd0aCkgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoZXJyb3JzLCBgdGVtcGxhdGUgXCIke2RlZi5zbHVnfVwiOiAke2Vycm9ycy5sZW5ndGh9IHByb2JsZW1zYCk7XG5cbiAgICBjb25zdCBjb25uZWN0aW9uVHlwZSA9ICFkZWYuY29ubmVjdGlvblR5cGUgfHwgZGVmLmNvbm5lY3Rpb25UeXBlID09PSBDb25uZWN0aW9uVHlwZS5BVVRPID8gZGV0ZWN0Q29ubmVjdGlvblR5cGUoZGVmKSA6IGRlZi5jb25uZWN0aW9uVHlwZTtcbiAgICByZXR1cm4ge1xuICAgICAgZGVmaW5pdGlvbjogZGVmLFxuICAgICAgY2hhaW4sXG4gICAgICBwYXJhbWV0ZXJWYWx1ZXM6IHZhbHVlcyxcbiAgICAgIHdhcm5pbmdzLFxuICAgICAgb3MsXG4gICAgICBjb25uZWN0aW9uVHlwZSxcbiAgICAgIHBhY2thZ2VNYW5hZ2VyLFxuICAgICAgbWluaW11bVNpemU6IGRlZi5taW5pbXVtU2l6ZSA/IFNpemVzLnBhcnNlKGRlZi5taW5pbXVtU2l6ZSwgJ21pbmltdW1fc2l6ZScpIDogdW5kZWZpbmVkLFxuICAgIH07XG4gIH1cblxuICBwcml2YXRlIGxvY2F0aW9uT2Yob3JkZXI6IENhdGFsb2dFbnRyeVtdLCBwYXRoOiBZYW1sUGF0aCwgb3duczogKGQ6IFRlbXBsYXRlRGVmaW5pdGlvbikgPT4gYm9vbGVhbikge1xuICAgIGZvciAobGV0IGkgPSBvcmRlci5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgICAgaWYgKG93bnMob3JkZXJbaV0uZGVmaW5pdGlvbikpIHtcbiAgICAgICAgcmV0dXJuIG9yZGVyW2ldLnNvdXJjZSA/IG9yZGVyW2ldLnNvdXJjZSEubG9jYXRlKHBhdGgpIDogeyBmaWxlOiBvcmRlcltpXS5kZWZpbml0aW9uLnNvdXJjZSB9O1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4geyBmaWxlOiBvcmRlcltvcmRlci5sZW5ndGggLSAxXS5kZWZpbml0aW9uLnNvdXJjZSB9O1xuICB9XG5cbiAgcHJpdmF0ZSBtdXN0RmluZChrZXk6IHN0cmluZywgc3RhY2s6IENhdGFsb2dFbnRyeVtdLCBmaWVsZDogWWFtbFBhdGggfCB1bmRlZmluZWQpOiBDYXRhbG9nRW50cnkge1xuICAgIGNvbnN0IGZvdW5kID0gdGhpcy5sb29rdXAoa2V5KTtcbiAgICBpZiAoZm91bmQpIHJldHVybiBmb3VuZDtcbiAgICBjb25zdCBjaGlsZCA9IHN0YWNrW3N0YWNrLmxlbmd0aCAtIDFdO1xuICAgIGNvbnN0IGNoYWluID0gWy4uLnN0YWNrLm1hcCgoZSkgPT4gZS5kZWZpbml0aW9uLnNsdWcpLCBrZXldLmpvaW4oJyAtPiAnKTtcbiAgICBpZiAoIWNoaWxkKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICd1bmtub3duLXRlbXBsYXRlJyxcbiAgICAgICAgbWVzc2FnZTogYG5vIHRlbXBsYXRlIHdpdGggc2x1ZyBvciBuYW1lIFwiJHtrZXl9XCIgaW4gdGhlIGNhdGFsb2dgLFxuICAgICAgICB2YWx1ZToga2V5LFxuICAgICAgICBmaXg6IGB1c2Ugb25lIG9mICR7dGhpcy5rbm93bigpLmpvaW4oJywgJyl9YCxcbiAgICAgIH0pXSk7XG4gICAgfVxuICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgIGNvZGU6ICdtaXNzaW5nLXBhcmVudCcsXG4gICAgICBtZXNzYWdlOiBgdGVtcGxhdGUgXCIke2NoaWxkLmRlZmluaXRpb24uc2x1Z31cIiBpbmhlcml0cyBcIiR7a2V5fVwiLCB3aGljaCBpcyBub3QgaW4gdGhlIGNhdGFsb2cgKGNoYWluOiAke2NoYWlufSlgLFxuICAgICAgZmllbGQ6ICdpbmhlcml0cycsXG4gICAgICB2YWx1ZToga2V5LFxuICAgICAgZml4OiBgYWRkIGEgdGVtcGxhdGUgd2l0aCBzbHVnIG9yIG5hbWUgXCIke2tleX1cIiB0byB0aGUgY2F0YWxvZywgb3IgcmVtb3ZlIGl0IGZyb20gaW5oZXJpdHMgKGtub3duOiAke3RoaXMua25vd24oKS5qb2luKCcsICcpfSlgLFxuICAgICAgbG9jYXRpb246IGNoaWxkLnNvdXJjZSAmJiBmaWVsZCA/IGNoaWxkLnNvdXJjZS5sb2NhdGUoZmllbGQpIDogeyBmaWxlOiBjaGlsZC5kZWZpbml0aW9uLnNvdXJjZSB9LFxuICAgIH0pXSk7XG4gIH1cblxuICBwcml2YXRlIGNvbGxlY3QoZW50cnk6IENhdGFsb2dFbnRyeSwgc3RhY2s6IENhdGFsb2dFbnRyeVtdLCBvcmRlcjogQ2F0YWxvZ0VudHJ5W10sIHdhcm5pbmdzOiBEaWFnbm9zdGljW10pOiB2b2lkIHtcbiAgICBjb25zdCBoZXJlID0gWy4uLnN0YWNrLCBlbnRyeV07XG4gICAgKGVudHJ5LmRlZmluaXRpb24uaW5oZXJpdHMgPz8gW10pLmZvckVhY2goKHBhcmVudEtleSwgaSkgPT4ge1xuICAgICAgY29uc3QgcGFyZW50ID0gdGhpcy5tdXN0RmluZChwYXJlbnRLZXksIGhlcmUsIFsnaW5oZXJpdHMnLCBpXSk7XG4gICAgICBjb25zdCBjeWNsZUF0ID0gaGVyZS5maW5kSW5kZXgoKGUpID0+IGUgPT09IHBhcmVudCk7XG4gICAgICBpZiAoY3ljbGVBdCA+PSAwKSB7XG4gICAgICAgIGNvbnN0IGNoYWluID0gWy4uLmhlcmUuc2xpY2UoY3ljbGVBdCksIHBhcmVudF0ubWFwKChlKSA9PiBgJHtlLmRlZmluaXRpb24uc2x1Z30gKCR7ZS5kZWZpbml0aW9uLnNvdXJjZX0pYCkuam9pbignIC0+ICcpO1xuICAgICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgICAgY29kZTogJ2luaGVyaXRhbmNlLWN5Y2xlJyxcbiAgICAgICAgICBtZXNzYWdlOiBgaW5oZXJpdGFuY2UgY3ljbGU6ICR7Y2hhaW59YCxcbiAgICAgICAgICBmaWVsZDogJ2luaGVyaXRzJyxcbiAgICAgICAgICB2YWx1ZTogcGFyZW50S2V5LFxuICAgICAgICAgIGZpeDogJ3JlbW92ZSBvbmUgb2YgdGhlIGluaGVyaXRzIGVudHJpZXMgaW4gdGhpcyBjeWNsZScsXG4gICAgICAgICAgbG9jYXRpb246IGVudHJ5LnNvdXJjZSA/IGVudHJ5LnNvdXJjZS5sb2NhdGUoWydpbmhlcml0cycsIGldKSA6IHsgZmlsZTogZW50cnkuZGVmaW5pdGlvbi5zb3VyY2UgfSxcbiAgICAgICAgfSldKTtcbiAgICAgIH1cbiAgICAgIHRoaXMuY29sbGVjdChwYXJlbnQsIGhlcmUsIG9yZGVyLCB3YXJuaW5ncyk7XG4gICAgICBjb25zdCBwYXJlbnRCYXNlID0gYmFzZU9mKHBhcmVudCwgdGhpcy5sb29rdXApO1xuICAgICAgaWYgKGVudHJ5LmRlZmluaXRpb24uYmFzZSAmJiBwYXJlbnRCYXNlICYmIHBhcmVudEJhc2UgIT09IGVudHJ5LmRlZmluaXRpb24uYmFzZSkge1xuICAgICAgICB3YXJuaW5ncy5wdXNoKHByb2JsZW0oe1xuICAgICAgICAgIHNldmVyaXR5OiBEaWFnbm9zdGljU2V2ZXJpdHkuV0FSTklORyxcbiAgICAgICAgICBjb2RlOiAnYmFzZS1jb25mbGljdCcsXG4gICAgICAgICAgbWVzc2FnZTogYHBhcmVudCBcIiR7cGFyZW50LmRlZmluaXRpb24uc2x1Z31cIiBpcyBiYXNlZCBvbiAke3BhcmVudEJhc2V9IGJ1dCB0aGlzIHRlbXBsYXRlIG9uICR7ZW50cnkuZGVmaW5pdGlvbi5iYXNlfTsgJHtlbnRyeS5kZWZpbml0aW9uLmJhc2V9IGlzIHVzZWRgLFxuICAgICAgICAgIGZpZWxkOiAnYmFzZScsXG4gICAgICAgICAgdmFsdWU6IGVudHJ5LmRlZmluaXRpb24uYmFzZSxcbiAgICAgICAgICBmaXg6IGBtYWtlIHRoZSBiYXNlcyBhZ3JlZSwgb3IgY2hlY2sgdGhhdCB0aGUgcGFyZW50J3MgcGFja2FnZXMgYW5kIHNjcmlwdHMgd29yayBvbiAke2VudHJ5LmRlZmluaXRpb24uYmFzZX1gLFxuICAgICAgICAgIGxvY2F0aW9uOiBlbnRyeS5zb3VyY2UgPyBlbnRyeS5zb3VyY2UubG9jYXRlKFsnYmFzZSddKSA6IHsgZmlsZTogZW50cnkuZGVmaW5pdGlvbi5zb3VyY2UgfSxcbiAgICAgICAgfSkpO1xuICAgICAgfVxuICAgIH0pO1xuICAgIGlmICghb3JkZXIuaW5jbHVkZXMoZW50cnkpKSBvcmRlci5wdXNoKGVudHJ5KTtcbiAgfVxufVxuXG5mdW5jdGlvbiBiYXNlT2YoZTogQ2F0YWxvZ0VudHJ5LCBsb29rdXA6IChrZXk6IHN0cmluZykgPT4gQ2F0YWxvZ0VudHJ5IHwgdW5kZWZpbmVkLCBzZWVuID0gbmV3IFNldDxDYXRhbG9nRW50cnk+KCkpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoZS5kZWZpbml0aW9uLmJhc2UpIHJldHVybiBlLmRlZmluaXRpb24uYmFzZTtcbiAgaWYgKHNlZW4uaGFzKGUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBzZWVuLmFkZChlKTtcbiAgZm9yIChjb25zdCBwIG9mIFsuLi4oZS5kZWZpbml0aW9uLmluaGVyaXRzID8/IFtdKV0ucmV2ZXJzZSgpKSB7XG4gICAgY29uc3QgcGUgPSBsb29rdXAocCk7XG4gICAgY29uc3QgYiA9IHBlICYmIGJhc2VPZihwZSwgbG9va3VwLCBzZWVuKTtcbiAgICBpZiAoYikgcmV0dXJuIGI7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gcmVuZGVyRGVmaW5pdGlvblZhbHVlKHY6IHN0cmluZywgdmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+LCBlOiBDYXRhbG9nRW50cnksIHBhdGg6IFlhbWxQYXRoKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gcmVuZGVyR29UZW1wbGF0ZSh2LCB2YWx1ZXMpO1xuICB9IGNhdGNoIChlcnIpIHtcbiAgICBpZiAoZXJyIGluc3RhbmNlb2YgVGVtcGxhdGVTeW50YXhFcnJvcikge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgICBjb2RlOiAndGVtcGxhdGUtZXhwcmVzc2lvbicsXG4gICAgICAgIG1lc3NhZ2U6IGVyci5tZXNzYWdlLFxuICAgICAgICBmaWVsZDogcGF0aC5qb2luKCcuJyksXG4gICAgICAgIHZhbHVlOiBlcnIuc25pcHBldCxcbiAgICAgICAgZml4OiBlcnIuZml4LFxuICAgICAgICBsb2NhdGlvbjogZS5zb3VyY2UgPyBlLnNvdXJjZS5sb2NhdGVXaXRoaW4ocGF0aCwgZXJyLnNuaXBwZXQpIDogeyBmaWxlOiBlLmRlZmluaXRpb24uc291cmNlIH0sXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICB0aHJvdyBlcnI7XG4gIH1cbn1cbiJdfQ==