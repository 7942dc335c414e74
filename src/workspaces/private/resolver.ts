import { Diagnostic, DiagnosticSeverity } from '../errors';
import { Sizes, WorkspaceSize } from '../sizes';
import {
  ConnectionType, OperatingSystem, PackageManager, ParameterType, TemplateDefinition, TemplateFile, TemplatePackages,
  TemplateParameter, TemplateService, TemplateUser,
} from '../template';
import { problem, WorkspaceInputError } from './error';
import { renderGoTemplate, TemplateSyntaxError } from './go-template';
import { isValidPosixName } from './posix';
import { isSystemUserName } from './privilege';
import { renderShellTemplate } from './shell-render';
import { checkParameterValue, clean, leadingDashFix, reservedUserFix, reservedUserMessage } from './template-parser';
import { YamlPath, YamlSource } from './yaml-source';

/** A template as loaded into a catalog. */
export interface CatalogEntry {
  readonly definition: TemplateDefinition;
  readonly source?: YamlSource;
  readonly warnings: Diagnostic[];
}

/** Values every template may use without declaring them. */
export const BUILTIN_VALUES: Readonly<Record<string, string>> = {
  // Services listen on loopback unless a template asks otherwise; reach them through a port forward.
  WebInterfaceBindIP: '127.0.0.1',
};

const WEB_SERVICE = /^(jupyter|jupyterlab|jupyterhub|rstudio|rstudio-server|code-server|streamlit|mlflow|tensorboard|shiny|shiny-server)/;
const WEB_PORTS = new Set([8888, 8787, 8080, 8501, 5000, 6006, 3838]);
const DESKTOP_PACKAGE = /^(ubuntu-desktop|xubuntu-desktop|xfce4|gnome|kde-|mate-desktop|xrdp|nice-dcv|dcv)/;
const DESKTOP_SERVICE = /^(gdm|gdm3|lightdm|xrdp|dcvserver|dcv)$/;

/** The default package manager of a base system. */
export function systemPackageManager(os: OperatingSystem): PackageManager {
  switch (os) {
    case OperatingSystem.ROCKY_9:
    case OperatingSystem.AMAZON_LINUX_2023:
      return PackageManager.DNF;
    case OperatingSystem.AMI_BASED:
      return PackageManager.AMI;
    default:
      return PackageManager.APT;
  }
}

/** Decides the connection type from services and packages. */
export function detectConnectionType(def: TemplateDefinition): ConnectionType {
  const web = (def.services ?? []).some((s) => s.enable !== false && (WEB_SERVICE.test(s.name) || (s.port !== undefined && WEB_PORTS.has(s.port))));
  const desktop = (def.packages?.system ?? []).some((p) => DESKTOP_PACKAGE.test(p))
    || (def.services ?? []).some((s) => DESKTOP_SERVICE.test(s.name));
  if (web && desktop) return ConnectionType.ALL;
  if (desktop) return ConnectionType.DCV;
  if (web) return ConnectionType.WEB;
  return ConnectionType.SSH;
}

function appendUnique(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a && !b) return undefined;
  const out = [...(a ?? [])];
  for (const x of b ?? []) if (!out.includes(x)) out.push(x);
  return out;
}

function mergeByKey<T>(a: T[] | undefined, b: T[] | undefined, key: (t: T) => string, merge: (x: T, y: T) => T): T[] | undefined {
  if (!a && !b) return undefined;
  const out = [...(a ?? [])];
  for (const item of b ?? []) {
    const i = out.findIndex((x) => key(x) === key(item));
    if (i >= 0) out[i] = merge(out[i], item);
    else out.push(item);
  }
  return out;
}

function mergeObj<T extends object>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return clean({ ...a, ...b });
}

function joinScripts(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
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
export function mergeDefinitions(parent: TemplateDefinition, child: TemplateDefinition): TemplateDefinition {
  const packages: TemplatePackages | undefined = parent.packages || child.packages ? clean({
    system: appendUnique(parent.packages?.system, child.packages?.system),
    conda: appendUnique(parent.packages?.conda, child.packages?.conda),
    pip: appendUnique(parent.packages?.pip, child.packages?.pip),
    spack: appendUnique(parent.packages?.spack, child.packages?.spack),
  }) : undefined;
  const inst = parent.instanceDefaults || child.instanceDefaults ? clean({
    ...parent.instanceDefaults,
    ...child.instanceDefaults,
    ports: appendUnique(parent.instanceDefaults?.ports?.map(String), child.instanceDefaults?.ports?.map(String))?.map(Number),
    estimatedCostPerHour: mergeObj(parent.instanceDefaults?.estimatedCostPerHour, child.instanceDefaults?.estimatedCostPerHour),
  }) : undefined;
  return clean({
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
    services: mergeByKey<TemplateService>(parent.services, child.services, (s) => s.name, (x, y) => clean({ ...x, ...y })),
    users: mergeByKey<TemplateUser>(parent.users, child.users, (u) => u.name,
      (x, y) => clean({ ...x, ...y, groups: appendUnique(x.groups, y.groups) })),
    files: mergeByKey<TemplateFile>(parent.files, child.files, (f) => f.destination, (_x, y) => y),
    parameters: mergeByKey<TemplateParameter>(parent.parameters, child.parameters, (p) => p.name, (x, y) => clean({ ...x, ...y })),
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
function renderDefinition(entry: CatalogEntry, values: Record<string, string>, dataNames: ReadonlySet<string> = new Set()): TemplateDefinition {
  const def = entry.definition;
  const errors: Diagnostic[] = [];
  const fieldOf = (path: YamlPath) => path.map((p) => typeof p === 'number' ? `[${p}]` : p).join('.').replace(/\.\[/g, '[');
  // Scripts: free-text values are written as quoted data (see shell-render.ts).
  const sh = (text: string | undefined, path: YamlPath): string | undefined => {
    if (text === undefined || !text.includes('{{')) return text;
    try {
      const out = renderShellTemplate(text, values, (n) => dataNames.has(n));
      for (const p of out.problems) {
        errors.push(problem({
          code: p.code,
          message: p.message,
          field: fieldOf(path),
          value: p.snippet,
          fix: p.fix,
          location: entry.source ? entry.source.locateWithin(path, p.snippet) : { file: def.source },
        }));
      }
      return out.text;
    } catch (e) {
      if (e instanceof TemplateSyntaxError) return r(text, path);
      throw e;
    }
  };
  const r = (text: string | undefined, path: YamlPath): string | undefined => {
    if (text === undefined || !text.includes('{{')) return text;
    try {
      return renderGoTemplate(text, values);
    } catch (e) {
      if (e instanceof TemplateSyntaxError) {
        errors.push(problem({
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
  const rl = (list: string[] | undefined, path: YamlPath) => list?.map((x, i) => r(x, [...path, i]) as string);
  const out: TemplateDefinition = clean({
    ...def,
    description: r(def.description, ['description']) as string,
    longDescription: r(def.longDescription, ['long_description']),
    packages: def.packages ? clean({
      system: rl(def.packages.system, ['packages', 'system']),
      conda: rl(def.packages.conda, ['packages', 'conda']),
      pip: rl(def.packages.pip, ['packages', 'pip']),
      spack: rl(def.packages.spack, ['packages', 'spack']),
    }) : undefined,
    services: def.services?.map((s, i) => clean({
      ...s,
      name: r(s.name, ['services', i, 'name']) as string,
      config: rl(s.config, ['services', i, 'config']),
      bindAddress: r(s.bindAddress, ['services', i, 'bind_address']),
      command: sh(s.command, ['services', i, 'command']),
    })),
    users: def.users?.map((u, i) => clean({
      ...u,
      name: r(u.name, ['users', i, 'name']) as string,
      groups: rl(u.groups, ['users', i, 'groups']),
      shell: r(u.shell, ['users', i, 'shell']),
    })),
    files: def.files?.map((f, i) => clean({
      ...f,
      destination: r(f.destination, ['files', i, 'destination']) as string,
      content: r(f.content, ['files', i, 'content']),
      source: r(f.source, ['files', i, 'source']),
      owner: r(f.owner, ['files', i, 'owner']),
      group: r(f.group, ['files', i, 'group']),
    })),
    postInstall: sh(def.postInstall, ['post_install']),
    userData: sh(def.userData, ['user_data']),
    tags: def.tags ? Object.fromEntries(Object.entries(def.tags).map(([k, v]) => [k, r(v, ['tags', k]) as string])) : undefined,
    instanceDefaults: def.instanceDefaults ? clean({ ...def.instanceDefaults, type: r(def.instanceDefaults.type, ['instance_defaults', 'type']) }) : undefined,
    amiConfig: def.amiConfig ? clean({ ...def.amiConfig, userDataScript: sh(def.amiConfig.userDataScript, ['ami_config', 'user_data_script']) }) : undefined,
    researchUser: def.researchUser ? clean({
      ...def.researchUser,
      efsMountPoint: r(def.researchUser.efsMountPoint, ['research_user', 'efs_mount_point']),
      efsHomeSubdirectory: r(def.researchUser.efsHomeSubdirectory, ['research_user', 'efs_home_subdirectory']),
      defaultShell: r(def.researchUser.defaultShell, ['research_user', 'default_shell']),
      defaultGroups: rl(def.researchUser.defaultGroups, ['research_user', 'default_groups']),
      defaultEnvironment: def.researchUser.defaultEnvironment
        ? Object.fromEntries(Object.entries(def.researchUser.defaultEnvironment).map(([k, v]) => [k, r(v, ['research_user', 'default_environment', k]) as string]))
        : undefined,
    }) : undefined,
  });
  if (errors.length) throw new WorkspaceInputError(errors, errors.length > 1 ? `${def.source}: template "${def.slug}" has ${errors.length} problems` : undefined);
  return out;
}

/** Inputs of a resolution. */
export interface ResolveRequest {
  readonly key: string;
  readonly parameters?: Readonly<Record<string, string>>;
}

/** What resolution produces (the public ResolvedTemplate is built from it). */
export interface ResolutionResult {
  readonly definition: TemplateDefinition;
  readonly chain: string[];
  readonly parameterValues: Record<string, string>;
  readonly warnings: Diagnostic[];
  readonly os: OperatingSystem;
  readonly connectionType: ConnectionType;
  readonly packageManager: PackageManager;
  readonly minimumSize?: WorkspaceSize;
}

/**
 * Resolves a template: inheritance, parameters, rendering and the checks that need the
 * whole picture.
 */
export class Resolver {
  constructor(private readonly lookup: (key: string) => CatalogEntry | undefined, private readonly known: () => string[]) {}

  public resolve(req: ResolveRequest): ResolutionResult {
    const entry = this.mustFind(req.key, [], undefined);
    const warnings: Diagnostic[] = [...entry.warnings];
    // 1. Inheritance order: parents depth-first, left to right, each once, the template last.
    const order: CatalogEntry[] = [];
    this.collect(entry, [], order, warnings);
    const chain = order.map((e) => e.definition.slug);

    // 2. Parameters: merged over the chain, then values checked.
    let mergedParams: TemplateParameter[] = [];
    for (const e of order) {
      mergedParams = mergeByKey(mergedParams, e.definition.parameters, (p) => p.name, (x, y) => clean({ ...x, ...y })) ?? [];
    }
    mergedParams = mergedParams.map((p) => ({ ...p, type: p.type ?? ParameterType.STRING }));
    const given = req.parameters ?? {};
    const paramErrors: Diagnostic[] = [];
    const values: Record<string, string> = {};
    for (const p of mergedParams) {
      const v = given[p.name] ?? p.default;
      if (v === undefined || (v === '' && p.required)) {
        if (p.required) {
          paramErrors.push(problem({
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
      const bad = v === '' ? undefined : checkParameterValue(p, v);
      if (bad) {
        paramErrors.push(problem({
          code: 'invalid-parameter',
          message: `value of parameter "${p.name}" ${bad}`,
          field: `parameters.${p.name}`,
          value: v,
          fix: p.type === 'choice' ? `use one of ${(p.choices ?? []).join(', ')}` : bad.includes('starts with "-"') ? leadingDashFix(p.name) : p.pattern ? `use a value matching ${p.pattern}` : 'use letters, digits, spaces and . , : / = + @ % - _ only',
          location: { file: entry.definition.source },
        }));
      }
      values[p.name] = v;
    }
    for (const name of Object.keys(given)) {
      if (!mergedParams.some((p) => p.name === name)) {
        paramErrors.push(problem({
          code: 'unknown-parameter',
          message: `template "${entry.definition.slug}" has no parameter "${name}"`,
          field: `parameters.${name}`,
          value: given[name],
          fix: mergedParams.length ? `use one of ${mergedParams.map((p) => p.name).join(', ')}` : 'remove it: this template takes no parameters',
          location: { file: entry.definition.source },
        }));
      }
    }
    if (paramErrors.length) throw new WorkspaceInputError(paramErrors, `template "${entry.definition.slug}": ${paramErrors.length} parameter problems`);

    // 3. Variables (may use parameters), then the built-ins.
    const allValues: Record<string, string> = { ...BUILTIN_VALUES, ...values };
    for (const e of order) {
      for (const [k, v] of Object.entries(e.definition.variables ?? {})) {
        allValues[k] = v.includes('{{') ? renderDefinitionValue(v, allValues, e, ['variables', k]) : v;
      }
    }
    for (const [k, v] of Object.entries(values)) allValues[k] = v;

    // 4. Render each template of the chain, then merge. Free-text values (string parameters,
    // and variables that use any parameter) are data: scripts get them as quoted words.
    const dataNames = new Set(mergedParams.filter((p) => p.type === ParameterType.STRING).map((p) => p.name));
    for (const e of order) {
      for (const [k, v] of Object.entries(e.definition.variables ?? {})) if (v.includes('{{') && !Object.prototype.hasOwnProperty.call(values, k)) dataNames.add(k);
    }
    let merged: TemplateDefinition | undefined;
    for (const e of order) {
      const rendered = renderDefinition(e, allValues, dataNames);
      merged = merged ? mergeDefinitions(merged, rendered) : rendered;
    }
    const def = clean({
      ...merged!,
      parameters: mergedParams.length ? mergedParams : undefined,
      // Prism's default: a service with a port is enabled unless it says otherwise.
      services: merged!.services?.map((s) => clean({ ...s, enable: s.enable ?? (s.port !== undefined && s.port > 0) })),
    });

    // 5. Checks on the whole.
    const errors: Diagnostic[] = [];
    const os = def.base as OperatingSystem;
    if (!os) {
      errors.push(problem({ code: 'missing-field', message: 'no template in the inheritance chain sets "base"', field: 'base', fix: 'add base: <os> to the template or a parent', location: { file: def.source } }));
    }
    const packageManager = def.packageManager ?? (os ? systemPackageManager(os) : PackageManager.APT);
    // Checks that only make sense on the merged result (a child can break what each file alone got right).
    const ownerOf = (pred: (d: TemplateDefinition) => boolean) => {
      for (let i = order.length - 1; i >= 0; i--) if (pred(order[i].definition)) return order[i];
      return order[order.length - 1];
    };
    const has = (k: keyof TemplatePackages) => (def.packages?.[k] ?? []).length > 0;
    if ((packageManager === PackageManager.APT || packageManager === PackageManager.DNF) && (has('conda') || has('spack'))) {
      const k = has('conda') ? 'conda' : 'spack';
      const e = ownerOf((d) => (d.packages?.[k] ?? []).length > 0);
      errors.push(problem({
        code: 'package-manager-mismatch',
        message: `after inheritance (${chain.join(' > ')}) the package manager is ${packageManager} but ${k} packages are listed (from ${e.definition.slug})`,
        field: `packages.${k}`,
        value: packageManager,
        fix: `set package_manager: ${k} in "${def.slug}", or move the entries to packages.system`,
        location: e.source ? e.source.locate(['packages', k]) : { file: e.definition.source },
      }));
    }
    if (packageManager === PackageManager.AMI && (has('system') || has('conda') || has('spack'))) {
      errors.push(problem({
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
      warnings.push(problem({
        severity: DiagnosticSeverity.WARNING,
        code: 'idle-interval',
        message: `after inheritance the idle agent checks every ${idle.checkIntervalMinutes} minutes but stops after ${idle.idleThresholdMinutes}, so stops come late`,
        field: 'idle_detection.check_interval_minutes',
        value: idle.checkIntervalMinutes,
        fix: `set check_interval_minutes to at most ${idle.idleThresholdMinutes}`,
        location: e.source ? e.source.locate(['idle_detection']) : { file: e.definition.source },
      }));
    }
    (def.users ?? []).forEach((u, i) => {
      if (isSystemUserName(u.name)) {
        errors.push(problem({
          code: 'reserved-user-name',
          message: reservedUserMessage(u.name),
          field: `users[${i}].name`,
          value: u.name,
          fix: reservedUserFix(u.name),
          location: this.locationOf(order, ['users', i, 'name'], (d) => (d.users ?? []).some((x) => x.name === u.name)),
        }));
      } else if (!isValidPosixName(u.name)) {
        errors.push(problem({
          code: 'invalid-user-name',
          message: 'user name is not a valid POSIX login name',
          field: `users[${i}].name`,
          value: u.name,
          fix: 'use lower-case letters, digits, "_" and "-", starting with a letter, at most 32 characters',
          location: this.locationOf(order, ['users', i, 'name'], (d) => (d.users ?? []).some((x) => x.name === u.name)),
        }));
      }
      if (u.shell !== undefined && !/^\/[A-Za-z0-9_./-]+$/.test(u.shell)) {
        errors.push(problem({
          code: 'invalid-shell',
          message: 'shell must be an absolute path',
          field: `users[${i}].shell`,
          value: u.shell,
          fix: 'write e.g. /bin/bash',
          location: this.locationOf(order, ['users', i, 'shell'], () => true),
        }));
      }
    });
    if (errors.length) throw new WorkspaceInputError(errors, `template "${def.slug}": ${errors.length} problems`);

    const connectionType = !def.connectionType || def.connectionType === ConnectionType.AUTO ? detectConnectionType(def) : def.connectionType;
    return {
      definition: def,
      chain,
      parameterValues: values,
      warnings,
      os,
      connectionType,
      packageManager,
      minimumSize: def.minimumSize ? Sizes.parse(def.minimumSize, 'minimum_size') : undefined,
    };
  }

  private locationOf(order: CatalogEntry[], path: YamlPath, owns: (d: TemplateDefinition) => boolean) {
    for (let i = order.length - 1; i >= 0; i--) {
      if (owns(order[i].definition)) {
        return order[i].source ? order[i].source!.locate(path) : { file: order[i].definition.source };
      }
    }
    return { file: order[order.length - 1].definition.source };
  }

  private mustFind(key: string, stack: CatalogEntry[], field: YamlPath | undefined): CatalogEntry {
    const found = this.lookup(key);
    if (found) return found;
    const child = stack[stack.length - 1];
    const chain = [...stack.map((e) => e.definition.slug), key].join(' -> ');
    if (!child) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-template',
        message: `no template with slug or name "${key}" in the catalog`,
        value: key,
        fix: `use one of ${this.known().join(', ')}`,
      })]);
    }
    throw new WorkspaceInputError([problem({
      code: 'missing-parent',
      message: `template "${child.definition.slug}" inherits "${key}", which is not in the catalog (chain: ${chain})`,
      field: 'inherits',
      value: key,
      fix: `add a template with slug or name "${key}" to the catalog, or remove it from inherits (known: ${this.known().join(', ')})`,
      location: child.source && field ? child.source.locate(field) : { file: child.definition.source },
    })]);
  }

  private collect(entry: CatalogEntry, stack: CatalogEntry[], order: CatalogEntry[], warnings: Diagnostic[]): void {
    const here = [...stack, entry];
    (entry.definition.inherits ?? []).forEach((parentKey, i) => {
      const parent = this.mustFind(parentKey, here, ['inherits', i]);
      const cycleAt = here.findIndex((e) => e === parent);
      if (cycleAt >= 0) {
        const chain = [...here.slice(cycleAt), parent].map((e) => `${e.definition.slug} (${e.definition.source})`).join(' -> ');
        throw new WorkspaceInputError([problem({
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
        warnings.push(problem({
          severity: DiagnosticSeverity.WARNING,
          code: 'base-conflict',
          message: `parent "${parent.definition.slug}" is based on ${parentBase} but this template on ${entry.definition.base}; ${entry.definition.base} is used`,
          field: 'base',
          value: entry.definition.base,
          fix: `make the bases agree, or check that the parent's packages and scripts work on ${entry.definition.base}`,
          location: entry.source ? entry.source.locate(['base']) : { file: entry.definition.source },
        }));
      }
    });
    if (!order.includes(entry)) order.push(entry);
  }
}

function baseOf(e: CatalogEntry, lookup: (key: string) => CatalogEntry | undefined, seen = new Set<CatalogEntry>()): string | undefined {
  if (e.definition.base) return e.definition.base;
  if (seen.has(e)) return undefined;
  seen.add(e);
  for (const p of [...(e.definition.inherits ?? [])].reverse()) {
    const pe = lookup(p);
    const b = pe && baseOf(pe, lookup, seen);
    if (b) return b;
  }
  return undefined;
}

function renderDefinitionValue(v: string, values: Record<string, string>, e: CatalogEntry, path: YamlPath): string {
  try {
    return renderGoTemplate(v, values);
  } catch (err) {
    if (err instanceof TemplateSyntaxError) {
      throw new WorkspaceInputError([problem({
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
