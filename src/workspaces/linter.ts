import { Diagnostic, DiagnosticSeverity, SourceLocation } from './errors';
import { WorkspacePolicy } from './policy';
import { problem } from './private/error';
import { referencedNames, TemplateSyntaxError } from './private/go-template';
import { isReservedUserName, normalisePath, pathAllowed, PRIVILEGED_GROUPS, privilegedPathKind, scriptPrivilegedWrites, setIdMode } from './private/privilege';
import { BUILTIN_VALUES } from './private/resolver';
import { renderShellTemplate } from './private/shell-render';
import { parseTemplate } from './private/template-parser';
import { YamlPath, YamlSource } from './private/yaml-source';
import { ParameterType, TemplateDefinition } from './template';

/**
 * What the lab allows templates, for the rules that depend on it.
 */
export interface TemplateLintOptions {
  /**
   * The lab's policy: `allowed_privileged_groups` and `allowed_privileged_paths` turn the
   * matching privileged-group and privileged-write findings off.
   * @default - no privileged groups or paths are allowed
   */
  readonly policy?: WorkspacePolicy;
}

/**
 * A lint rule's identity and what it looks for.
 */
export interface LintRuleInfo {
  /** Rule id. */
  readonly id: string;
  /** Severity of its findings. */
  readonly severity: DiagnosticSeverity;
  /** What it finds. */
  readonly description: string;
}

/** A piece of text from a template, with the YAML path it came from. */
interface TextField {
  readonly path: YamlPath;
  readonly text: string;
  /** Whether the text is a shell script (post_install, user_data, ami user_data_script). */
  readonly script: boolean;
}

interface Ctx {
  readonly def: TemplateDefinition;
  readonly options: TemplateLintOptions;
  readonly fields: TextField[];
  report(f: TextField, rule: string, severity: DiagnosticSeverity, snippet: string, message: string, fix: string): void;
  reportAt(path: YamlPath, rule: string, severity: DiagnosticSeverity, value: string, message: string, fix: string): void;
}

interface Rule extends LintRuleInfo {
  check(ctx: Ctx): void;
}

const E = DiagnosticSeverity.ERROR;
const W = DiagnosticSeverity.WARNING;

/**
 * Whether a chmod mode makes a path writable by others without the sticky bit: octal modes
 * whose last digit has the write bit (e.g. 777, 0666, 2777) unless the sticky bit is set
 * (1777), and symbolic modes granting o+w or a+w (or +w).
 */
function worldWritableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const others = Number(digits[3]);
    const special = Number(digits[0]);
    // The write bit of the "others" digit is set, and the sticky bit is not.
    return Math.floor(others / 2) % 2 === 1 && special % 2 === 0;
  }
  return mode.split(',').some((clause) => /^([ugoa]*)[+=][rwxXst]*w/.test(clause) && /^(a|[ugo]*o[ugo]*|)[+=]/.test(clause) && !/t/.test(clause));
}

/** Lines of a text with a matcher applied, skipping comment lines of scripts. */
function* matchLines(f: TextField, re: RegExp): Generator<{ line: string; match: RegExpExecArray }> {
  for (const line of f.text.split('\n')) {
    if (f.script && /^\s*#/.test(line)) continue;
    re.lastIndex = 0;
    const m = re.exec(line);
    if (m) yield { line, match: m };
  }
}

/** Whether a variable name says it holds a secret: one of its `_`/`-` separated words is a secret word. */
function isSecretName(name: string): boolean {
  const words = name.toLowerCase().split(/[_\-.]+/);
  const joined = words.join('');
  return words.some((w) => ['password', 'passwd', 'pass', 'pw', 'token', 'secret', 'apikey', 'credential', 'credentials'].includes(w))
    || /apikey|privatekey|accesskey/.test(joined);
}

const RULES: Rule[] = [
  {
    id: 'hardcoded-password',
    severity: E,
    description: 'Passwords set in clear text (chpasswd, passwd --stdin, useradd -p, code-server password:, RStudio auth).',
    check(ctx) {
      for (const f of ctx.fields) {
        for (const { line, match } of matchLines(f, /(\S+:[^\s"'|]+["']?\s*\|\s*(sudo\s+)?chpasswd|passwd\s+--stdin|useradd\b[^\n]*\s-p\s+\S+|^\s*password:\s*\S+|PASSWORD=["']?[^"'\s$]{3,}|\bpassword\s*[=:]\s*[A-Za-z0-9][^\s"',]*)/i)) {
          if (/\$\{?[A-Za-z_]/.test(match[0]) && !/:[^$\s]+["']?\s*\|/.test(match[0])) continue; // value from a variable, not a literal
          if (/passwd\s+--stdin/.test(match[0]) && /\$\{?[A-Za-z_]|<\s*\S/.test(line) && !/echo\s+["']?[^$"'\s]+["']?\s*\|/.test(line)) continue;
          ctx.report(f, 'hardcoded-password', E, line.trim(), `a password is set in clear text: "${line.trim().slice(0, 80)}"`,
            'remove it: research users sign in with SSH keys or SSO; services read credentials from a secret fetched at boot');
        }
      }
    },
  },
  {
    id: 'hardcoded-token',
    severity: E,
    description: 'Jupyter tokens or passwords written as literals in service config or scripts.',
    check(ctx) {
      for (const f of ctx.fields) {
        for (const { line, match } of matchLines(f, /(ServerApp|NotebookApp)\.(token|password)\s*=\s*(u?['"])([^'"]+)\3|--(ServerApp|NotebookApp)\.(token|password)=(['"]?)([^'"\s]+)/)) {
          const value = match[4] ?? match[8];
          if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value) || /get_secret|os\.environ|getenv/.test(line)) continue;
          ctx.report(f, 'hardcoded-token', E, line.trim(), `Jupyter ${match[2] ?? match[6]} is a literal: "${line.trim().slice(0, 80)}"`,
            'delete the line; the generated Jupyter unit reads its token from a secret at boot');
        }
      }
    },
  },
  {
    id: 'unauthenticated-service',
    severity: E,
    description: 'A service listening on all interfaces with authentication disabled.',
    check(ctx) {
      for (const s of ctx.def.services ?? []) {
        const idx = (ctx.def.services ?? []).indexOf(s);
        const cfg = (s.config ?? []).join('\n');
        const openBind = s.bindAddress === '0.0.0.0' || /\.ip\s*=\s*['"](0\.0\.0\.0|\*|)['"]/.test(cfg) || /--(server\.address|bind-addr|host)[ =]0\.0\.0\.0/.test(cfg + (s.command ?? ''));
        // Jupyter is open when its token is empty and no password is set; a token from the
        // environment or a password keeps it authenticated.
        const emptyToken = /\.token\s*=\s*(u?['"])\1/.test(cfg);
        const hasPassword = /\.password\s*=\s*(?!u?(['"])\1)\S/.test(cfg);
        const noAuth = (emptyToken && !hasPassword) || /--auth[ =]none/.test(cfg + (s.command ?? '')) || /^streamlit|^mlflow|^tensorboard/.test(s.name);
        if (openBind && noAuth) {
          ctx.reportAt(['services', idx], 'unauthenticated-service', E, s.name,
            `service "${s.name}" listens on all interfaces without authentication`,
            'bind it to 127.0.0.1 (the default) and reach it through a port forward or the authenticated load balancer');
        } else if (openBind) {
          ctx.reportAt(['services', idx], 'public-bind', W, s.name, `service "${s.name}" listens on all interfaces`,
            'remove the 0.0.0.0 binding: services listen on 127.0.0.1 and are published through the lab\'s authenticated load balancer');
        }
      }
      for (const f of ctx.fields.filter((x) => x.script)) {
        // Authentication switched off (service config and commands are script fields too): other
        // local accounts reach a service on 127.0.0.1 as well.
        for (const { line } of matchLines(f, /auth-none\s*=\s*1|--auth-none\b(?!\s*=?\s*0)|--auth[ =]none\b/)) {
          ctx.report(f, 'unauthenticated-service', E, line.trim(), 'a service is configured without authentication (auth-none): every local account of the machine reaches it, even on 127.0.0.1',
            'remove the setting: the workspace runs RStudio Server, Jupyter and code-server as the owner with their own sign-in');
        }
        for (const { line } of matchLines(f, /www-address\s*=\s*0\.0\.0\.0/)) {
          ctx.report(f, 'public-bind', W, line.trim(), 'RStudio Server is configured to listen on all interfaces',
            'leave www-address at 127.0.0.1; the generated unit publishes it through a port forward or the load balancer');
        }
      }
    },
  },
  {
    id: 'insecure-download',
    severity: E,
    description: 'Scripts downloaded over plain http and run, or TLS checks turned off.',
    check(ctx) {
      for (const f of ctx.fields.filter((x) => x.script)) {
        for (const { line } of matchLines(f, /(curl|wget)\b[^|\n]*http:\/\/[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b/)) {
          ctx.report(f, 'insecure-download', E, line.trim(), `a script is downloaded over http and run: "${line.trim().slice(0, 80)}"`,
            'use https, download to a file, check its sha256 sum, then run it; or install from the distribution\'s packages');
        }
        for (const { line } of matchLines(f, /(curl\b[^\n]*\s(-k|--insecure)\b|wget\b[^\n]*--no-check-certificate|pip\b[^\n]*--trusted-host)/)) {
          ctx.report(f, 'tls-disabled', W, line.trim(), `certificate checks are turned off: "${line.trim().slice(0, 80)}"`,
            'remove the flag; fix the trust store instead');
        }
        for (const { line } of matchLines(f, /(curl|wget)\b[^|\n]*https:\/\/[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b/)) {
          ctx.report(f, 'pipe-to-shell', DiagnosticSeverity.INFO, line.trim(), `a remote script is piped into a shell: "${line.trim().slice(0, 80)}"`,
            'download it to a file and check its checksum before running it');
        }
        for (const { line } of matchLines(f, /\b(wget|curl)\b[^\n]*\shttp:\/\/(?!localhost|127\.0\.0\.1|169\.254\.169\.254)/)) {
          if (/\|\s*(sudo\s+)?(ba|z)?sh\b/.test(line)) continue;
          ctx.report(f, 'plain-http', W, line.trim(), `a file is downloaded over plain http: "${line.trim().slice(0, 80)}"`, 'use https');
        }
      }
    },
  },
  {
    id: 'world-writable',
    severity: W,
    description: 'Paths made writable by everyone (chmod 777/666, o+w, a+w) without the sticky bit.',
    check(ctx) {
      for (const f of ctx.fields.filter((x) => x.script)) {
        for (const { line } of matchLines(f, /chmod\s+(?:-[A-Za-z]+\s+)*(\S+)/)) {
          if (!worldWritableMode(/chmod\s+(?:-[A-Za-z]+\s+)*(\S+)/.exec(line)![1])) continue;
          ctx.report(f, 'world-writable', W, line.trim(), `a path is made writable by everyone: "${line.trim().slice(0, 80)}"`,
            'grant write access to a group (chmod 2770 with a research group) or use a sticky scratch directory (chmod 1777)');
        }
      }
      (ctx.def.files ?? []).forEach((file, i) => {
        if (file.permissions && worldWritableMode(file.permissions)) {
          ctx.reportAt(['files', i, 'permissions'], 'world-writable', W, file.permissions, `file ${file.destination} is writable by everyone`,
            'use 0644 (or 0640 for sensitive files)');
        }
      });
    },
  },
  {
    id: 'unpinned-channel',
    severity: W,
    description: 'conda packages that live on a special channel (pytorch, nvidia, bioconda) without `channel::name`.',
    check(ctx) {
      const CHANNEL: Array<[RegExp, string]> = [
        [/^(pytorch|torchvision|torchaudio|pytorch-cuda|cpuonly)([=<>].*)?$/, 'pytorch'],
        [/^(cuda|cuda-toolkit|cudatoolkit|cudnn|cuda-nvcc)([=<>].*)?$/, 'nvidia'],
        [/^(samtools|bwa|bowtie2|bcftools|bedtools|star|salmon|fastqc|multiqc|snakemake|bioconductor-.*)([=<>].*)?$/, 'bioconda'],
      ];
      (ctx.def.packages?.conda ?? []).forEach((pkg, i) => {
        if (pkg.includes('::')) return;
        for (const [re, channel] of CHANNEL) {
          if (re.test(pkg)) {
            ctx.reportAt(['packages', 'conda', i], 'unpinned-channel', W, pkg, `conda package "${pkg}" is published on the ${channel} channel but no channel is pinned`,
              `write "${channel}::${pkg}" so the package cannot come from another channel`);
          }
        }
      });
      for (const f of ctx.fields.filter((x) => x.script)) {
        for (const { line } of matchLines(f, /pip3?\s+install\b[^\n]*--(extra-)?index-url\s+http:\/\//)) {
          ctx.report(f, 'unpinned-channel', W, line.trim(), 'a pip index is used over plain http', 'use an https index URL');
        }
        for (const { line } of matchLines(f, /repos\s*=\s*['"]http:\/\//)) {
          ctx.report(f, 'unpinned-channel', W, line.trim(), 'a CRAN mirror is used over plain http', 'use https://cloud.r-project.org');
        }
      }
    },
  },
  {
    id: 'secret-in-variables',
    severity: E,
    description: 'Variables or environment entries whose names say they hold a secret, with a literal value.',
    check(ctx) {
      for (const [k, v] of Object.entries(ctx.def.variables ?? {})) {
        if (isSecretName(k) && v && !/^\{\{|^\$/.test(v)) {
          ctx.reportAt(['variables', k], 'secret-in-variables', E, k, `variable ${k} holds a secret in clear text`,
            'remove it; store the secret in the lab\'s secret store and read it at boot');
        }
      }
      for (const [k, v] of Object.entries(ctx.def.researchUser?.defaultEnvironment ?? {})) {
        if (isSecretName(k) && v && !/^\{\{|^\$/.test(v)) {
          ctx.reportAt(['research_user', 'default_environment', k], 'secret-in-variables', E, k, `environment variable ${k} holds a secret in clear text`,
            'remove it; store the secret in the lab\'s secret store and read it at boot');
        }
      }
    },
  },
  {
    id: 'privileged-group',
    severity: E,
    description: 'Template accounts (users:) in privileged groups (sudo, wheel, docker, disk, shadow, ...) the lab\'s policy does not name in allowed_privileged_groups.',
    check(ctx) {
      const allowed = new Set(ctx.options.policy?.props.allowedPrivilegedGroups ?? []);
      (ctx.def.users ?? []).forEach((u, i) => {
        if (isReservedUserName(u.name)) {
          ctx.reportAt(['users', i, 'name'], 'reserved-user-name', E, u.name, `template account "${u.name}" is a system or image account: a workspace would create or change it with the template's groups`,
            'rename the account, or drop it: research users come from the lab\'s registry');
        }
        (u.groups ?? []).forEach((g, j) => {
          if (PRIVILEGED_GROUPS.has(g) && !allowed.has(g)) {
            ctx.reportAt(['users', i, 'groups', j], 'privileged-group', E, g, `template account "${u.name}" joins the privileged group "${g}"`,
              `remove "${g}", or add it to allowed_privileged_groups in the lab's policy`);
          }
        });
      });
    },
  },
  {
    id: 'privileged-write',
    severity: E,
    description: 'Files and script lines that write sudoers, /root, cron, systemd, /etc/ssh, PAM, account files, ld.so.preload or profile.d, or set setuid/setgid/sticky modes, unless allowed_privileged_paths names them.',
    check(ctx) {
      const allowed = ctx.options.policy?.props.allowedPrivilegedPaths ?? [];
      const groups = new Set(ctx.options.policy?.props.allowedPrivilegedGroups ?? []);
      (ctx.def.files ?? []).forEach((f, i) => {
        const kind = privilegedPathKind(f.destination);
        if (kind && !pathAllowed(f.destination, allowed)) {
          ctx.reportAt(['files', i, 'destination'], 'privileged-write', E, f.destination, `file ${f.destination} changes ${kind}`,
            `remove it, or add "${normalisePath(f.destination)}" to allowed_privileged_paths in the lab's policy`);
        }
        if (f.permissions && setIdMode(f.permissions) && !pathAllowed(f.destination, allowed)) {
          ctx.reportAt(['files', i, 'permissions'], 'privileged-write', E, f.permissions, `file ${f.destination} gets the set-id/sticky mode ${f.permissions}`,
            `use a mode without set-id bits (e.g. "0755"), or add "${normalisePath(f.destination)}" to allowed_privileged_paths in the lab's policy`);
        }
      });
      for (const f of ctx.fields.filter((x) => x.script && (x.path[0] === 'post_install' || x.path[0] === 'user_data' || x.path[0] === 'ami_config' || x.path[2] === 'command'))) {
        for (const line of f.text.split('\n')) {
          if (/^\s*#/.test(line)) continue;
          for (const w of scriptPrivilegedWrites(line)) {
            if (pathAllowed(w.path, allowed) || (w.kind === 'privileged group' && groups.has(w.path.slice(6)))) continue;
            ctx.report(f, 'privileged-write', E, line.trim(), `"${line.trim().slice(0, 80)}" changes ${w.kind} (${w.path}, by ${w.how})`,
              w.kind === 'privileged group' ? `remove it, or add "${w.path.slice(6)}" to allowed_privileged_groups in the lab's policy`
                : `remove it, or add "${w.path}" to allowed_privileged_paths in the lab's policy`);
          }
        }
      }
    },
  },
  {
    id: 'parameter-as-code',
    severity: E,
    description: 'Free-text parameters used where a quoted value is still code: as a command name, inside backticks, or as an argument of eval, sh -c, sed, awk, xargs, ssh, find -exec.',
    check(ctx) {
      const params = new Map((ctx.def.parameters ?? []).map((p) => [p.name, p]));
      const variables = ctx.def.variables ?? {};
      for (const f of ctx.fields.filter((x) => x.script && (x.path[0] === 'post_install' || x.path[0] === 'user_data' || x.path[0] === 'ami_config' || x.path[2] === 'command'))) {
        if (!f.text.includes('{{')) continue;
        const values: Record<string, string> = { ...BUILTIN_VALUES };
        for (const n of referencedNames(f.text)) if (values[n] === undefined) values[n] = params.get(n)?.default || variables[n] || 'value';
        const isData = (n: string) => {
          const p = params.get(n);
          if (p) return (p.type ?? ParameterType.STRING) === ParameterType.STRING;
          if (variables[n] !== undefined) return variables[n].includes('{{');
          return BUILTIN_VALUES[n] === undefined; // a parent's parameter: assume free text
        };
        try {
          for (const p of renderShellTemplate(f.text, values, isData).problems) {
            ctx.report(f, p.code, E, p.snippet, p.message, p.fix);
          }
        } catch (e) {
          if (!(e instanceof TemplateSyntaxError)) throw e;
        }
      }
    },
  },
];

/**
 * Checks templates for unsafe practice: clear-text credentials, unauthenticated services,
 * insecure downloads, world-writable paths and unpinned package channels. Every finding
 * names the file, line and the fix.
 */
export class TemplateLinter {
  /** The rules this linter applies. */
  public static rules(): LintRuleInfo[] {
    return RULES.map(({ id, severity, description }) => ({ id, severity, description }));
  }

  /** Lints a template file. Parse errors come back as findings too. */
  public static lintFile(file: string, options: TemplateLintOptions = {}): Diagnostic[] {
    let src: YamlSource;
    let def: TemplateDefinition;
    try {
      src = YamlSource.fromFile(file, 'template');
      def = parseTemplate(src).definition;
    } catch (e: any) {
      if (Array.isArray(e?.diagnostics)) return e.diagnostics;
      throw e;
    }
    return lint(def, src, options);
  }

  /** Lints YAML text. */
  public static lintYaml(yaml: string, sourceName: string, options: TemplateLintOptions = {}): Diagnostic[] {
    let src: YamlSource;
    let def: TemplateDefinition;
    try {
      src = new YamlSource(yaml, sourceName);
      def = parseTemplate(src).definition;
    } catch (e: any) {
      if (Array.isArray(e?.diagnostics)) return e.diagnostics;
      throw e;
    }
    return lint(def, src, options);
  }

  /** Lints a parsed definition (locations are the definition's source without lines). */
  public static lintDefinition(def: TemplateDefinition, options: TemplateLintOptions = {}): Diagnostic[] {
    return lint(def, undefined, options);
  }

  private constructor() {}
}

function textFields(def: TemplateDefinition): TextField[] {
  const out: TextField[] = [];
  const add = (path: YamlPath, text: string | undefined, script: boolean) => {
    if (text) out.push({ path, text, script });
  };
  add(['post_install'], def.postInstall, true);
  add(['user_data'], def.userData, true);
  add(['ami_config', 'user_data_script'], def.amiConfig?.userDataScript, true);
  (def.services ?? []).forEach((s, i) => {
    (s.config ?? []).forEach((c, j) => add(['services', i, 'config', j], c, true));
    add(['services', i, 'command'], s.command, true);
  });
  (def.files ?? []).forEach((f, i) => add(['files', i, 'content'], f.content, /^#!/.test(f.content ?? '')));
  return out;
}

function lint(def: TemplateDefinition, src: YamlSource | undefined, options: TemplateLintOptions): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const seen = new Set<string>();
  const push = (d: Diagnostic) => {
    const key = `${d.code}|${d.location?.line}|${d.location?.column}|${d.field}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(d);
    }
  };
  const at = (path: YamlPath, snippet?: string): SourceLocation =>
    src ? (snippet ? src.locateWithin(path, snippet) : src.locate(path)) : { file: def.source };
  const fieldName = (path: YamlPath) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  const ctx: Ctx = {
    def,
    options,
    fields: textFields(def),
    report(f, rule, severity, snippet, message, fix) {
      push(problem({ severity, code: rule, message, field: fieldName(f.path), fix, location: at(f.path, snippet) }));
    },
    reportAt(path, rule, severity, value, message, fix) {
      push(problem({ severity, code: rule, message, field: fieldName(path), value, fix, location: at(path) }));
    },
  };
  for (const rule of RULES) rule.check(ctx);
  // Template users with a password: the model never keeps it, so look at the file itself.
  const rawUsers = (src?.data as any)?.users;
  if (Array.isArray(rawUsers)) {
    rawUsers.forEach((u: any, i: number) => {
      if (u && typeof u === 'object' && u.password !== undefined && u.password !== null && u.password !== '') {
        ctx.reportAt(['users', i, 'password'], 'hardcoded-password', E, String(u.name ?? i), `template user "${u.name ?? i}" has a password in clear text`,
          'remove the password: research users sign in with SSH keys or SSO');
      }
    });
  }
  return findings.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}
