import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { PackageManager } from '../../template';
import { DeveloperLanguage, IdleAction, ProvisioningPhase, StorageLayout, WorkspacePlatform } from '../options';
import { CLOUDWATCH_AGENT_CONFIG, cloudWatchAgentConfig } from './cloudwatch-agent';
import { EC2_LIMIT, Plan, PlannedService, ServiceKind } from './plan';
import { SCRIPTS } from './scripts.generated';
import { shArgs, shq } from './shell';

/**
 * The spack release a template's spack packages are built with (a tag of github.com/spack/spack).
 * Pinned so that an image is reproducible: the tag fixes spack and its package recipes, so the
 * version and checksum of every source. In the install step's text, so the content hash of a
 * template's image changes with it. v0.23 is the last release series whose package recipes
 * ship inside spack's own repository (from v1.0 spack fetches them from a second one at first use).
 */
export const SPACK_RELEASE = 'v0.23.1';

/** Where the payload lives on the machine. */
export const PAYLOAD_DIR = '/var/lib/research-workspace/payload';

/**
 * Values computed from the bundled scripts only (constants of the process): every workspace of
 * a lab needs them, each is computed once. Immutable strings, so sharing them is safe.
 */
const CONSTANTS = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (!CONSTANTS.has(key)) CONSTANTS.set(key, make());
  return CONSTANTS.get(key) as T;
}

/** One file the provisioning needs on the machine, under PAYLOAD_DIR. */
export interface PayloadFile {
  /** Path below PAYLOAD_DIR. */
  readonly name: string;
  readonly content: string;
  readonly mode: string;
  /** Shell code we generated (shellcheck must pass), as opposed to a template author's script or data. */
  readonly generatedShell?: 'bash' | 'sh';
}

/** How the registry file reaches the machine, as the script sees it. */
export type RegistrySource =
  | { kind: 'inline'; sha256: string }
  | { kind: 'ssm'; sha256: string; prefix: string; chunks: number }
  | { kind: 'url'; sha256: string; url: string };

/** Keeps the lines compactScript() keeps (`first`: the text's first line, where a shebang stays). */
function keptLines(text: string, first: boolean): string[] {
  return text.split('\n').filter((l, i) => {
    const t = l.trim();
    if (t === '') return false;
    if (first && i === 0 && t.startsWith('#!')) return true;
    if (t.startsWith('# shellcheck ')) return true;
    return !t.startsWith('#');
  });
}

/** Removes comment-only and blank lines from our own bash (not the shebang or shellcheck directives). */
export function compactScript(text: string): string {
  return unindent([keptLines(text, true)]).join('\n') + '\n';
}

/** What unindent() made of some lines, and the quoting state after them. */
interface Unindented {
  readonly out: string[];
  /** The quote still open after the last line. */
  readonly quote?: string;
  /** A line outside any string starts a here-document. */
  readonly heredoc: boolean;
}

function unindentFrom(lines: string[], start: string | undefined): Unindented {
  let quote = start;
  const out: string[] = [];
  for (const line of lines) {
    if (quote === undefined && /<<-?\s*['"]?[A-Za-z_]/.test(line)) return { out, quote, heredoc: true };
    out.push(quote === undefined ? line.replace(/^[ \t]+/, '') : line);
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote === undefined) {
        if (c === '#' && (i === 0 || /[\s;&|(]/.test(line[i - 1]))) break;
        if (c === '\\') i++;
        else if (c === "'" || c === '"') quote = c;
      } else if (quote === "'") {
        if (c === "'") quote = undefined;
      } else if (c === '\\') {
        i++;
      } else if (c === '"') {
        quote = undefined;
      }
    }
  }
  return { out, quote, heredoc: false };
}

/**
 * Drops the indentation of lines that start outside any quoted string (EC2's 16 KB counts every
 * byte). A line that starts inside a multi-line string keeps its text, and a script with a
 * here-document keeps all of it: there, leading blanks can be data.
 *
 * The lines come in pieces (a script's header, its libraries, its steps); a piece that starts
 * outside any string and is in `cached` is not scanned again (the libraries are the same for
 * every workspace of a template).
 */
export function unindent(pieces: string[][], cached?: Set<string[]>): string[] {
  let quote: string | undefined;
  const out: string[] = [];
  for (const piece of pieces) {
    let u: Unindented;
    if (quote === undefined && cached?.has(piece)) {
      let hit = UNINDENTED.get(piece);
      if (!hit) UNINDENTED.set(piece, hit = unindentFrom(piece, undefined));
      u = hit;
    } else {
      u = unindentFrom(piece, quote);
    }
    if (u.heredoc) return pieces.flat();
    out.push(...u.out);
    quote = u.quote;
  }
  return quote === undefined ? out : pieces.flat();
}

/** unindent() of library pieces, by piece (the pieces are kept in COMPOSED). */
const UNINDENTED = new WeakMap<string[], Unindented>();

interface LibChunk {
  readonly lib: string;
  /** Function name, for a function definition. */
  readonly fn?: string;
  readonly text: string;
}

/** chunks() of each library: the libraries are constants, so each is split once per process. */
const CHUNKS = new Map<string, LibChunk[]>();

/** Splits a library into top-level statements and function definitions (`name() {` ... `}` at column 0). */
function chunks(lib: string): LibChunk[] {
  let out = CHUNKS.get(lib);
  if (!out) {
    out = splitLibrary(lib);
    CHUNKS.set(lib, out);
  }
  return out;
}

function splitLibrary(lib: string): LibChunk[] {
  const out: LibChunk[] = [];
  const lines = SCRIPTS[lib].replace(/^#!.*\n/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([a-z_][a-z0-9_]*)\(\) \{/.exec(lines[i]);
    if (!m) {
      out.push({ lib, text: lines[i] });
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j] !== '}' && !(j === i && lines[i].trimEnd().endsWith('}'))) j++;
    out.push({ lib, fn: m[1], text: lines.slice(i, j + 1).join('\n') });
    i = j;
  }
  return out;
}

/**
 * Composes the libraries for a main script, keeping only the functions it reaches (so an
 * installer or a storage helper a workspace does not use costs no user-data bytes). A call
 * `rws_net WHAT` reaches `rws_net_WHAT`. A library's top-level statements come with it when
 * any of its functions is kept; core.sh is always whole.
 */
export function composeLibraries(libs: readonly string[], main: string): string {
  return composed(libs, main).text;
}

/** A composition of the libraries: its text, and its lines as compactScript() keeps them. */
interface Composed {
  readonly text: string;
  readonly kept: string[];
}

/** Compositions by libraries and the functions the main script names (all it depends on). */
const COMPOSED = new Map<string, Composed>();

function composed(libs: readonly string[], main: string): Composed {
  const all = libs.flatMap(chunks);
  const fns = new Map(all.filter((c) => c.fn).map((c) => [c.fn!, c]));
  const named = (text: string): string[] => {
    const found: string[] = [];
    for (const w of text.match(/[a-z_][a-z0-9_]*/g) ?? []) if (fns.has(w)) found.push(w);
    for (const m of text.matchAll(/rws_net ([a-z][a-z0-9-]*)/g)) {
      const n = `rws_net_${m[1].replace(/-/g, '_')}`;
      if (fns.has(n)) found.push(n);
    }
    return found;
  };
  const direct = [...new Set(named(main))];
  const key = `${libs.join(',')}\0${[...direct].sort().join(',')}`;
  const hit = COMPOSED.get(key);
  if (hit) return hit;
  const keep = new Set<string>();
  const scan = (found: string[]) => {
    for (const f of found) {
      if (keep.has(f)) continue;
      keep.add(f);
      scan(named(fns.get(f)!.text));
    }
  };
  scan(direct);
  scan(named(all.filter((c) => c.lib === 'core.sh' && !c.fn).map((c) => c.text).join('\n')));
  const libsUsed = new Set(all.filter((c) => c.fn && keep.has(c.fn)).map((c) => c.lib));
  libsUsed.add('core.sh');
  const text = all.filter((c) => libsUsed.has(c.lib) && (!c.fn || keep.has(c.fn))).map((c) => c.text).join('\n');
  const made = { text, kept: keptLines(text, false) };
  COMPOSED.set(key, made);
  return made;
}

function hash(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The provisioning libraries, in the order they are composed (core first). */
const LIBRARIES = ['core.sh', 'packages.sh', 'netinstall.sh', 'fetch.sh', 'storage.sh', 'accounts.sh', 'files.sh', 'services.sh', 'developer.sh', 'image.sh'];

/** Steps of each phase (the rest of the full provisioning is left out). */
const BAKE_STEPS = new Set(['ssm_agent', 'packages', 'software', 'post_install', 'image']);
const BOOT_STEPS = new Set(['ssm_agent', 'image', 'packages', 'storage', 'registry', 'users', 'layout', 'files', 'services', 'idle', 'metrics', 'developer', 'user_data']);

/**
 * Tools a baked image carries for any workspace of the lab, whoever its users are (their sudo,
 * shells, storage layout and published services differ per workspace): command, apt and dnf package.
 */
export const IMAGE_TOOLS: ReadonlyArray<readonly [string, string, string]> = [
  ['visudo', 'sudo', 'sudo'], ['curl', 'curl', 'curl'], ['setpriv', 'util-linux', 'util-linux'], ['setfacl', 'acl', 'acl'],
  ['mount.nfs4', 'nfs-common', 'nfs-utils'], ['zsh', 'zsh', 'zsh'], ['nft', 'nftables', 'nftables'], ['python3', 'python3', 'python3'],
];

const PATH_WITH_TOOLS = '/opt/conda/bin:/opt/research-venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The RStudio Server authentication helper on the machine. */
const RSTUDIO_AUTH = '/usr/local/lib/research-workspace/rws-rstudio-auth';
/** The claim check of published services on the machine. */
const GATE = '/usr/local/lib/research-workspace/rws-gate';
/** Loads services.nft (idempotent): only the owner and root connect to the service ports. */
const NFT_LOAD = '/usr/sbin/nft -f /etc/research-workspace/services.nft';

/** The claim check's code as the machine installs it (comment lines and the module docstring left out). */
export function gateCode(): { content: string; sha256: string } {
  return once('gate-code', () => {
    const src = SCRIPTS['rws-gate.py'];
    const content = src.replace(/^("\"\"[^]*?\"\"\"\n)/m, '').split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).join('\n') + '\n';
    return { content: '#!/usr/bin/env python3\n' + content, sha256: crypto.createHash('sha256').update('#!/usr/bin/env python3\n' + content).digest('hex') };
  });
}

/** The SSM parameters (standard tier, 4096 characters) that carry the claim check's code: base64 of its gzip, in order. */
export function gateCodeParameters(prefix: string): Array<{ name: string; value: string }> {
  const b64 = once('gate-code-gzip', () => zlib.gzipSync(Buffer.from(gateCode().content, 'utf8'), { level: 9 }).toString('base64'));
  const out: Array<{ name: string; value: string }> = [];
  for (let i = 0; i * 4096 < b64.length; i++) out.push({ name: `${prefix}/${i}`, value: b64.slice(i * 4096, (i + 1) * 4096) });
  return out;
}

/** The tools the provisioning installs from its payload, or fetches from SSM parameters. */
const TOOLS = [{ name: 'rws-sync-users', script: 'sync-users.sh' }, { name: 'rws-idle-agent', script: 'idle-agent.sh' }] as const;

function toolCode(t: { script: string }): { content: string; sha256: string } {
  return once(`tool:${t.script}`, () => {
    const content = compactScript(SCRIPTS[t.script]);
    return { content, sha256: crypto.createHash('sha256').update(content).digest('hex') };
  });
}

/**
 * A tool as a user-data for EC2 carries it inline: without its parts between `# rws:fast-path`
 * and `# rws:fast-path end` lines (rws-sync-users' re-run shortcut, which a first boot has no
 * state for, and its perl home creation; EC2's 16 KB counts every byte). The tools from SSM
 * parameters, and a user-data allowed more than 16 KB, keep them.
 */
export function inlineToolCode(script: string): string {
  return once(`inline-tool:${script}`, () => compactScript(SCRIPTS[script].replace(/^[ \t]*# rws:fast-path\b[^]*?^[ \t]*# rws:fast-path end\n/gm, '')));
}

/**
 * The SSM parameters (standard tier, 4096 characters) that carry the tools: base64 of each
 * tool's gzip in pieces, named PREFIX/<first 12 of its SHA-256>/<tool>/0, 1, ... (a new version
 * of a tool gets new names, so machines of an older deployment keep theirs).
 */
export function toolParameters(prefix: string): Array<{ name: string; value: string; tool: string }> {
  const out: Array<{ name: string; value: string; tool: string }> = [];
  for (const t of TOOLS) {
    const code = toolCode(t);
    const b64 = once(`tool-gzip:${t.script}`, () => zlib.gzipSync(Buffer.from(code.content, 'utf8'), { level: 9 }).toString('base64'));
    for (let i = 0; i * 4096 < b64.length; i++) {
      out.push({ name: `${prefix}/${code.sha256.slice(0, 12)}/${t.name}/${i}`, value: b64.slice(i * 4096, (i + 1) * 4096), tool: t.name });
    }
  }
  return out;
}

/** The environment and paths a service unit needs. */
function unitFor(p: Plan, s: PlannedService): { unit: string; extra: PayloadFile[] } {
  const o = p.owner!;
  const bind = s.bindAddress;
  const port = s.internalPort;
  const extra: PayloadFile[] = [];
  const env: string[] = [`PATH=${PATH_WITH_TOOLS}`, `RWS_BIND_ADDRESS=${bind}`, ...(port ? [`RWS_PORT=${port}`] : []), `HOME=${o.home}`];
  let exec: string;
  let envFile: string | undefined;
  const service: string[] = [];
  switch (s.kind) {
    case ServiceKind.JUPYTER: {
      const cfg = `/etc/research-workspace/jupyter/${s.name}_config.py`;
      extra.push({ name: `jupyter/${s.name}_config.py`, mode: '0644', content: jupyterConfig(p, s) });
      // Published behind a gateway: the gateway terminates TLS and says so in X-Forwarded-Proto.
      exec = `/usr/bin/env jupyter lab --no-browser --ServerApp.ip=${bind} --ServerApp.port=${port ?? 8888} --ServerApp.root_dir=${o.home}`
        + `${s.published ? ' --ServerApp.trust_xheaders=True' : ''} --config=${cfg}`;
      envFile = '/etc/research-workspace/secrets/jupyter.env';
      break;
    }
    case ServiceKind.CODE_SERVER:
      exec = `/usr/bin/env code-server --bind-addr ${bind.includes(':') ? `[${bind}]` : bind}:${port ?? 8080} --auth password --disable-telemetry --disable-update-check ${o.home}`;
      envFile = '/etc/research-workspace/secrets/code-server.env';
      break;
    case ServiceKind.RSTUDIO:
      extra.push({ name: 'rstudio/database.conf', mode: '0644', content: `provider=sqlite\ndirectory=/var/lib/rws-${s.name}\n` });
      service.push(`RuntimeDirectory=rws-${s.name}`, `StateDirectory=rws-${s.name}`);
      // Sign-in through the workspace's authentication helper (RStudio's PAM helper interface):
      // only the owner, with the service password from a root-only file.
      service.push(`Environment=RWS_OWNER=${o.name}`);
      exec = `/usr/lib/rstudio-server/bin/rserver --server-daemonize=0 --server-user=${o.name} --www-address=${bind} --www-port=${port ?? 8787} `
        + `--server-data-dir=/run/rws-${s.name} --server-pid-file=/run/rws-${s.name}/rserver.pid `
        + '--database-config-file=/etc/research-workspace/rstudio/database.conf --auth-none=0 '
        + `--auth-pam-helper-path=${RSTUDIO_AUTH}`;
      envFile = '/etc/research-workspace/secrets/rstudio.env';
      break;
    case ServiceKind.STREAMLIT:
      exec = `/usr/bin/env streamlit hello --server.address ${bind} --server.port ${port ?? 8501} --server.headless true --browser.gatherUsageStats false`;
      break;
    case ServiceKind.MLFLOW:
      exec = `/usr/bin/env mlflow server --host ${bind} --port ${port ?? 5000} --backend-store-uri file://${o.home}/mlruns`;
      break;
    default: {
      extra.push({
        name: `services/${s.name}.sh`,
        mode: '0755',
        content: `#!/bin/bash\n# Service "${s.name}" of template ${p.template.slug}: the template's command, run as ${o.name}.\n${s.command!.trim()}\n`,
      });
      exec = `/bin/bash /usr/local/lib/research-workspace/services/${s.name}.sh`;
    }
  }
  const umask = p.storage?.layout === StorageLayout.GROUP_SHARED ? '0002' : '0022';
  const unit = [
    '[Unit]',
    `Description=${s.name} of research workspace ${p.template.slug}, as ${o.name}`,
    'Wants=network-online.target',
    'After=network-online.target remote-fs.target',
    '',
    '[Service]',
    'Type=simple',
    // As root, before the service: on this machine only the owner and root connect to its port.
    `ExecStartPre=+${NFT_LOAD}`,
    `User=${o.name}`,
    `Group=${o.group}`,
    `WorkingDirectory=${o.home}`,
    ...env.map((e) => `Environment=${e}`),
    ...(envFile ? [`EnvironmentFile=${envFile}`] : []),
    ...service,
    `UMask=${umask}`,
    `ExecStart=${exec}`,
    'Restart=on-failure',
    'RestartSec=10',
    'NoNewPrivileges=yes',
    'PrivateTmp=yes',
    'ProtectSystem=full',
    '',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
  return { unit, extra };
}

function jupyterConfig(p: Plan, s: PlannedService): string {
  return [
    `# Jupyter settings of service "${s.name}" (template ${p.template.slug}). Address, port, root folder and`,
    '# token are set by the workspace (the token from JUPYTER_TOKEN, read from a secret at boot).',
    'c.ServerApp.open_browser = False',
    'c.ServerApp.allow_root = False',
    ...s.config,
    '',
  ].join('\n');
}

/** The configuration of a published service's claim check (rws-gate). */
function gateConfig(p: Plan, s: PlannedService): PayloadFile {
  const g = p.gate!;
  const config = {
    service: s.name,
    port: s.port,
    backendPort: s.internalPort,
    signer: g.signer,
    region: g.region,
    ...(g.issuer ? { issuer: g.issuer } : {}),
    allow: { email: g.emails, sub: g.subjects },
  };
  return { name: `gate/${s.name}.json`, mode: '0644', content: JSON.stringify(config) + '\n' };
}

/** One template unit for the claim checks (rws-gate@SERVICE), run as the owner. */
function gateUnit(p: Plan): PayloadFile {
  const o = p.owner!;
  const content = [
    '[Unit]',
    'Wants=rws-%i.service',
    '[Service]',
    `User=${o.name}`,
    `Group=${o.group}`,
    // The proxy of a proxied lab, for the load balancer's public keys.
    'EnvironmentFile=-/etc/environment',
    `ExecStart=/usr/bin/python3 -B ${GATE} /etc/research-workspace/gate/%i.json`,
    'Restart=always',
    'NoNewPrivileges=yes',
    'ProtectSystem=strict',
    '[Install]',
    'WantedBy=multi-user.target',
    '',
  ].join('\n');
  return { name: 'units/rws-gate@.service', mode: '0644', content };
}

/** The nftables rules: on this machine only the owner (uid) and root connect to the service ports (as rws_services_firewall writes them). */
function servicesNft(owner: string, uid: number, ports: number[]): string {
  return [
    `# only ${owner} (uid ${uid}) and root may connect to these ports from this machine`,
    'table inet rws_services',
    'delete table inet rws_services',
    'table inet rws_services {',
    '  chain output {',
    '    type filter hook output priority 0; policy accept;',
    `    oifname "lo" tcp dport { ${ports.join(',')} } meta skuid != { 0, ${uid} } counter reject with tcp reset`,
    '  }',
    '}',
    '',
  ].join('\n');
}

function idleUnits(p: Plan): PayloadFile[] {
  const i = p.idle!;
  return [
    {
      name: 'units/rws-idle.service',
      mode: '0644',
      content: [
        '[Unit]',
        `Description=Research workspace idle check (${i.action} after ${i.minutes} idle minutes)`,
        '',
        '[Service]',
        'Type=oneshot',
        'ExecStart=/usr/local/lib/research-workspace/rws-idle-agent',
        'Nice=10',
        '',
      ].join('\n'),
    },
    {
      name: 'units/rws-idle.timer',
      mode: '0644',
      content: [
        '[Unit]',
        `Description=Research workspace idle check every ${i.intervalMinutes} minutes`,
        '',
        '[Timer]',
        `OnBootSec=${i.intervalMinutes}min`,
        `OnUnitActiveSec=${i.intervalMinutes}min`,
        'AccuracySec=30s',
        '',
        '[Install]',
        'WantedBy=timers.target',
        '',
      ].join('\n'),
    },
    {
      name: 'idle.conf',
      mode: '0644',
      content: [
        `IDLE_MINUTES=${i.minutes}`,
        `CPU_PERCENT=${i.cpuPercent}`,
        `GPU_PERCENT=${i.gpuPercent}`,
        `NET_KBPS=${i.netKbps}`,
        `ACTION=${i.action === IdleAction.HIBERNATE ? 'hibernate' : 'stop'}`,
        `PLATFORM=${p.platform}`,
        `JUPYTER_PORTS=${p.services.filter((s) => s.kind === ServiceKind.JUPYTER).map((s) => s.port ?? 8888).join(',')}`,
        '',
      ].join('\n'),
    },
  ];
}

function profile(p: Plan): string {
  const lines = [
    '# shellcheck shell=sh',
    `# Environment of research workspace sessions (template ${p.template.slug}), written at boot.`,
    `export RWS_TEMPLATE=${shq(p.template.slug)}`,
    ...p.environment.map(([k, v]) => `export ${k}=${shq(v)}`),
    '# shellcheck source=/dev/null',
    'if [ -r /opt/conda/etc/profile.d/conda.sh ]; then . /opt/conda/etc/profile.d/conda.sh; fi',
    'if [ -d /opt/research-venv/bin ]; then PATH="/opt/research-venv/bin:$PATH"; export PATH; fi',
    '# shellcheck source=/dev/null',
    'if [ -r /opt/spack/share/spack/setup-env.sh ] && [ -n "${BASH_VERSION:-}" ]; then . /opt/spack/share/spack/setup-env.sh; fi',
  ];
  if (p.storage?.sharedGroup) {
    lines.push(`case " $(id -nG 2>/dev/null) " in *" ${p.storage.sharedGroup} "*) umask 002 ;; esac`);
  }
  return lines.join('\n') + '\n';
}

/** Steps of the main script, as bash. */
function mainSteps(p: Plan, reg: RegistrySource | undefined, payload: PayloadFile[]): string[] {
  const out: string[] = [];
  const fn = (name: string, body: string[]) => {
    out.push(`rws_s_${name.replace(/-/g, '_')}() {`, ...body.map((l) => `  ${l}`), '}');
  };
  const calls: string[] = [];
  const phase = p.phase;
  const bake = phase === ProvisioningPhase.BAKE;
  const step = (name: string, body: string[]) => {
    if (!body.length) return;
    if (phase === ProvisioningPhase.BAKE && !BAKE_STEPS.has(name)) return;
    if (phase === ProvisioningPhase.BOOT && !BOOT_STEPS.has(name)) return;
    fn(name, body);
    calls.push(`rws_step ${name} rws_s_${name.replace(/-/g, '_')}`);
  };
  const o = p.owner;

  // The SSM agent (Session Manager, the registry sync) on images without it.
  if (p.ssmAgent) step('ssm_agent', ['rws_ssm_agent']);
  // On a baked image: the image must come from this template's install steps.
  if (phase === ProvisioningPhase.BOOT) step('image', [`rws_image_check ${shq(p.template.slug)} ${bakeHash(p)}`]);

  // Packages.
  const wants: string[] = [];
  const want = (cmd: string, apt: string, dnf: string) => wants.push(`rws_want_cmd ${cmd} ${apt} ${dnf}`);
  const sudoNeeded = p.users.some((u) => u.sudo) || p.templateUsers.some((u) => u.sudo);
  if (sudoNeeded) want('visudo', 'sudo', 'sudo');
  want('curl', 'curl', 'curl');
  // setpriv (util-linux): writes inside homes run as their user (rws_user_put, rws-sync-users).
  want('setpriv', 'util-linux', 'util-linux');
  if (p.storage?.layout === StorageLayout.POSIX_ACL) want('setfacl', 'acl', 'acl');
  if (p.storage?.kind === 'nfs' || p.storage?.kind === 'efs') want('mount.nfs4', 'nfs-common', 'nfs-utils');
  const shells = new Set([...p.users.map((u) => u.shell), ...p.templateUsers.map((u) => u.shell)]);
  if (p.zsh || [...shells].some((s) => s.endsWith('/zsh'))) want('zsh', 'zsh', 'zsh');
  if ([...shells].some((s) => s.endsWith('/fish'))) want('fish', 'fish', 'fish');
  if (p.pip.length && p.packageManager !== PackageManager.CONDA) {
    want('python3', 'python3', 'python3');
    wants.push('rws_want_pkg python3-venv python3-pip');
  }
  if (p.spack.length || p.dotfiles) want('git', 'git', 'git');
  for (const l of p.languages) {
    if (l === DeveloperLanguage.PYTHON) {
      want('python3', 'python3', 'python3');
      wants.push('rws_want_pkg python3-venv python3-pip');
    }
    if (l === DeveloperLanguage.NODE) want('node', 'nodejs', 'nodejs');
    if (l === DeveloperLanguage.NODE) want('npm', 'npm', 'npm');
    if (l === DeveloperLanguage.GO) want('go', 'golang-go', 'golang');
    if (l === DeveloperLanguage.RUST) want('cargo', 'cargo', 'cargo');
    if (l === DeveloperLanguage.RUST) want('rustc', 'rustc', 'rust');
  }
  if (p.secrets.github) wants.push('rws_want_pkg gh -');
  if (p.owner && p.services.some((s) => s.kind !== ServiceKind.SYSTEM && s.port !== undefined)) want('nft', 'nftables', 'nftables');
  if (p.services.some((s) => s.published)) want('python3', 'python3', 'python3');
  if (p.dotfiles) wants.push('rws_want_pkg yadm -');
  if (bake) {
    // The image serves every workspace of the template: the tools any of them may need, and
    // those of the template alone (not of one workspace's users, storage or developer options).
    wants.length = 0;
    for (const [cmd, apt, dnf] of IMAGE_TOOLS) want(cmd, apt, dnf);
    if (p.pip.length && p.packageManager !== PackageManager.CONDA) wants.push('rws_want_pkg python3-venv python3-pip');
    if (p.spack.length) want('git', 'git', 'git');
    if ((p.template.definition.users ?? []).some((u) => (u.shell ?? '').endsWith('/fish'))) want('fish', 'fish', 'fish');
  }
  // A boot on a baked image installs no template package (the image check vouches for them).
  const pkgs = phase === ProvisioningPhase.BOOT ? [] : p.systemPackages;
  step('packages', [...new Set(wants), `rws_packages${pkgs.length ? ' ' + shArgs(pkgs) : ''}`]);

  // Storage: mount and the folders that need no research group; the Lustre scratch beside it.
  const lustreMount = p.lustre ? [`rws_mount_lustre ${shArgs([p.lustre.dnsName, p.lustre.mountName, p.lustre.mountPoint])}`] : [];
  if (p.lustre && !p.storage) step('storage', lustreMount);
  if (p.storage) {
    const s = p.storage;
    const body: string[] = [...lustreMount];
    if (s.kind === 'efs') body.push(`rws_mount_efs ${shArgs([s.efsId!, s.efsRegion!, s.mountPoint, s.options!])} ${s.plainNfsFallback ? 1 : 0}`);
    if (s.kind === 'nfs') body.push(`rws_mount ${s.fstabType} ${shq(s.fstabSource!)} ${shq(s.mountPoint)} ${shq(s.options!)}`);
    else body.push(`mountpoint -q ${shq(s.mountPoint)} || rws_log ${shq(`warning: ${s.mountPoint} is not a mount point; using the folder as it is`)}`);
    if (!s.sharedGroup) body.push(`rws_dir ${shq(s.mountPoint)} 0755 root root`);
    if (s.homeBase) body.push(`rws_dir ${shq(s.homeBase)} 0755 root root`, 'rws_selinux_homes');
    step('storage', body);
  }

  // Registry and users.
  if (reg && p.users.length) {
    if (reg.kind === 'ssm') {
      step('registry', [`rws_registry_fetch "$RWS_STATE/registry.tsv" ${reg.sha256} ssm ${shq(reg.prefix)} ${reg.chunks}`]);
    } else if (reg.kind === 'url') {
      step('registry', [`rws_registry_fetch "$RWS_STATE/registry.tsv" ${reg.sha256} gz ${shq(reg.url)}`]);
    }
  }
  const users: string[] = [];
  // The boot's arguments, and those of later syncs against the lab's whole registry (the SSM
  // document reads them from /etc/research-workspace/sync-users.args): the same, but with the
  // machine's selection of that registry as -u. A boot registry that is only part of what
  // later syncs apply (syncSelection) is applied with -P: a rerun never locks the others.
  const args = (selection: string[] | undefined, partial = false): string[] => [
    '-H', p.homeBase,
    ...(p.extraGroups.length ? ['-g', p.extraGroups.join(',')] : []),
    ...(selection ? ['-u', selection.join(',')] : []),
    ...(p.shellOverrides.length ? ['-s', p.shellOverrides.join(',')] : []),
    ...(p.installKeys ? [] : ['-K']),
    ...(partial ? ['-P'] : []),
  ];
  if (reg && p.users.length) {
    users.push('rws_install_file "$RWS_PAYLOAD/bin/rws-sync-users" /usr/local/sbin/rws-sync-users 0755 root root');
    const file = reg.kind === 'inline' ? '"$RWS_PAYLOAD/registry.tsv"' : '"$RWS_STATE/registry.tsv"';
    users.push(`rws_sync_args ${shArgs(args(p.syncSelection))}`);
    users.push(`rws_sync_users ${shArgs(args(p.allUsersSelected ? undefined : p.users.map((u) => u.name), p.partialBootRegistry))} ${file}`);
  } else if (p.registry && p.syncSelection) {
    // Nobody at boot, but later syncs have a selection (a workspace without an owner).
    users.push(`rws_sync_args ${shArgs(args(p.syncSelection))}`);
  }
  for (const u of p.templateUsers) users.push(`rws_template_user ${shArgs([u.name, u.shell, ...u.groups])}`);
  if (p.templateUsers.length) {
    users.push(`rws_sudoers /etc/sudoers.d/91-research-workspace-template${p.templateUsers.filter((u) => u.sudo).map((u) => ' ' + shq(u.name)).join('')}`);
  }
  step('users', users);

  // Layout of the shared storage (group-owned folders need the groups), and each research
  // user's Lustre scratch folder with the registry's numbers (as on the lab's cluster nodes).
  const lustreFolders = p.lustre ? p.users.map((u) => `rws_dir ${shq(`${p.lustre!.mountPoint}/${u.name}`)} 0700 ${u.uid} ${u.gid}`) : [];
  if (p.storage) {
    const s = p.storage;
    const mp = s.mountPoint;
    const body: string[] = [];
    if (s.sharedGroup) {
      body.push(`rws_dir ${shq(mp)} 2775 root ${s.sharedGroup}`, `rws_dir ${shq(mp + '/shared')} 2775 root ${s.sharedGroup}`);
    }
    if (s.projectGroups.length) {
      body.push(`rws_dir ${shq(mp + '/projects')} ${s.sharedGroup ? `2775 root ${s.sharedGroup}` : '0755 root root'}`);
      for (const g of s.projectGroups) {
        body.push(`rws_dir ${shq(`${mp}/projects/${g}`)} 2770 root ${g}`);
        if (s.layout === StorageLayout.POSIX_ACL) body.push(`rws_acl_dir ${shq(`${mp}/projects/${g}`)} ${g}`);
      }
    }
    if (s.scratch) body.push(`rws_dir ${shq(mp + '/scratch')} 1777 root root`);
    step('layout', [...body, ...lustreFolders]);
  } else if (lustreFolders.length) {
    step('layout', lustreFolders);
  }

  // Software from the internet: conda, pip, spack, code-server, RStudio Server.
  const sw: string[] = [];
  const isConda = p.packageManager === PackageManager.CONDA || p.conda.length > 0;
  if (isConda) sw.push('[ -x /opt/conda/bin/conda ] || rws_net miniforge /opt/conda');
  if (p.conda.length) sw.push(`rws_once conda-${hash(p.conda.join('\n'))} rws_net conda /opt/conda ${shArgs(p.conda)}`);
  if (p.pip.length) sw.push(`rws_once pip-${hash(p.pip.join('\n'))} rws_net pip ${isConda ? '/opt/conda' : '/opt/research-venv'} ${shArgs(p.pip)}`);
  if (p.spack.length) sw.push(`rws_once spack-${hash([SPACK_RELEASE, ...p.spack].join('\n'))} rws_net spack /opt/spack ${SPACK_RELEASE} ${shArgs(p.spack)}`);
  if (p.services.some((s) => s.kind === ServiceKind.CODE_SERVER)) sw.push('command -v code-server >/dev/null 2>&1 || rws_net code-server');
  if (p.services.some((s) => s.kind === ServiceKind.RSTUDIO)) sw.push('[ -x /usr/lib/rstudio-server/bin/rserver ] || rws_net rstudio-server');
  if (bake && p.platform === WorkspacePlatform.AWS) sw.push('rws_image_tools');
  step('software', sw);

  // The template's files.
  const files: string[] = [];
  p.files.forEach((f, i) => {
    if (f.file.source) {
      files.push(`rws_template_file_fetch ${shArgs([f.file.source, f.destination, f.mode, f.owner, f.group])} ${f.file.required === false ? 0 : 1}`);
    } else {
      payload.push({ name: `files/${i}`, mode: '0600', content: f.file.content ?? '' });
      files.push(`rws_template_file "$RWS_PAYLOAD/files/${i}" ${shArgs([f.destination, f.mode, f.owner, f.group])}`);
    }
  });
  files.push('rws_install_file "$RWS_PAYLOAD/profile.sh" /etc/profile.d/research-workspace.sh 0644 root root');
  payload.push({ name: 'profile.sh', mode: '0644', content: profile(p), generatedShell: 'sh' });
  step('files', files);

  // The template's post_install, once per content.
  // A bake knows no owner (the image serves every workspace of the template).
  const authorEnv = (): string => shArgs([
    `RWS_TEMPLATE=${p.template.slug}`, ...(o && !bake ? [`RWS_OWNER=${o.name}`] : []),
    ...Object.entries(p.template.parameterValues).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)).map(([k, v]) => `RWS_PARAM_${k}=${v}`),
  ]);
  if (p.postInstall) {
    payload.push({ name: 'post-install.sh', mode: '0700', content: p.postInstall.endsWith('\n') ? p.postInstall : p.postInstall + '\n' });
    step('post_install', [`rws_once post-install-${hash(p.postInstall)} rws_author_script "$RWS_PAYLOAD/post-install.sh" post_install ${authorEnv()}`]);
  }

  // Services.
  const svc: string[] = [];
  const ours = p.services.filter((s) => s.kind !== ServiceKind.SYSTEM);
  if (o && ours.some((s) => s.kind === ServiceKind.JUPYTER)) {
    svc.push(p.secrets.jupyter
      ? `rws_service_secret jupyter JUPYTER_TOKEN ${p.secrets.jupyter.kind} ${shq(p.secrets.jupyter.location)}`
      : `rws_service_token jupyter JUPYTER_TOKEN ${o.name}`);
  }
  if (o && ours.some((s) => s.kind === ServiceKind.CODE_SERVER)) {
    svc.push(p.secrets.password
      ? `rws_service_secret code-server PASSWORD ${p.secrets.password.kind} ${shq(p.secrets.password.location)}`
      : `rws_service_token code-server PASSWORD ${o.name}`);
  }
  if (o && ours.some((s) => s.kind === ServiceKind.RSTUDIO)) {
    svc.push(p.secrets.password
      ? `rws_service_secret rstudio RWS_SERVICE_PASSWORD ${p.secrets.password.kind} ${shq(p.secrets.password.location)}`
      : `rws_service_token rstudio RWS_SERVICE_PASSWORD ${o.name}`);
    payload.push({ name: 'bin/rws-rstudio-auth', mode: '0755', content: once('rstudio-auth', () => compactScript(SCRIPTS['rstudio-auth.sh'])), generatedShell: 'bash' });
    svc.push(`rws_install_file "$RWS_PAYLOAD/bin/rws-rstudio-auth" ${RSTUDIO_AUTH} 0755 root root`);
  }
  const enabled: string[] = [];
  // On this machine, only the owner and root may connect to the services' ports (and to the
  // claim checks' ports): nftables, loaded by a unit every service requires.
  const ports = [...new Set(ours.filter((s) => s.port !== undefined).flatMap((s) => [s.port!, s.internalPort!]))].sort((a, b) => a - b);
  if (o && ours.length) {
    const uid = o.fromRegistry ? p.users.find((u) => u.name === o.name)?.uid : undefined;
    if (uid !== undefined) {
      // A registry owner's uid is fixed: the rules are written here (rws_services_firewall writes the same at boot otherwise).
      payload.push({ name: 'services.nft', mode: '0644', content: servicesNft(o.name, uid, ports) });
      svc.push('rws_install_file "$RWS_PAYLOAD/services.nft" /etc/research-workspace/services.nft 0644 root root');
    } else {
      svc.push(`rws_services_firewall ${o.name}${ports.map((x) => ' ' + x).join('')}`);
    }
  }
  if (o && ours.some((s) => s.published)) {
    payload.push(gateUnit(p));
    svc.push('rws_unit rws-gate@.service');
    const code = gateCode();
    if (p.gate?.codeParameterPrefix) {
      svc.push(`rws_gate_fetch ${code.sha256} ${shq(p.gate.codeParameterPrefix)} ${gateCodeParameters(p.gate.codeParameterPrefix).length}`,
        `rws_install_file "$RWS_STATE/rws-gate" ${GATE} 0755 root root`);
    } else {
      payload.push({ name: 'bin/rws-gate', mode: '0755', content: code.content });
      svc.push(`rws_install_file "$RWS_PAYLOAD/bin/rws-gate" ${GATE} 0755 root root`);
    }
  }
  for (const s of o ? ours : []) {
    const { unit, extra } = unitFor(p, s);
    payload.push({ name: `units/${s.unit}`, mode: '0644', content: unit }, ...extra);
    for (const e of extra) {
      const dest = e.name.startsWith('services/') ? `/usr/local/lib/research-workspace/${e.name}` : `/etc/research-workspace/${e.name}`;
      svc.push(`rws_install_file "$RWS_PAYLOAD/${e.name}" ${shq(dest)} ${e.mode} root root`);
    }
    svc.push(`rws_unit ${s.unit}`);
    if (s.enable) enabled.push(s.unit);
    if (s.published) {
      payload.push(gateConfig(p, s));
      svc.push(`rws_install_file "$RWS_PAYLOAD/gate/${s.name}.json" /etc/research-workspace/gate/${s.name}.json 0644 root root`);
      if (s.enable) enabled.push(`rws-gate@${s.name}.service`);
    }
  }
  if (ours.length) svc.push(`rws_units_apply${enabled.map((u) => ' ' + u).join('')}`);
  for (const s of p.services.filter((x) => x.kind === ServiceKind.SYSTEM && x.enable)) svc.push(`rws_system_service ${shq(s.name)}`);
  step('services', svc);

  // Idle agent.
  if (p.idle) {
    payload.push(...idleUnits(p));
    step('idle', [
      'rws_install_file "$RWS_PAYLOAD/bin/rws-idle-agent" /usr/local/lib/research-workspace/rws-idle-agent 0755 root root',
      'rws_install_file "$RWS_PAYLOAD/idle.conf" /etc/research-workspace/idle.conf 0644 root root',
      'rws_unit rws-idle.service',
      'rws_unit rws-idle.timer',
      'rws_units_apply rws-idle.timer',
    ]);
  }

  // The CloudWatch agent (disk and memory metrics for alarms): from the image, else from the
  // region's package sources through the S3 gateway endpoint.
  if (p.cloudWatchAgent) {
    payload.push({ name: 'cloudwatch-agent.json', mode: '0644', content: cloudWatchAgentConfig(p.cloudWatchAgent) });
    step('metrics', [`rws_cloudwatch_agent "$RWS_PAYLOAD/cloudwatch-agent.json" ${CLOUDWATCH_AGENT_CONFIG}`]);
  }

  // Developer conveniences.
  const dev: string[] = [];
  if (o && p.secrets.github) dev.push(`rws_dev_github ${o.name} ${p.secrets.github.kind} ${shq(p.secrets.github.location)}`);
  if (o && p.dotfiles) dev.push(`rws_dev_dotfiles ${o.name} ${shq(p.dotfiles)}`);
  if (o && p.bootstrap) {
    payload.push({ name: 'bootstrap.sh', mode: '0755', content: p.bootstrap.endsWith('\n') ? p.bootstrap : p.bootstrap + '\n' });
    dev.push(`rws_once bootstrap-${hash(p.bootstrap)} rws_dev_bootstrap ${o.name} "$RWS_PAYLOAD/bootstrap.sh"`);
  }
  step('developer', dev);

  // The template's raw user_data, last.
  if (p.userData) {
    payload.push({ name: 'user-data.sh', mode: '0700', content: p.userData.endsWith('\n') ? p.userData : p.userData + '\n' });
    step('user_data', [`rws_once user-data-${hash(p.userData)} rws_author_script "$RWS_PAYLOAD/user-data.sh" user_data ${authorEnv()}`]);
  }

  if (bake) {
    const content = hashText(out.join('\n'));
    step('image', [`rws_image_mark ${shArgs([p.template.slug, p.template.definition.version ?? 'unversioned', content])}`]);
  }
  return [...out, '', 'rws_step preflight rws_preflight', ...calls];
}

function hashText(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Content hash of what the bake of a plan installs (its install steps, not the libraries that
 * run them): the same for every workspace of a template, version and platform.
 */
export function bakeHash(p: Plan): string {
  if (p.phase === ProvisioningPhase.BAKE) {
    const m = /rws_image_mark \S+ \S+ ([0-9a-f]{16})/.exec(mainSteps(p, undefined, []).join('\n'));
    return m![1];
  }
  return bakeHash({ ...p, phase: ProvisioningPhase.BAKE });
}

/** Everything the machine needs: the main script and its payload. */
export interface Rendered {
  readonly payload: PayloadFile[];
  readonly main: string;
}

/**
 * Renders the provisioning for a plan and a registry source.
 * @param registryContent the registry file, when it is inline
 */
export function renderProvisioning(p: Plan, reg: RegistrySource | undefined, registryContent: string | undefined): Rendered {
  const payload: PayloadFile[] = [];
  const steps = mainSteps(p, reg, payload);
  const header = [
    '#!/bin/bash',
    `# rws-provision: boot provisioning of a research workspace from template "${p.template.slug}",`,
    '# generated by cdk-research-workspaces. Safe to run again: every step checks before it changes.',
    `# Log: ${p.logFile}. Cloud-only commands can be replaced: RWS_MOUNT_CMD, RWS_FETCH_CMD, RWS_SECRET_CMD,`,
    '# RWS_NETINSTALL_CMD (and RWS_POWEROFF_CMD for the idle agent).',
    `RWS_LOG=${shq(p.logFile)}`,
    `RWS_EXPECTED_OS=${shq(p.template.os)}`,
    `RWS_PLATFORM=${p.platform}`,
    `RWS_OFFLINE=${p.offline ? 1 : 0}`,
  ];
  const bake = p.phase === ProvisioningPhase.BAKE;
  const tools = bake ? [] : [
    ...(reg && p.users.length ? [TOOLS[0]] : []),
    ...(p.idle ? [TOOLS[1]] : []),
  ];
  if (p.phase !== ProvisioningPhase.FULL) {
    // Only the files the phase's steps use.
    const kept = payload.filter((f) => (bake ? f.name === 'post-install.sh' : f.name !== 'post-install.sh'));
    payload.splice(0, payload.length, ...kept);
  }
  if (p.toolsPrefix) {
    // Each tool is fetched just before the step that installs it.
    for (const t of tools) {
      const at = steps.findIndex((x) => x.includes(`"$RWS_PAYLOAD/bin/${t.name}"`));
      const params = toolParameters(p.toolsPrefix).filter((x) => x.tool === t.name);
      steps.splice(at < 0 ? 0 : at, 0, `rws_code_fetch ${toolCode(t).sha256} ${shq(params[0].name.replace(/\/0$/, ''))} ${params.length} "$RWS_PAYLOAD/bin/${t.name}"`);
    }
  }
  const body = composed(LIBRARIES, steps.join('\n'));
  // compactScript() of header, libraries and steps, the libraries' lines scanned once per composition.
  const main = unindent([keptLines(header.join('\n'), true), body.kept, keptLines(steps.join('\n'), false)], new Set([body.kept])).join('\n') + '\n';
  if (registryContent !== undefined && !bake) payload.push({ name: 'registry.tsv', mode: '0600', content: registryContent });
  if (!p.toolsPrefix) {
    // Whole where the user-data may be larger than EC2's 16 KB (Kubernetes, Proxmox): the re-run
    // shortcut and the perl home creation come along.
    for (const t of tools) {
      payload.push({ name: `bin/${t.name}`, mode: '0755', content: p.maxBytes > EC2_LIMIT ? toolCode(t).content : inlineToolCode(t.script), generatedShell: 'bash' });
    }
  }
  payload.unshift({ name: 'bin/rws-provision', mode: '0700', content: main, generatedShell: 'bash' });
  return { payload, main };
}
