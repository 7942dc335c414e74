import { Diagnostic } from '../errors';
import { Sizes } from '../sizes';
import {
  AmiSettings, ConnectionType, EstimatedCost, IdleDetection, InstanceDefaults, OperatingSystem, PackageManager,
  ParameterType, ResearchUserSettings, TemplateDefinition, TemplateFile, TemplateParameter, TemplatePackages,
  TemplateService, TemplateUser,
} from '../template';
import { clean } from './clean';
import { closest, FieldReader } from './fields';
import { isSystemUserName } from './privilege';
import { s3BucketProblem, s3KeyProblem, s3UrlProblem } from './s3-names';
import { keysAt, lazy } from './schemas/json-schema';
import { templateSchema } from './schemas/model';
import { checkShape } from './schemas/shape';
import { YamlPath, YamlSource } from './yaml-source';

// The key lists are the template schema's (schemas/template.schema.json): the loader and the schema know the same keys.
const TOP_LEVEL = lazy(() => keysAt(templateSchema()));
const PACKAGES = lazy(() => keysAt(templateSchema(), ['packages']));
const SERVICE = lazy(() => keysAt(templateSchema(), ['services', '*']));
const USER = lazy(() => keysAt(templateSchema(), ['users', '*']));
const FILE = lazy(() => keysAt(templateSchema(), ['files', '*']));
const IDLE = lazy(() => keysAt(templateSchema(), ['idle_detection']));
const INSTANCE = lazy(() => keysAt(templateSchema(), ['instance_defaults']));
const COST = lazy(() => keysAt(templateSchema(), ['instance_defaults', 'estimated_cost_per_hour']));
const PARAM = lazy(() => keysAt(templateSchema(), ['parameters', '*']));
const RESEARCH_USER = lazy(() => keysAt(templateSchema(), ['research_user']));
const AMI = lazy(() => keysAt(templateSchema(), ['ami_config']));

/** Legacy connection type names and what they mean now. */
const CONNECTION_ALIASES: Record<string, ConnectionType> = { both: ConnectionType.ALL };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Result of parsing one template file. */
export interface ParsedTemplate {
  readonly definition: TemplateDefinition;
  readonly warnings: Diagnostic[];
  readonly source?: YamlSource;
}

/** Turns a display name into a slug: `Rocky Linux 9 + Conda` becomes `rocky-linux-9-conda`. */
export function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Parses a Prism-compatible template document. All problems in the file are reported
 * together in one error; unknown fields become warnings.
 */
export function parseTemplate(source: YamlSource): ParsedTemplate {
  return parseTemplateData(source.data, source.file, source);
}

export function parseTemplateData(raw: unknown, label: string, source?: YamlSource): ParsedTemplate {
  const r = new FieldReader(source, label);
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    r.expect([], raw, 'a mapping of template fields (name, description, base, ...)', 'start the file with "name: ..." on the first line');
    r.throwIfErrors(`${label}: template is invalid`);
  }
  const d: any = raw;
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
    if (!p.trim()) r.error(['inherits', i], 'empty-parent', 'parent template name is empty', p, 'name a parent by slug or name, or remove the entry');
    else if (p === name || p === slug) r.error(['inherits', i], 'self-inheritance', 'a template cannot inherit from itself', p, 'remove this entry');
  });

  const base = r.str(d, 'base', []);
  if (base === undefined && !(inherits && inherits.length)) {
    r.error(['base'], 'missing-field', 'required field "base" is missing', undefined,
      `add base: <os>, one of ${Object.values(OperatingSystem).join(', ')}`);
  } else if (base !== undefined && !Object.values(OperatingSystem).includes(base as OperatingSystem)) {
    const close = closest(base, Object.values(OperatingSystem));
    r.error(['base'], 'unsupported-base', 'unsupported base operating system', base,
      `use one of ${Object.values(OperatingSystem).join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`);
  }

  let connectionType: ConnectionType | undefined;
  const ct = r.str(d, 'connection_type', []);
  if (ct !== undefined) {
    if (CONNECTION_ALIASES[ct]) {
      connectionType = CONNECTION_ALIASES[ct];
      r.warn(['connection_type'], 'deprecated-value', `connection type "${ct}" is a legacy name, read as "${connectionType}"`, ct,
        `write connection_type: ${connectionType}`);
    } else if (Object.values(ConnectionType).includes(ct as ConnectionType)) {
      connectionType = ct as ConnectionType;
    } else {
      r.error(['connection_type'], 'invalid-value', 'unknown connection type', ct, `use one of ${Object.values(ConnectionType).join(', ')}`);
    }
  }

  let packageManager: PackageManager | undefined;
  const pm = r.str(d, 'package_manager', []);
  if (pm !== undefined) {
    if (Object.values(PackageManager).includes(pm as PackageManager)) {
      packageManager = pm as PackageManager;
    } else {
      r.error(['package_manager'], 'invalid-value', 'unsupported package manager', pm,
        pm === 'pip'
          ? 'pip is not a primary package manager: set package_manager to apt, dnf or conda and keep the pip list under packages.pip'
          : `use one of ${Object.values(PackageManager).join(', ')}`);
    }
  }

  const packages = readPackages(r, d);
  if (packageManager && packages) checkPackageConsistency(r, packageManager, packages);

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
      minimumSize = Sizes.parse(minimumSize, 'minimum_size');
    } catch {
      r.error(['minimum_size'], 'unknown-size', 'unknown workspace size', minimumSize, `use one of ${Sizes.all().join(', ')}`);
      minimumSize = undefined;
    }
  }

  const complexity = r.str(d, 'complexity', []);
  if (complexity !== undefined && !['simple', 'moderate', 'advanced', 'complex'].includes(complexity)) {
    r.warn(['complexity'], 'invalid-value', 'unknown complexity', complexity, 'use simple, moderate or advanced');
  }

  // The schema's shape check, for what the reading above does not judge itself.
  checkShape(r, templateSchema(), d);
  r.throwIfErrors(`${label}: template "${name || slug}" has ${r.errors.length} problems`);

  const definition: TemplateDefinition = clean({
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

function readPackages(r: FieldReader, d: any): TemplatePackages | undefined {
  if (Array.isArray(d.packages)) {
    r.error(['packages'], 'wrong-type', 'packages must be grouped by manager', d.packages,
      'write packages: { system: [...], conda: [...], pip: [...], spack: [...] }');
    return undefined;
  }
  const p = r.mapping(d, 'packages', []);
  if (!p) return undefined;
  r.unknownKeys(p, PACKAGES(), ['packages']);
  const out: TemplatePackages = clean({
    system: r.strList(p, 'system', ['packages']),
    conda: r.strList(p, 'conda', ['packages']),
    pip: r.strList(p, 'pip', ['packages']),
    spack: r.strList(p, 'spack', ['packages']),
  });
  for (const k of ['system', 'conda', 'pip', 'spack'] as const) {
    (out[k] ?? []).forEach((pkg, i) => {
      if (pkg.trim().startsWith('-')) {
        r.error(['packages', k, i], 'invalid-package', 'a package entry cannot start with "-" (it would be read as an option, e.g. --allow-unauthenticated)', pkg,
          'write only package names or specs; installer options are not accepted');
      } else if (/\s/.test(pkg.trim()) || /[;&|`$<>]/.test(pkg)) {
        r.error(['packages', k, i], 'invalid-package', 'a package entry must be one package name or spec, without spaces or shell characters', pkg,
          'split it into one list entry per package');
      }
    });
  }
  return out;
}

function checkPackageConsistency(r: FieldReader, pm: PackageManager, p: TemplatePackages): void {
  const has = (k: keyof TemplatePackages) => (p[k] ?? []).length > 0;
  if ((pm === PackageManager.APT || pm === PackageManager.DNF) && (has('conda') || has('spack'))) {
    const k = has('conda') ? 'conda' : 'spack';
    r.error(['packages', k], 'package-manager-mismatch', `template uses the ${pm} package manager but lists ${k} packages`, pm,
      `set package_manager: ${k} (system packages are still installed with the base system's manager), or move the entries to packages.system`);
  }
  if (pm === PackageManager.AMI && (has('system') || has('conda') || has('spack'))) {
    r.error(['packages'], 'package-manager-mismatch', 'an ami template installs nothing at boot but lists packages', pm,
      'bake the packages into the image, or choose apt/dnf/conda');
  }
}

function readServices(r: FieldReader, d: any): TemplateService[] | undefined {
  const list = r.list(d, 'services', []);
  if (!list) return undefined;
  const seen = new Map<string, number>();
  return list.map((s, i): TemplateService | undefined => {
    const path: YamlPath = ['services', i];
    if (typeof s === 'string') return { name: s, enable: false };
    if (!s || typeof s !== 'object' || Array.isArray(s)) {
      r.expect(path, s, 'a service (name, port, config, enable)');
      return undefined;
    }
    r.unknownKeys(s, SERVICE(), path);
    const name = r.str(s, 'name', path, { required: true }) ?? '';
    if (name && !name.includes('{{') && !/^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/.test(name)) {
      r.error([...path, 'name'], 'invalid-service-name', 'a service name becomes a systemd unit name: letters, digits, "_", ".", "@" and "-", starting with a letter or digit', name,
        'rename it, e.g. "jupyter" or "my-app"');
    }
    if (seen.has(name)) {
      r.error([...path, 'name'], 'duplicate-service', `service "${name}" is listed twice (also services[${seen.get(name)}])`, name, 'merge the two entries');
    }
    seen.set(name, i);
    const port = r.int(s, 'port', path, { min: 1, max: 65535 });
    let config = r.strList(s, 'config', path);
    if (typeof s.config === 'string') config = s.config.split('\n').filter((l: string) => l.trim());
    const enable = r.bool(s, 'enable', path);
    return clean({
      name,
      port,
      config,
      // Left unset when not written: a child overriding a parent's service must not disable it.
      // Resolution applies Prism's default (enabled when a port is set).
      enable,
      bindAddress: readBindAddress(r, s, path),
      command: r.str(s, 'command', path),
    });
  }).filter((x): x is TemplateService => x !== undefined);
}

function readBindAddress(r: FieldReader, s: any, path: YamlPath): string | undefined {
  const v = r.str(s, 'bind_address', path);
  if (v !== undefined && !v.includes('{{') && !/^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]+$|^localhost$/i.test(v)) {
    r.error([...path, 'bind_address'], 'invalid-address', 'bind_address must be an IP address (or localhost)', v, 'write 127.0.0.1 (the default) or an interface address');
    return undefined;
  }
  return v;
}

function readUsers(r: FieldReader, d: any): TemplateUser[] | undefined {
  const list = r.list(d, 'users', []);
  if (!list) return undefined;
  return list.map((u, i): TemplateUser | undefined => {
    const path: YamlPath = ['users', i];
    if (typeof u === 'string') return { name: u };
    if (!u || typeof u !== 'object' || Array.isArray(u)) {
      r.expect(path, u, 'a user (name, groups, shell)');
      return undefined;
    }
    r.unknownKeys(u, USER(), path);
    const name = r.str(u, 'name', path, { required: true }) ?? '';
    if (name && !name.includes('{{') && isSystemUserName(name)) {
      r.error([...path, 'name'], 'reserved-user-name', reservedUserMessage(name), name, reservedUserFix(name));
    }
    return clean({ name, groups: r.strList(u, 'groups', path), shell: r.str(u, 'shell', path) });
  }).filter((x): x is TemplateUser => x !== undefined);
}

function readFiles(r: FieldReader, d: any): TemplateFile[] | undefined {
  const list = r.list(d, 'files', []);
  if (!list) return undefined;
  return list.map((f, i): TemplateFile | undefined => {
    const path: YamlPath = ['files', i];
    if (!f || typeof f !== 'object' || Array.isArray(f)) {
      r.expect(path, f, 'a file (destination, content or source, owner, permissions)');
      return undefined;
    }
    r.unknownKeys(f, FILE(), path);
    const destination = r.str(f, 'destination', path) ?? r.str(f, 'destination_path', path);
    if (!destination) {
      r.error([...path, 'destination'], 'missing-field', 'a file needs a destination', undefined, 'add destination: /absolute/path');
    } else if (!destination.startsWith('/') && !destination.includes('{{')) {
      r.error([...path, 'destination'], 'relative-path', 'file destination must be an absolute path', destination, `write /${destination.replace(/^\.?\/*/, '')}`);
    }
    let source = r.str(f, 'source', path);
    const bucket = r.str(f, 's3_bucket', path);
    const key = r.str(f, 's3_key', path);
    // Bucket names and keys are checked (issue 13.7): `s3_bucket: "bucket; rm -rf /"` is not a bucket.
    const bucketProblem = bucket === undefined ? undefined : s3BucketProblem(bucket);
    if (bucketProblem) r.error([...path, 's3_bucket'], 'invalid-bucket', `not an S3 bucket name: ${bucketProblem}`, bucket, 'write the bucket name, e.g. s3_bucket: lab-data-123');
    const keyProblem = key === undefined ? undefined : s3KeyProblem(key.replace(/^\//, ''));
    if (keyProblem) r.error([...path, 's3_key'], 'invalid-key', `not an S3 object key: ${keyProblem}`, key, 'write the object key, e.g. s3_key: configs/app.yaml');
    const sourceText = source;
    const urlProblem = sourceText?.startsWith('s3://') ? s3UrlProblem(sourceText) : undefined;
    if (urlProblem) r.error([...path, 'source'], 'invalid-source', `not an S3 URL: ${urlProblem}`, sourceText, 'write source: s3://bucket/key');
    if (!source && bucket && key) source = `s3://${bucket}/${key.replace(/^\//, '')}`;
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
    for (const [k, v] of [['owner', owner], ['group', group]] as const) {
      if (v !== undefined && !v.includes('{{') && !/^[a-z_][a-z0-9_-]{0,31}$/.test(v)) {
        r.error([...path, k], 'invalid-name', `file ${k} must be a POSIX user or group name`, v, 'use lower-case letters, digits, "_" and "-", starting with a letter');
      }
    }
    return clean({
      destination: destination ?? '',
      content,
      source,
      owner,
      group,
      permissions,
      required: r.bool(f, 'required', path),
      description: r.str(f, 'description', path),
    });
  }).filter((x): x is TemplateFile => x !== undefined);
}

function readIdle(r: FieldReader, d: any): IdleDetection | undefined {
  const m = r.mapping(d, 'idle_detection', []);
  if (!m) return undefined;
  const path = ['idle_detection'];
  r.unknownKeys(m, IDLE(), path);
  const out = clean({
    enabled: r.bool(m, 'enabled', path),
    idleThresholdMinutes: r.int(m, 'idle_threshold_minutes', path, { min: 1, max: 10080 }),
    hibernateThresholdMinutes: r.int(m, 'hibernate_threshold_minutes', path, { min: 1, max: 10080 }),
    checkIntervalMinutes: r.int(m, 'check_interval_minutes', path, { min: 1, max: 1440 }),
    cpuThresholdPercent: r.num(m, 'cpu_threshold_percent', path, { min: 0 }),
  });
  if (out.idleThresholdMinutes !== undefined && out.checkIntervalMinutes !== undefined && out.checkIntervalMinutes > out.idleThresholdMinutes) {
    r.warn([...path, 'check_interval_minutes'], 'idle-interval', 'checks are less frequent than the idle threshold, so stops come late',
      out.checkIntervalMinutes, `use a check interval of at most ${out.idleThresholdMinutes} minutes`);
  }
  return out;
}

function readInstanceDefaults(r: FieldReader, d: any): InstanceDefaults | undefined {
  const m = r.mapping(d, 'instance_defaults', []);
  const topPorts = r.intList(d, 'ports', [], { min: 1, max: 65535 });
  if (!m && !topPorts) return undefined;
  const path = ['instance_defaults'];
  r.unknownKeys(m, INSTANCE(), path);
  let cost: EstimatedCost | undefined;
  const c = m ? r.mapping(m, 'estimated_cost_per_hour', path) : undefined;
  if (c) {
    const cp = [...path, 'estimated_cost_per_hour'];
    r.unknownKeys(c, COST(), cp);
    cost = clean({ x86: r.num(c, 'x86_64', cp, { min: 0 }), arm64: r.num(c, 'arm64', cp, { min: 0 }) });
  }
  const type = m ? r.str(m, 'type', path) : undefined;
  if (type !== undefined && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(type)) {
    r.error([...path, 'type'], 'invalid-instance-type', 'instance type must look like family.size', type, 'write a type such as t3.large');
  }
  const ports = [...new Set([...(m ? r.intList(m, 'ports', path, { min: 1, max: 65535 }) ?? [] : []), ...(topPorts ?? [])])];
  return clean({
    type,
    ports: ports.length ? ports : undefined,
    rootVolumeGb: m ? r.int(m, 'root_volume_gb', path, { min: 8, max: 16384 }) : undefined,
    estimatedCostPerHour: cost,
    instanceTypePreference: m ? r.strList(m, 'instance_type_preference', path) : undefined,
  });
}

function readParameters(r: FieldReader, d: any): TemplateParameter[] | undefined {
  const raw = d.parameters;
  if (raw === undefined || raw === null) return undefined;
  let entries: Array<[string | undefined, any, YamlPath]>;
  if (Array.isArray(raw)) {
    entries = raw.map((p, i) => [p?.name, p, ['parameters', i]]);
  } else if (typeof raw === 'object') {
    entries = Object.entries(raw).map(([k, p]) => [k, p, ['parameters', k]]);
  } else {
    r.expect(['parameters'], raw, 'a mapping of parameter names to definitions');
    return undefined;
  }
  const out: TemplateParameter[] = [];
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
    if (typeText !== undefined && !Object.values(ParameterType).includes(typeText as ParameterType)) {
      r.error([...path, 'type'], 'invalid-value', 'unknown parameter type', typeText, `use one of ${Object.values(ParameterType).join(', ')}`);
      continue;
    }
    // Unset when not written, so a child can override only a parent parameter's default.
    const type = typeText as ParameterType | undefined;
    const choices = r.strList(p, 'choices', path);
    const min = r.num(p, 'min', path);
    const max = r.num(p, 'max', path);
    const pattern = r.str(p, 'pattern', path);
    const param: TemplateParameter = clean({
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
    if (type === ParameterType.CHOICE && !(choices && choices.length)) {
      r.error([...path, 'choices'], 'missing-field', 'a choice parameter needs choices', undefined, 'add choices: ["a", "b"]');
    }
    if (min !== undefined && max !== undefined && min > max) {
      r.error([...path, 'min'], 'invalid-range', `min (${min}) is greater than max (${max})`, min, 'swap min and max');
    }
    if (pattern !== undefined) {
      try {
        new RegExp(pattern);
      } catch (e: any) {
        r.error([...path, 'pattern'], 'invalid-pattern', `pattern is not a valid regular expression: ${e.message}`, pattern, 'fix the regular expression');
      }
    }
    if (param.default !== undefined && param.default !== '') {
      const problemText = checkParameterValue(param, param.default);
      if (problemText) {
        r.error([...path, 'default'], 'invalid-default', `default value ${problemText}`, p.default,
          problemText.includes('starts with "-"') ? leadingDashFix(name) : 'change the default to a valid value');
      }
    }
    out.push(param);
  }
  return out;
}

/** Characters a parameter value may contain: nothing a shell treats specially. */
export const SAFE_PARAMETER_VALUE = /^[A-Za-z0-9 _.,:/=+@%-]*$/;

/** Why a template account may not have a system name. */
export function reservedUserMessage(name: string): string {
  return `"${name}" is a system or image account: a template account of that name would take it over (and its groups and sudo rights)`;
}

/** The fix for a reserved template account name. */
export function reservedUserFix(name: string): string {
  return `rename the account (e.g. "${name.replace(/[^a-z0-9]/g, '')}-svc"), or drop it: research users come from the lab's registry`;
}

/** The fix for a value refused for its leading dash. */
export function leadingDashFix(name: string): string {
  return `remove the leading "-"; if ${name} is meant to carry a command option, declare allow_leading_dash: true on the parameter`;
}

/** Checks a value against a parameter; returns what is wrong, or undefined. */
export function checkParameterValue(p: TemplateParameter, value: string): string | undefined {
  // A value a command reads as an option (tar --checkpoint-action=exec=..., find -delete) is
  // code, even when quoted: refused unless the parameter says it carries options.
  if (p.type !== ParameterType.CHOICE && p.type !== ParameterType.BOOL && value.startsWith('-') && p.allowLeadingDash !== true) {
    return 'starts with "-", so a command would read it as an option';
  }
  switch (p.type) {
    case ParameterType.INT: {
      if (!/^-?\d+$/.test(value)) return 'is not a whole number';
      const n = Number(value);
      if (p.min !== undefined && n < p.min) return `is below the minimum ${p.min}`;
      if (p.max !== undefined && n > p.max) return `is above the maximum ${p.max}`;
      return undefined;
    }
    case ParameterType.BOOL:
      return value === 'true' || value === 'false' ? undefined : 'is not true or false';
    case ParameterType.CHOICE:
      return (p.choices ?? []).includes(value) ? undefined : `is not one of ${(p.choices ?? []).join(', ')}`;
    default:
      if (p.pattern !== undefined) {
        let re: RegExp | undefined;
        try {
          re = new RegExp(p.pattern);
        } catch {
          re = undefined; // reported as invalid-pattern where the parameter is defined
        }
        if (re && !re.test(value)) return `does not match the pattern ${p.pattern}`;
      }
      if (!SAFE_PARAMETER_VALUE.test(value)) {
        const bad = [...new Set(value.replace(/[A-Za-z0-9 _.,:/=+@%-]/g, ''))].join('');
        return `contains characters that are not allowed in provisioning scripts (${JSON.stringify(bad)})`;
      }
      return undefined;
  }
}

function readResearchUser(r: FieldReader, d: any): ResearchUserSettings | undefined {
  const m = r.mapping(d, 'research_user', []);
  if (!m) return undefined;
  const path = ['research_user'];
  r.unknownKeys(m, RESEARCH_USER(), path);
  const mount = r.str(m, 'efs_mount_point', path);
  if (mount !== undefined && !mount.includes('{{') && !/^\/[A-Za-z0-9._/-]*$/.test(mount)) {
    r.error([...path, 'efs_mount_point'], 'invalid-path', 'mount point must be an absolute path of safe characters', mount, 'write e.g. /shared');
  }
  return clean({
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

function readAmi(r: FieldReader, d: any): AmiSettings | undefined {
  const m = r.mapping(d, 'ami_config', []);
  if (!m) return undefined;
  const path = ['ami_config'];
  r.unknownKeys(m, AMI(), path);
  const amis: { [region: string]: { [arch: string]: string } } = {};
  const byRegion = r.mapping(m, 'amis', path);
  for (const [region, v] of Object.entries(byRegion ?? {})) {
    if (typeof v === 'string') {
      amis[region] = { any: v };
      continue;
    }
    const archMap = r.stringMap(byRegion, region, [...path, 'amis']);
    if (archMap) amis[region] = archMap;
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
  return clean({
    amis: Object.keys(amis).length ? amis : undefined,
    sshUser: r.str(m, 'ssh_user', path),
    userDataScript: r.str(m, 'user_data_script', path),
    instanceTypes: r.stringMap(m, 'instance_types', path),
  });
}

export { clean } from './clean';
