"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.IMAGE_TOOLS = exports.PAYLOAD_DIR = exports.SPACK_RELEASE = void 0;
exports.compactScript = compactScript;
exports.unindent = unindent;
exports.composeLibraries = composeLibraries;
exports.gateCode = gateCode;
exports.gateCodeParameters = gateCodeParameters;
exports.inlineToolCode = inlineToolCode;
exports.toolParameters = toolParameters;
exports.bakeHash = bakeHash;
exports.renderProvisioning = renderProvisioning;
const crypto = __importStar(require("crypto"));
const zlib = __importStar(require("zlib"));
const template_1 = require("../../template");
const options_1 = require("../options");
const cloudwatch_agent_1 = require("./cloudwatch-agent");
const plan_1 = require("./plan");
const scripts_generated_1 = require("./scripts.generated");
const shell_1 = require("./shell");
/**
 * The spack release a template's spack packages are built with (a tag of github.com/spack/spack).
 * Pinned so that an image is reproducible: the tag fixes spack and its package recipes, so the
 * version and checksum of every source. In the install step's text, so the content hash of a
 * template's image changes with it. v0.23 is the last release series whose package recipes
 * ship inside spack's own repository (from v1.0 spack fetches them from a second one at first use).
 */
exports.SPACK_RELEASE = 'v0.23.1';
/** Where the payload lives on the machine. */
exports.PAYLOAD_DIR = '/var/lib/research-workspace/payload';
/**
 * Values computed from the bundled scripts only (constants of the process): every workspace of
 * a lab needs them, each is computed once. Immutable strings, so sharing them is safe.
 */
const CONSTANTS = new Map();
function once(key, make) {
    if (!CONSTANTS.has(key))
        CONSTANTS.set(key, make());
    return CONSTANTS.get(key);
}
/** Keeps the lines compactScript() keeps (`first`: the text's first line, where a shebang stays). */
function keptLines(text, first) {
    return text.split('\n').filter((l, i) => {
        const t = l.trim();
        if (t === '')
            return false;
        if (first && i === 0 && t.startsWith('#!'))
            return true;
        if (t.startsWith('# shellcheck '))
            return true;
        return !t.startsWith('#');
    });
}
/** Removes comment-only and blank lines from our own bash (not the shebang or shellcheck directives). */
function compactScript(text) {
    return unindent([keptLines(text, true)]).join('\n') + '\n';
}
function unindentFrom(lines, start) {
    let quote = start;
    const out = [];
    for (const line of lines) {
        if (quote === undefined && /<<-?\s*['"]?[A-Za-z_]/.test(line))
            return { out, quote, heredoc: true };
        out.push(quote === undefined ? line.replace(/^[ \t]+/, '') : line);
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quote === undefined) {
                if (c === '#' && (i === 0 || /[\s;&|(]/.test(line[i - 1])))
                    break;
                if (c === '\\')
                    i++;
                else if (c === "'" || c === '"')
                    quote = c;
            }
            else if (quote === "'") {
                if (c === "'")
                    quote = undefined;
            }
            else if (c === '\\') {
                i++;
            }
            else if (c === '"') {
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
function unindent(pieces, cached) {
    let quote;
    const out = [];
    for (const piece of pieces) {
        let u;
        if (quote === undefined && cached?.has(piece)) {
            let hit = UNINDENTED.get(piece);
            if (!hit)
                UNINDENTED.set(piece, hit = unindentFrom(piece, undefined));
            u = hit;
        }
        else {
            u = unindentFrom(piece, quote);
        }
        if (u.heredoc)
            return pieces.flat();
        out.push(...u.out);
        quote = u.quote;
    }
    return quote === undefined ? out : pieces.flat();
}
/** unindent() of library pieces, by piece (the pieces are kept in COMPOSED). */
const UNINDENTED = new WeakMap();
/** chunks() of each library: the libraries are constants, so each is split once per process. */
const CHUNKS = new Map();
/** Splits a library into top-level statements and function definitions (`name() {` ... `}` at column 0). */
function chunks(lib) {
    let out = CHUNKS.get(lib);
    if (!out) {
        out = splitLibrary(lib);
        CHUNKS.set(lib, out);
    }
    return out;
}
function splitLibrary(lib) {
    const out = [];
    const lines = scripts_generated_1.SCRIPTS[lib].replace(/^#!.*\n/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^([a-z_][a-z0-9_]*)\(\) \{/.exec(lines[i]);
        if (!m) {
            out.push({ lib, text: lines[i] });
            continue;
        }
        let j = i;
        while (j < lines.length && lines[j] !== '}' && !(j === i && lines[i].trimEnd().endsWith('}')))
            j++;
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
function composeLibraries(libs, main) {
    return composed(libs, main).text;
}
/** Compositions by libraries and the functions the main script names (all it depends on). */
const COMPOSED = new Map();
function composed(libs, main) {
    const all = libs.flatMap(chunks);
    const fns = new Map(all.filter((c) => c.fn).map((c) => [c.fn, c]));
    const named = (text) => {
        const found = [];
        for (const w of text.match(/[a-z_][a-z0-9_]*/g) ?? [])
            if (fns.has(w))
                found.push(w);
        for (const m of text.matchAll(/rws_net ([a-z][a-z0-9-]*)/g)) {
            const n = `rws_net_${m[1].replace(/-/g, '_')}`;
            if (fns.has(n))
                found.push(n);
        }
        return found;
    };
    const direct = [...new Set(named(main))];
    const key = `${libs.join(',')}\0${[...direct].sort().join(',')}`;
    const hit = COMPOSED.get(key);
    if (hit)
        return hit;
    const keep = new Set();
    const scan = (found) => {
        for (const f of found) {
            if (keep.has(f))
                continue;
            keep.add(f);
            scan(named(fns.get(f).text));
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
function hash(text) {
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
exports.IMAGE_TOOLS = [
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
function gateCode() {
    return once('gate-code', () => {
        const src = scripts_generated_1.SCRIPTS['rws-gate.py'];
        const content = src.replace(/^("\"\"[^]*?\"\"\"\n)/m, '').split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')).join('\n') + '\n';
        return { content: '#!/usr/bin/env python3\n' + content, sha256: crypto.createHash('sha256').update('#!/usr/bin/env python3\n' + content).digest('hex') };
    });
}
/** The SSM parameters (standard tier, 4096 characters) that carry the claim check's code: base64 of its gzip, in order. */
function gateCodeParameters(prefix) {
    const b64 = once('gate-code-gzip', () => zlib.gzipSync(Buffer.from(gateCode().content, 'utf8'), { level: 9 }).toString('base64'));
    const out = [];
    for (let i = 0; i * 4096 < b64.length; i++)
        out.push({ name: `${prefix}/${i}`, value: b64.slice(i * 4096, (i + 1) * 4096) });
    return out;
}
/** The tools the provisioning installs from its payload, or fetches from SSM parameters. */
const TOOLS = [{ name: 'rws-sync-users', script: 'sync-users.sh' }, { name: 'rws-idle-agent', script: 'idle-agent.sh' }];
function toolCode(t) {
    return once(`tool:${t.script}`, () => {
        const content = compactScript(scripts_generated_1.SCRIPTS[t.script]);
        return { content, sha256: crypto.createHash('sha256').update(content).digest('hex') };
    });
}
/**
 * A tool as a user-data for EC2 carries it inline: without its parts between `# rws:fast-path`
 * and `# rws:fast-path end` lines (rws-sync-users' re-run shortcut, which a first boot has no
 * state for, and its perl home creation; EC2's 16 KB counts every byte). The tools from SSM
 * parameters, and a user-data allowed more than 16 KB, keep them.
 */
function inlineToolCode(script) {
    return once(`inline-tool:${script}`, () => compactScript(scripts_generated_1.SCRIPTS[script].replace(/^[ \t]*# rws:fast-path\b[^]*?^[ \t]*# rws:fast-path end\n/gm, '')));
}
/**
 * The SSM parameters (standard tier, 4096 characters) that carry the tools: base64 of each
 * tool's gzip in pieces, named PREFIX/<first 12 of its SHA-256>/<tool>/0, 1, ... (a new version
 * of a tool gets new names, so machines of an older deployment keep theirs).
 */
function toolParameters(prefix) {
    const out = [];
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
function unitFor(p, s) {
    const o = p.owner;
    const bind = s.bindAddress;
    const port = s.internalPort;
    const extra = [];
    const env = [`PATH=${PATH_WITH_TOOLS}`, `RWS_BIND_ADDRESS=${bind}`, ...(port ? [`RWS_PORT=${port}`] : []), `HOME=${o.home}`];
    let exec;
    let envFile;
    const service = [];
    switch (s.kind) {
        case plan_1.ServiceKind.JUPYTER: {
            const cfg = `/etc/research-workspace/jupyter/${s.name}_config.py`;
            extra.push({ name: `jupyter/${s.name}_config.py`, mode: '0644', content: jupyterConfig(p, s) });
            // Published behind a gateway: the gateway terminates TLS and says so in X-Forwarded-Proto.
            exec = `/usr/bin/env jupyter lab --no-browser --ServerApp.ip=${bind} --ServerApp.port=${port ?? 8888} --ServerApp.root_dir=${o.home}`
                + `${s.published ? ' --ServerApp.trust_xheaders=True' : ''} --config=${cfg}`;
            envFile = '/etc/research-workspace/secrets/jupyter.env';
            break;
        }
        case plan_1.ServiceKind.CODE_SERVER:
            exec = `/usr/bin/env code-server --bind-addr ${bind.includes(':') ? `[${bind}]` : bind}:${port ?? 8080} --auth password --disable-telemetry --disable-update-check ${o.home}`;
            envFile = '/etc/research-workspace/secrets/code-server.env';
            break;
        case plan_1.ServiceKind.RSTUDIO:
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
        case plan_1.ServiceKind.STREAMLIT:
            exec = `/usr/bin/env streamlit hello --server.address ${bind} --server.port ${port ?? 8501} --server.headless true --browser.gatherUsageStats false`;
            break;
        case plan_1.ServiceKind.MLFLOW:
            exec = `/usr/bin/env mlflow server --host ${bind} --port ${port ?? 5000} --backend-store-uri file://${o.home}/mlruns`;
            break;
        default: {
            extra.push({
                name: `services/${s.name}.sh`,
                mode: '0755',
                content: `#!/bin/bash\n# Service "${s.name}" of template ${p.template.slug}: the template's command, run as ${o.name}.\n${s.command.trim()}\n`,
            });
            exec = `/bin/bash /usr/local/lib/research-workspace/services/${s.name}.sh`;
        }
    }
    const umask = p.storage?.layout === options_1.StorageLayout.GROUP_SHARED ? '0002' : '0022';
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
function jupyterConfig(p, s) {
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
function gateConfig(p, s) {
    const g = p.gate;
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
function gateUnit(p) {
    const o = p.owner;
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
function servicesNft(owner, uid, ports) {
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
function idleUnits(p) {
    const i = p.idle;
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
                `ACTION=${i.action === options_1.IdleAction.HIBERNATE ? 'hibernate' : 'stop'}`,
                `PLATFORM=${p.platform}`,
                `JUPYTER_PORTS=${p.services.filter((s) => s.kind === plan_1.ServiceKind.JUPYTER).map((s) => s.port ?? 8888).join(',')}`,
                '',
            ].join('\n'),
        },
    ];
}
function profile(p) {
    const lines = [
        '# shellcheck shell=sh',
        `# Environment of research workspace sessions (template ${p.template.slug}), written at boot.`,
        `export RWS_TEMPLATE=${(0, shell_1.shq)(p.template.slug)}`,
        ...p.environment.map(([k, v]) => `export ${k}=${(0, shell_1.shq)(v)}`),
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
function mainSteps(p, reg, payload) {
    const out = [];
    const fn = (name, body) => {
        out.push(`rws_s_${name.replace(/-/g, '_')}() {`, ...body.map((l) => `  ${l}`), '}');
    };
    const calls = [];
    const phase = p.phase;
    const bake = phase === options_1.ProvisioningPhase.BAKE;
    const step = (name, body) => {
        if (!body.length)
            return;
        if (phase === options_1.ProvisioningPhase.BAKE && !BAKE_STEPS.has(name))
            return;
        if (phase === options_1.ProvisioningPhase.BOOT && !BOOT_STEPS.has(name))
            return;
        fn(name, body);
        calls.push(`rws_step ${name} rws_s_${name.replace(/-/g, '_')}`);
    };
    const o = p.owner;
    // The SSM agent (Session Manager, the registry sync) on images without it.
    if (p.ssmAgent)
        step('ssm_agent', ['rws_ssm_agent']);
    // On a baked image: the image must come from this template's install steps.
    if (phase === options_1.ProvisioningPhase.BOOT)
        step('image', [`rws_image_check ${(0, shell_1.shq)(p.template.slug)} ${bakeHash(p)}`]);
    // Packages.
    const wants = [];
    const want = (cmd, apt, dnf) => wants.push(`rws_want_cmd ${cmd} ${apt} ${dnf}`);
    const sudoNeeded = p.users.some((u) => u.sudo) || p.templateUsers.some((u) => u.sudo);
    if (sudoNeeded)
        want('visudo', 'sudo', 'sudo');
    want('curl', 'curl', 'curl');
    // setpriv (util-linux): writes inside homes run as their user (rws_user_put, rws-sync-users).
    want('setpriv', 'util-linux', 'util-linux');
    if (p.storage?.layout === options_1.StorageLayout.POSIX_ACL)
        want('setfacl', 'acl', 'acl');
    if (p.storage?.kind === 'nfs' || p.storage?.kind === 'efs')
        want('mount.nfs4', 'nfs-common', 'nfs-utils');
    const shells = new Set([...p.users.map((u) => u.shell), ...p.templateUsers.map((u) => u.shell)]);
    if (p.zsh || [...shells].some((s) => s.endsWith('/zsh')))
        want('zsh', 'zsh', 'zsh');
    if ([...shells].some((s) => s.endsWith('/fish')))
        want('fish', 'fish', 'fish');
    if (p.pip.length && p.packageManager !== template_1.PackageManager.CONDA) {
        want('python3', 'python3', 'python3');
        wants.push('rws_want_pkg python3-venv python3-pip');
    }
    if (p.spack.length || p.dotfiles)
        want('git', 'git', 'git');
    for (const l of p.languages) {
        if (l === options_1.DeveloperLanguage.PYTHON) {
            want('python3', 'python3', 'python3');
            wants.push('rws_want_pkg python3-venv python3-pip');
        }
        if (l === options_1.DeveloperLanguage.NODE)
            want('node', 'nodejs', 'nodejs');
        if (l === options_1.DeveloperLanguage.NODE)
            want('npm', 'npm', 'npm');
        if (l === options_1.DeveloperLanguage.GO)
            want('go', 'golang-go', 'golang');
        if (l === options_1.DeveloperLanguage.RUST)
            want('cargo', 'cargo', 'cargo');
        if (l === options_1.DeveloperLanguage.RUST)
            want('rustc', 'rustc', 'rust');
    }
    if (p.secrets.github)
        wants.push('rws_want_pkg gh -');
    if (p.owner && p.services.some((s) => s.kind !== plan_1.ServiceKind.SYSTEM && s.port !== undefined))
        want('nft', 'nftables', 'nftables');
    if (p.services.some((s) => s.published))
        want('python3', 'python3', 'python3');
    if (p.dotfiles)
        wants.push('rws_want_pkg yadm -');
    if (bake) {
        // The image serves every workspace of the template: the tools any of them may need, and
        // those of the template alone (not of one workspace's users, storage or developer options).
        wants.length = 0;
        for (const [cmd, apt, dnf] of exports.IMAGE_TOOLS)
            want(cmd, apt, dnf);
        if (p.pip.length && p.packageManager !== template_1.PackageManager.CONDA)
            wants.push('rws_want_pkg python3-venv python3-pip');
        if (p.spack.length)
            want('git', 'git', 'git');
        if ((p.template.definition.users ?? []).some((u) => (u.shell ?? '').endsWith('/fish')))
            want('fish', 'fish', 'fish');
    }
    // A boot on a baked image installs no template package (the image check vouches for them).
    const pkgs = phase === options_1.ProvisioningPhase.BOOT ? [] : p.systemPackages;
    step('packages', [...new Set(wants), `rws_packages${pkgs.length ? ' ' + (0, shell_1.shArgs)(pkgs) : ''}`]);
    // Storage: mount and the folders that need no research group; the Lustre scratch beside it.
    const lustreMount = p.lustre ? [`rws_mount_lustre ${(0, shell_1.shArgs)([p.lustre.dnsName, p.lustre.mountName, p.lustre.mountPoint])}`] : [];
    if (p.lustre && !p.storage)
        step('storage', lustreMount);
    if (p.storage) {
        const s = p.storage;
        const body = [...lustreMount];
        if (s.kind === 'efs')
            body.push(`rws_mount_efs ${(0, shell_1.shArgs)([s.efsId, s.efsRegion, s.mountPoint, s.options])} ${s.plainNfsFallback ? 1 : 0}`);
        if (s.kind === 'nfs')
            body.push(`rws_mount ${s.fstabType} ${(0, shell_1.shq)(s.fstabSource)} ${(0, shell_1.shq)(s.mountPoint)} ${(0, shell_1.shq)(s.options)}`);
        else
            body.push(`mountpoint -q ${(0, shell_1.shq)(s.mountPoint)} || rws_log ${(0, shell_1.shq)(`warning: ${s.mountPoint} is not a mount point; using the folder as it is`)}`);
        if (!s.sharedGroup)
            body.push(`rws_dir ${(0, shell_1.shq)(s.mountPoint)} 0755 root root`);
        if (s.homeBase)
            body.push(`rws_dir ${(0, shell_1.shq)(s.homeBase)} 0755 root root`, 'rws_selinux_homes');
        step('storage', body);
    }
    // Registry and users.
    if (reg && p.users.length) {
        if (reg.kind === 'ssm') {
            step('registry', [`rws_registry_fetch "$RWS_STATE/registry.tsv" ${reg.sha256} ssm ${(0, shell_1.shq)(reg.prefix)} ${reg.chunks}`]);
        }
        else if (reg.kind === 'url') {
            step('registry', [`rws_registry_fetch "$RWS_STATE/registry.tsv" ${reg.sha256} gz ${(0, shell_1.shq)(reg.url)}`]);
        }
    }
    const users = [];
    // The boot's arguments, and those of later syncs against the lab's whole registry (the SSM
    // document reads them from /etc/research-workspace/sync-users.args): the same, but with the
    // machine's selection of that registry as -u. A boot registry that is only part of what
    // later syncs apply (syncSelection) is applied with -P: a rerun never locks the others.
    const args = (selection, partial = false) => [
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
        users.push(`rws_sync_args ${(0, shell_1.shArgs)(args(p.syncSelection))}`);
        users.push(`rws_sync_users ${(0, shell_1.shArgs)(args(p.allUsersSelected ? undefined : p.users.map((u) => u.name), p.partialBootRegistry))} ${file}`);
    }
    else if (p.registry && p.syncSelection) {
        // Nobody at boot, but later syncs have a selection (a workspace without an owner).
        users.push(`rws_sync_args ${(0, shell_1.shArgs)(args(p.syncSelection))}`);
    }
    for (const u of p.templateUsers)
        users.push(`rws_template_user ${(0, shell_1.shArgs)([u.name, u.shell, ...u.groups])}`);
    if (p.templateUsers.length) {
        users.push(`rws_sudoers /etc/sudoers.d/91-research-workspace-template${p.templateUsers.filter((u) => u.sudo).map((u) => ' ' + (0, shell_1.shq)(u.name)).join('')}`);
    }
    step('users', users);
    // Layout of the shared storage (group-owned folders need the groups), and each research
    // user's Lustre scratch folder with the registry's numbers (as on the lab's cluster nodes).
    const lustreFolders = p.lustre ? p.users.map((u) => `rws_dir ${(0, shell_1.shq)(`${p.lustre.mountPoint}/${u.name}`)} 0700 ${u.uid} ${u.gid}`) : [];
    if (p.storage) {
        const s = p.storage;
        const mp = s.mountPoint;
        const body = [];
        if (s.sharedGroup) {
            body.push(`rws_dir ${(0, shell_1.shq)(mp)} 2775 root ${s.sharedGroup}`, `rws_dir ${(0, shell_1.shq)(mp + '/shared')} 2775 root ${s.sharedGroup}`);
        }
        if (s.projectGroups.length) {
            body.push(`rws_dir ${(0, shell_1.shq)(mp + '/projects')} ${s.sharedGroup ? `2775 root ${s.sharedGroup}` : '0755 root root'}`);
            for (const g of s.projectGroups) {
                body.push(`rws_dir ${(0, shell_1.shq)(`${mp}/projects/${g}`)} 2770 root ${g}`);
                if (s.layout === options_1.StorageLayout.POSIX_ACL)
                    body.push(`rws_acl_dir ${(0, shell_1.shq)(`${mp}/projects/${g}`)} ${g}`);
            }
        }
        if (s.scratch)
            body.push(`rws_dir ${(0, shell_1.shq)(mp + '/scratch')} 1777 root root`);
        step('layout', [...body, ...lustreFolders]);
    }
    else if (lustreFolders.length) {
        step('layout', lustreFolders);
    }
    // Software from the internet: conda, pip, spack, code-server, RStudio Server.
    const sw = [];
    const isConda = p.packageManager === template_1.PackageManager.CONDA || p.conda.length > 0;
    if (isConda)
        sw.push('[ -x /opt/conda/bin/conda ] || rws_net miniforge /opt/conda');
    if (p.conda.length)
        sw.push(`rws_once conda-${hash(p.conda.join('\n'))} rws_net conda /opt/conda ${(0, shell_1.shArgs)(p.conda)}`);
    if (p.pip.length)
        sw.push(`rws_once pip-${hash(p.pip.join('\n'))} rws_net pip ${isConda ? '/opt/conda' : '/opt/research-venv'} ${(0, shell_1.shArgs)(p.pip)}`);
    if (p.spack.length)
        sw.push(`rws_once spack-${hash([exports.SPACK_RELEASE, ...p.spack].join('\n'))} rws_net spack /opt/spack ${exports.SPACK_RELEASE} ${(0, shell_1.shArgs)(p.spack)}`);
    if (p.services.some((s) => s.kind === plan_1.ServiceKind.CODE_SERVER))
        sw.push('command -v code-server >/dev/null 2>&1 || rws_net code-server');
    if (p.services.some((s) => s.kind === plan_1.ServiceKind.RSTUDIO))
        sw.push('[ -x /usr/lib/rstudio-server/bin/rserver ] || rws_net rstudio-server');
    if (bake && p.platform === options_1.WorkspacePlatform.AWS)
        sw.push('rws_image_tools');
    step('software', sw);
    // The template's files.
    const files = [];
    p.files.forEach((f, i) => {
        if (f.file.source) {
            files.push(`rws_template_file_fetch ${(0, shell_1.shArgs)([f.file.source, f.destination, f.mode, f.owner, f.group])} ${f.file.required === false ? 0 : 1}`);
        }
        else {
            payload.push({ name: `files/${i}`, mode: '0600', content: f.file.content ?? '' });
            files.push(`rws_template_file "$RWS_PAYLOAD/files/${i}" ${(0, shell_1.shArgs)([f.destination, f.mode, f.owner, f.group])}`);
        }
    });
    files.push('rws_install_file "$RWS_PAYLOAD/profile.sh" /etc/profile.d/research-workspace.sh 0644 root root');
    payload.push({ name: 'profile.sh', mode: '0644', content: profile(p), generatedShell: 'sh' });
    step('files', files);
    // The template's post_install, once per content.
    // A bake knows no owner (the image serves every workspace of the template).
    const authorEnv = () => (0, shell_1.shArgs)([
        `RWS_TEMPLATE=${p.template.slug}`, ...(o && !bake ? [`RWS_OWNER=${o.name}`] : []),
        ...Object.entries(p.template.parameterValues).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)).map(([k, v]) => `RWS_PARAM_${k}=${v}`),
    ]);
    if (p.postInstall) {
        payload.push({ name: 'post-install.sh', mode: '0700', content: p.postInstall.endsWith('\n') ? p.postInstall : p.postInstall + '\n' });
        step('post_install', [`rws_once post-install-${hash(p.postInstall)} rws_author_script "$RWS_PAYLOAD/post-install.sh" post_install ${authorEnv()}`]);
    }
    // Services.
    const svc = [];
    const ours = p.services.filter((s) => s.kind !== plan_1.ServiceKind.SYSTEM);
    if (o && ours.some((s) => s.kind === plan_1.ServiceKind.JUPYTER)) {
        svc.push(p.secrets.jupyter
            ? `rws_service_secret jupyter JUPYTER_TOKEN ${p.secrets.jupyter.kind} ${(0, shell_1.shq)(p.secrets.jupyter.location)}`
            : `rws_service_token jupyter JUPYTER_TOKEN ${o.name}`);
    }
    if (o && ours.some((s) => s.kind === plan_1.ServiceKind.CODE_SERVER)) {
        svc.push(p.secrets.password
            ? `rws_service_secret code-server PASSWORD ${p.secrets.password.kind} ${(0, shell_1.shq)(p.secrets.password.location)}`
            : `rws_service_token code-server PASSWORD ${o.name}`);
    }
    if (o && ours.some((s) => s.kind === plan_1.ServiceKind.RSTUDIO)) {
        svc.push(p.secrets.password
            ? `rws_service_secret rstudio RWS_SERVICE_PASSWORD ${p.secrets.password.kind} ${(0, shell_1.shq)(p.secrets.password.location)}`
            : `rws_service_token rstudio RWS_SERVICE_PASSWORD ${o.name}`);
        payload.push({ name: 'bin/rws-rstudio-auth', mode: '0755', content: once('rstudio-auth', () => compactScript(scripts_generated_1.SCRIPTS['rstudio-auth.sh'])), generatedShell: 'bash' });
        svc.push(`rws_install_file "$RWS_PAYLOAD/bin/rws-rstudio-auth" ${RSTUDIO_AUTH} 0755 root root`);
    }
    const enabled = [];
    // On this machine, only the owner and root may connect to the services' ports (and to the
    // claim checks' ports): nftables, loaded by a unit every service requires.
    const ports = [...new Set(ours.filter((s) => s.port !== undefined).flatMap((s) => [s.port, s.internalPort]))].sort((a, b) => a - b);
    if (o && ours.length) {
        const uid = o.fromRegistry ? p.users.find((u) => u.name === o.name)?.uid : undefined;
        if (uid !== undefined) {
            // A registry owner's uid is fixed: the rules are written here (rws_services_firewall writes the same at boot otherwise).
            payload.push({ name: 'services.nft', mode: '0644', content: servicesNft(o.name, uid, ports) });
            svc.push('rws_install_file "$RWS_PAYLOAD/services.nft" /etc/research-workspace/services.nft 0644 root root');
        }
        else {
            svc.push(`rws_services_firewall ${o.name}${ports.map((x) => ' ' + x).join('')}`);
        }
    }
    if (o && ours.some((s) => s.published)) {
        payload.push(gateUnit(p));
        svc.push('rws_unit rws-gate@.service');
        const code = gateCode();
        if (p.gate?.codeParameterPrefix) {
            svc.push(`rws_gate_fetch ${code.sha256} ${(0, shell_1.shq)(p.gate.codeParameterPrefix)} ${gateCodeParameters(p.gate.codeParameterPrefix).length}`, `rws_install_file "$RWS_STATE/rws-gate" ${GATE} 0755 root root`);
        }
        else {
            payload.push({ name: 'bin/rws-gate', mode: '0755', content: code.content });
            svc.push(`rws_install_file "$RWS_PAYLOAD/bin/rws-gate" ${GATE} 0755 root root`);
        }
    }
    for (const s of o ? ours : []) {
        const { unit, extra } = unitFor(p, s);
        payload.push({ name: `units/${s.unit}`, mode: '0644', content: unit }, ...extra);
        for (const e of extra) {
            const dest = e.name.startsWith('services/') ? `/usr/local/lib/research-workspace/${e.name}` : `/etc/research-workspace/${e.name}`;
            svc.push(`rws_install_file "$RWS_PAYLOAD/${e.name}" ${(0, shell_1.shq)(dest)} ${e.mode} root root`);
        }
        svc.push(`rws_unit ${s.unit}`);
        if (s.enable)
            enabled.push(s.unit);
        if (s.published) {
            payload.push(gateConfig(p, s));
            svc.push(`rws_install_file "$RWS_PAYLOAD/gate/${s.name}.json" /etc/research-workspace/gate/${s.name}.json 0644 root root`);
            if (s.enable)
                enabled.push(`rws-gate@${s.name}.service`);
        }
    }
    if (ours.length)
        svc.push(`rws_units_apply${enabled.map((u) => ' ' + u).join('')}`);
    for (const s of p.services.filter((x) => x.kind === plan_1.ServiceKind.SYSTEM && x.enable))
        svc.push(`rws_system_service ${(0, shell_1.shq)(s.name)}`);
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
        payload.push({ name: 'cloudwatch-agent.json', mode: '0644', content: (0, cloudwatch_agent_1.cloudWatchAgentConfig)(p.cloudWatchAgent) });
        step('metrics', [`rws_cloudwatch_agent "$RWS_PAYLOAD/cloudwatch-agent.json" ${cloudwatch_agent_1.CLOUDWATCH_AGENT_CONFIG}`]);
    }
    // Developer conveniences.
    const dev = [];
    if (o && p.secrets.github)
        dev.push(`rws_dev_github ${o.name} ${p.secrets.github.kind} ${(0, shell_1.shq)(p.secrets.github.location)}`);
    if (o && p.dotfiles)
        dev.push(`rws_dev_dotfiles ${o.name} ${(0, shell_1.shq)(p.dotfiles)}`);
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
        step('image', [`rws_image_mark ${(0, shell_1.shArgs)([p.template.slug, p.template.definition.version ?? 'unversioned', content])}`]);
    }
    return [...out, '', 'rws_step preflight rws_preflight', ...calls];
}
function hashText(text) {
    return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}
/**
 * Content hash of what the bake of a plan installs (its install steps, not the libraries that
 * run them): the same for every workspace of a template, version and platform.
 */
function bakeHash(p) {
    if (p.phase === options_1.ProvisioningPhase.BAKE) {
        const m = /rws_image_mark \S+ \S+ ([0-9a-f]{16})/.exec(mainSteps(p, undefined, []).join('\n'));
        return m[1];
    }
    return bakeHash({ ...p, phase: options_1.ProvisioningPhase.BAKE });
}
/**
 * Renders the provisioning for a plan and a registry source.
 * @param registryContent the registry file, when it is inline
 */
function renderProvisioning(p, reg, registryContent) {
    const payload = [];
    const steps = mainSteps(p, reg, payload);
    const header = [
        '#!/bin/bash',
        `# rws-provision: boot provisioning of a research workspace from template "${p.template.slug}",`,
        '# generated by cdk-research-workspaces. Safe to run again: every step checks before it changes.',
        `# Log: ${p.logFile}. Cloud-only commands can be replaced: RWS_MOUNT_CMD, RWS_FETCH_CMD, RWS_SECRET_CMD,`,
        '# RWS_NETINSTALL_CMD (and RWS_POWEROFF_CMD for the idle agent).',
        `RWS_LOG=${(0, shell_1.shq)(p.logFile)}`,
        `RWS_EXPECTED_OS=${(0, shell_1.shq)(p.template.os)}`,
        `RWS_PLATFORM=${p.platform}`,
        `RWS_OFFLINE=${p.offline ? 1 : 0}`,
    ];
    const bake = p.phase === options_1.ProvisioningPhase.BAKE;
    const tools = bake ? [] : [
        ...(reg && p.users.length ? [TOOLS[0]] : []),
        ...(p.idle ? [TOOLS[1]] : []),
    ];
    if (p.phase !== options_1.ProvisioningPhase.FULL) {
        // Only the files the phase's steps use.
        const kept = payload.filter((f) => (bake ? f.name === 'post-install.sh' : f.name !== 'post-install.sh'));
        payload.splice(0, payload.length, ...kept);
    }
    if (p.toolsPrefix) {
        // Each tool is fetched just before the step that installs it.
        for (const t of tools) {
            const at = steps.findIndex((x) => x.includes(`"$RWS_PAYLOAD/bin/${t.name}"`));
            const params = toolParameters(p.toolsPrefix).filter((x) => x.tool === t.name);
            steps.splice(at < 0 ? 0 : at, 0, `rws_code_fetch ${toolCode(t).sha256} ${(0, shell_1.shq)(params[0].name.replace(/\/0$/, ''))} ${params.length} "$RWS_PAYLOAD/bin/${t.name}"`);
        }
    }
    const body = composed(LIBRARIES, steps.join('\n'));
    // compactScript() of header, libraries and steps, the libraries' lines scanned once per composition.
    const main = unindent([keptLines(header.join('\n'), true), body.kept, keptLines(steps.join('\n'), false)], new Set([body.kept])).join('\n') + '\n';
    if (registryContent !== undefined && !bake)
        payload.push({ name: 'registry.tsv', mode: '0600', content: registryContent });
    if (!p.toolsPrefix) {
        // Whole where the user-data may be larger than EC2's 16 KB (Kubernetes, Proxmox): the re-run
        // shortcut and the perl home creation come along.
        for (const t of tools) {
            payload.push({ name: `bin/${t.name}`, mode: '0755', content: p.maxBytes > plan_1.EC2_LIMIT ? toolCode(t).content : inlineToolCode(t.script), generatedShell: 'bash' });
        }
    }
    payload.unshift({ name: 'bin/rws-provision', mode: '0700', content: main, generatedShell: 'bash' });
    return { payload, main };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVuZGVyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL3dvcmtzcGFjZXMvdXNlcmRhdGEvcHJpdmF0ZS9yZW5kZXIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBNERBLHNDQUVDO0FBNENELDRCQWlCQztBQWdERCw0Q0FFQztBQTJFRCw0QkFNQztBQUdELGdEQUtDO0FBa0JELHdDQUVDO0FBT0Qsd0NBVUM7QUFnZ0JELDRCQU1DO0FBWUQsZ0RBNkNDO0FBMTJCRCwrQ0FBaUM7QUFDakMsMkNBQTZCO0FBQzdCLDZDQUFnRDtBQUNoRCx3Q0FBZ0g7QUFDaEgseURBQW9GO0FBQ3BGLGlDQUFzRTtBQUN0RSwyREFBOEM7QUFDOUMsbUNBQXNDO0FBRXRDOzs7Ozs7R0FNRztBQUNVLFFBQUEsYUFBYSxHQUFHLFNBQVMsQ0FBQztBQUV2Qyw4Q0FBOEM7QUFDakMsUUFBQSxXQUFXLEdBQUcscUNBQXFDLENBQUM7QUFFakU7OztHQUdHO0FBQ0gsTUFBTSxTQUFTLEdBQUcsSUFBSSxHQUFHLEVBQW1CLENBQUM7QUFFN0MsU0FBUyxJQUFJLENBQUksR0FBVyxFQUFFLElBQWE7SUFDekMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDO1FBQUUsU0FBUyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNwRCxPQUFPLFNBQVMsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFNLENBQUM7QUFDakMsQ0FBQztBQWtCRCxxR0FBcUc7QUFDckcsU0FBUyxTQUFTLENBQUMsSUFBWSxFQUFFLEtBQWM7SUFDN0MsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtRQUN0QyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbkIsSUFBSSxDQUFDLEtBQUssRUFBRTtZQUFFLE9BQU8sS0FBSyxDQUFDO1FBQzNCLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLElBQUksQ0FBQztRQUN4RCxJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsZUFBZSxDQUFDO1lBQUUsT0FBTyxJQUFJLENBQUM7UUFDL0MsT0FBTyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDNUIsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQseUdBQXlHO0FBQ3pHLFNBQWdCLGFBQWEsQ0FBQyxJQUFZO0lBQ3hDLE9BQU8sUUFBUSxDQUFDLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQztBQUM3RCxDQUFDO0FBV0QsU0FBUyxZQUFZLENBQUMsS0FBZSxFQUFFLEtBQXlCO0lBQzlELElBQUksS0FBSyxHQUFHLEtBQUssQ0FBQztJQUNsQixNQUFNLEdBQUcsR0FBYSxFQUFFLENBQUM7SUFDekIsS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN6QixJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksdUJBQXVCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQztRQUNwRyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNuRSxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ3JDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUNsQixJQUFJLEtBQUssS0FBSyxTQUFTLEVBQUUsQ0FBQztnQkFDeEIsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztvQkFBRSxNQUFNO2dCQUNsRSxJQUFJLENBQUMsS0FBSyxJQUFJO29CQUFFLENBQUMsRUFBRSxDQUFDO3FCQUNmLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssR0FBRztvQkFBRSxLQUFLLEdBQUcsQ0FBQyxDQUFDO1lBQzdDLENBQUM7aUJBQU0sSUFBSSxLQUFLLEtBQUssR0FBRyxFQUFFLENBQUM7Z0JBQ3pCLElBQUksQ0FBQyxLQUFLLEdBQUc7b0JBQUUsS0FBSyxHQUFHLFNBQVMsQ0FBQztZQUNuQyxDQUFDO2lCQUFNLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO2dCQUN0QixDQUFDLEVBQUUsQ0FBQztZQUNOLENBQUM7aUJBQU0sSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7Z0JBQ3JCLEtBQUssR0FBRyxTQUFTLENBQUM7WUFDcEIsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0lBQ0QsT0FBTyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQ3hDLENBQUM7QUFFRDs7Ozs7Ozs7R0FRRztBQUNILFNBQWdCLFFBQVEsQ0FBQyxNQUFrQixFQUFFLE1BQXNCO0lBQ2pFLElBQUksS0FBeUIsQ0FBQztJQUM5QixNQUFNLEdBQUcsR0FBYSxFQUFFLENBQUM7SUFDekIsS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLEVBQUUsQ0FBQztRQUMzQixJQUFJLENBQWEsQ0FBQztRQUNsQixJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksTUFBTSxFQUFFLEdBQUcsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQzlDLElBQUksR0FBRyxHQUFHLFVBQVUsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDaEMsSUFBSSxDQUFDLEdBQUc7Z0JBQUUsVUFBVSxDQUFDLEdBQUcsQ0FBQyxLQUFLLEVBQUUsR0FBRyxHQUFHLFlBQVksQ0FBQyxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQztZQUN0RSxDQUFDLEdBQUcsR0FBRyxDQUFDO1FBQ1YsQ0FBQzthQUFNLENBQUM7WUFDTixDQUFDLEdBQUcsWUFBWSxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNqQyxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsT0FBTztZQUFFLE9BQU8sTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3BDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDbkIsS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUM7SUFDbEIsQ0FBQztJQUNELE9BQU8sS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUM7QUFDbkQsQ0FBQztBQUVELGdGQUFnRjtBQUNoRixNQUFNLFVBQVUsR0FBRyxJQUFJLE9BQU8sRUFBd0IsQ0FBQztBQVN2RCxnR0FBZ0c7QUFDaEcsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLEVBQXNCLENBQUM7QUFFN0MsNEdBQTRHO0FBQzVHLFNBQVMsTUFBTSxDQUFDLEdBQVc7SUFDekIsSUFBSSxHQUFHLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMxQixJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7UUFDVCxHQUFHLEdBQUcsWUFBWSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3hCLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQ3ZCLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxHQUFXO0lBQy9CLE1BQU0sR0FBRyxHQUFlLEVBQUUsQ0FBQztJQUMzQixNQUFNLEtBQUssR0FBRywyQkFBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzlELEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsR0FBRyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDdEMsTUFBTSxDQUFDLEdBQUcsNEJBQTRCLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3RELElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNQLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDbEMsU0FBUztRQUNYLENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDVixPQUFPLENBQUMsR0FBRyxLQUFLLENBQUMsTUFBTSxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUFFLENBQUMsRUFBRSxDQUFDO1FBQ25HLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDcEUsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNSLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILFNBQWdCLGdCQUFnQixDQUFDLElBQXVCLEVBQUUsSUFBWTtJQUNwRSxPQUFPLFFBQVEsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDO0FBQ25DLENBQUM7QUFRRCw2RkFBNkY7QUFDN0YsTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQW9CLENBQUM7QUFFN0MsU0FBUyxRQUFRLENBQUMsSUFBdUIsRUFBRSxJQUFZO0lBQ3JELE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDakMsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNwRSxNQUFNLEtBQUssR0FBRyxDQUFDLElBQVksRUFBWSxFQUFFO1FBQ3ZDLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztRQUMzQixLQUFLLE1BQU0sQ0FBQyxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsbUJBQW1CLENBQUMsSUFBSSxFQUFFO1lBQUUsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztnQkFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3JGLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyw0QkFBNEIsQ0FBQyxFQUFFLENBQUM7WUFDNUQsTUFBTSxDQUFDLEdBQUcsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQy9DLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNoQyxDQUFDO1FBQ0QsT0FBTyxLQUFLLENBQUM7SUFDZixDQUFDLENBQUM7SUFDRixNQUFNLE1BQU0sR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN6QyxNQUFNLEdBQUcsR0FBRyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO0lBQ2pFLE1BQU0sR0FBRyxHQUFHLFFBQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDOUIsSUFBSSxHQUFHO1FBQUUsT0FBTyxHQUFHLENBQUM7SUFDcEIsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQztJQUMvQixNQUFNLElBQUksR0FBRyxDQUFDLEtBQWUsRUFBRSxFQUFFO1FBQy9CLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7WUFDdEIsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztnQkFBRSxTQUFTO1lBQzFCLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDWixJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUNoQyxDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2IsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzNGLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ3RGLFFBQVEsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDeEIsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUMvRyxNQUFNLElBQUksR0FBRyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsU0FBUyxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsRUFBRSxDQUFDO0lBQ3BELFFBQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ3hCLE9BQU8sSUFBSSxDQUFDO0FBQ2QsQ0FBQztBQUVELFNBQVMsSUFBSSxDQUFDLElBQVk7SUFDeEIsT0FBTyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUM3RSxDQUFDO0FBRUQsK0VBQStFO0FBQy9FLE1BQU0sU0FBUyxHQUFHLENBQUMsU0FBUyxFQUFFLGFBQWEsRUFBRSxlQUFlLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBRSxhQUFhLEVBQUUsVUFBVSxFQUFFLGFBQWEsRUFBRSxjQUFjLEVBQUUsVUFBVSxDQUFDLENBQUM7QUFFOUosMkVBQTJFO0FBQzNFLE1BQU0sVUFBVSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsV0FBVyxFQUFFLFVBQVUsRUFBRSxVQUFVLEVBQUUsY0FBYyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDM0YsTUFBTSxVQUFVLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxXQUFXLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLFdBQVcsRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDO0FBRTNLOzs7R0FHRztBQUNVLFFBQUEsV0FBVyxHQUFxRDtJQUMzRSxDQUFDLFFBQVEsRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsU0FBUyxFQUFFLFlBQVksRUFBRSxZQUFZLENBQUMsRUFBRSxDQUFDLFNBQVMsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDO0lBQ3hILENBQUMsWUFBWSxFQUFFLFlBQVksRUFBRSxXQUFXLENBQUMsRUFBRSxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLEVBQUUsQ0FBQyxLQUFLLEVBQUUsVUFBVSxFQUFFLFVBQVUsQ0FBQyxFQUFFLENBQUMsU0FBUyxFQUFFLFNBQVMsRUFBRSxTQUFTLENBQUM7Q0FDckksQ0FBQztBQUVGLE1BQU0sZUFBZSxHQUFHLG9HQUFvRyxDQUFDO0FBRTdILCtEQUErRDtBQUMvRCxNQUFNLFlBQVksR0FBRyxvREFBb0QsQ0FBQztBQUMxRSw0REFBNEQ7QUFDNUQsTUFBTSxJQUFJLEdBQUcsNENBQTRDLENBQUM7QUFDMUQsNkZBQTZGO0FBQzdGLE1BQU0sUUFBUSxHQUFHLHVEQUF1RCxDQUFDO0FBRXpFLDJHQUEyRztBQUMzRyxTQUFnQixRQUFRO0lBQ3RCLE9BQU8sSUFBSSxDQUFDLFdBQVcsRUFBRSxHQUFHLEVBQUU7UUFDNUIsTUFBTSxHQUFHLEdBQUcsMkJBQU8sQ0FBQyxhQUFhLENBQUMsQ0FBQztRQUNuQyxNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsT0FBTyxDQUFDLHdCQUF3QixFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQztRQUNwSixPQUFPLEVBQUUsT0FBTyxFQUFFLDBCQUEwQixHQUFHLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsMEJBQTBCLEdBQUcsT0FBTyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7SUFDM0osQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsMkhBQTJIO0FBQzNILFNBQWdCLGtCQUFrQixDQUFDLE1BQWM7SUFDL0MsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLGdCQUFnQixFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztJQUNsSSxNQUFNLEdBQUcsR0FBMkMsRUFBRSxDQUFDO0lBQ3ZELEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsR0FBRyxJQUFJLEdBQUcsR0FBRyxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUU7UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsTUFBTSxJQUFJLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzdILE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELDRGQUE0RjtBQUM1RixNQUFNLEtBQUssR0FBRyxDQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLE1BQU0sRUFBRSxlQUFlLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxNQUFNLEVBQUUsZUFBZSxFQUFFLENBQVUsQ0FBQztBQUVsSSxTQUFTLFFBQVEsQ0FBQyxDQUFxQjtJQUNyQyxPQUFPLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxHQUFHLEVBQUU7UUFDbkMsTUFBTSxPQUFPLEdBQUcsYUFBYSxDQUFDLDJCQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7UUFDakQsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7SUFDeEYsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFnQixjQUFjLENBQUMsTUFBYztJQUMzQyxPQUFPLElBQUksQ0FBQyxlQUFlLE1BQU0sRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLGFBQWEsQ0FBQywyQkFBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLE9BQU8sQ0FBQyw2REFBNkQsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDeEosQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixjQUFjLENBQUMsTUFBYztJQUMzQyxNQUFNLEdBQUcsR0FBeUQsRUFBRSxDQUFDO0lBQ3JFLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7UUFDdEIsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pCLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDO1FBQ25JLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsR0FBRyxJQUFJLEdBQUcsR0FBRyxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQzNDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxNQUFNLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDdkksQ0FBQztJQUNILENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxzREFBc0Q7QUFDdEQsU0FBUyxPQUFPLENBQUMsQ0FBTyxFQUFFLENBQWlCO0lBQ3pDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFNLENBQUM7SUFDbkIsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQztJQUMzQixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsWUFBWSxDQUFDO0lBQzVCLE1BQU0sS0FBSyxHQUFrQixFQUFFLENBQUM7SUFDaEMsTUFBTSxHQUFHLEdBQWEsQ0FBQyxRQUFRLGVBQWUsRUFBRSxFQUFFLG9CQUFvQixJQUFJLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLFlBQVksSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUN2SSxJQUFJLElBQVksQ0FBQztJQUNqQixJQUFJLE9BQTJCLENBQUM7SUFDaEMsTUFBTSxPQUFPLEdBQWEsRUFBRSxDQUFDO0lBQzdCLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2YsS0FBSyxrQkFBVyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7WUFDekIsTUFBTSxHQUFHLEdBQUcsbUNBQW1DLENBQUMsQ0FBQyxJQUFJLFlBQVksQ0FBQztZQUNsRSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxDQUFDLElBQUksWUFBWSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGFBQWEsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ2hHLDJGQUEyRjtZQUMzRixJQUFJLEdBQUcsd0RBQXdELElBQUkscUJBQXFCLElBQUksSUFBSSxJQUFJLHlCQUF5QixDQUFDLENBQUMsSUFBSSxFQUFFO2tCQUNqSSxHQUFHLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLGtDQUFrQyxDQUFDLENBQUMsQ0FBQyxFQUFFLGFBQWEsR0FBRyxFQUFFLENBQUM7WUFDL0UsT0FBTyxHQUFHLDZDQUE2QyxDQUFDO1lBQ3hELE1BQU07UUFDUixDQUFDO1FBQ0QsS0FBSyxrQkFBVyxDQUFDLFdBQVc7WUFDMUIsSUFBSSxHQUFHLHdDQUF3QyxJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksK0RBQStELENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUM5SyxPQUFPLEdBQUcsaURBQWlELENBQUM7WUFDNUQsTUFBTTtRQUNSLEtBQUssa0JBQVcsQ0FBQyxPQUFPO1lBQ3RCLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsdUJBQXVCLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsMkNBQTJDLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLENBQUM7WUFDNUgsT0FBTyxDQUFDLElBQUksQ0FBQyx3QkFBd0IsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLHNCQUFzQixDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUMvRSwwRkFBMEY7WUFDMUYsbUVBQW1FO1lBQ25FLE9BQU8sQ0FBQyxJQUFJLENBQUMseUJBQXlCLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1lBQ2hELElBQUksR0FBRywwRUFBMEUsQ0FBQyxDQUFDLElBQUksa0JBQWtCLElBQUksZUFBZSxJQUFJLElBQUksSUFBSSxHQUFHO2tCQUN2SSw4QkFBOEIsQ0FBQyxDQUFDLElBQUksK0JBQStCLENBQUMsQ0FBQyxJQUFJLGVBQWU7a0JBQ3hGLHFGQUFxRjtrQkFDckYsMEJBQTBCLFlBQVksRUFBRSxDQUFDO1lBQzdDLE9BQU8sR0FBRyw2Q0FBNkMsQ0FBQztZQUN4RCxNQUFNO1FBQ1IsS0FBSyxrQkFBVyxDQUFDLFNBQVM7WUFDeEIsSUFBSSxHQUFHLGlEQUFpRCxJQUFJLGtCQUFrQixJQUFJLElBQUksSUFBSSwwREFBMEQsQ0FBQztZQUNySixNQUFNO1FBQ1IsS0FBSyxrQkFBVyxDQUFDLE1BQU07WUFDckIsSUFBSSxHQUFHLHFDQUFxQyxJQUFJLFdBQVcsSUFBSSxJQUFJLElBQUksK0JBQStCLENBQUMsQ0FBQyxJQUFJLFNBQVMsQ0FBQztZQUN0SCxNQUFNO1FBQ1IsT0FBTyxDQUFDLENBQUMsQ0FBQztZQUNSLEtBQUssQ0FBQyxJQUFJLENBQUM7Z0JBQ1QsSUFBSSxFQUFFLFlBQVksQ0FBQyxDQUFDLElBQUksS0FBSztnQkFDN0IsSUFBSSxFQUFFLE1BQU07Z0JBQ1osT0FBTyxFQUFFLDJCQUEyQixDQUFDLENBQUMsSUFBSSxpQkFBaUIsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLG9DQUFvQyxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsQ0FBQyxPQUFRLENBQUMsSUFBSSxFQUFFLElBQUk7YUFDaEosQ0FBQyxDQUFDO1lBQ0gsSUFBSSxHQUFHLHdEQUF3RCxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUM7UUFDN0UsQ0FBQztJQUNILENBQUM7SUFDRCxNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsT0FBTyxFQUFFLE1BQU0sS0FBSyx1QkFBYSxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDakYsTUFBTSxJQUFJLEdBQUc7UUFDWCxRQUFRO1FBQ1IsZUFBZSxDQUFDLENBQUMsSUFBSSwwQkFBMEIsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRTtRQUM5RSw2QkFBNkI7UUFDN0IsOENBQThDO1FBQzlDLEVBQUU7UUFDRixXQUFXO1FBQ1gsYUFBYTtRQUNiLDRGQUE0RjtRQUM1RixpQkFBaUIsUUFBUSxFQUFFO1FBQzNCLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRTtRQUNoQixTQUFTLENBQUMsQ0FBQyxLQUFLLEVBQUU7UUFDbEIsb0JBQW9CLENBQUMsQ0FBQyxJQUFJLEVBQUU7UUFDNUIsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDO1FBQ3JDLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsbUJBQW1CLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNsRCxHQUFHLE9BQU87UUFDVixTQUFTLEtBQUssRUFBRTtRQUNoQixhQUFhLElBQUksRUFBRTtRQUNuQixvQkFBb0I7UUFDcEIsZUFBZTtRQUNmLHFCQUFxQjtRQUNyQixnQkFBZ0I7UUFDaEIsb0JBQW9CO1FBQ3BCLEVBQUU7UUFDRixXQUFXO1FBQ1gsNEJBQTRCO1FBQzVCLEVBQUU7S0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNiLE9BQU8sRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFDekIsQ0FBQztBQUVELFNBQVMsYUFBYSxDQUFDLENBQU8sRUFBRSxDQUFpQjtJQUMvQyxPQUFPO1FBQ0wsa0NBQWtDLENBQUMsQ0FBQyxJQUFJLGVBQWUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLG1DQUFtQztRQUN6Ryw4RkFBOEY7UUFDOUYsa0NBQWtDO1FBQ2xDLGdDQUFnQztRQUNoQyxHQUFHLENBQUMsQ0FBQyxNQUFNO1FBQ1gsRUFBRTtLQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ2YsQ0FBQztBQUVELHlFQUF5RTtBQUN6RSxTQUFTLFVBQVUsQ0FBQyxDQUFPLEVBQUUsQ0FBaUI7SUFDNUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUssQ0FBQztJQUNsQixNQUFNLE1BQU0sR0FBRztRQUNiLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSTtRQUNmLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTtRQUNaLFdBQVcsRUFBRSxDQUFDLENBQUMsWUFBWTtRQUMzQixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU07UUFDaEIsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNO1FBQ2hCLEdBQUcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN6QyxLQUFLLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRTtLQUM1QyxDQUFDO0lBQ0YsT0FBTyxFQUFFLElBQUksRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLE9BQU8sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLE1BQU0sQ0FBQyxHQUFHLElBQUksRUFBRSxDQUFDO0FBQy9GLENBQUM7QUFFRCxtRkFBbUY7QUFDbkYsU0FBUyxRQUFRLENBQUMsQ0FBTztJQUN2QixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBTSxDQUFDO0lBQ25CLE1BQU0sT0FBTyxHQUFHO1FBQ2QsUUFBUTtRQUNSLHNCQUFzQjtRQUN0QixXQUFXO1FBQ1gsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFO1FBQ2hCLFNBQVMsQ0FBQyxDQUFDLEtBQUssRUFBRTtRQUNsQixtRUFBbUU7UUFDbkUsbUNBQW1DO1FBQ25DLGlDQUFpQyxJQUFJLHVDQUF1QztRQUM1RSxnQkFBZ0I7UUFDaEIscUJBQXFCO1FBQ3JCLHNCQUFzQjtRQUN0QixXQUFXO1FBQ1gsNEJBQTRCO1FBQzVCLEVBQUU7S0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNiLE9BQU8sRUFBRSxJQUFJLEVBQUUseUJBQXlCLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUNwRSxDQUFDO0FBRUQsNklBQTZJO0FBQzdJLFNBQVMsV0FBVyxDQUFDLEtBQWEsRUFBRSxHQUFXLEVBQUUsS0FBZTtJQUM5RCxPQUFPO1FBQ0wsVUFBVSxLQUFLLFNBQVMsR0FBRyx5REFBeUQ7UUFDcEYseUJBQXlCO1FBQ3pCLGdDQUFnQztRQUNoQywyQkFBMkI7UUFDM0Isa0JBQWtCO1FBQ2xCLHdEQUF3RDtRQUN4RCxnQ0FBZ0MsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMseUJBQXlCLEdBQUcsa0NBQWtDO1FBQzdHLEtBQUs7UUFDTCxHQUFHO1FBQ0gsRUFBRTtLQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ2YsQ0FBQztBQUVELFNBQVMsU0FBUyxDQUFDLENBQU87SUFDeEIsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUssQ0FBQztJQUNsQixPQUFPO1FBQ0w7WUFDRSxJQUFJLEVBQUUsd0JBQXdCO1lBQzlCLElBQUksRUFBRSxNQUFNO1lBQ1osT0FBTyxFQUFFO2dCQUNQLFFBQVE7Z0JBQ1IsOENBQThDLENBQUMsQ0FBQyxNQUFNLFVBQVUsQ0FBQyxDQUFDLE9BQU8sZ0JBQWdCO2dCQUN6RixFQUFFO2dCQUNGLFdBQVc7Z0JBQ1gsY0FBYztnQkFDZCw0REFBNEQ7Z0JBQzVELFNBQVM7Z0JBQ1QsRUFBRTthQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztTQUNiO1FBQ0Q7WUFDRSxJQUFJLEVBQUUsc0JBQXNCO1lBQzVCLElBQUksRUFBRSxNQUFNO1lBQ1osT0FBTyxFQUFFO2dCQUNQLFFBQVE7Z0JBQ1IsbURBQW1ELENBQUMsQ0FBQyxlQUFlLFVBQVU7Z0JBQzlFLEVBQUU7Z0JBQ0YsU0FBUztnQkFDVCxhQUFhLENBQUMsQ0FBQyxlQUFlLEtBQUs7Z0JBQ25DLG1CQUFtQixDQUFDLENBQUMsZUFBZSxLQUFLO2dCQUN6QyxpQkFBaUI7Z0JBQ2pCLEVBQUU7Z0JBQ0YsV0FBVztnQkFDWCx3QkFBd0I7Z0JBQ3hCLEVBQUU7YUFDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7U0FDYjtRQUNEO1lBQ0UsSUFBSSxFQUFFLFdBQVc7WUFDakIsSUFBSSxFQUFFLE1BQU07WUFDWixPQUFPLEVBQUU7Z0JBQ1AsZ0JBQWdCLENBQUMsQ0FBQyxPQUFPLEVBQUU7Z0JBQzNCLGVBQWUsQ0FBQyxDQUFDLFVBQVUsRUFBRTtnQkFDN0IsZUFBZSxDQUFDLENBQUMsVUFBVSxFQUFFO2dCQUM3QixZQUFZLENBQUMsQ0FBQyxPQUFPLEVBQUU7Z0JBQ3ZCLFVBQVUsQ0FBQyxDQUFDLE1BQU0sS0FBSyxvQkFBVSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUU7Z0JBQ3BFLFlBQVksQ0FBQyxDQUFDLFFBQVEsRUFBRTtnQkFDeEIsaUJBQWlCLENBQUMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLGtCQUFXLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRTtnQkFDaEgsRUFBRTthQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztTQUNiO0tBQ0YsQ0FBQztBQUNKLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxDQUFPO0lBQ3RCLE1BQU0sS0FBSyxHQUFHO1FBQ1osdUJBQXVCO1FBQ3ZCLDBEQUEwRCxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUkscUJBQXFCO1FBQzlGLHVCQUF1QixJQUFBLFdBQUcsRUFBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFO1FBQzdDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN6RCwrQkFBK0I7UUFDL0IsMkZBQTJGO1FBQzNGLDZGQUE2RjtRQUM3RiwrQkFBK0I7UUFDL0IsNkhBQTZIO0tBQzlILENBQUM7SUFDRixJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsV0FBVyxFQUFFLENBQUM7UUFDM0IsS0FBSyxDQUFDLElBQUksQ0FBQyx3Q0FBd0MsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxXQUFXLHdCQUF3QixDQUFDLENBQUM7SUFDcEcsQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUM7QUFDakMsQ0FBQztBQUVELHlDQUF5QztBQUN6QyxTQUFTLFNBQVMsQ0FBQyxDQUFPLEVBQUUsR0FBK0IsRUFBRSxPQUFzQjtJQUNqRixNQUFNLEdBQUcsR0FBYSxFQUFFLENBQUM7SUFDekIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxJQUFZLEVBQUUsSUFBYyxFQUFFLEVBQUU7UUFDMUMsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDdEYsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxLQUFLLEdBQWEsRUFBRSxDQUFDO0lBQzNCLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUM7SUFDdEIsTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLDJCQUFpQixDQUFDLElBQUksQ0FBQztJQUM5QyxNQUFNLElBQUksR0FBRyxDQUFDLElBQVksRUFBRSxJQUFjLEVBQUUsRUFBRTtRQUM1QyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPO1FBQ3pCLElBQUksS0FBSyxLQUFLLDJCQUFpQixDQUFDLElBQUksSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDO1lBQUUsT0FBTztRQUN0RSxJQUFJLEtBQUssS0FBSywyQkFBaUIsQ0FBQyxJQUFJLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU87UUFDdEUsRUFBRSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztRQUNmLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxJQUFJLFVBQVUsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ2xFLENBQUMsQ0FBQztJQUNGLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUM7SUFFbEIsMkVBQTJFO0lBQzNFLElBQUksQ0FBQyxDQUFDLFFBQVE7UUFBRSxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQztJQUNyRCw0RUFBNEU7SUFDNUUsSUFBSSxLQUFLLEtBQUssMkJBQWlCLENBQUMsSUFBSTtRQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxtQkFBbUIsSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFFaEgsWUFBWTtJQUNaLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztJQUMzQixNQUFNLElBQUksR0FBRyxDQUFDLEdBQVcsRUFBRSxHQUFXLEVBQUUsR0FBVyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLGdCQUFnQixHQUFHLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUM7SUFDeEcsTUFBTSxVQUFVLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3RGLElBQUksVUFBVTtRQUFFLElBQUksQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQy9DLElBQUksQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQzdCLDhGQUE4RjtJQUM5RixJQUFJLENBQUMsU0FBUyxFQUFFLFlBQVksRUFBRSxZQUFZLENBQUMsQ0FBQztJQUM1QyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxLQUFLLHVCQUFhLENBQUMsU0FBUztRQUFFLElBQUksQ0FBQyxTQUFTLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ2pGLElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRSxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxLQUFLLEtBQUs7UUFBRSxJQUFJLENBQUMsWUFBWSxFQUFFLFlBQVksRUFBRSxXQUFXLENBQUMsQ0FBQztJQUMxRyxNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2pHLElBQUksQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDcEYsSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDL0UsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsY0FBYyxLQUFLLHlCQUFjLENBQUMsS0FBSyxFQUFFLENBQUM7UUFDOUQsSUFBSSxDQUFDLFNBQVMsRUFBRSxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7UUFDdEMsS0FBSyxDQUFDLElBQUksQ0FBQyx1Q0FBdUMsQ0FBQyxDQUFDO0lBQ3RELENBQUM7SUFDRCxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxRQUFRO1FBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDNUQsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUM7UUFDNUIsSUFBSSxDQUFDLEtBQUssMkJBQWlCLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDbkMsSUFBSSxDQUFDLFNBQVMsRUFBRSxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7WUFDdEMsS0FBSyxDQUFDLElBQUksQ0FBQyx1Q0FBdUMsQ0FBQyxDQUFDO1FBQ3RELENBQUM7UUFDRCxJQUFJLENBQUMsS0FBSywyQkFBaUIsQ0FBQyxJQUFJO1lBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDbkUsSUFBSSxDQUFDLEtBQUssMkJBQWlCLENBQUMsSUFBSTtZQUFFLElBQUksQ0FBQyxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzVELElBQUksQ0FBQyxLQUFLLDJCQUFpQixDQUFDLEVBQUU7WUFBRSxJQUFJLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUNsRSxJQUFJLENBQUMsS0FBSywyQkFBaUIsQ0FBQyxJQUFJO1lBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDbEUsSUFBSSxDQUFDLEtBQUssMkJBQWlCLENBQUMsSUFBSTtZQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQ25FLENBQUM7SUFDRCxJQUFJLENBQUMsQ0FBQyxPQUFPLENBQUMsTUFBTTtRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsbUJBQW1CLENBQUMsQ0FBQztJQUN0RCxJQUFJLENBQUMsQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssa0JBQVcsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUM7UUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLFVBQVUsRUFBRSxVQUFVLENBQUMsQ0FBQztJQUNsSSxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQUUsSUFBSSxDQUFDLFNBQVMsRUFBRSxTQUFTLEVBQUUsU0FBUyxDQUFDLENBQUM7SUFDL0UsSUFBSSxDQUFDLENBQUMsUUFBUTtRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMscUJBQXFCLENBQUMsQ0FBQztJQUNsRCxJQUFJLElBQUksRUFBRSxDQUFDO1FBQ1Qsd0ZBQXdGO1FBQ3hGLDRGQUE0RjtRQUM1RixLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQztRQUNqQixLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsQ0FBQyxJQUFJLG1CQUFXO1lBQUUsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUM7UUFDL0QsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsY0FBYyxLQUFLLHlCQUFjLENBQUMsS0FBSztZQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsdUNBQXVDLENBQUMsQ0FBQztRQUNuSCxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTTtZQUFFLElBQUksQ0FBQyxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzlDLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLFVBQVUsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDdkgsQ0FBQztJQUNELDJGQUEyRjtJQUMzRixNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssMkJBQWlCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUM7SUFDdEUsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLEVBQUUsZUFBZSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsSUFBQSxjQUFNLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUU5Riw0RkFBNEY7SUFDNUYsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxvQkFBb0IsSUFBQSxjQUFNLEVBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDaEksSUFBSSxDQUFDLENBQUMsTUFBTSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU87UUFBRSxJQUFJLENBQUMsU0FBUyxFQUFFLFdBQVcsQ0FBQyxDQUFDO0lBQ3pELElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDO1FBQ2QsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQztRQUNwQixNQUFNLElBQUksR0FBYSxDQUFDLEdBQUcsV0FBVyxDQUFDLENBQUM7UUFDeEMsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUs7WUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLGlCQUFpQixJQUFBLGNBQU0sRUFBQyxDQUFDLENBQUMsQ0FBQyxLQUFNLEVBQUUsQ0FBQyxDQUFDLFNBQVUsRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxPQUFRLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzdJLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxLQUFLO1lBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQyxTQUFTLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLFdBQVksQ0FBQyxJQUFJLElBQUEsV0FBRyxFQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxJQUFBLFdBQUcsRUFBQyxDQUFDLENBQUMsT0FBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDOztZQUN0SCxJQUFJLENBQUMsSUFBSSxDQUFDLGlCQUFpQixJQUFBLFdBQUcsRUFBQyxDQUFDLENBQUMsVUFBVSxDQUFDLGVBQWUsSUFBQSxXQUFHLEVBQUMsWUFBWSxDQUFDLENBQUMsVUFBVSxrREFBa0QsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNuSixJQUFJLENBQUMsQ0FBQyxDQUFDLFdBQVc7WUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDO1FBQzdFLElBQUksQ0FBQyxDQUFDLFFBQVE7WUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLFdBQVcsSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxpQkFBaUIsRUFBRSxtQkFBbUIsQ0FBQyxDQUFDO1FBQzVGLElBQUksQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDeEIsQ0FBQztJQUVELHNCQUFzQjtJQUN0QixJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQzFCLElBQUksR0FBRyxDQUFDLElBQUksS0FBSyxLQUFLLEVBQUUsQ0FBQztZQUN2QixJQUFJLENBQUMsVUFBVSxFQUFFLENBQUMsZ0RBQWdELEdBQUcsQ0FBQyxNQUFNLFFBQVEsSUFBQSxXQUFHLEVBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDeEgsQ0FBQzthQUFNLElBQUksR0FBRyxDQUFDLElBQUksS0FBSyxLQUFLLEVBQUUsQ0FBQztZQUM5QixJQUFJLENBQUMsVUFBVSxFQUFFLENBQUMsZ0RBQWdELEdBQUcsQ0FBQyxNQUFNLE9BQU8sSUFBQSxXQUFHLEVBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ3RHLENBQUM7SUFDSCxDQUFDO0lBQ0QsTUFBTSxLQUFLLEdBQWEsRUFBRSxDQUFDO0lBQzNCLDJGQUEyRjtJQUMzRiw0RkFBNEY7SUFDNUYsd0ZBQXdGO0lBQ3hGLHdGQUF3RjtJQUN4RixNQUFNLElBQUksR0FBRyxDQUFDLFNBQStCLEVBQUUsT0FBTyxHQUFHLEtBQUssRUFBWSxFQUFFLENBQUM7UUFDM0UsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRO1FBQ2hCLEdBQUcsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2hFLEdBQUcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLFNBQVMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2pELEdBQUcsQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3RFLEdBQUcsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDaEMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0tBQzNCLENBQUM7SUFDRixJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQzFCLEtBQUssQ0FBQyxJQUFJLENBQUMsa0dBQWtHLENBQUMsQ0FBQztRQUMvRyxNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsNkJBQTZCLENBQUMsQ0FBQyxDQUFDLDJCQUEyQixDQUFDO1FBQ2pHLEtBQUssQ0FBQyxJQUFJLENBQUMsaUJBQWlCLElBQUEsY0FBTSxFQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDN0QsS0FBSyxDQUFDLElBQUksQ0FBQyxrQkFBa0IsSUFBQSxjQUFNLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQztJQUMzSSxDQUFDO1NBQU0sSUFBSSxDQUFDLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxhQUFhLEVBQUUsQ0FBQztRQUN6QyxtRkFBbUY7UUFDbkYsS0FBSyxDQUFDLElBQUksQ0FBQyxpQkFBaUIsSUFBQSxjQUFNLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMvRCxDQUFDO0lBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsYUFBYTtRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMscUJBQXFCLElBQUEsY0FBTSxFQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzNHLElBQUksQ0FBQyxDQUFDLGFBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUMzQixLQUFLLENBQUMsSUFBSSxDQUFDLDREQUE0RCxDQUFDLENBQUMsYUFBYSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxHQUFHLElBQUEsV0FBRyxFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDekosQ0FBQztJQUNELElBQUksQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFFckIsd0ZBQXdGO0lBQ3hGLDRGQUE0RjtJQUM1RixNQUFNLGFBQWEsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsV0FBVyxJQUFBLFdBQUcsRUFBQyxHQUFHLENBQUMsQ0FBQyxNQUFPLENBQUMsVUFBVSxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztJQUN2SSxJQUFJLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUNkLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUM7UUFDcEIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQztRQUN4QixNQUFNLElBQUksR0FBYSxFQUFFLENBQUM7UUFDMUIsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7WUFDbEIsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLElBQUEsV0FBRyxFQUFDLEVBQUUsQ0FBQyxjQUFjLENBQUMsQ0FBQyxXQUFXLEVBQUUsRUFBRSxXQUFXLElBQUEsV0FBRyxFQUFDLEVBQUUsR0FBRyxTQUFTLENBQUMsY0FBYyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztRQUMxSCxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsYUFBYSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQzNCLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxJQUFBLFdBQUcsRUFBQyxFQUFFLEdBQUcsV0FBVyxDQUFDLElBQUksQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQztZQUNqSCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxhQUFhLEVBQUUsQ0FBQztnQkFDaEMsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLElBQUEsV0FBRyxFQUFDLEdBQUcsRUFBRSxhQUFhLENBQUMsRUFBRSxDQUFDLGNBQWMsQ0FBQyxFQUFFLENBQUMsQ0FBQztnQkFDbEUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLHVCQUFhLENBQUMsU0FBUztvQkFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLGVBQWUsSUFBQSxXQUFHLEVBQUMsR0FBRyxFQUFFLGFBQWEsQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ3hHLENBQUM7UUFDSCxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsT0FBTztZQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxJQUFBLFdBQUcsRUFBQyxFQUFFLEdBQUcsVUFBVSxDQUFDLGlCQUFpQixDQUFDLENBQUM7UUFDM0UsSUFBSSxDQUFDLFFBQVEsRUFBRSxDQUFDLEdBQUcsSUFBSSxFQUFFLEdBQUcsYUFBYSxDQUFDLENBQUMsQ0FBQztJQUM5QyxDQUFDO1NBQU0sSUFBSSxhQUFhLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDaEMsSUFBSSxDQUFDLFFBQVEsRUFBRSxhQUFhLENBQUMsQ0FBQztJQUNoQyxDQUFDO0lBRUQsOEVBQThFO0lBQzlFLE1BQU0sRUFBRSxHQUFhLEVBQUUsQ0FBQztJQUN4QixNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsY0FBYyxLQUFLLHlCQUFjLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQztJQUNoRixJQUFJLE9BQU87UUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLDZEQUE2RCxDQUFDLENBQUM7SUFDcEYsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU07UUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLGtCQUFrQixJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsNkJBQTZCLElBQUEsY0FBTSxFQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDdEgsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU07UUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLGdCQUFnQixJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsZ0JBQWdCLE9BQU8sQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxvQkFBb0IsSUFBSSxJQUFBLGNBQU0sRUFBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ2xKLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNO1FBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLENBQUMscUJBQWEsRUFBRSxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsNkJBQTZCLHFCQUFhLElBQUksSUFBQSxjQUFNLEVBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMzSixJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLGtCQUFXLENBQUMsV0FBVyxDQUFDO1FBQUUsRUFBRSxDQUFDLElBQUksQ0FBQywrREFBK0QsQ0FBQyxDQUFDO0lBQ3pJLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssa0JBQVcsQ0FBQyxPQUFPLENBQUM7UUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLHNFQUFzRSxDQUFDLENBQUM7SUFDNUksSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLFFBQVEsS0FBSywyQkFBaUIsQ0FBQyxHQUFHO1FBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDO0lBQzdFLElBQUksQ0FBQyxVQUFVLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFFckIsd0JBQXdCO0lBQ3hCLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztJQUMzQixDQUFDLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtRQUN2QixJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDbEIsS0FBSyxDQUFDLElBQUksQ0FBQywyQkFBMkIsSUFBQSxjQUFNLEVBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLFFBQVEsS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNqSixDQUFDO2FBQU0sQ0FBQztZQUNOLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsU0FBUyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ2xGLEtBQUssQ0FBQyxJQUFJLENBQUMseUNBQXlDLENBQUMsS0FBSyxJQUFBLGNBQU0sRUFBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNqSCxDQUFDO0lBQ0gsQ0FBQyxDQUFDLENBQUM7SUFDSCxLQUFLLENBQUMsSUFBSSxDQUFDLGdHQUFnRyxDQUFDLENBQUM7SUFDN0csT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQzlGLElBQUksQ0FBQyxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFFckIsaURBQWlEO0lBQ2pELDRFQUE0RTtJQUM1RSxNQUFNLFNBQVMsR0FBRyxHQUFXLEVBQUUsQ0FBQyxJQUFBLGNBQU0sRUFBQztRQUNyQyxnQkFBZ0IsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNqRixHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxlQUFlLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQywwQkFBMEIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7S0FDekksQ0FBQyxDQUFDO0lBQ0gsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7UUFDbEIsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsV0FBVyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsR0FBRyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3RJLElBQUksQ0FBQyxjQUFjLEVBQUUsQ0FBQyx5QkFBeUIsSUFBSSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsa0VBQWtFLFNBQVMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3RKLENBQUM7SUFFRCxZQUFZO0lBQ1osTUFBTSxHQUFHLEdBQWEsRUFBRSxDQUFDO0lBQ3pCLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLGtCQUFXLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDckUsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxrQkFBVyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDMUQsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU87WUFDeEIsQ0FBQyxDQUFDLDRDQUE0QyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxJQUFJLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLEVBQUU7WUFDekcsQ0FBQyxDQUFDLDJDQUEyQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUMzRCxDQUFDO0lBQ0QsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxrQkFBVyxDQUFDLFdBQVcsQ0FBQyxFQUFFLENBQUM7UUFDOUQsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVE7WUFDekIsQ0FBQyxDQUFDLDJDQUEyQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUU7WUFDMUcsQ0FBQyxDQUFDLDBDQUEwQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUMxRCxDQUFDO0lBQ0QsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxrQkFBVyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDMUQsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVE7WUFDekIsQ0FBQyxDQUFDLG1EQUFtRCxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxJQUFJLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUU7WUFDbEgsQ0FBQyxDQUFDLGtEQUFrRCxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUNoRSxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLHNCQUFzQixFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxjQUFjLEVBQUUsR0FBRyxFQUFFLENBQUMsYUFBYSxDQUFDLDJCQUFPLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUM7UUFDckssR0FBRyxDQUFDLElBQUksQ0FBQyx3REFBd0QsWUFBWSxpQkFBaUIsQ0FBQyxDQUFDO0lBQ2xHLENBQUM7SUFDRCxNQUFNLE9BQU8sR0FBYSxFQUFFLENBQUM7SUFDN0IsMEZBQTBGO0lBQzFGLDJFQUEyRTtJQUMzRSxNQUFNLEtBQUssR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUssRUFBRSxDQUFDLENBQUMsWUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ3RJLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNyQixNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDckYsSUFBSSxHQUFHLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDdEIseUhBQXlIO1lBQ3pILE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLFdBQVcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEdBQUcsRUFBRSxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDL0YsR0FBRyxDQUFDLElBQUksQ0FBQyxrR0FBa0csQ0FBQyxDQUFDO1FBQy9HLENBQUM7YUFBTSxDQUFDO1lBQ04sR0FBRyxDQUFDLElBQUksQ0FBQyx5QkFBeUIsQ0FBQyxDQUFDLElBQUksR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNuRixDQUFDO0lBQ0gsQ0FBQztJQUNELElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1FBQ3ZDLE9BQU8sQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDMUIsR0FBRyxDQUFDLElBQUksQ0FBQyw0QkFBNEIsQ0FBQyxDQUFDO1FBQ3ZDLE1BQU0sSUFBSSxHQUFHLFFBQVEsRUFBRSxDQUFDO1FBQ3hCLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxtQkFBbUIsRUFBRSxDQUFDO1lBQ2hDLEdBQUcsQ0FBQyxJQUFJLENBQUMsa0JBQWtCLElBQUksQ0FBQyxNQUFNLElBQUksSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFDbEksMENBQTBDLElBQUksaUJBQWlCLENBQUMsQ0FBQztRQUNyRSxDQUFDO2FBQU0sQ0FBQztZQUNOLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1lBQzVFLEdBQUcsQ0FBQyxJQUFJLENBQUMsZ0RBQWdELElBQUksaUJBQWlCLENBQUMsQ0FBQztRQUNsRixDQUFDO0lBQ0gsQ0FBQztJQUNELEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQzlCLE1BQU0sRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEdBQUcsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN0QyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLFNBQVMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUM7UUFDakYsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUN0QixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUMscUNBQXFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsMkJBQTJCLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNsSSxHQUFHLENBQUMsSUFBSSxDQUFDLGtDQUFrQyxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUEsV0FBRyxFQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLFlBQVksQ0FBQyxDQUFDO1FBQ3pGLENBQUM7UUFDRCxHQUFHLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDL0IsSUFBSSxDQUFDLENBQUMsTUFBTTtZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ25DLElBQUksQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDO1lBQ2hCLE9BQU8sQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQy9CLEdBQUcsQ0FBQyxJQUFJLENBQUMsdUNBQXVDLENBQUMsQ0FBQyxJQUFJLHVDQUF1QyxDQUFDLENBQUMsSUFBSSxzQkFBc0IsQ0FBQyxDQUFDO1lBQzNILElBQUksQ0FBQyxDQUFDLE1BQU07Z0JBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsQ0FBQyxJQUFJLFVBQVUsQ0FBQyxDQUFDO1FBQzNELENBQUM7SUFDSCxDQUFDO0lBQ0QsSUFBSSxJQUFJLENBQUMsTUFBTTtRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsa0JBQWtCLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3BGLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssa0JBQVcsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQztRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsc0JBQXNCLElBQUEsV0FBRyxFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDbkksSUFBSSxDQUFDLFVBQVUsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUV0QixjQUFjO0lBQ2QsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDOUIsSUFBSSxDQUFDLE1BQU0sRUFBRTtZQUNYLG9IQUFvSDtZQUNwSCw0RkFBNEY7WUFDNUYsMkJBQTJCO1lBQzNCLHlCQUF5QjtZQUN6QixnQ0FBZ0M7U0FDakMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVELDJGQUEyRjtJQUMzRiw0REFBNEQ7SUFDNUQsSUFBSSxDQUFDLENBQUMsZUFBZSxFQUFFLENBQUM7UUFDdEIsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSx1QkFBdUIsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxJQUFBLHdDQUFxQixFQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDakgsSUFBSSxDQUFDLFNBQVMsRUFBRSxDQUFDLDZEQUE2RCwwQ0FBdUIsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM1RyxDQUFDO0lBRUQsMEJBQTBCO0lBQzFCLE1BQU0sR0FBRyxHQUFhLEVBQUUsQ0FBQztJQUN6QixJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU07UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLGtCQUFrQixDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLElBQUksSUFBSSxJQUFBLFdBQUcsRUFBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDM0gsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVE7UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLG9CQUFvQixDQUFDLENBQUMsSUFBSSxJQUFJLElBQUEsV0FBRyxFQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0UsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDO1FBQ3JCLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxHQUFHLElBQUksRUFBRSxDQUFDLENBQUM7UUFDN0gsR0FBRyxDQUFDLElBQUksQ0FBQyxzQkFBc0IsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsc0JBQXNCLENBQUMsQ0FBQyxJQUFJLDhCQUE4QixDQUFDLENBQUM7SUFDOUcsQ0FBQztJQUNELElBQUksQ0FBQyxXQUFXLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFFdkIsc0NBQXNDO0lBQ3RDLElBQUksQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQ2YsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLEdBQUcsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUMxSCxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsc0JBQXNCLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLDREQUE0RCxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN2SSxDQUFDO0lBRUQsSUFBSSxJQUFJLEVBQUUsQ0FBQztRQUNULE1BQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDekMsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDLGtCQUFrQixJQUFBLGNBQU0sRUFBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSSxhQUFhLEVBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUMxSCxDQUFDO0lBQ0QsT0FBTyxDQUFDLEdBQUcsR0FBRyxFQUFFLEVBQUUsRUFBRSxrQ0FBa0MsRUFBRSxHQUFHLEtBQUssQ0FBQyxDQUFDO0FBQ3BFLENBQUM7QUFFRCxTQUFTLFFBQVEsQ0FBQyxJQUFZO0lBQzVCLE9BQU8sTUFBTSxDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDN0UsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLFFBQVEsQ0FBQyxDQUFPO0lBQzlCLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSywyQkFBaUIsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUN2QyxNQUFNLENBQUMsR0FBRyx1Q0FBdUMsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDL0YsT0FBTyxDQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDZixDQUFDO0lBQ0QsT0FBTyxRQUFRLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxLQUFLLEVBQUUsMkJBQWlCLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztBQUMzRCxDQUFDO0FBUUQ7OztHQUdHO0FBQ0gsU0FBZ0Isa0JBQWtCLENBQUMsQ0FBTyxFQUFFLEdBQStCLEVBQUUsZUFBbUM7SUFDOUcsTUFBTSxPQUFPLEdBQWtCLEVBQUUsQ0FBQztJQUNsQyxNQUFNLEtBQUssR0FBRyxTQUFTLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztJQUN6QyxNQUFNLE1BQU0sR0FBRztRQUNiLGFBQWE7UUFDYiw2RUFBNkUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLElBQUk7UUFDaEcsaUdBQWlHO1FBQ2pHLFVBQVUsQ0FBQyxDQUFDLE9BQU8sc0ZBQXNGO1FBQ3pHLGlFQUFpRTtRQUNqRSxXQUFXLElBQUEsV0FBRyxFQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsRUFBRTtRQUMzQixtQkFBbUIsSUFBQSxXQUFHLEVBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsRUFBRTtRQUN2QyxnQkFBZ0IsQ0FBQyxDQUFDLFFBQVEsRUFBRTtRQUM1QixlQUFlLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFO0tBQ25DLENBQUM7SUFDRixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsS0FBSyxLQUFLLDJCQUFpQixDQUFDLElBQUksQ0FBQztJQUNoRCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDeEIsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQzVDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDOUIsQ0FBQztJQUNGLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSywyQkFBaUIsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUN2Qyx3Q0FBd0M7UUFDeEMsTUFBTSxJQUFJLEdBQUcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssaUJBQWlCLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssaUJBQWlCLENBQUMsQ0FBQyxDQUFDO1FBQ3pHLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQztJQUM3QyxDQUFDO0lBQ0QsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7UUFDbEIsOERBQThEO1FBQzlELEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7WUFDdEIsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQztZQUM5RSxNQUFNLE1BQU0sR0FBRyxjQUFjLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDOUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsa0JBQWtCLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLElBQUksSUFBQSxXQUFHLEVBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLE1BQU0sc0JBQXNCLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO1FBQ3BLLENBQUM7SUFDSCxDQUFDO0lBQ0QsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDbkQscUdBQXFHO0lBQ3JHLE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxJQUFJLEVBQUUsU0FBUyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQztJQUNuSixJQUFJLGVBQWUsS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFJO1FBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsZUFBZSxFQUFFLENBQUMsQ0FBQztJQUMzSCxJQUFJLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQ25CLDZGQUE2RjtRQUM3RixrREFBa0Q7UUFDbEQsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUN0QixPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxRQUFRLEdBQUcsZ0JBQVMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxjQUFjLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQztRQUNsSyxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sQ0FBQyxPQUFPLENBQUMsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0lBQ3BHLE9BQU8sRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUM7QUFDM0IsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0ICogYXMgemxpYiBmcm9tICd6bGliJztcbmltcG9ydCB7IFBhY2thZ2VNYW5hZ2VyIH0gZnJvbSAnLi4vLi4vdGVtcGxhdGUnO1xuaW1wb3J0IHsgRGV2ZWxvcGVyTGFuZ3VhZ2UsIElkbGVBY3Rpb24sIFByb3Zpc2lvbmluZ1BoYXNlLCBTdG9yYWdlTGF5b3V0LCBXb3Jrc3BhY2VQbGF0Zm9ybSB9IGZyb20gJy4uL29wdGlvbnMnO1xuaW1wb3J0IHsgQ0xPVURXQVRDSF9BR0VOVF9DT05GSUcsIGNsb3VkV2F0Y2hBZ2VudENvbmZpZyB9IGZyb20gJy4vY2xvdWR3YXRjaC1hZ2VudCc7XG5pbXBvcnQgeyBFQzJfTElNSVQsIFBsYW4sIFBsYW5uZWRTZXJ2aWNlLCBTZXJ2aWNlS2luZCB9IGZyb20gJy4vcGxhbic7XG5pbXBvcnQgeyBTQ1JJUFRTIH0gZnJvbSAnLi9zY3JpcHRzLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBzaEFyZ3MsIHNocSB9IGZyb20gJy4vc2hlbGwnO1xuXG4vKipcbiAqIFRoZSBzcGFjayByZWxlYXNlIGEgdGVtcGxhdGUncyBzcGFjayBwYWNrYWdlcyBhcmUgYnVpbHQgd2l0aCAoYSB0YWcgb2YgZ2l0aHViLmNvbS9zcGFjay9zcGFjaykuXG4gKiBQaW5uZWQgc28gdGhhdCBhbiBpbWFnZSBpcyByZXByb2R1Y2libGU6IHRoZSB0YWcgZml4ZXMgc3BhY2sgYW5kIGl0cyBwYWNrYWdlIHJlY2lwZXMsIHNvIHRoZVxuICogdmVyc2lvbiBhbmQgY2hlY2tzdW0gb2YgZXZlcnkgc291cmNlLiBJbiB0aGUgaW5zdGFsbCBzdGVwJ3MgdGV4dCwgc28gdGhlIGNvbnRlbnQgaGFzaCBvZiBhXG4gKiB0ZW1wbGF0ZSdzIGltYWdlIGNoYW5nZXMgd2l0aCBpdC4gdjAuMjMgaXMgdGhlIGxhc3QgcmVsZWFzZSBzZXJpZXMgd2hvc2UgcGFja2FnZSByZWNpcGVzXG4gKiBzaGlwIGluc2lkZSBzcGFjaydzIG93biByZXBvc2l0b3J5IChmcm9tIHYxLjAgc3BhY2sgZmV0Y2hlcyB0aGVtIGZyb20gYSBzZWNvbmQgb25lIGF0IGZpcnN0IHVzZSkuXG4gKi9cbmV4cG9ydCBjb25zdCBTUEFDS19SRUxFQVNFID0gJ3YwLjIzLjEnO1xuXG4vKiogV2hlcmUgdGhlIHBheWxvYWQgbGl2ZXMgb24gdGhlIG1hY2hpbmUuICovXG5leHBvcnQgY29uc3QgUEFZTE9BRF9ESVIgPSAnL3Zhci9saWIvcmVzZWFyY2gtd29ya3NwYWNlL3BheWxvYWQnO1xuXG4vKipcbiAqIFZhbHVlcyBjb21wdXRlZCBmcm9tIHRoZSBidW5kbGVkIHNjcmlwdHMgb25seSAoY29uc3RhbnRzIG9mIHRoZSBwcm9jZXNzKTogZXZlcnkgd29ya3NwYWNlIG9mXG4gKiBhIGxhYiBuZWVkcyB0aGVtLCBlYWNoIGlzIGNvbXB1dGVkIG9uY2UuIEltbXV0YWJsZSBzdHJpbmdzLCBzbyBzaGFyaW5nIHRoZW0gaXMgc2FmZS5cbiAqL1xuY29uc3QgQ09OU1RBTlRTID0gbmV3IE1hcDxzdHJpbmcsIHVua25vd24+KCk7XG5cbmZ1bmN0aW9uIG9uY2U8VD4oa2V5OiBzdHJpbmcsIG1ha2U6ICgpID0+IFQpOiBUIHtcbiAgaWYgKCFDT05TVEFOVFMuaGFzKGtleSkpIENPTlNUQU5UUy5zZXQoa2V5LCBtYWtlKCkpO1xuICByZXR1cm4gQ09OU1RBTlRTLmdldChrZXkpIGFzIFQ7XG59XG5cbi8qKiBPbmUgZmlsZSB0aGUgcHJvdmlzaW9uaW5nIG5lZWRzIG9uIHRoZSBtYWNoaW5lLCB1bmRlciBQQVlMT0FEX0RJUi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGF5bG9hZEZpbGUge1xuICAvKiogUGF0aCBiZWxvdyBQQVlMT0FEX0RJUi4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBjb250ZW50OiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1vZGU6IHN0cmluZztcbiAgLyoqIFNoZWxsIGNvZGUgd2UgZ2VuZXJhdGVkIChzaGVsbGNoZWNrIG11c3QgcGFzcyksIGFzIG9wcG9zZWQgdG8gYSB0ZW1wbGF0ZSBhdXRob3IncyBzY3JpcHQgb3IgZGF0YS4gKi9cbiAgcmVhZG9ubHkgZ2VuZXJhdGVkU2hlbGw/OiAnYmFzaCcgfCAnc2gnO1xufVxuXG4vKiogSG93IHRoZSByZWdpc3RyeSBmaWxlIHJlYWNoZXMgdGhlIG1hY2hpbmUsIGFzIHRoZSBzY3JpcHQgc2VlcyBpdC4gKi9cbmV4cG9ydCB0eXBlIFJlZ2lzdHJ5U291cmNlID1cbiAgfCB7IGtpbmQ6ICdpbmxpbmUnOyBzaGEyNTY6IHN0cmluZyB9XG4gIHwgeyBraW5kOiAnc3NtJzsgc2hhMjU2OiBzdHJpbmc7IHByZWZpeDogc3RyaW5nOyBjaHVua3M6IG51bWJlciB9XG4gIHwgeyBraW5kOiAndXJsJzsgc2hhMjU2OiBzdHJpbmc7IHVybDogc3RyaW5nIH07XG5cbi8qKiBLZWVwcyB0aGUgbGluZXMgY29tcGFjdFNjcmlwdCgpIGtlZXBzIChgZmlyc3RgOiB0aGUgdGV4dCdzIGZpcnN0IGxpbmUsIHdoZXJlIGEgc2hlYmFuZyBzdGF5cykuICovXG5mdW5jdGlvbiBrZXB0TGluZXModGV4dDogc3RyaW5nLCBmaXJzdDogYm9vbGVhbik6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHRleHQuc3BsaXQoJ1xcbicpLmZpbHRlcigobCwgaSkgPT4ge1xuICAgIGNvbnN0IHQgPSBsLnRyaW0oKTtcbiAgICBpZiAodCA9PT0gJycpIHJldHVybiBmYWxzZTtcbiAgICBpZiAoZmlyc3QgJiYgaSA9PT0gMCAmJiB0LnN0YXJ0c1dpdGgoJyMhJykpIHJldHVybiB0cnVlO1xuICAgIGlmICh0LnN0YXJ0c1dpdGgoJyMgc2hlbGxjaGVjayAnKSkgcmV0dXJuIHRydWU7XG4gICAgcmV0dXJuICF0LnN0YXJ0c1dpdGgoJyMnKTtcbiAgfSk7XG59XG5cbi8qKiBSZW1vdmVzIGNvbW1lbnQtb25seSBhbmQgYmxhbmsgbGluZXMgZnJvbSBvdXIgb3duIGJhc2ggKG5vdCB0aGUgc2hlYmFuZyBvciBzaGVsbGNoZWNrIGRpcmVjdGl2ZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBhY3RTY3JpcHQodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHVuaW5kZW50KFtrZXB0TGluZXModGV4dCwgdHJ1ZSldKS5qb2luKCdcXG4nKSArICdcXG4nO1xufVxuXG4vKiogV2hhdCB1bmluZGVudCgpIG1hZGUgb2Ygc29tZSBsaW5lcywgYW5kIHRoZSBxdW90aW5nIHN0YXRlIGFmdGVyIHRoZW0uICovXG5pbnRlcmZhY2UgVW5pbmRlbnRlZCB7XG4gIHJlYWRvbmx5IG91dDogc3RyaW5nW107XG4gIC8qKiBUaGUgcXVvdGUgc3RpbGwgb3BlbiBhZnRlciB0aGUgbGFzdCBsaW5lLiAqL1xuICByZWFkb25seSBxdW90ZT86IHN0cmluZztcbiAgLyoqIEEgbGluZSBvdXRzaWRlIGFueSBzdHJpbmcgc3RhcnRzIGEgaGVyZS1kb2N1bWVudC4gKi9cbiAgcmVhZG9ubHkgaGVyZWRvYzogYm9vbGVhbjtcbn1cblxuZnVuY3Rpb24gdW5pbmRlbnRGcm9tKGxpbmVzOiBzdHJpbmdbXSwgc3RhcnQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IFVuaW5kZW50ZWQge1xuICBsZXQgcXVvdGUgPSBzdGFydDtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGxpbmUgb2YgbGluZXMpIHtcbiAgICBpZiAocXVvdGUgPT09IHVuZGVmaW5lZCAmJiAvPDwtP1xccypbJ1wiXT9bQS1aYS16X10vLnRlc3QobGluZSkpIHJldHVybiB7IG91dCwgcXVvdGUsIGhlcmVkb2M6IHRydWUgfTtcbiAgICBvdXQucHVzaChxdW90ZSA9PT0gdW5kZWZpbmVkID8gbGluZS5yZXBsYWNlKC9eWyBcXHRdKy8sICcnKSA6IGxpbmUpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgbGluZS5sZW5ndGg7IGkrKykge1xuICAgICAgY29uc3QgYyA9IGxpbmVbaV07XG4gICAgICBpZiAocXVvdGUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBpZiAoYyA9PT0gJyMnICYmIChpID09PSAwIHx8IC9bXFxzOyZ8KF0vLnRlc3QobGluZVtpIC0gMV0pKSkgYnJlYWs7XG4gICAgICAgIGlmIChjID09PSAnXFxcXCcpIGkrKztcbiAgICAgICAgZWxzZSBpZiAoYyA9PT0gXCInXCIgfHwgYyA9PT0gJ1wiJykgcXVvdGUgPSBjO1xuICAgICAgfSBlbHNlIGlmIChxdW90ZSA9PT0gXCInXCIpIHtcbiAgICAgICAgaWYgKGMgPT09IFwiJ1wiKSBxdW90ZSA9IHVuZGVmaW5lZDtcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1xcXFwnKSB7XG4gICAgICAgIGkrKztcbiAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJykge1xuICAgICAgICBxdW90ZSA9IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgb3V0LCBxdW90ZSwgaGVyZWRvYzogZmFsc2UgfTtcbn1cblxuLyoqXG4gKiBEcm9wcyB0aGUgaW5kZW50YXRpb24gb2YgbGluZXMgdGhhdCBzdGFydCBvdXRzaWRlIGFueSBxdW90ZWQgc3RyaW5nIChFQzIncyAxNiBLQiBjb3VudHMgZXZlcnlcbiAqIGJ5dGUpLiBBIGxpbmUgdGhhdCBzdGFydHMgaW5zaWRlIGEgbXVsdGktbGluZSBzdHJpbmcga2VlcHMgaXRzIHRleHQsIGFuZCBhIHNjcmlwdCB3aXRoIGFcbiAqIGhlcmUtZG9jdW1lbnQga2VlcHMgYWxsIG9mIGl0OiB0aGVyZSwgbGVhZGluZyBibGFua3MgY2FuIGJlIGRhdGEuXG4gKlxuICogVGhlIGxpbmVzIGNvbWUgaW4gcGllY2VzIChhIHNjcmlwdCdzIGhlYWRlciwgaXRzIGxpYnJhcmllcywgaXRzIHN0ZXBzKTsgYSBwaWVjZSB0aGF0IHN0YXJ0c1xuICogb3V0c2lkZSBhbnkgc3RyaW5nIGFuZCBpcyBpbiBgY2FjaGVkYCBpcyBub3Qgc2Nhbm5lZCBhZ2FpbiAodGhlIGxpYnJhcmllcyBhcmUgdGhlIHNhbWUgZm9yXG4gKiBldmVyeSB3b3Jrc3BhY2Ugb2YgYSB0ZW1wbGF0ZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmluZGVudChwaWVjZXM6IHN0cmluZ1tdW10sIGNhY2hlZD86IFNldDxzdHJpbmdbXT4pOiBzdHJpbmdbXSB7XG4gIGxldCBxdW90ZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBjb25zdCBvdXQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgcGllY2Ugb2YgcGllY2VzKSB7XG4gICAgbGV0IHU6IFVuaW5kZW50ZWQ7XG4gICAgaWYgKHF1b3RlID09PSB1bmRlZmluZWQgJiYgY2FjaGVkPy5oYXMocGllY2UpKSB7XG4gICAgICBsZXQgaGl0ID0gVU5JTkRFTlRFRC5nZXQocGllY2UpO1xuICAgICAgaWYgKCFoaXQpIFVOSU5ERU5URUQuc2V0KHBpZWNlLCBoaXQgPSB1bmluZGVudEZyb20ocGllY2UsIHVuZGVmaW5lZCkpO1xuICAgICAgdSA9IGhpdDtcbiAgICB9IGVsc2Uge1xuICAgICAgdSA9IHVuaW5kZW50RnJvbShwaWVjZSwgcXVvdGUpO1xuICAgIH1cbiAgICBpZiAodS5oZXJlZG9jKSByZXR1cm4gcGllY2VzLmZsYXQoKTtcbiAgICBvdXQucHVzaCguLi51Lm91dCk7XG4gICAgcXVvdGUgPSB1LnF1b3RlO1xuICB9XG4gIHJldHVybiBxdW90ZSA9PT0gdW5kZWZpbmVkID8gb3V0IDogcGllY2VzLmZsYXQoKTtcbn1cblxuLyoqIHVuaW5kZW50KCkgb2YgbGlicmFyeSBwaWVjZXMsIGJ5IHBpZWNlICh0aGUgcGllY2VzIGFyZSBrZXB0IGluIENPTVBPU0VEKS4gKi9cbmNvbnN0IFVOSU5ERU5URUQgPSBuZXcgV2Vha01hcDxzdHJpbmdbXSwgVW5pbmRlbnRlZD4oKTtcblxuaW50ZXJmYWNlIExpYkNodW5rIHtcbiAgcmVhZG9ubHkgbGliOiBzdHJpbmc7XG4gIC8qKiBGdW5jdGlvbiBuYW1lLCBmb3IgYSBmdW5jdGlvbiBkZWZpbml0aW9uLiAqL1xuICByZWFkb25seSBmbj86IHN0cmluZztcbiAgcmVhZG9ubHkgdGV4dDogc3RyaW5nO1xufVxuXG4vKiogY2h1bmtzKCkgb2YgZWFjaCBsaWJyYXJ5OiB0aGUgbGlicmFyaWVzIGFyZSBjb25zdGFudHMsIHNvIGVhY2ggaXMgc3BsaXQgb25jZSBwZXIgcHJvY2Vzcy4gKi9cbmNvbnN0IENIVU5LUyA9IG5ldyBNYXA8c3RyaW5nLCBMaWJDaHVua1tdPigpO1xuXG4vKiogU3BsaXRzIGEgbGlicmFyeSBpbnRvIHRvcC1sZXZlbCBzdGF0ZW1lbnRzIGFuZCBmdW5jdGlvbiBkZWZpbml0aW9ucyAoYG5hbWUoKSB7YCAuLi4gYH1gIGF0IGNvbHVtbiAwKS4gKi9cbmZ1bmN0aW9uIGNodW5rcyhsaWI6IHN0cmluZyk6IExpYkNodW5rW10ge1xuICBsZXQgb3V0ID0gQ0hVTktTLmdldChsaWIpO1xuICBpZiAoIW91dCkge1xuICAgIG91dCA9IHNwbGl0TGlicmFyeShsaWIpO1xuICAgIENIVU5LUy5zZXQobGliLCBvdXQpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHNwbGl0TGlicmFyeShsaWI6IHN0cmluZyk6IExpYkNodW5rW10ge1xuICBjb25zdCBvdXQ6IExpYkNodW5rW10gPSBbXTtcbiAgY29uc3QgbGluZXMgPSBTQ1JJUFRTW2xpYl0ucmVwbGFjZSgvXiMhLipcXG4vLCAnJykuc3BsaXQoJ1xcbicpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGxpbmVzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgbSA9IC9eKFthLXpfXVthLXowLTlfXSopXFwoXFwpIFxcey8uZXhlYyhsaW5lc1tpXSk7XG4gICAgaWYgKCFtKSB7XG4gICAgICBvdXQucHVzaCh7IGxpYiwgdGV4dDogbGluZXNbaV0gfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgbGV0IGogPSBpO1xuICAgIHdoaWxlIChqIDwgbGluZXMubGVuZ3RoICYmIGxpbmVzW2pdICE9PSAnfScgJiYgIShqID09PSBpICYmIGxpbmVzW2ldLnRyaW1FbmQoKS5lbmRzV2l0aCgnfScpKSkgaisrO1xuICAgIG91dC5wdXNoKHsgbGliLCBmbjogbVsxXSwgdGV4dDogbGluZXMuc2xpY2UoaSwgaiArIDEpLmpvaW4oJ1xcbicpIH0pO1xuICAgIGkgPSBqO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogQ29tcG9zZXMgdGhlIGxpYnJhcmllcyBmb3IgYSBtYWluIHNjcmlwdCwga2VlcGluZyBvbmx5IHRoZSBmdW5jdGlvbnMgaXQgcmVhY2hlcyAoc28gYW5cbiAqIGluc3RhbGxlciBvciBhIHN0b3JhZ2UgaGVscGVyIGEgd29ya3NwYWNlIGRvZXMgbm90IHVzZSBjb3N0cyBubyB1c2VyLWRhdGEgYnl0ZXMpLiBBIGNhbGxcbiAqIGByd3NfbmV0IFdIQVRgIHJlYWNoZXMgYHJ3c19uZXRfV0hBVGAuIEEgbGlicmFyeSdzIHRvcC1sZXZlbCBzdGF0ZW1lbnRzIGNvbWUgd2l0aCBpdCB3aGVuXG4gKiBhbnkgb2YgaXRzIGZ1bmN0aW9ucyBpcyBrZXB0OyBjb3JlLnNoIGlzIGFsd2F5cyB3aG9sZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBvc2VMaWJyYXJpZXMobGliczogcmVhZG9ubHkgc3RyaW5nW10sIG1haW46IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBjb21wb3NlZChsaWJzLCBtYWluKS50ZXh0O1xufVxuXG4vKiogQSBjb21wb3NpdGlvbiBvZiB0aGUgbGlicmFyaWVzOiBpdHMgdGV4dCwgYW5kIGl0cyBsaW5lcyBhcyBjb21wYWN0U2NyaXB0KCkga2VlcHMgdGhlbS4gKi9cbmludGVyZmFjZSBDb21wb3NlZCB7XG4gIHJlYWRvbmx5IHRleHQ6IHN0cmluZztcbiAgcmVhZG9ubHkga2VwdDogc3RyaW5nW107XG59XG5cbi8qKiBDb21wb3NpdGlvbnMgYnkgbGlicmFyaWVzIGFuZCB0aGUgZnVuY3Rpb25zIHRoZSBtYWluIHNjcmlwdCBuYW1lcyAoYWxsIGl0IGRlcGVuZHMgb24pLiAqL1xuY29uc3QgQ09NUE9TRUQgPSBuZXcgTWFwPHN0cmluZywgQ29tcG9zZWQ+KCk7XG5cbmZ1bmN0aW9uIGNvbXBvc2VkKGxpYnM6IHJlYWRvbmx5IHN0cmluZ1tdLCBtYWluOiBzdHJpbmcpOiBDb21wb3NlZCB7XG4gIGNvbnN0IGFsbCA9IGxpYnMuZmxhdE1hcChjaHVua3MpO1xuICBjb25zdCBmbnMgPSBuZXcgTWFwKGFsbC5maWx0ZXIoKGMpID0+IGMuZm4pLm1hcCgoYykgPT4gW2MuZm4hLCBjXSkpO1xuICBjb25zdCBuYW1lZCA9ICh0ZXh0OiBzdHJpbmcpOiBzdHJpbmdbXSA9PiB7XG4gICAgY29uc3QgZm91bmQ6IHN0cmluZ1tdID0gW107XG4gICAgZm9yIChjb25zdCB3IG9mIHRleHQubWF0Y2goL1thLXpfXVthLXowLTlfXSovZykgPz8gW10pIGlmIChmbnMuaGFzKHcpKSBmb3VuZC5wdXNoKHcpO1xuICAgIGZvciAoY29uc3QgbSBvZiB0ZXh0Lm1hdGNoQWxsKC9yd3NfbmV0IChbYS16XVthLXowLTktXSopL2cpKSB7XG4gICAgICBjb25zdCBuID0gYHJ3c19uZXRfJHttWzFdLnJlcGxhY2UoLy0vZywgJ18nKX1gO1xuICAgICAgaWYgKGZucy5oYXMobikpIGZvdW5kLnB1c2gobik7XG4gICAgfVxuICAgIHJldHVybiBmb3VuZDtcbiAgfTtcbiAgY29uc3QgZGlyZWN0ID0gWy4uLm5ldyBTZXQobmFtZWQobWFpbikpXTtcbiAgY29uc3Qga2V5ID0gYCR7bGlicy5qb2luKCcsJyl9XFwwJHtbLi4uZGlyZWN0XS5zb3J0KCkuam9pbignLCcpfWA7XG4gIGNvbnN0IGhpdCA9IENPTVBPU0VELmdldChrZXkpO1xuICBpZiAoaGl0KSByZXR1cm4gaGl0O1xuICBjb25zdCBrZWVwID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHNjYW4gPSAoZm91bmQ6IHN0cmluZ1tdKSA9PiB7XG4gICAgZm9yIChjb25zdCBmIG9mIGZvdW5kKSB7XG4gICAgICBpZiAoa2VlcC5oYXMoZikpIGNvbnRpbnVlO1xuICAgICAga2VlcC5hZGQoZik7XG4gICAgICBzY2FuKG5hbWVkKGZucy5nZXQoZikhLnRleHQpKTtcbiAgICB9XG4gIH07XG4gIHNjYW4oZGlyZWN0KTtcbiAgc2NhbihuYW1lZChhbGwuZmlsdGVyKChjKSA9PiBjLmxpYiA9PT0gJ2NvcmUuc2gnICYmICFjLmZuKS5tYXAoKGMpID0+IGMudGV4dCkuam9pbignXFxuJykpKTtcbiAgY29uc3QgbGlic1VzZWQgPSBuZXcgU2V0KGFsbC5maWx0ZXIoKGMpID0+IGMuZm4gJiYga2VlcC5oYXMoYy5mbikpLm1hcCgoYykgPT4gYy5saWIpKTtcbiAgbGlic1VzZWQuYWRkKCdjb3JlLnNoJyk7XG4gIGNvbnN0IHRleHQgPSBhbGwuZmlsdGVyKChjKSA9PiBsaWJzVXNlZC5oYXMoYy5saWIpICYmICghYy5mbiB8fCBrZWVwLmhhcyhjLmZuKSkpLm1hcCgoYykgPT4gYy50ZXh0KS5qb2luKCdcXG4nKTtcbiAgY29uc3QgbWFkZSA9IHsgdGV4dCwga2VwdDoga2VwdExpbmVzKHRleHQsIGZhbHNlKSB9O1xuICBDT01QT1NFRC5zZXQoa2V5LCBtYWRlKTtcbiAgcmV0dXJuIG1hZGU7XG59XG5cbmZ1bmN0aW9uIGhhc2godGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUodGV4dCkuZGlnZXN0KCdoZXgnKS5zbGljZSgwLCAxMik7XG59XG5cbi8qKiBUaGUgcHJvdmlzaW9uaW5nIGxpYnJhcmllcywgaW4gdGhlIG9yZGVyIHRoZXkgYXJlIGNvbXBvc2VkIChjb3JlIGZpcnN0KS4gKi9cbmNvbnN0IExJQlJBUklFUyA9IFsnY29yZS5zaCcsICdwYWNrYWdlcy5zaCcsICduZXRpbnN0YWxsLnNoJywgJ2ZldGNoLnNoJywgJ3N0b3JhZ2Uuc2gnLCAnYWNjb3VudHMuc2gnLCAnZmlsZXMuc2gnLCAnc2VydmljZXMuc2gnLCAnZGV2ZWxvcGVyLnNoJywgJ2ltYWdlLnNoJ107XG5cbi8qKiBTdGVwcyBvZiBlYWNoIHBoYXNlICh0aGUgcmVzdCBvZiB0aGUgZnVsbCBwcm92aXNpb25pbmcgaXMgbGVmdCBvdXQpLiAqL1xuY29uc3QgQkFLRV9TVEVQUyA9IG5ldyBTZXQoWydzc21fYWdlbnQnLCAncGFja2FnZXMnLCAnc29mdHdhcmUnLCAncG9zdF9pbnN0YWxsJywgJ2ltYWdlJ10pO1xuY29uc3QgQk9PVF9TVEVQUyA9IG5ldyBTZXQoWydzc21fYWdlbnQnLCAnaW1hZ2UnLCAncGFja2FnZXMnLCAnc3RvcmFnZScsICdyZWdpc3RyeScsICd1c2VycycsICdsYXlvdXQnLCAnZmlsZXMnLCAnc2VydmljZXMnLCAnaWRsZScsICdtZXRyaWNzJywgJ2RldmVsb3BlcicsICd1c2VyX2RhdGEnXSk7XG5cbi8qKlxuICogVG9vbHMgYSBiYWtlZCBpbWFnZSBjYXJyaWVzIGZvciBhbnkgd29ya3NwYWNlIG9mIHRoZSBsYWIsIHdob2V2ZXIgaXRzIHVzZXJzIGFyZSAodGhlaXIgc3VkbyxcbiAqIHNoZWxscywgc3RvcmFnZSBsYXlvdXQgYW5kIHB1Ymxpc2hlZCBzZXJ2aWNlcyBkaWZmZXIgcGVyIHdvcmtzcGFjZSk6IGNvbW1hbmQsIGFwdCBhbmQgZG5mIHBhY2thZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBJTUFHRV9UT09MUzogUmVhZG9ubHlBcnJheTxyZWFkb25seSBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZ10+ID0gW1xuICBbJ3Zpc3VkbycsICdzdWRvJywgJ3N1ZG8nXSwgWydjdXJsJywgJ2N1cmwnLCAnY3VybCddLCBbJ3NldHByaXYnLCAndXRpbC1saW51eCcsICd1dGlsLWxpbnV4J10sIFsnc2V0ZmFjbCcsICdhY2wnLCAnYWNsJ10sXG4gIFsnbW91bnQubmZzNCcsICduZnMtY29tbW9uJywgJ25mcy11dGlscyddLCBbJ3pzaCcsICd6c2gnLCAnenNoJ10sIFsnbmZ0JywgJ25mdGFibGVzJywgJ25mdGFibGVzJ10sIFsncHl0aG9uMycsICdweXRob24zJywgJ3B5dGhvbjMnXSxcbl07XG5cbmNvbnN0IFBBVEhfV0lUSF9UT09MUyA9ICcvb3B0L2NvbmRhL2Jpbjovb3B0L3Jlc2VhcmNoLXZlbnYvYmluOi91c3IvbG9jYWwvc2JpbjovdXNyL2xvY2FsL2JpbjovdXNyL3NiaW46L3Vzci9iaW46L3NiaW46L2Jpbic7XG5cbi8qKiBUaGUgUlN0dWRpbyBTZXJ2ZXIgYXV0aGVudGljYXRpb24gaGVscGVyIG9uIHRoZSBtYWNoaW5lLiAqL1xuY29uc3QgUlNUVURJT19BVVRIID0gJy91c3IvbG9jYWwvbGliL3Jlc2VhcmNoLXdvcmtzcGFjZS9yd3MtcnN0dWRpby1hdXRoJztcbi8qKiBUaGUgY2xhaW0gY2hlY2sgb2YgcHVibGlzaGVkIHNlcnZpY2VzIG9uIHRoZSBtYWNoaW5lLiAqL1xuY29uc3QgR0FURSA9ICcvdXNyL2xvY2FsL2xpYi9yZXNlYXJjaC13b3Jrc3BhY2UvcndzLWdhdGUnO1xuLyoqIExvYWRzIHNlcnZpY2VzLm5mdCAoaWRlbXBvdGVudCk6IG9ubHkgdGhlIG93bmVyIGFuZCByb290IGNvbm5lY3QgdG8gdGhlIHNlcnZpY2UgcG9ydHMuICovXG5jb25zdCBORlRfTE9BRCA9ICcvdXNyL3NiaW4vbmZ0IC1mIC9ldGMvcmVzZWFyY2gtd29ya3NwYWNlL3NlcnZpY2VzLm5mdCc7XG5cbi8qKiBUaGUgY2xhaW0gY2hlY2sncyBjb2RlIGFzIHRoZSBtYWNoaW5lIGluc3RhbGxzIGl0IChjb21tZW50IGxpbmVzIGFuZCB0aGUgbW9kdWxlIGRvY3N0cmluZyBsZWZ0IG91dCkuICovXG5leHBvcnQgZnVuY3Rpb24gZ2F0ZUNvZGUoKTogeyBjb250ZW50OiBzdHJpbmc7IHNoYTI1Njogc3RyaW5nIH0ge1xuICByZXR1cm4gb25jZSgnZ2F0ZS1jb2RlJywgKCkgPT4ge1xuICAgIGNvbnN0IHNyYyA9IFNDUklQVFNbJ3J3cy1nYXRlLnB5J107XG4gICAgY29uc3QgY29udGVudCA9IHNyYy5yZXBsYWNlKC9eKFwiXFxcIlxcXCJbXl0qP1xcXCJcXFwiXFxcIlxcbikvbSwgJycpLnNwbGl0KCdcXG4nKS5maWx0ZXIoKGwpID0+IGwudHJpbSgpICE9PSAnJyAmJiAhbC50cmltKCkuc3RhcnRzV2l0aCgnIycpKS5qb2luKCdcXG4nKSArICdcXG4nO1xuICAgIHJldHVybiB7IGNvbnRlbnQ6ICcjIS91c3IvYmluL2VudiBweXRob24zXFxuJyArIGNvbnRlbnQsIHNoYTI1NjogY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSgnIyEvdXNyL2Jpbi9lbnYgcHl0aG9uM1xcbicgKyBjb250ZW50KS5kaWdlc3QoJ2hleCcpIH07XG4gIH0pO1xufVxuXG4vKiogVGhlIFNTTSBwYXJhbWV0ZXJzIChzdGFuZGFyZCB0aWVyLCA0MDk2IGNoYXJhY3RlcnMpIHRoYXQgY2FycnkgdGhlIGNsYWltIGNoZWNrJ3MgY29kZTogYmFzZTY0IG9mIGl0cyBnemlwLCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnYXRlQ29kZVBhcmFtZXRlcnMocHJlZml4OiBzdHJpbmcpOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9PiB7XG4gIGNvbnN0IGI2NCA9IG9uY2UoJ2dhdGUtY29kZS1nemlwJywgKCkgPT4gemxpYi5nemlwU3luYyhCdWZmZXIuZnJvbShnYXRlQ29kZSgpLmNvbnRlbnQsICd1dGY4JyksIHsgbGV2ZWw6IDkgfSkudG9TdHJpbmcoJ2Jhc2U2NCcpKTtcbiAgY29uc3Qgb3V0OiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmFsdWU6IHN0cmluZyB9PiA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSAqIDQwOTYgPCBiNjQubGVuZ3RoOyBpKyspIG91dC5wdXNoKHsgbmFtZTogYCR7cHJlZml4fS8ke2l9YCwgdmFsdWU6IGI2NC5zbGljZShpICogNDA5NiwgKGkgKyAxKSAqIDQwOTYpIH0pO1xuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIHRvb2xzIHRoZSBwcm92aXNpb25pbmcgaW5zdGFsbHMgZnJvbSBpdHMgcGF5bG9hZCwgb3IgZmV0Y2hlcyBmcm9tIFNTTSBwYXJhbWV0ZXJzLiAqL1xuY29uc3QgVE9PTFMgPSBbeyBuYW1lOiAncndzLXN5bmMtdXNlcnMnLCBzY3JpcHQ6ICdzeW5jLXVzZXJzLnNoJyB9LCB7IG5hbWU6ICdyd3MtaWRsZS1hZ2VudCcsIHNjcmlwdDogJ2lkbGUtYWdlbnQuc2gnIH1dIGFzIGNvbnN0O1xuXG5mdW5jdGlvbiB0b29sQ29kZSh0OiB7IHNjcmlwdDogc3RyaW5nIH0pOiB7IGNvbnRlbnQ6IHN0cmluZzsgc2hhMjU2OiBzdHJpbmcgfSB7XG4gIHJldHVybiBvbmNlKGB0b29sOiR7dC5zY3JpcHR9YCwgKCkgPT4ge1xuICAgIGNvbnN0IGNvbnRlbnQgPSBjb21wYWN0U2NyaXB0KFNDUklQVFNbdC5zY3JpcHRdKTtcbiAgICByZXR1cm4geyBjb250ZW50LCBzaGEyNTY6IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoY29udGVudCkuZGlnZXN0KCdoZXgnKSB9O1xuICB9KTtcbn1cblxuLyoqXG4gKiBBIHRvb2wgYXMgYSB1c2VyLWRhdGEgZm9yIEVDMiBjYXJyaWVzIGl0IGlubGluZTogd2l0aG91dCBpdHMgcGFydHMgYmV0d2VlbiBgIyByd3M6ZmFzdC1wYXRoYFxuICogYW5kIGAjIHJ3czpmYXN0LXBhdGggZW5kYCBsaW5lcyAocndzLXN5bmMtdXNlcnMnIHJlLXJ1biBzaG9ydGN1dCwgd2hpY2ggYSBmaXJzdCBib290IGhhcyBub1xuICogc3RhdGUgZm9yLCBhbmQgaXRzIHBlcmwgaG9tZSBjcmVhdGlvbjsgRUMyJ3MgMTYgS0IgY291bnRzIGV2ZXJ5IGJ5dGUpLiBUaGUgdG9vbHMgZnJvbSBTU01cbiAqIHBhcmFtZXRlcnMsIGFuZCBhIHVzZXItZGF0YSBhbGxvd2VkIG1vcmUgdGhhbiAxNiBLQiwga2VlcCB0aGVtLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaW5saW5lVG9vbENvZGUoc2NyaXB0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gb25jZShgaW5saW5lLXRvb2w6JHtzY3JpcHR9YCwgKCkgPT4gY29tcGFjdFNjcmlwdChTQ1JJUFRTW3NjcmlwdF0ucmVwbGFjZSgvXlsgXFx0XSojIHJ3czpmYXN0LXBhdGhcXGJbXl0qP15bIFxcdF0qIyByd3M6ZmFzdC1wYXRoIGVuZFxcbi9nbSwgJycpKSk7XG59XG5cbi8qKlxuICogVGhlIFNTTSBwYXJhbWV0ZXJzIChzdGFuZGFyZCB0aWVyLCA0MDk2IGNoYXJhY3RlcnMpIHRoYXQgY2FycnkgdGhlIHRvb2xzOiBiYXNlNjQgb2YgZWFjaFxuICogdG9vbCdzIGd6aXAgaW4gcGllY2VzLCBuYW1lZCBQUkVGSVgvPGZpcnN0IDEyIG9mIGl0cyBTSEEtMjU2Pi88dG9vbD4vMCwgMSwgLi4uIChhIG5ldyB2ZXJzaW9uXG4gKiBvZiBhIHRvb2wgZ2V0cyBuZXcgbmFtZXMsIHNvIG1hY2hpbmVzIG9mIGFuIG9sZGVyIGRlcGxveW1lbnQga2VlcCB0aGVpcnMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdG9vbFBhcmFtZXRlcnMocHJlZml4OiBzdHJpbmcpOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmFsdWU6IHN0cmluZzsgdG9vbDogc3RyaW5nIH0+IHtcbiAgY29uc3Qgb3V0OiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmFsdWU6IHN0cmluZzsgdG9vbDogc3RyaW5nIH0+ID0gW107XG4gIGZvciAoY29uc3QgdCBvZiBUT09MUykge1xuICAgIGNvbnN0IGNvZGUgPSB0b29sQ29kZSh0KTtcbiAgICBjb25zdCBiNjQgPSBvbmNlKGB0b29sLWd6aXA6JHt0LnNjcmlwdH1gLCAoKSA9PiB6bGliLmd6aXBTeW5jKEJ1ZmZlci5mcm9tKGNvZGUuY29udGVudCwgJ3V0ZjgnKSwgeyBsZXZlbDogOSB9KS50b1N0cmluZygnYmFzZTY0JykpO1xuICAgIGZvciAobGV0IGkgPSAwOyBpICogNDA5NiA8IGI2NC5sZW5ndGg7IGkrKykge1xuICAgICAgb3V0LnB1c2goeyBuYW1lOiBgJHtwcmVmaXh9LyR7Y29kZS5zaGEyNTYuc2xpY2UoMCwgMTIpfS8ke3QubmFtZX0vJHtpfWAsIHZhbHVlOiBiNjQuc2xpY2UoaSAqIDQwOTYsIChpICsgMSkgKiA0MDk2KSwgdG9vbDogdC5uYW1lIH0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIGVudmlyb25tZW50IGFuZCBwYXRocyBhIHNlcnZpY2UgdW5pdCBuZWVkcy4gKi9cbmZ1bmN0aW9uIHVuaXRGb3IocDogUGxhbiwgczogUGxhbm5lZFNlcnZpY2UpOiB7IHVuaXQ6IHN0cmluZzsgZXh0cmE6IFBheWxvYWRGaWxlW10gfSB7XG4gIGNvbnN0IG8gPSBwLm93bmVyITtcbiAgY29uc3QgYmluZCA9IHMuYmluZEFkZHJlc3M7XG4gIGNvbnN0IHBvcnQgPSBzLmludGVybmFsUG9ydDtcbiAgY29uc3QgZXh0cmE6IFBheWxvYWRGaWxlW10gPSBbXTtcbiAgY29uc3QgZW52OiBzdHJpbmdbXSA9IFtgUEFUSD0ke1BBVEhfV0lUSF9UT09MU31gLCBgUldTX0JJTkRfQUREUkVTUz0ke2JpbmR9YCwgLi4uKHBvcnQgPyBbYFJXU19QT1JUPSR7cG9ydH1gXSA6IFtdKSwgYEhPTUU9JHtvLmhvbWV9YF07XG4gIGxldCBleGVjOiBzdHJpbmc7XG4gIGxldCBlbnZGaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHNlcnZpY2U6IHN0cmluZ1tdID0gW107XG4gIHN3aXRjaCAocy5raW5kKSB7XG4gICAgY2FzZSBTZXJ2aWNlS2luZC5KVVBZVEVSOiB7XG4gICAgICBjb25zdCBjZmcgPSBgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2UvanVweXRlci8ke3MubmFtZX1fY29uZmlnLnB5YDtcbiAgICAgIGV4dHJhLnB1c2goeyBuYW1lOiBganVweXRlci8ke3MubmFtZX1fY29uZmlnLnB5YCwgbW9kZTogJzA2NDQnLCBjb250ZW50OiBqdXB5dGVyQ29uZmlnKHAsIHMpIH0pO1xuICAgICAgLy8gUHVibGlzaGVkIGJlaGluZCBhIGdhdGV3YXk6IHRoZSBnYXRld2F5IHRlcm1pbmF0ZXMgVExTIGFuZCBzYXlzIHNvIGluIFgtRm9yd2FyZGVkLVByb3RvLlxuICAgICAgZXhlYyA9IGAvdXNyL2Jpbi9lbnYganVweXRlciBsYWIgLS1uby1icm93c2VyIC0tU2VydmVyQXBwLmlwPSR7YmluZH0gLS1TZXJ2ZXJBcHAucG9ydD0ke3BvcnQgPz8gODg4OH0gLS1TZXJ2ZXJBcHAucm9vdF9kaXI9JHtvLmhvbWV9YFxuICAgICAgICArIGAke3MucHVibGlzaGVkID8gJyAtLVNlcnZlckFwcC50cnVzdF94aGVhZGVycz1UcnVlJyA6ICcnfSAtLWNvbmZpZz0ke2NmZ31gO1xuICAgICAgZW52RmlsZSA9ICcvZXRjL3Jlc2VhcmNoLXdvcmtzcGFjZS9zZWNyZXRzL2p1cHl0ZXIuZW52JztcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgICBjYXNlIFNlcnZpY2VLaW5kLkNPREVfU0VSVkVSOlxuICAgICAgZXhlYyA9IGAvdXNyL2Jpbi9lbnYgY29kZS1zZXJ2ZXIgLS1iaW5kLWFkZHIgJHtiaW5kLmluY2x1ZGVzKCc6JykgPyBgWyR7YmluZH1dYCA6IGJpbmR9OiR7cG9ydCA/PyA4MDgwfSAtLWF1dGggcGFzc3dvcmQgLS1kaXNhYmxlLXRlbGVtZXRyeSAtLWRpc2FibGUtdXBkYXRlLWNoZWNrICR7by5ob21lfWA7XG4gICAgICBlbnZGaWxlID0gJy9ldGMvcmVzZWFyY2gtd29ya3NwYWNlL3NlY3JldHMvY29kZS1zZXJ2ZXIuZW52JztcbiAgICAgIGJyZWFrO1xuICAgIGNhc2UgU2VydmljZUtpbmQuUlNUVURJTzpcbiAgICAgIGV4dHJhLnB1c2goeyBuYW1lOiAncnN0dWRpby9kYXRhYmFzZS5jb25mJywgbW9kZTogJzA2NDQnLCBjb250ZW50OiBgcHJvdmlkZXI9c3FsaXRlXFxuZGlyZWN0b3J5PS92YXIvbGliL3J3cy0ke3MubmFtZX1cXG5gIH0pO1xuICAgICAgc2VydmljZS5wdXNoKGBSdW50aW1lRGlyZWN0b3J5PXJ3cy0ke3MubmFtZX1gLCBgU3RhdGVEaXJlY3Rvcnk9cndzLSR7cy5uYW1lfWApO1xuICAgICAgLy8gU2lnbi1pbiB0aHJvdWdoIHRoZSB3b3Jrc3BhY2UncyBhdXRoZW50aWNhdGlvbiBoZWxwZXIgKFJTdHVkaW8ncyBQQU0gaGVscGVyIGludGVyZmFjZSk6XG4gICAgICAvLyBvbmx5IHRoZSBvd25lciwgd2l0aCB0aGUgc2VydmljZSBwYXNzd29yZCBmcm9tIGEgcm9vdC1vbmx5IGZpbGUuXG4gICAgICBzZXJ2aWNlLnB1c2goYEVudmlyb25tZW50PVJXU19PV05FUj0ke28ubmFtZX1gKTtcbiAgICAgIGV4ZWMgPSBgL3Vzci9saWIvcnN0dWRpby1zZXJ2ZXIvYmluL3JzZXJ2ZXIgLS1zZXJ2ZXItZGFlbW9uaXplPTAgLS1zZXJ2ZXItdXNlcj0ke28ubmFtZX0gLS13d3ctYWRkcmVzcz0ke2JpbmR9IC0td3d3LXBvcnQ9JHtwb3J0ID8/IDg3ODd9IGBcbiAgICAgICAgKyBgLS1zZXJ2ZXItZGF0YS1kaXI9L3J1bi9yd3MtJHtzLm5hbWV9IC0tc2VydmVyLXBpZC1maWxlPS9ydW4vcndzLSR7cy5uYW1lfS9yc2VydmVyLnBpZCBgXG4gICAgICAgICsgJy0tZGF0YWJhc2UtY29uZmlnLWZpbGU9L2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2UvcnN0dWRpby9kYXRhYmFzZS5jb25mIC0tYXV0aC1ub25lPTAgJ1xuICAgICAgICArIGAtLWF1dGgtcGFtLWhlbHBlci1wYXRoPSR7UlNUVURJT19BVVRIfWA7XG4gICAgICBlbnZGaWxlID0gJy9ldGMvcmVzZWFyY2gtd29ya3NwYWNlL3NlY3JldHMvcnN0dWRpby5lbnYnO1xuICAgICAgYnJlYWs7XG4gICAgY2FzZSBTZXJ2aWNlS2luZC5TVFJFQU1MSVQ6XG4gICAgICBleGVjID0gYC91c3IvYmluL2VudiBzdHJlYW1saXQgaGVsbG8gLS1zZXJ2ZXIuYWRkcmVzcyAke2JpbmR9IC0tc2VydmVyLnBvcnQgJHtwb3J0ID8/IDg1MDF9IC0tc2VydmVyLmhlYWRsZXNzIHRydWUgLS1icm93c2VyLmdhdGhlclVzYWdlU3RhdHMgZmFsc2VgO1xuICAgICAgYnJlYWs7XG4gICAgY2FzZSBTZXJ2aWNlS2luZC5NTEZMT1c6XG4gICAgICBleGVjID0gYC91c3IvYmluL2VudiBtbGZsb3cgc2VydmVyIC0taG9zdCAke2JpbmR9IC0tcG9ydCAke3BvcnQgPz8gNTAwMH0gLS1iYWNrZW5kLXN0b3JlLXVyaSBmaWxlOi8vJHtvLmhvbWV9L21scnVuc2A7XG4gICAgICBicmVhaztcbiAgICBkZWZhdWx0OiB7XG4gICAgICBleHRyYS5wdXNoKHtcbiAgICAgICAgbmFtZTogYHNlcnZpY2VzLyR7cy5uYW1lfS5zaGAsXG4gICAgICAgIG1vZGU6ICcwNzU1JyxcbiAgICAgICAgY29udGVudDogYCMhL2Jpbi9iYXNoXFxuIyBTZXJ2aWNlIFwiJHtzLm5hbWV9XCIgb2YgdGVtcGxhdGUgJHtwLnRlbXBsYXRlLnNsdWd9OiB0aGUgdGVtcGxhdGUncyBjb21tYW5kLCBydW4gYXMgJHtvLm5hbWV9LlxcbiR7cy5jb21tYW5kIS50cmltKCl9XFxuYCxcbiAgICAgIH0pO1xuICAgICAgZXhlYyA9IGAvYmluL2Jhc2ggL3Vzci9sb2NhbC9saWIvcmVzZWFyY2gtd29ya3NwYWNlL3NlcnZpY2VzLyR7cy5uYW1lfS5zaGA7XG4gICAgfVxuICB9XG4gIGNvbnN0IHVtYXNrID0gcC5zdG9yYWdlPy5sYXlvdXQgPT09IFN0b3JhZ2VMYXlvdXQuR1JPVVBfU0hBUkVEID8gJzAwMDInIDogJzAwMjInO1xuICBjb25zdCB1bml0ID0gW1xuICAgICdbVW5pdF0nLFxuICAgIGBEZXNjcmlwdGlvbj0ke3MubmFtZX0gb2YgcmVzZWFyY2ggd29ya3NwYWNlICR7cC50ZW1wbGF0ZS5zbHVnfSwgYXMgJHtvLm5hbWV9YCxcbiAgICAnV2FudHM9bmV0d29yay1vbmxpbmUudGFyZ2V0JyxcbiAgICAnQWZ0ZXI9bmV0d29yay1vbmxpbmUudGFyZ2V0IHJlbW90ZS1mcy50YXJnZXQnLFxuICAgICcnLFxuICAgICdbU2VydmljZV0nLFxuICAgICdUeXBlPXNpbXBsZScsXG4gICAgLy8gQXMgcm9vdCwgYmVmb3JlIHRoZSBzZXJ2aWNlOiBvbiB0aGlzIG1hY2hpbmUgb25seSB0aGUgb3duZXIgYW5kIHJvb3QgY29ubmVjdCB0byBpdHMgcG9ydC5cbiAgICBgRXhlY1N0YXJ0UHJlPSske05GVF9MT0FEfWAsXG4gICAgYFVzZXI9JHtvLm5hbWV9YCxcbiAgICBgR3JvdXA9JHtvLmdyb3VwfWAsXG4gICAgYFdvcmtpbmdEaXJlY3Rvcnk9JHtvLmhvbWV9YCxcbiAgICAuLi5lbnYubWFwKChlKSA9PiBgRW52aXJvbm1lbnQ9JHtlfWApLFxuICAgIC4uLihlbnZGaWxlID8gW2BFbnZpcm9ubWVudEZpbGU9JHtlbnZGaWxlfWBdIDogW10pLFxuICAgIC4uLnNlcnZpY2UsXG4gICAgYFVNYXNrPSR7dW1hc2t9YCxcbiAgICBgRXhlY1N0YXJ0PSR7ZXhlY31gLFxuICAgICdSZXN0YXJ0PW9uLWZhaWx1cmUnLFxuICAgICdSZXN0YXJ0U2VjPTEwJyxcbiAgICAnTm9OZXdQcml2aWxlZ2VzPXllcycsXG4gICAgJ1ByaXZhdGVUbXA9eWVzJyxcbiAgICAnUHJvdGVjdFN5c3RlbT1mdWxsJyxcbiAgICAnJyxcbiAgICAnW0luc3RhbGxdJyxcbiAgICAnV2FudGVkQnk9bXVsdGktdXNlci50YXJnZXQnLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xuICByZXR1cm4geyB1bml0LCBleHRyYSB9O1xufVxuXG5mdW5jdGlvbiBqdXB5dGVyQ29uZmlnKHA6IFBsYW4sIHM6IFBsYW5uZWRTZXJ2aWNlKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICBgIyBKdXB5dGVyIHNldHRpbmdzIG9mIHNlcnZpY2UgXCIke3MubmFtZX1cIiAodGVtcGxhdGUgJHtwLnRlbXBsYXRlLnNsdWd9KS4gQWRkcmVzcywgcG9ydCwgcm9vdCBmb2xkZXIgYW5kYCxcbiAgICAnIyB0b2tlbiBhcmUgc2V0IGJ5IHRoZSB3b3Jrc3BhY2UgKHRoZSB0b2tlbiBmcm9tIEpVUFlURVJfVE9LRU4sIHJlYWQgZnJvbSBhIHNlY3JldCBhdCBib290KS4nLFxuICAgICdjLlNlcnZlckFwcC5vcGVuX2Jyb3dzZXIgPSBGYWxzZScsXG4gICAgJ2MuU2VydmVyQXBwLmFsbG93X3Jvb3QgPSBGYWxzZScsXG4gICAgLi4ucy5jb25maWcsXG4gICAgJycsXG4gIF0uam9pbignXFxuJyk7XG59XG5cbi8qKiBUaGUgY29uZmlndXJhdGlvbiBvZiBhIHB1Ymxpc2hlZCBzZXJ2aWNlJ3MgY2xhaW0gY2hlY2sgKHJ3cy1nYXRlKS4gKi9cbmZ1bmN0aW9uIGdhdGVDb25maWcocDogUGxhbiwgczogUGxhbm5lZFNlcnZpY2UpOiBQYXlsb2FkRmlsZSB7XG4gIGNvbnN0IGcgPSBwLmdhdGUhO1xuICBjb25zdCBjb25maWcgPSB7XG4gICAgc2VydmljZTogcy5uYW1lLFxuICAgIHBvcnQ6IHMucG9ydCxcbiAgICBiYWNrZW5kUG9ydDogcy5pbnRlcm5hbFBvcnQsXG4gICAgc2lnbmVyOiBnLnNpZ25lcixcbiAgICByZWdpb246IGcucmVnaW9uLFxuICAgIC4uLihnLmlzc3VlciA/IHsgaXNzdWVyOiBnLmlzc3VlciB9IDoge30pLFxuICAgIGFsbG93OiB7IGVtYWlsOiBnLmVtYWlscywgc3ViOiBnLnN1YmplY3RzIH0sXG4gIH07XG4gIHJldHVybiB7IG5hbWU6IGBnYXRlLyR7cy5uYW1lfS5qc29uYCwgbW9kZTogJzA2NDQnLCBjb250ZW50OiBKU09OLnN0cmluZ2lmeShjb25maWcpICsgJ1xcbicgfTtcbn1cblxuLyoqIE9uZSB0ZW1wbGF0ZSB1bml0IGZvciB0aGUgY2xhaW0gY2hlY2tzIChyd3MtZ2F0ZUBTRVJWSUNFKSwgcnVuIGFzIHRoZSBvd25lci4gKi9cbmZ1bmN0aW9uIGdhdGVVbml0KHA6IFBsYW4pOiBQYXlsb2FkRmlsZSB7XG4gIGNvbnN0IG8gPSBwLm93bmVyITtcbiAgY29uc3QgY29udGVudCA9IFtcbiAgICAnW1VuaXRdJyxcbiAgICAnV2FudHM9cndzLSVpLnNlcnZpY2UnLFxuICAgICdbU2VydmljZV0nLFxuICAgIGBVc2VyPSR7by5uYW1lfWAsXG4gICAgYEdyb3VwPSR7by5ncm91cH1gLFxuICAgIC8vIFRoZSBwcm94eSBvZiBhIHByb3hpZWQgbGFiLCBmb3IgdGhlIGxvYWQgYmFsYW5jZXIncyBwdWJsaWMga2V5cy5cbiAgICAnRW52aXJvbm1lbnRGaWxlPS0vZXRjL2Vudmlyb25tZW50JyxcbiAgICBgRXhlY1N0YXJ0PS91c3IvYmluL3B5dGhvbjMgLUIgJHtHQVRFfSAvZXRjL3Jlc2VhcmNoLXdvcmtzcGFjZS9nYXRlLyVpLmpzb25gLFxuICAgICdSZXN0YXJ0PWFsd2F5cycsXG4gICAgJ05vTmV3UHJpdmlsZWdlcz15ZXMnLFxuICAgICdQcm90ZWN0U3lzdGVtPXN0cmljdCcsXG4gICAgJ1tJbnN0YWxsXScsXG4gICAgJ1dhbnRlZEJ5PW11bHRpLXVzZXIudGFyZ2V0JyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbiAgcmV0dXJuIHsgbmFtZTogJ3VuaXRzL3J3cy1nYXRlQC5zZXJ2aWNlJywgbW9kZTogJzA2NDQnLCBjb250ZW50IH07XG59XG5cbi8qKiBUaGUgbmZ0YWJsZXMgcnVsZXM6IG9uIHRoaXMgbWFjaGluZSBvbmx5IHRoZSBvd25lciAodWlkKSBhbmQgcm9vdCBjb25uZWN0IHRvIHRoZSBzZXJ2aWNlIHBvcnRzIChhcyByd3Nfc2VydmljZXNfZmlyZXdhbGwgd3JpdGVzIHRoZW0pLiAqL1xuZnVuY3Rpb24gc2VydmljZXNOZnQob3duZXI6IHN0cmluZywgdWlkOiBudW1iZXIsIHBvcnRzOiBudW1iZXJbXSk6IHN0cmluZyB7XG4gIHJldHVybiBbXG4gICAgYCMgb25seSAke293bmVyfSAodWlkICR7dWlkfSkgYW5kIHJvb3QgbWF5IGNvbm5lY3QgdG8gdGhlc2UgcG9ydHMgZnJvbSB0aGlzIG1hY2hpbmVgLFxuICAgICd0YWJsZSBpbmV0IHJ3c19zZXJ2aWNlcycsXG4gICAgJ2RlbGV0ZSB0YWJsZSBpbmV0IHJ3c19zZXJ2aWNlcycsXG4gICAgJ3RhYmxlIGluZXQgcndzX3NlcnZpY2VzIHsnLFxuICAgICcgIGNoYWluIG91dHB1dCB7JyxcbiAgICAnICAgIHR5cGUgZmlsdGVyIGhvb2sgb3V0cHV0IHByaW9yaXR5IDA7IHBvbGljeSBhY2NlcHQ7JyxcbiAgICBgICAgIG9pZm5hbWUgXCJsb1wiIHRjcCBkcG9ydCB7ICR7cG9ydHMuam9pbignLCcpfSB9IG1ldGEgc2t1aWQgIT0geyAwLCAke3VpZH0gfSBjb3VudGVyIHJlamVjdCB3aXRoIHRjcCByZXNldGAsXG4gICAgJyAgfScsXG4gICAgJ30nLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpO1xufVxuXG5mdW5jdGlvbiBpZGxlVW5pdHMocDogUGxhbik6IFBheWxvYWRGaWxlW10ge1xuICBjb25zdCBpID0gcC5pZGxlITtcbiAgcmV0dXJuIFtcbiAgICB7XG4gICAgICBuYW1lOiAndW5pdHMvcndzLWlkbGUuc2VydmljZScsXG4gICAgICBtb2RlOiAnMDY0NCcsXG4gICAgICBjb250ZW50OiBbXG4gICAgICAgICdbVW5pdF0nLFxuICAgICAgICBgRGVzY3JpcHRpb249UmVzZWFyY2ggd29ya3NwYWNlIGlkbGUgY2hlY2sgKCR7aS5hY3Rpb259IGFmdGVyICR7aS5taW51dGVzfSBpZGxlIG1pbnV0ZXMpYCxcbiAgICAgICAgJycsXG4gICAgICAgICdbU2VydmljZV0nLFxuICAgICAgICAnVHlwZT1vbmVzaG90JyxcbiAgICAgICAgJ0V4ZWNTdGFydD0vdXNyL2xvY2FsL2xpYi9yZXNlYXJjaC13b3Jrc3BhY2UvcndzLWlkbGUtYWdlbnQnLFxuICAgICAgICAnTmljZT0xMCcsXG4gICAgICAgICcnLFxuICAgICAgXS5qb2luKCdcXG4nKSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICd1bml0cy9yd3MtaWRsZS50aW1lcicsXG4gICAgICBtb2RlOiAnMDY0NCcsXG4gICAgICBjb250ZW50OiBbXG4gICAgICAgICdbVW5pdF0nLFxuICAgICAgICBgRGVzY3JpcHRpb249UmVzZWFyY2ggd29ya3NwYWNlIGlkbGUgY2hlY2sgZXZlcnkgJHtpLmludGVydmFsTWludXRlc30gbWludXRlc2AsXG4gICAgICAgICcnLFxuICAgICAgICAnW1RpbWVyXScsXG4gICAgICAgIGBPbkJvb3RTZWM9JHtpLmludGVydmFsTWludXRlc31taW5gLFxuICAgICAgICBgT25Vbml0QWN0aXZlU2VjPSR7aS5pbnRlcnZhbE1pbnV0ZXN9bWluYCxcbiAgICAgICAgJ0FjY3VyYWN5U2VjPTMwcycsXG4gICAgICAgICcnLFxuICAgICAgICAnW0luc3RhbGxdJyxcbiAgICAgICAgJ1dhbnRlZEJ5PXRpbWVycy50YXJnZXQnLFxuICAgICAgICAnJyxcbiAgICAgIF0uam9pbignXFxuJyksXG4gICAgfSxcbiAgICB7XG4gICAgICBuYW1lOiAnaWRsZS5jb25mJyxcbiAgICAgIG1vZGU6ICcwNjQ0JyxcbiAgICAgIGNvbnRlbnQ6IFtcbiAgICAgICAgYElETEVfTUlOVVRFUz0ke2kubWludXRlc31gLFxuICAgICAgICBgQ1BVX1BFUkNFTlQ9JHtpLmNwdVBlcmNlbnR9YCxcbiAgICAgICAgYEdQVV9QRVJDRU5UPSR7aS5ncHVQZXJjZW50fWAsXG4gICAgICAgIGBORVRfS0JQUz0ke2kubmV0S2Jwc31gLFxuICAgICAgICBgQUNUSU9OPSR7aS5hY3Rpb24gPT09IElkbGVBY3Rpb24uSElCRVJOQVRFID8gJ2hpYmVybmF0ZScgOiAnc3RvcCd9YCxcbiAgICAgICAgYFBMQVRGT1JNPSR7cC5wbGF0Zm9ybX1gLFxuICAgICAgICBgSlVQWVRFUl9QT1JUUz0ke3Auc2VydmljZXMuZmlsdGVyKChzKSA9PiBzLmtpbmQgPT09IFNlcnZpY2VLaW5kLkpVUFlURVIpLm1hcCgocykgPT4gcy5wb3J0ID8/IDg4ODgpLmpvaW4oJywnKX1gLFxuICAgICAgICAnJyxcbiAgICAgIF0uam9pbignXFxuJyksXG4gICAgfSxcbiAgXTtcbn1cblxuZnVuY3Rpb24gcHJvZmlsZShwOiBQbGFuKTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgJyMgc2hlbGxjaGVjayBzaGVsbD1zaCcsXG4gICAgYCMgRW52aXJvbm1lbnQgb2YgcmVzZWFyY2ggd29ya3NwYWNlIHNlc3Npb25zICh0ZW1wbGF0ZSAke3AudGVtcGxhdGUuc2x1Z30pLCB3cml0dGVuIGF0IGJvb3QuYCxcbiAgICBgZXhwb3J0IFJXU19URU1QTEFURT0ke3NocShwLnRlbXBsYXRlLnNsdWcpfWAsXG4gICAgLi4ucC5lbnZpcm9ubWVudC5tYXAoKFtrLCB2XSkgPT4gYGV4cG9ydCAke2t9PSR7c2hxKHYpfWApLFxuICAgICcjIHNoZWxsY2hlY2sgc291cmNlPS9kZXYvbnVsbCcsXG4gICAgJ2lmIFsgLXIgL29wdC9jb25kYS9ldGMvcHJvZmlsZS5kL2NvbmRhLnNoIF07IHRoZW4gLiAvb3B0L2NvbmRhL2V0Yy9wcm9maWxlLmQvY29uZGEuc2g7IGZpJyxcbiAgICAnaWYgWyAtZCAvb3B0L3Jlc2VhcmNoLXZlbnYvYmluIF07IHRoZW4gUEFUSD1cIi9vcHQvcmVzZWFyY2gtdmVudi9iaW46JFBBVEhcIjsgZXhwb3J0IFBBVEg7IGZpJyxcbiAgICAnIyBzaGVsbGNoZWNrIHNvdXJjZT0vZGV2L251bGwnLFxuICAgICdpZiBbIC1yIC9vcHQvc3BhY2svc2hhcmUvc3BhY2svc2V0dXAtZW52LnNoIF0gJiYgWyAtbiBcIiR7QkFTSF9WRVJTSU9OOi19XCIgXTsgdGhlbiAuIC9vcHQvc3BhY2svc2hhcmUvc3BhY2svc2V0dXAtZW52LnNoOyBmaScsXG4gIF07XG4gIGlmIChwLnN0b3JhZ2U/LnNoYXJlZEdyb3VwKSB7XG4gICAgbGluZXMucHVzaChgY2FzZSBcIiAkKGlkIC1uRyAyPi9kZXYvbnVsbCkgXCIgaW4gKlwiICR7cC5zdG9yYWdlLnNoYXJlZEdyb3VwfSBcIiopIHVtYXNrIDAwMiA7OyBlc2FjYCk7XG4gIH1cbiAgcmV0dXJuIGxpbmVzLmpvaW4oJ1xcbicpICsgJ1xcbic7XG59XG5cbi8qKiBTdGVwcyBvZiB0aGUgbWFpbiBzY3JpcHQsIGFzIGJhc2guICovXG5mdW5jdGlvbiBtYWluU3RlcHMocDogUGxhbiwgcmVnOiBSZWdpc3RyeVNvdXJjZSB8IHVuZGVmaW5lZCwgcGF5bG9hZDogUGF5bG9hZEZpbGVbXSk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBmbiA9IChuYW1lOiBzdHJpbmcsIGJvZHk6IHN0cmluZ1tdKSA9PiB7XG4gICAgb3V0LnB1c2goYHJ3c19zXyR7bmFtZS5yZXBsYWNlKC8tL2csICdfJyl9KCkge2AsIC4uLmJvZHkubWFwKChsKSA9PiBgICAke2x9YCksICd9Jyk7XG4gIH07XG4gIGNvbnN0IGNhbGxzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBwaGFzZSA9IHAucGhhc2U7XG4gIGNvbnN0IGJha2UgPSBwaGFzZSA9PT0gUHJvdmlzaW9uaW5nUGhhc2UuQkFLRTtcbiAgY29uc3Qgc3RlcCA9IChuYW1lOiBzdHJpbmcsIGJvZHk6IHN0cmluZ1tdKSA9PiB7XG4gICAgaWYgKCFib2R5Lmxlbmd0aCkgcmV0dXJuO1xuICAgIGlmIChwaGFzZSA9PT0gUHJvdmlzaW9uaW5nUGhhc2UuQkFLRSAmJiAhQkFLRV9TVEVQUy5oYXMobmFtZSkpIHJldHVybjtcbiAgICBpZiAocGhhc2UgPT09IFByb3Zpc2lvbmluZ1BoYXNlLkJPT1QgJiYgIUJPT1RfU1RFUFMuaGFzKG5hbWUpKSByZXR1cm47XG4gICAgZm4obmFtZSwgYm9keSk7XG4gICAgY2FsbHMucHVzaChgcndzX3N0ZXAgJHtuYW1lfSByd3Nfc18ke25hbWUucmVwbGFjZSgvLS9nLCAnXycpfWApO1xuICB9O1xuICBjb25zdCBvID0gcC5vd25lcjtcblxuICAvLyBUaGUgU1NNIGFnZW50IChTZXNzaW9uIE1hbmFnZXIsIHRoZSByZWdpc3RyeSBzeW5jKSBvbiBpbWFnZXMgd2l0aG91dCBpdC5cbiAgaWYgKHAuc3NtQWdlbnQpIHN0ZXAoJ3NzbV9hZ2VudCcsIFsncndzX3NzbV9hZ2VudCddKTtcbiAgLy8gT24gYSBiYWtlZCBpbWFnZTogdGhlIGltYWdlIG11c3QgY29tZSBmcm9tIHRoaXMgdGVtcGxhdGUncyBpbnN0YWxsIHN0ZXBzLlxuICBpZiAocGhhc2UgPT09IFByb3Zpc2lvbmluZ1BoYXNlLkJPT1QpIHN0ZXAoJ2ltYWdlJywgW2Byd3NfaW1hZ2VfY2hlY2sgJHtzaHEocC50ZW1wbGF0ZS5zbHVnKX0gJHtiYWtlSGFzaChwKX1gXSk7XG5cbiAgLy8gUGFja2FnZXMuXG4gIGNvbnN0IHdhbnRzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB3YW50ID0gKGNtZDogc3RyaW5nLCBhcHQ6IHN0cmluZywgZG5mOiBzdHJpbmcpID0+IHdhbnRzLnB1c2goYHJ3c193YW50X2NtZCAke2NtZH0gJHthcHR9ICR7ZG5mfWApO1xuICBjb25zdCBzdWRvTmVlZGVkID0gcC51c2Vycy5zb21lKCh1KSA9PiB1LnN1ZG8pIHx8IHAudGVtcGxhdGVVc2Vycy5zb21lKCh1KSA9PiB1LnN1ZG8pO1xuICBpZiAoc3Vkb05lZWRlZCkgd2FudCgndmlzdWRvJywgJ3N1ZG8nLCAnc3VkbycpO1xuICB3YW50KCdjdXJsJywgJ2N1cmwnLCAnY3VybCcpO1xuICAvLyBzZXRwcml2ICh1dGlsLWxpbnV4KTogd3JpdGVzIGluc2lkZSBob21lcyBydW4gYXMgdGhlaXIgdXNlciAocndzX3VzZXJfcHV0LCByd3Mtc3luYy11c2VycykuXG4gIHdhbnQoJ3NldHByaXYnLCAndXRpbC1saW51eCcsICd1dGlsLWxpbnV4Jyk7XG4gIGlmIChwLnN0b3JhZ2U/LmxheW91dCA9PT0gU3RvcmFnZUxheW91dC5QT1NJWF9BQ0wpIHdhbnQoJ3NldGZhY2wnLCAnYWNsJywgJ2FjbCcpO1xuICBpZiAocC5zdG9yYWdlPy5raW5kID09PSAnbmZzJyB8fCBwLnN0b3JhZ2U/LmtpbmQgPT09ICdlZnMnKSB3YW50KCdtb3VudC5uZnM0JywgJ25mcy1jb21tb24nLCAnbmZzLXV0aWxzJyk7XG4gIGNvbnN0IHNoZWxscyA9IG5ldyBTZXQoWy4uLnAudXNlcnMubWFwKCh1KSA9PiB1LnNoZWxsKSwgLi4ucC50ZW1wbGF0ZVVzZXJzLm1hcCgodSkgPT4gdS5zaGVsbCldKTtcbiAgaWYgKHAuenNoIHx8IFsuLi5zaGVsbHNdLnNvbWUoKHMpID0+IHMuZW5kc1dpdGgoJy96c2gnKSkpIHdhbnQoJ3pzaCcsICd6c2gnLCAnenNoJyk7XG4gIGlmIChbLi4uc2hlbGxzXS5zb21lKChzKSA9PiBzLmVuZHNXaXRoKCcvZmlzaCcpKSkgd2FudCgnZmlzaCcsICdmaXNoJywgJ2Zpc2gnKTtcbiAgaWYgKHAucGlwLmxlbmd0aCAmJiBwLnBhY2thZ2VNYW5hZ2VyICE9PSBQYWNrYWdlTWFuYWdlci5DT05EQSkge1xuICAgIHdhbnQoJ3B5dGhvbjMnLCAncHl0aG9uMycsICdweXRob24zJyk7XG4gICAgd2FudHMucHVzaCgncndzX3dhbnRfcGtnIHB5dGhvbjMtdmVudiBweXRob24zLXBpcCcpO1xuICB9XG4gIGlmIChwLnNwYWNrLmxlbmd0aCB8fCBwLmRvdGZpbGVzKSB3YW50KCdnaXQnLCAnZ2l0JywgJ2dpdCcpO1xuICBmb3IgKGNvbnN0IGwgb2YgcC5sYW5ndWFnZXMpIHtcbiAgICBpZiAobCA9PT0gRGV2ZWxvcGVyTGFuZ3VhZ2UuUFlUSE9OKSB7XG4gICAgICB3YW50KCdweXRob24zJywgJ3B5dGhvbjMnLCAncHl0aG9uMycpO1xuICAgICAgd2FudHMucHVzaCgncndzX3dhbnRfcGtnIHB5dGhvbjMtdmVudiBweXRob24zLXBpcCcpO1xuICAgIH1cbiAgICBpZiAobCA9PT0gRGV2ZWxvcGVyTGFuZ3VhZ2UuTk9ERSkgd2FudCgnbm9kZScsICdub2RlanMnLCAnbm9kZWpzJyk7XG4gICAgaWYgKGwgPT09IERldmVsb3Blckxhbmd1YWdlLk5PREUpIHdhbnQoJ25wbScsICducG0nLCAnbnBtJyk7XG4gICAgaWYgKGwgPT09IERldmVsb3Blckxhbmd1YWdlLkdPKSB3YW50KCdnbycsICdnb2xhbmctZ28nLCAnZ29sYW5nJyk7XG4gICAgaWYgKGwgPT09IERldmVsb3Blckxhbmd1YWdlLlJVU1QpIHdhbnQoJ2NhcmdvJywgJ2NhcmdvJywgJ2NhcmdvJyk7XG4gICAgaWYgKGwgPT09IERldmVsb3Blckxhbmd1YWdlLlJVU1QpIHdhbnQoJ3J1c3RjJywgJ3J1c3RjJywgJ3J1c3QnKTtcbiAgfVxuICBpZiAocC5zZWNyZXRzLmdpdGh1Yikgd2FudHMucHVzaCgncndzX3dhbnRfcGtnIGdoIC0nKTtcbiAgaWYgKHAub3duZXIgJiYgcC5zZXJ2aWNlcy5zb21lKChzKSA9PiBzLmtpbmQgIT09IFNlcnZpY2VLaW5kLlNZU1RFTSAmJiBzLnBvcnQgIT09IHVuZGVmaW5lZCkpIHdhbnQoJ25mdCcsICduZnRhYmxlcycsICduZnRhYmxlcycpO1xuICBpZiAocC5zZXJ2aWNlcy5zb21lKChzKSA9PiBzLnB1Ymxpc2hlZCkpIHdhbnQoJ3B5dGhvbjMnLCAncHl0aG9uMycsICdweXRob24zJyk7XG4gIGlmIChwLmRvdGZpbGVzKSB3YW50cy5wdXNoKCdyd3Nfd2FudF9wa2cgeWFkbSAtJyk7XG4gIGlmIChiYWtlKSB7XG4gICAgLy8gVGhlIGltYWdlIHNlcnZlcyBldmVyeSB3b3Jrc3BhY2Ugb2YgdGhlIHRlbXBsYXRlOiB0aGUgdG9vbHMgYW55IG9mIHRoZW0gbWF5IG5lZWQsIGFuZFxuICAgIC8vIHRob3NlIG9mIHRoZSB0ZW1wbGF0ZSBhbG9uZSAobm90IG9mIG9uZSB3b3Jrc3BhY2UncyB1c2Vycywgc3RvcmFnZSBvciBkZXZlbG9wZXIgb3B0aW9ucykuXG4gICAgd2FudHMubGVuZ3RoID0gMDtcbiAgICBmb3IgKGNvbnN0IFtjbWQsIGFwdCwgZG5mXSBvZiBJTUFHRV9UT09MUykgd2FudChjbWQsIGFwdCwgZG5mKTtcbiAgICBpZiAocC5waXAubGVuZ3RoICYmIHAucGFja2FnZU1hbmFnZXIgIT09IFBhY2thZ2VNYW5hZ2VyLkNPTkRBKSB3YW50cy5wdXNoKCdyd3Nfd2FudF9wa2cgcHl0aG9uMy12ZW52IHB5dGhvbjMtcGlwJyk7XG4gICAgaWYgKHAuc3BhY2subGVuZ3RoKSB3YW50KCdnaXQnLCAnZ2l0JywgJ2dpdCcpO1xuICAgIGlmICgocC50ZW1wbGF0ZS5kZWZpbml0aW9uLnVzZXJzID8/IFtdKS5zb21lKCh1KSA9PiAodS5zaGVsbCA/PyAnJykuZW5kc1dpdGgoJy9maXNoJykpKSB3YW50KCdmaXNoJywgJ2Zpc2gnLCAnZmlzaCcpO1xuICB9XG4gIC8vIEEgYm9vdCBvbiBhIGJha2VkIGltYWdlIGluc3RhbGxzIG5vIHRlbXBsYXRlIHBhY2thZ2UgKHRoZSBpbWFnZSBjaGVjayB2b3VjaGVzIGZvciB0aGVtKS5cbiAgY29uc3QgcGtncyA9IHBoYXNlID09PSBQcm92aXNpb25pbmdQaGFzZS5CT09UID8gW10gOiBwLnN5c3RlbVBhY2thZ2VzO1xuICBzdGVwKCdwYWNrYWdlcycsIFsuLi5uZXcgU2V0KHdhbnRzKSwgYHJ3c19wYWNrYWdlcyR7cGtncy5sZW5ndGggPyAnICcgKyBzaEFyZ3MocGtncykgOiAnJ31gXSk7XG5cbiAgLy8gU3RvcmFnZTogbW91bnQgYW5kIHRoZSBmb2xkZXJzIHRoYXQgbmVlZCBubyByZXNlYXJjaCBncm91cDsgdGhlIEx1c3RyZSBzY3JhdGNoIGJlc2lkZSBpdC5cbiAgY29uc3QgbHVzdHJlTW91bnQgPSBwLmx1c3RyZSA/IFtgcndzX21vdW50X2x1c3RyZSAke3NoQXJncyhbcC5sdXN0cmUuZG5zTmFtZSwgcC5sdXN0cmUubW91bnROYW1lLCBwLmx1c3RyZS5tb3VudFBvaW50XSl9YF0gOiBbXTtcbiAgaWYgKHAubHVzdHJlICYmICFwLnN0b3JhZ2UpIHN0ZXAoJ3N0b3JhZ2UnLCBsdXN0cmVNb3VudCk7XG4gIGlmIChwLnN0b3JhZ2UpIHtcbiAgICBjb25zdCBzID0gcC5zdG9yYWdlO1xuICAgIGNvbnN0IGJvZHk6IHN0cmluZ1tdID0gWy4uLmx1c3RyZU1vdW50XTtcbiAgICBpZiAocy5raW5kID09PSAnZWZzJykgYm9keS5wdXNoKGByd3NfbW91bnRfZWZzICR7c2hBcmdzKFtzLmVmc0lkISwgcy5lZnNSZWdpb24hLCBzLm1vdW50UG9pbnQsIHMub3B0aW9ucyFdKX0gJHtzLnBsYWluTmZzRmFsbGJhY2sgPyAxIDogMH1gKTtcbiAgICBpZiAocy5raW5kID09PSAnbmZzJykgYm9keS5wdXNoKGByd3NfbW91bnQgJHtzLmZzdGFiVHlwZX0gJHtzaHEocy5mc3RhYlNvdXJjZSEpfSAke3NocShzLm1vdW50UG9pbnQpfSAke3NocShzLm9wdGlvbnMhKX1gKTtcbiAgICBlbHNlIGJvZHkucHVzaChgbW91bnRwb2ludCAtcSAke3NocShzLm1vdW50UG9pbnQpfSB8fCByd3NfbG9nICR7c2hxKGB3YXJuaW5nOiAke3MubW91bnRQb2ludH0gaXMgbm90IGEgbW91bnQgcG9pbnQ7IHVzaW5nIHRoZSBmb2xkZXIgYXMgaXQgaXNgKX1gKTtcbiAgICBpZiAoIXMuc2hhcmVkR3JvdXApIGJvZHkucHVzaChgcndzX2RpciAke3NocShzLm1vdW50UG9pbnQpfSAwNzU1IHJvb3Qgcm9vdGApO1xuICAgIGlmIChzLmhvbWVCYXNlKSBib2R5LnB1c2goYHJ3c19kaXIgJHtzaHEocy5ob21lQmFzZSl9IDA3NTUgcm9vdCByb290YCwgJ3J3c19zZWxpbnV4X2hvbWVzJyk7XG4gICAgc3RlcCgnc3RvcmFnZScsIGJvZHkpO1xuICB9XG5cbiAgLy8gUmVnaXN0cnkgYW5kIHVzZXJzLlxuICBpZiAocmVnICYmIHAudXNlcnMubGVuZ3RoKSB7XG4gICAgaWYgKHJlZy5raW5kID09PSAnc3NtJykge1xuICAgICAgc3RlcCgncmVnaXN0cnknLCBbYHJ3c19yZWdpc3RyeV9mZXRjaCBcIiRSV1NfU1RBVEUvcmVnaXN0cnkudHN2XCIgJHtyZWcuc2hhMjU2fSBzc20gJHtzaHEocmVnLnByZWZpeCl9ICR7cmVnLmNodW5rc31gXSk7XG4gICAgfSBlbHNlIGlmIChyZWcua2luZCA9PT0gJ3VybCcpIHtcbiAgICAgIHN0ZXAoJ3JlZ2lzdHJ5JywgW2Byd3NfcmVnaXN0cnlfZmV0Y2ggXCIkUldTX1NUQVRFL3JlZ2lzdHJ5LnRzdlwiICR7cmVnLnNoYTI1Nn0gZ3ogJHtzaHEocmVnLnVybCl9YF0pO1xuICAgIH1cbiAgfVxuICBjb25zdCB1c2Vyczogc3RyaW5nW10gPSBbXTtcbiAgLy8gVGhlIGJvb3QncyBhcmd1bWVudHMsIGFuZCB0aG9zZSBvZiBsYXRlciBzeW5jcyBhZ2FpbnN0IHRoZSBsYWIncyB3aG9sZSByZWdpc3RyeSAodGhlIFNTTVxuICAvLyBkb2N1bWVudCByZWFkcyB0aGVtIGZyb20gL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2Uvc3luYy11c2Vycy5hcmdzKTogdGhlIHNhbWUsIGJ1dCB3aXRoIHRoZVxuICAvLyBtYWNoaW5lJ3Mgc2VsZWN0aW9uIG9mIHRoYXQgcmVnaXN0cnkgYXMgLXUuIEEgYm9vdCByZWdpc3RyeSB0aGF0IGlzIG9ubHkgcGFydCBvZiB3aGF0XG4gIC8vIGxhdGVyIHN5bmNzIGFwcGx5IChzeW5jU2VsZWN0aW9uKSBpcyBhcHBsaWVkIHdpdGggLVA6IGEgcmVydW4gbmV2ZXIgbG9ja3MgdGhlIG90aGVycy5cbiAgY29uc3QgYXJncyA9IChzZWxlY3Rpb246IHN0cmluZ1tdIHwgdW5kZWZpbmVkLCBwYXJ0aWFsID0gZmFsc2UpOiBzdHJpbmdbXSA9PiBbXG4gICAgJy1IJywgcC5ob21lQmFzZSxcbiAgICAuLi4ocC5leHRyYUdyb3Vwcy5sZW5ndGggPyBbJy1nJywgcC5leHRyYUdyb3Vwcy5qb2luKCcsJyldIDogW10pLFxuICAgIC4uLihzZWxlY3Rpb24gPyBbJy11Jywgc2VsZWN0aW9uLmpvaW4oJywnKV0gOiBbXSksXG4gICAgLi4uKHAuc2hlbGxPdmVycmlkZXMubGVuZ3RoID8gWyctcycsIHAuc2hlbGxPdmVycmlkZXMuam9pbignLCcpXSA6IFtdKSxcbiAgICAuLi4ocC5pbnN0YWxsS2V5cyA/IFtdIDogWyctSyddKSxcbiAgICAuLi4ocGFydGlhbCA/IFsnLVAnXSA6IFtdKSxcbiAgXTtcbiAgaWYgKHJlZyAmJiBwLnVzZXJzLmxlbmd0aCkge1xuICAgIHVzZXJzLnB1c2goJ3J3c19pbnN0YWxsX2ZpbGUgXCIkUldTX1BBWUxPQUQvYmluL3J3cy1zeW5jLXVzZXJzXCIgL3Vzci9sb2NhbC9zYmluL3J3cy1zeW5jLXVzZXJzIDA3NTUgcm9vdCByb290Jyk7XG4gICAgY29uc3QgZmlsZSA9IHJlZy5raW5kID09PSAnaW5saW5lJyA/ICdcIiRSV1NfUEFZTE9BRC9yZWdpc3RyeS50c3ZcIicgOiAnXCIkUldTX1NUQVRFL3JlZ2lzdHJ5LnRzdlwiJztcbiAgICB1c2Vycy5wdXNoKGByd3Nfc3luY19hcmdzICR7c2hBcmdzKGFyZ3MocC5zeW5jU2VsZWN0aW9uKSl9YCk7XG4gICAgdXNlcnMucHVzaChgcndzX3N5bmNfdXNlcnMgJHtzaEFyZ3MoYXJncyhwLmFsbFVzZXJzU2VsZWN0ZWQgPyB1bmRlZmluZWQgOiBwLnVzZXJzLm1hcCgodSkgPT4gdS5uYW1lKSwgcC5wYXJ0aWFsQm9vdFJlZ2lzdHJ5KSl9ICR7ZmlsZX1gKTtcbiAgfSBlbHNlIGlmIChwLnJlZ2lzdHJ5ICYmIHAuc3luY1NlbGVjdGlvbikge1xuICAgIC8vIE5vYm9keSBhdCBib290LCBidXQgbGF0ZXIgc3luY3MgaGF2ZSBhIHNlbGVjdGlvbiAoYSB3b3Jrc3BhY2Ugd2l0aG91dCBhbiBvd25lcikuXG4gICAgdXNlcnMucHVzaChgcndzX3N5bmNfYXJncyAke3NoQXJncyhhcmdzKHAuc3luY1NlbGVjdGlvbikpfWApO1xuICB9XG4gIGZvciAoY29uc3QgdSBvZiBwLnRlbXBsYXRlVXNlcnMpIHVzZXJzLnB1c2goYHJ3c190ZW1wbGF0ZV91c2VyICR7c2hBcmdzKFt1Lm5hbWUsIHUuc2hlbGwsIC4uLnUuZ3JvdXBzXSl9YCk7XG4gIGlmIChwLnRlbXBsYXRlVXNlcnMubGVuZ3RoKSB7XG4gICAgdXNlcnMucHVzaChgcndzX3N1ZG9lcnMgL2V0Yy9zdWRvZXJzLmQvOTEtcmVzZWFyY2gtd29ya3NwYWNlLXRlbXBsYXRlJHtwLnRlbXBsYXRlVXNlcnMuZmlsdGVyKCh1KSA9PiB1LnN1ZG8pLm1hcCgodSkgPT4gJyAnICsgc2hxKHUubmFtZSkpLmpvaW4oJycpfWApO1xuICB9XG4gIHN0ZXAoJ3VzZXJzJywgdXNlcnMpO1xuXG4gIC8vIExheW91dCBvZiB0aGUgc2hhcmVkIHN0b3JhZ2UgKGdyb3VwLW93bmVkIGZvbGRlcnMgbmVlZCB0aGUgZ3JvdXBzKSwgYW5kIGVhY2ggcmVzZWFyY2hcbiAgLy8gdXNlcidzIEx1c3RyZSBzY3JhdGNoIGZvbGRlciB3aXRoIHRoZSByZWdpc3RyeSdzIG51bWJlcnMgKGFzIG9uIHRoZSBsYWIncyBjbHVzdGVyIG5vZGVzKS5cbiAgY29uc3QgbHVzdHJlRm9sZGVycyA9IHAubHVzdHJlID8gcC51c2Vycy5tYXAoKHUpID0+IGByd3NfZGlyICR7c2hxKGAke3AubHVzdHJlIS5tb3VudFBvaW50fS8ke3UubmFtZX1gKX0gMDcwMCAke3UudWlkfSAke3UuZ2lkfWApIDogW107XG4gIGlmIChwLnN0b3JhZ2UpIHtcbiAgICBjb25zdCBzID0gcC5zdG9yYWdlO1xuICAgIGNvbnN0IG1wID0gcy5tb3VudFBvaW50O1xuICAgIGNvbnN0IGJvZHk6IHN0cmluZ1tdID0gW107XG4gICAgaWYgKHMuc2hhcmVkR3JvdXApIHtcbiAgICAgIGJvZHkucHVzaChgcndzX2RpciAke3NocShtcCl9IDI3NzUgcm9vdCAke3Muc2hhcmVkR3JvdXB9YCwgYHJ3c19kaXIgJHtzaHEobXAgKyAnL3NoYXJlZCcpfSAyNzc1IHJvb3QgJHtzLnNoYXJlZEdyb3VwfWApO1xuICAgIH1cbiAgICBpZiAocy5wcm9qZWN0R3JvdXBzLmxlbmd0aCkge1xuICAgICAgYm9keS5wdXNoKGByd3NfZGlyICR7c2hxKG1wICsgJy9wcm9qZWN0cycpfSAke3Muc2hhcmVkR3JvdXAgPyBgMjc3NSByb290ICR7cy5zaGFyZWRHcm91cH1gIDogJzA3NTUgcm9vdCByb290J31gKTtcbiAgICAgIGZvciAoY29uc3QgZyBvZiBzLnByb2plY3RHcm91cHMpIHtcbiAgICAgICAgYm9keS5wdXNoKGByd3NfZGlyICR7c2hxKGAke21wfS9wcm9qZWN0cy8ke2d9YCl9IDI3NzAgcm9vdCAke2d9YCk7XG4gICAgICAgIGlmIChzLmxheW91dCA9PT0gU3RvcmFnZUxheW91dC5QT1NJWF9BQ0wpIGJvZHkucHVzaChgcndzX2FjbF9kaXIgJHtzaHEoYCR7bXB9L3Byb2plY3RzLyR7Z31gKX0gJHtnfWApO1xuICAgICAgfVxuICAgIH1cbiAgICBpZiAocy5zY3JhdGNoKSBib2R5LnB1c2goYHJ3c19kaXIgJHtzaHEobXAgKyAnL3NjcmF0Y2gnKX0gMTc3NyByb290IHJvb3RgKTtcbiAgICBzdGVwKCdsYXlvdXQnLCBbLi4uYm9keSwgLi4ubHVzdHJlRm9sZGVyc10pO1xuICB9IGVsc2UgaWYgKGx1c3RyZUZvbGRlcnMubGVuZ3RoKSB7XG4gICAgc3RlcCgnbGF5b3V0JywgbHVzdHJlRm9sZGVycyk7XG4gIH1cblxuICAvLyBTb2Z0d2FyZSBmcm9tIHRoZSBpbnRlcm5ldDogY29uZGEsIHBpcCwgc3BhY2ssIGNvZGUtc2VydmVyLCBSU3R1ZGlvIFNlcnZlci5cbiAgY29uc3Qgc3c6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGlzQ29uZGEgPSBwLnBhY2thZ2VNYW5hZ2VyID09PSBQYWNrYWdlTWFuYWdlci5DT05EQSB8fCBwLmNvbmRhLmxlbmd0aCA+IDA7XG4gIGlmIChpc0NvbmRhKSBzdy5wdXNoKCdbIC14IC9vcHQvY29uZGEvYmluL2NvbmRhIF0gfHwgcndzX25ldCBtaW5pZm9yZ2UgL29wdC9jb25kYScpO1xuICBpZiAocC5jb25kYS5sZW5ndGgpIHN3LnB1c2goYHJ3c19vbmNlIGNvbmRhLSR7aGFzaChwLmNvbmRhLmpvaW4oJ1xcbicpKX0gcndzX25ldCBjb25kYSAvb3B0L2NvbmRhICR7c2hBcmdzKHAuY29uZGEpfWApO1xuICBpZiAocC5waXAubGVuZ3RoKSBzdy5wdXNoKGByd3Nfb25jZSBwaXAtJHtoYXNoKHAucGlwLmpvaW4oJ1xcbicpKX0gcndzX25ldCBwaXAgJHtpc0NvbmRhID8gJy9vcHQvY29uZGEnIDogJy9vcHQvcmVzZWFyY2gtdmVudid9ICR7c2hBcmdzKHAucGlwKX1gKTtcbiAgaWYgKHAuc3BhY2subGVuZ3RoKSBzdy5wdXNoKGByd3Nfb25jZSBzcGFjay0ke2hhc2goW1NQQUNLX1JFTEVBU0UsIC4uLnAuc3BhY2tdLmpvaW4oJ1xcbicpKX0gcndzX25ldCBzcGFjayAvb3B0L3NwYWNrICR7U1BBQ0tfUkVMRUFTRX0gJHtzaEFyZ3MocC5zcGFjayl9YCk7XG4gIGlmIChwLnNlcnZpY2VzLnNvbWUoKHMpID0+IHMua2luZCA9PT0gU2VydmljZUtpbmQuQ09ERV9TRVJWRVIpKSBzdy5wdXNoKCdjb21tYW5kIC12IGNvZGUtc2VydmVyID4vZGV2L251bGwgMj4mMSB8fCByd3NfbmV0IGNvZGUtc2VydmVyJyk7XG4gIGlmIChwLnNlcnZpY2VzLnNvbWUoKHMpID0+IHMua2luZCA9PT0gU2VydmljZUtpbmQuUlNUVURJTykpIHN3LnB1c2goJ1sgLXggL3Vzci9saWIvcnN0dWRpby1zZXJ2ZXIvYmluL3JzZXJ2ZXIgXSB8fCByd3NfbmV0IHJzdHVkaW8tc2VydmVyJyk7XG4gIGlmIChiYWtlICYmIHAucGxhdGZvcm0gPT09IFdvcmtzcGFjZVBsYXRmb3JtLkFXUykgc3cucHVzaCgncndzX2ltYWdlX3Rvb2xzJyk7XG4gIHN0ZXAoJ3NvZnR3YXJlJywgc3cpO1xuXG4gIC8vIFRoZSB0ZW1wbGF0ZSdzIGZpbGVzLlxuICBjb25zdCBmaWxlczogc3RyaW5nW10gPSBbXTtcbiAgcC5maWxlcy5mb3JFYWNoKChmLCBpKSA9PiB7XG4gICAgaWYgKGYuZmlsZS5zb3VyY2UpIHtcbiAgICAgIGZpbGVzLnB1c2goYHJ3c190ZW1wbGF0ZV9maWxlX2ZldGNoICR7c2hBcmdzKFtmLmZpbGUuc291cmNlLCBmLmRlc3RpbmF0aW9uLCBmLm1vZGUsIGYub3duZXIsIGYuZ3JvdXBdKX0gJHtmLmZpbGUucmVxdWlyZWQgPT09IGZhbHNlID8gMCA6IDF9YCk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHBheWxvYWQucHVzaCh7IG5hbWU6IGBmaWxlcy8ke2l9YCwgbW9kZTogJzA2MDAnLCBjb250ZW50OiBmLmZpbGUuY29udGVudCA/PyAnJyB9KTtcbiAgICAgIGZpbGVzLnB1c2goYHJ3c190ZW1wbGF0ZV9maWxlIFwiJFJXU19QQVlMT0FEL2ZpbGVzLyR7aX1cIiAke3NoQXJncyhbZi5kZXN0aW5hdGlvbiwgZi5tb2RlLCBmLm93bmVyLCBmLmdyb3VwXSl9YCk7XG4gICAgfVxuICB9KTtcbiAgZmlsZXMucHVzaCgncndzX2luc3RhbGxfZmlsZSBcIiRSV1NfUEFZTE9BRC9wcm9maWxlLnNoXCIgL2V0Yy9wcm9maWxlLmQvcmVzZWFyY2gtd29ya3NwYWNlLnNoIDA2NDQgcm9vdCByb290Jyk7XG4gIHBheWxvYWQucHVzaCh7IG5hbWU6ICdwcm9maWxlLnNoJywgbW9kZTogJzA2NDQnLCBjb250ZW50OiBwcm9maWxlKHApLCBnZW5lcmF0ZWRTaGVsbDogJ3NoJyB9KTtcbiAgc3RlcCgnZmlsZXMnLCBmaWxlcyk7XG5cbiAgLy8gVGhlIHRlbXBsYXRlJ3MgcG9zdF9pbnN0YWxsLCBvbmNlIHBlciBjb250ZW50LlxuICAvLyBBIGJha2Uga25vd3Mgbm8gb3duZXIgKHRoZSBpbWFnZSBzZXJ2ZXMgZXZlcnkgd29ya3NwYWNlIG9mIHRoZSB0ZW1wbGF0ZSkuXG4gIGNvbnN0IGF1dGhvckVudiA9ICgpOiBzdHJpbmcgPT4gc2hBcmdzKFtcbiAgICBgUldTX1RFTVBMQVRFPSR7cC50ZW1wbGF0ZS5zbHVnfWAsIC4uLihvICYmICFiYWtlID8gW2BSV1NfT1dORVI9JHtvLm5hbWV9YF0gOiBbXSksXG4gICAgLi4uT2JqZWN0LmVudHJpZXMocC50ZW1wbGF0ZS5wYXJhbWV0ZXJWYWx1ZXMpLmZpbHRlcigoW2tdKSA9PiAvXltBLVphLXpfXVtBLVphLXowLTlfXSokLy50ZXN0KGspKS5tYXAoKFtrLCB2XSkgPT4gYFJXU19QQVJBTV8ke2t9PSR7dn1gKSxcbiAgXSk7XG4gIGlmIChwLnBvc3RJbnN0YWxsKSB7XG4gICAgcGF5bG9hZC5wdXNoKHsgbmFtZTogJ3Bvc3QtaW5zdGFsbC5zaCcsIG1vZGU6ICcwNzAwJywgY29udGVudDogcC5wb3N0SW5zdGFsbC5lbmRzV2l0aCgnXFxuJykgPyBwLnBvc3RJbnN0YWxsIDogcC5wb3N0SW5zdGFsbCArICdcXG4nIH0pO1xuICAgIHN0ZXAoJ3Bvc3RfaW5zdGFsbCcsIFtgcndzX29uY2UgcG9zdC1pbnN0YWxsLSR7aGFzaChwLnBvc3RJbnN0YWxsKX0gcndzX2F1dGhvcl9zY3JpcHQgXCIkUldTX1BBWUxPQUQvcG9zdC1pbnN0YWxsLnNoXCIgcG9zdF9pbnN0YWxsICR7YXV0aG9yRW52KCl9YF0pO1xuICB9XG5cbiAgLy8gU2VydmljZXMuXG4gIGNvbnN0IHN2Yzogc3RyaW5nW10gPSBbXTtcbiAgY29uc3Qgb3VycyA9IHAuc2VydmljZXMuZmlsdGVyKChzKSA9PiBzLmtpbmQgIT09IFNlcnZpY2VLaW5kLlNZU1RFTSk7XG4gIGlmIChvICYmIG91cnMuc29tZSgocykgPT4gcy5raW5kID09PSBTZXJ2aWNlS2luZC5KVVBZVEVSKSkge1xuICAgIHN2Yy5wdXNoKHAuc2VjcmV0cy5qdXB5dGVyXG4gICAgICA/IGByd3Nfc2VydmljZV9zZWNyZXQganVweXRlciBKVVBZVEVSX1RPS0VOICR7cC5zZWNyZXRzLmp1cHl0ZXIua2luZH0gJHtzaHEocC5zZWNyZXRzLmp1cHl0ZXIubG9jYXRpb24pfWBcbiAgICAgIDogYHJ3c19zZXJ2aWNlX3Rva2VuIGp1cHl0ZXIgSlVQWVRFUl9UT0tFTiAke28ubmFtZX1gKTtcbiAgfVxuICBpZiAobyAmJiBvdXJzLnNvbWUoKHMpID0+IHMua2luZCA9PT0gU2VydmljZUtpbmQuQ09ERV9TRVJWRVIpKSB7XG4gICAgc3ZjLnB1c2gocC5zZWNyZXRzLnBhc3N3b3JkXG4gICAgICA/IGByd3Nfc2VydmljZV9zZWNyZXQgY29kZS1zZXJ2ZXIgUEFTU1dPUkQgJHtwLnNlY3JldHMucGFzc3dvcmQua2luZH0gJHtzaHEocC5zZWNyZXRzLnBhc3N3b3JkLmxvY2F0aW9uKX1gXG4gICAgICA6IGByd3Nfc2VydmljZV90b2tlbiBjb2RlLXNlcnZlciBQQVNTV09SRCAke28ubmFtZX1gKTtcbiAgfVxuICBpZiAobyAmJiBvdXJzLnNvbWUoKHMpID0+IHMua2luZCA9PT0gU2VydmljZUtpbmQuUlNUVURJTykpIHtcbiAgICBzdmMucHVzaChwLnNlY3JldHMucGFzc3dvcmRcbiAgICAgID8gYHJ3c19zZXJ2aWNlX3NlY3JldCByc3R1ZGlvIFJXU19TRVJWSUNFX1BBU1NXT1JEICR7cC5zZWNyZXRzLnBhc3N3b3JkLmtpbmR9ICR7c2hxKHAuc2VjcmV0cy5wYXNzd29yZC5sb2NhdGlvbil9YFxuICAgICAgOiBgcndzX3NlcnZpY2VfdG9rZW4gcnN0dWRpbyBSV1NfU0VSVklDRV9QQVNTV09SRCAke28ubmFtZX1gKTtcbiAgICBwYXlsb2FkLnB1c2goeyBuYW1lOiAnYmluL3J3cy1yc3R1ZGlvLWF1dGgnLCBtb2RlOiAnMDc1NScsIGNvbnRlbnQ6IG9uY2UoJ3JzdHVkaW8tYXV0aCcsICgpID0+IGNvbXBhY3RTY3JpcHQoU0NSSVBUU1sncnN0dWRpby1hdXRoLnNoJ10pKSwgZ2VuZXJhdGVkU2hlbGw6ICdiYXNoJyB9KTtcbiAgICBzdmMucHVzaChgcndzX2luc3RhbGxfZmlsZSBcIiRSV1NfUEFZTE9BRC9iaW4vcndzLXJzdHVkaW8tYXV0aFwiICR7UlNUVURJT19BVVRIfSAwNzU1IHJvb3Qgcm9vdGApO1xuICB9XG4gIGNvbnN0IGVuYWJsZWQ6IHN0cmluZ1tdID0gW107XG4gIC8vIE9uIHRoaXMgbWFjaGluZSwgb25seSB0aGUgb3duZXIgYW5kIHJvb3QgbWF5IGNvbm5lY3QgdG8gdGhlIHNlcnZpY2VzJyBwb3J0cyAoYW5kIHRvIHRoZVxuICAvLyBjbGFpbSBjaGVja3MnIHBvcnRzKTogbmZ0YWJsZXMsIGxvYWRlZCBieSBhIHVuaXQgZXZlcnkgc2VydmljZSByZXF1aXJlcy5cbiAgY29uc3QgcG9ydHMgPSBbLi4ubmV3IFNldChvdXJzLmZpbHRlcigocykgPT4gcy5wb3J0ICE9PSB1bmRlZmluZWQpLmZsYXRNYXAoKHMpID0+IFtzLnBvcnQhLCBzLmludGVybmFsUG9ydCFdKSldLnNvcnQoKGEsIGIpID0+IGEgLSBiKTtcbiAgaWYgKG8gJiYgb3Vycy5sZW5ndGgpIHtcbiAgICBjb25zdCB1aWQgPSBvLmZyb21SZWdpc3RyeSA/IHAudXNlcnMuZmluZCgodSkgPT4gdS5uYW1lID09PSBvLm5hbWUpPy51aWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKHVpZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAvLyBBIHJlZ2lzdHJ5IG93bmVyJ3MgdWlkIGlzIGZpeGVkOiB0aGUgcnVsZXMgYXJlIHdyaXR0ZW4gaGVyZSAocndzX3NlcnZpY2VzX2ZpcmV3YWxsIHdyaXRlcyB0aGUgc2FtZSBhdCBib290IG90aGVyd2lzZSkuXG4gICAgICBwYXlsb2FkLnB1c2goeyBuYW1lOiAnc2VydmljZXMubmZ0JywgbW9kZTogJzA2NDQnLCBjb250ZW50OiBzZXJ2aWNlc05mdChvLm5hbWUsIHVpZCwgcG9ydHMpIH0pO1xuICAgICAgc3ZjLnB1c2goJ3J3c19pbnN0YWxsX2ZpbGUgXCIkUldTX1BBWUxPQUQvc2VydmljZXMubmZ0XCIgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2Uvc2VydmljZXMubmZ0IDA2NDQgcm9vdCByb290Jyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHN2Yy5wdXNoKGByd3Nfc2VydmljZXNfZmlyZXdhbGwgJHtvLm5hbWV9JHtwb3J0cy5tYXAoKHgpID0+ICcgJyArIHgpLmpvaW4oJycpfWApO1xuICAgIH1cbiAgfVxuICBpZiAobyAmJiBvdXJzLnNvbWUoKHMpID0+IHMucHVibGlzaGVkKSkge1xuICAgIHBheWxvYWQucHVzaChnYXRlVW5pdChwKSk7XG4gICAgc3ZjLnB1c2goJ3J3c191bml0IHJ3cy1nYXRlQC5zZXJ2aWNlJyk7XG4gICAgY29uc3QgY29kZSA9IGdhdGVDb2RlKCk7XG4gICAgaWYgKHAuZ2F0ZT8uY29kZVBhcmFtZXRlclByZWZpeCkge1xuICAgICAgc3ZjLnB1c2goYHJ3c19nYXRlX2ZldGNoICR7Y29kZS5zaGEyNTZ9ICR7c2hxKHAuZ2F0ZS5jb2RlUGFyYW1ldGVyUHJlZml4KX0gJHtnYXRlQ29kZVBhcmFtZXRlcnMocC5nYXRlLmNvZGVQYXJhbWV0ZXJQcmVmaXgpLmxlbmd0aH1gLFxuICAgICAgICBgcndzX2luc3RhbGxfZmlsZSBcIiRSV1NfU1RBVEUvcndzLWdhdGVcIiAke0dBVEV9IDA3NTUgcm9vdCByb290YCk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHBheWxvYWQucHVzaCh7IG5hbWU6ICdiaW4vcndzLWdhdGUnLCBtb2RlOiAnMDc1NScsIGNvbnRlbnQ6IGNvZGUuY29udGVudCB9KTtcbiAgICAgIHN2Yy5wdXNoKGByd3NfaW5zdGFsbF9maWxlIFwiJFJXU19QQVlMT0FEL2Jpbi9yd3MtZ2F0ZVwiICR7R0FURX0gMDc1NSByb290IHJvb3RgKTtcbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCBzIG9mIG8gPyBvdXJzIDogW10pIHtcbiAgICBjb25zdCB7IHVuaXQsIGV4dHJhIH0gPSB1bml0Rm9yKHAsIHMpO1xuICAgIHBheWxvYWQucHVzaCh7IG5hbWU6IGB1bml0cy8ke3MudW5pdH1gLCBtb2RlOiAnMDY0NCcsIGNvbnRlbnQ6IHVuaXQgfSwgLi4uZXh0cmEpO1xuICAgIGZvciAoY29uc3QgZSBvZiBleHRyYSkge1xuICAgICAgY29uc3QgZGVzdCA9IGUubmFtZS5zdGFydHNXaXRoKCdzZXJ2aWNlcy8nKSA/IGAvdXNyL2xvY2FsL2xpYi9yZXNlYXJjaC13b3Jrc3BhY2UvJHtlLm5hbWV9YCA6IGAvZXRjL3Jlc2VhcmNoLXdvcmtzcGFjZS8ke2UubmFtZX1gO1xuICAgICAgc3ZjLnB1c2goYHJ3c19pbnN0YWxsX2ZpbGUgXCIkUldTX1BBWUxPQUQvJHtlLm5hbWV9XCIgJHtzaHEoZGVzdCl9ICR7ZS5tb2RlfSByb290IHJvb3RgKTtcbiAgICB9XG4gICAgc3ZjLnB1c2goYHJ3c191bml0ICR7cy51bml0fWApO1xuICAgIGlmIChzLmVuYWJsZSkgZW5hYmxlZC5wdXNoKHMudW5pdCk7XG4gICAgaWYgKHMucHVibGlzaGVkKSB7XG4gICAgICBwYXlsb2FkLnB1c2goZ2F0ZUNvbmZpZyhwLCBzKSk7XG4gICAgICBzdmMucHVzaChgcndzX2luc3RhbGxfZmlsZSBcIiRSV1NfUEFZTE9BRC9nYXRlLyR7cy5uYW1lfS5qc29uXCIgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2UvZ2F0ZS8ke3MubmFtZX0uanNvbiAwNjQ0IHJvb3Qgcm9vdGApO1xuICAgICAgaWYgKHMuZW5hYmxlKSBlbmFibGVkLnB1c2goYHJ3cy1nYXRlQCR7cy5uYW1lfS5zZXJ2aWNlYCk7XG4gICAgfVxuICB9XG4gIGlmIChvdXJzLmxlbmd0aCkgc3ZjLnB1c2goYHJ3c191bml0c19hcHBseSR7ZW5hYmxlZC5tYXAoKHUpID0+ICcgJyArIHUpLmpvaW4oJycpfWApO1xuICBmb3IgKGNvbnN0IHMgb2YgcC5zZXJ2aWNlcy5maWx0ZXIoKHgpID0+IHgua2luZCA9PT0gU2VydmljZUtpbmQuU1lTVEVNICYmIHguZW5hYmxlKSkgc3ZjLnB1c2goYHJ3c19zeXN0ZW1fc2VydmljZSAke3NocShzLm5hbWUpfWApO1xuICBzdGVwKCdzZXJ2aWNlcycsIHN2Yyk7XG5cbiAgLy8gSWRsZSBhZ2VudC5cbiAgaWYgKHAuaWRsZSkge1xuICAgIHBheWxvYWQucHVzaCguLi5pZGxlVW5pdHMocCkpO1xuICAgIHN0ZXAoJ2lkbGUnLCBbXG4gICAgICAncndzX2luc3RhbGxfZmlsZSBcIiRSV1NfUEFZTE9BRC9iaW4vcndzLWlkbGUtYWdlbnRcIiAvdXNyL2xvY2FsL2xpYi9yZXNlYXJjaC13b3Jrc3BhY2UvcndzLWlkbGUtYWdlbnQgMDc1NSByb290IHJvb3QnLFxuICAgICAgJ3J3c19pbnN0YWxsX2ZpbGUgXCIkUldTX1BBWUxPQUQvaWRsZS5jb25mXCIgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2UvaWRsZS5jb25mIDA2NDQgcm9vdCByb290JyxcbiAgICAgICdyd3NfdW5pdCByd3MtaWRsZS5zZXJ2aWNlJyxcbiAgICAgICdyd3NfdW5pdCByd3MtaWRsZS50aW1lcicsXG4gICAgICAncndzX3VuaXRzX2FwcGx5IHJ3cy1pZGxlLnRpbWVyJyxcbiAgICBdKTtcbiAgfVxuXG4gIC8vIFRoZSBDbG91ZFdhdGNoIGFnZW50IChkaXNrIGFuZCBtZW1vcnkgbWV0cmljcyBmb3IgYWxhcm1zKTogZnJvbSB0aGUgaW1hZ2UsIGVsc2UgZnJvbSB0aGVcbiAgLy8gcmVnaW9uJ3MgcGFja2FnZSBzb3VyY2VzIHRocm91Z2ggdGhlIFMzIGdhdGV3YXkgZW5kcG9pbnQuXG4gIGlmIChwLmNsb3VkV2F0Y2hBZ2VudCkge1xuICAgIHBheWxvYWQucHVzaCh7IG5hbWU6ICdjbG91ZHdhdGNoLWFnZW50Lmpzb24nLCBtb2RlOiAnMDY0NCcsIGNvbnRlbnQ6IGNsb3VkV2F0Y2hBZ2VudENvbmZpZyhwLmNsb3VkV2F0Y2hBZ2VudCkgfSk7XG4gICAgc3RlcCgnbWV0cmljcycsIFtgcndzX2Nsb3Vkd2F0Y2hfYWdlbnQgXCIkUldTX1BBWUxPQUQvY2xvdWR3YXRjaC1hZ2VudC5qc29uXCIgJHtDTE9VRFdBVENIX0FHRU5UX0NPTkZJR31gXSk7XG4gIH1cblxuICAvLyBEZXZlbG9wZXIgY29udmVuaWVuY2VzLlxuICBjb25zdCBkZXY6IHN0cmluZ1tdID0gW107XG4gIGlmIChvICYmIHAuc2VjcmV0cy5naXRodWIpIGRldi5wdXNoKGByd3NfZGV2X2dpdGh1YiAke28ubmFtZX0gJHtwLnNlY3JldHMuZ2l0aHViLmtpbmR9ICR7c2hxKHAuc2VjcmV0cy5naXRodWIubG9jYXRpb24pfWApO1xuICBpZiAobyAmJiBwLmRvdGZpbGVzKSBkZXYucHVzaChgcndzX2Rldl9kb3RmaWxlcyAke28ubmFtZX0gJHtzaHEocC5kb3RmaWxlcyl9YCk7XG4gIGlmIChvICYmIHAuYm9vdHN0cmFwKSB7XG4gICAgcGF5bG9hZC5wdXNoKHsgbmFtZTogJ2Jvb3RzdHJhcC5zaCcsIG1vZGU6ICcwNzU1JywgY29udGVudDogcC5ib290c3RyYXAuZW5kc1dpdGgoJ1xcbicpID8gcC5ib290c3RyYXAgOiBwLmJvb3RzdHJhcCArICdcXG4nIH0pO1xuICAgIGRldi5wdXNoKGByd3Nfb25jZSBib290c3RyYXAtJHtoYXNoKHAuYm9vdHN0cmFwKX0gcndzX2Rldl9ib290c3RyYXAgJHtvLm5hbWV9IFwiJFJXU19QQVlMT0FEL2Jvb3RzdHJhcC5zaFwiYCk7XG4gIH1cbiAgc3RlcCgnZGV2ZWxvcGVyJywgZGV2KTtcblxuICAvLyBUaGUgdGVtcGxhdGUncyByYXcgdXNlcl9kYXRhLCBsYXN0LlxuICBpZiAocC51c2VyRGF0YSkge1xuICAgIHBheWxvYWQucHVzaCh7IG5hbWU6ICd1c2VyLWRhdGEuc2gnLCBtb2RlOiAnMDcwMCcsIGNvbnRlbnQ6IHAudXNlckRhdGEuZW5kc1dpdGgoJ1xcbicpID8gcC51c2VyRGF0YSA6IHAudXNlckRhdGEgKyAnXFxuJyB9KTtcbiAgICBzdGVwKCd1c2VyX2RhdGEnLCBbYHJ3c19vbmNlIHVzZXItZGF0YS0ke2hhc2gocC51c2VyRGF0YSl9IHJ3c19hdXRob3Jfc2NyaXB0IFwiJFJXU19QQVlMT0FEL3VzZXItZGF0YS5zaFwiIHVzZXJfZGF0YSAke2F1dGhvckVudigpfWBdKTtcbiAgfVxuXG4gIGlmIChiYWtlKSB7XG4gICAgY29uc3QgY29udGVudCA9IGhhc2hUZXh0KG91dC5qb2luKCdcXG4nKSk7XG4gICAgc3RlcCgnaW1hZ2UnLCBbYHJ3c19pbWFnZV9tYXJrICR7c2hBcmdzKFtwLnRlbXBsYXRlLnNsdWcsIHAudGVtcGxhdGUuZGVmaW5pdGlvbi52ZXJzaW9uID8/ICd1bnZlcnNpb25lZCcsIGNvbnRlbnRdKX1gXSk7XG4gIH1cbiAgcmV0dXJuIFsuLi5vdXQsICcnLCAncndzX3N0ZXAgcHJlZmxpZ2h0IHJ3c19wcmVmbGlnaHQnLCAuLi5jYWxsc107XG59XG5cbmZ1bmN0aW9uIGhhc2hUZXh0KHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRleHQpLmRpZ2VzdCgnaGV4Jykuc2xpY2UoMCwgMTYpO1xufVxuXG4vKipcbiAqIENvbnRlbnQgaGFzaCBvZiB3aGF0IHRoZSBiYWtlIG9mIGEgcGxhbiBpbnN0YWxscyAoaXRzIGluc3RhbGwgc3RlcHMsIG5vdCB0aGUgbGlicmFyaWVzIHRoYXRcbiAqIHJ1biB0aGVtKTogdGhlIHNhbWUgZm9yIGV2ZXJ5IHdvcmtzcGFjZSBvZiBhIHRlbXBsYXRlLCB2ZXJzaW9uIGFuZCBwbGF0Zm9ybS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJha2VIYXNoKHA6IFBsYW4pOiBzdHJpbmcge1xuICBpZiAocC5waGFzZSA9PT0gUHJvdmlzaW9uaW5nUGhhc2UuQkFLRSkge1xuICAgIGNvbnN0IG0gPSAvcndzX2ltYWdlX21hcmsgXFxTKyBcXFMrIChbMC05YS1mXXsxNn0pLy5leGVjKG1haW5TdGVwcyhwLCB1bmRlZmluZWQsIFtdKS5qb2luKCdcXG4nKSk7XG4gICAgcmV0dXJuIG0hWzFdO1xuICB9XG4gIHJldHVybiBiYWtlSGFzaCh7IC4uLnAsIHBoYXNlOiBQcm92aXNpb25pbmdQaGFzZS5CQUtFIH0pO1xufVxuXG4vKiogRXZlcnl0aGluZyB0aGUgbWFjaGluZSBuZWVkczogdGhlIG1haW4gc2NyaXB0IGFuZCBpdHMgcGF5bG9hZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVuZGVyZWQge1xuICByZWFkb25seSBwYXlsb2FkOiBQYXlsb2FkRmlsZVtdO1xuICByZWFkb25seSBtYWluOiBzdHJpbmc7XG59XG5cbi8qKlxuICogUmVuZGVycyB0aGUgcHJvdmlzaW9uaW5nIGZvciBhIHBsYW4gYW5kIGEgcmVnaXN0cnkgc291cmNlLlxuICogQHBhcmFtIHJlZ2lzdHJ5Q29udGVudCB0aGUgcmVnaXN0cnkgZmlsZSwgd2hlbiBpdCBpcyBpbmxpbmVcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlbmRlclByb3Zpc2lvbmluZyhwOiBQbGFuLCByZWc6IFJlZ2lzdHJ5U291cmNlIHwgdW5kZWZpbmVkLCByZWdpc3RyeUNvbnRlbnQ6IHN0cmluZyB8IHVuZGVmaW5lZCk6IFJlbmRlcmVkIHtcbiAgY29uc3QgcGF5bG9hZDogUGF5bG9hZEZpbGVbXSA9IFtdO1xuICBjb25zdCBzdGVwcyA9IG1haW5TdGVwcyhwLCByZWcsIHBheWxvYWQpO1xuICBjb25zdCBoZWFkZXIgPSBbXG4gICAgJyMhL2Jpbi9iYXNoJyxcbiAgICBgIyByd3MtcHJvdmlzaW9uOiBib290IHByb3Zpc2lvbmluZyBvZiBhIHJlc2VhcmNoIHdvcmtzcGFjZSBmcm9tIHRlbXBsYXRlIFwiJHtwLnRlbXBsYXRlLnNsdWd9XCIsYCxcbiAgICAnIyBnZW5lcmF0ZWQgYnkgY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMuIFNhZmUgdG8gcnVuIGFnYWluOiBldmVyeSBzdGVwIGNoZWNrcyBiZWZvcmUgaXQgY2hhbmdlcy4nLFxuICAgIGAjIExvZzogJHtwLmxvZ0ZpbGV9LiBDbG91ZC1vbmx5IGNvbW1hbmRzIGNhbiBiZSByZXBsYWNlZDogUldTX01PVU5UX0NNRCwgUldTX0ZFVENIX0NNRCwgUldTX1NFQ1JFVF9DTUQsYCxcbiAgICAnIyBSV1NfTkVUSU5TVEFMTF9DTUQgKGFuZCBSV1NfUE9XRVJPRkZfQ01EIGZvciB0aGUgaWRsZSBhZ2VudCkuJyxcbiAgICBgUldTX0xPRz0ke3NocShwLmxvZ0ZpbGUpfWAsXG4gICAgYFJXU19FWFBFQ1RFRF9PUz0ke3NocShwLnRlbXBsYXRlLm9zKX1gLFxuICAgIGBSV1NfUExBVEZPUk09JHtwLnBsYXRmb3JtfWAsXG4gICAgYFJXU19PRkZMSU5FPSR7cC5vZmZsaW5lID8gMSA6IDB9YCxcbiAgXTtcbiAgY29uc3QgYmFrZSA9IHAucGhhc2UgPT09IFByb3Zpc2lvbmluZ1BoYXNlLkJBS0U7XG4gIGNvbnN0IHRvb2xzID0gYmFrZSA/IFtdIDogW1xuICAgIC4uLihyZWcgJiYgcC51c2Vycy5sZW5ndGggPyBbVE9PTFNbMF1dIDogW10pLFxuICAgIC4uLihwLmlkbGUgPyBbVE9PTFNbMV1dIDogW10pLFxuICBdO1xuICBpZiAocC5waGFzZSAhPT0gUHJvdmlzaW9uaW5nUGhhc2UuRlVMTCkge1xuICAgIC8vIE9ubHkgdGhlIGZpbGVzIHRoZSBwaGFzZSdzIHN0ZXBzIHVzZS5cbiAgICBjb25zdCBrZXB0ID0gcGF5bG9hZC5maWx0ZXIoKGYpID0+IChiYWtlID8gZi5uYW1lID09PSAncG9zdC1pbnN0YWxsLnNoJyA6IGYubmFtZSAhPT0gJ3Bvc3QtaW5zdGFsbC5zaCcpKTtcbiAgICBwYXlsb2FkLnNwbGljZSgwLCBwYXlsb2FkLmxlbmd0aCwgLi4ua2VwdCk7XG4gIH1cbiAgaWYgKHAudG9vbHNQcmVmaXgpIHtcbiAgICAvLyBFYWNoIHRvb2wgaXMgZmV0Y2hlZCBqdXN0IGJlZm9yZSB0aGUgc3RlcCB0aGF0IGluc3RhbGxzIGl0LlxuICAgIGZvciAoY29uc3QgdCBvZiB0b29scykge1xuICAgICAgY29uc3QgYXQgPSBzdGVwcy5maW5kSW5kZXgoKHgpID0+IHguaW5jbHVkZXMoYFwiJFJXU19QQVlMT0FEL2Jpbi8ke3QubmFtZX1cImApKTtcbiAgICAgIGNvbnN0IHBhcmFtcyA9IHRvb2xQYXJhbWV0ZXJzKHAudG9vbHNQcmVmaXgpLmZpbHRlcigoeCkgPT4geC50b29sID09PSB0Lm5hbWUpO1xuICAgICAgc3RlcHMuc3BsaWNlKGF0IDwgMCA/IDAgOiBhdCwgMCwgYHJ3c19jb2RlX2ZldGNoICR7dG9vbENvZGUodCkuc2hhMjU2fSAke3NocShwYXJhbXNbMF0ubmFtZS5yZXBsYWNlKC9cXC8wJC8sICcnKSl9ICR7cGFyYW1zLmxlbmd0aH0gXCIkUldTX1BBWUxPQUQvYmluLyR7dC5uYW1lfVwiYCk7XG4gICAgfVxuICB9XG4gIGNvbnN0IGJvZHkgPSBjb21wb3NlZChMSUJSQVJJRVMsIHN0ZXBzLmpvaW4oJ1xcbicpKTtcbiAgLy8gY29tcGFjdFNjcmlwdCgpIG9mIGhlYWRlciwgbGlicmFyaWVzIGFuZCBzdGVwcywgdGhlIGxpYnJhcmllcycgbGluZXMgc2Nhbm5lZCBvbmNlIHBlciBjb21wb3NpdGlvbi5cbiAgY29uc3QgbWFpbiA9IHVuaW5kZW50KFtrZXB0TGluZXMoaGVhZGVyLmpvaW4oJ1xcbicpLCB0cnVlKSwgYm9keS5rZXB0LCBrZXB0TGluZXMoc3RlcHMuam9pbignXFxuJyksIGZhbHNlKV0sIG5ldyBTZXQoW2JvZHkua2VwdF0pKS5qb2luKCdcXG4nKSArICdcXG4nO1xuICBpZiAocmVnaXN0cnlDb250ZW50ICE9PSB1bmRlZmluZWQgJiYgIWJha2UpIHBheWxvYWQucHVzaCh7IG5hbWU6ICdyZWdpc3RyeS50c3YnLCBtb2RlOiAnMDYwMCcsIGNvbnRlbnQ6IHJlZ2lzdHJ5Q29udGVudCB9KTtcbiAgaWYgKCFwLnRvb2xzUHJlZml4KSB7XG4gICAgLy8gV2hvbGUgd2hlcmUgdGhlIHVzZXItZGF0YSBtYXkgYmUgbGFyZ2VyIHRoYW4gRUMyJ3MgMTYgS0IgKEt1YmVybmV0ZXMsIFByb3htb3gpOiB0aGUgcmUtcnVuXG4gICAgLy8gc2hvcnRjdXQgYW5kIHRoZSBwZXJsIGhvbWUgY3JlYXRpb24gY29tZSBhbG9uZy5cbiAgICBmb3IgKGNvbnN0IHQgb2YgdG9vbHMpIHtcbiAgICAgIHBheWxvYWQucHVzaCh7IG5hbWU6IGBiaW4vJHt0Lm5hbWV9YCwgbW9kZTogJzA3NTUnLCBjb250ZW50OiBwLm1heEJ5dGVzID4gRUMyX0xJTUlUID8gdG9vbENvZGUodCkuY29udGVudCA6IGlubGluZVRvb2xDb2RlKHQuc2NyaXB0KSwgZ2VuZXJhdGVkU2hlbGw6ICdiYXNoJyB9KTtcbiAgICB9XG4gIH1cbiAgcGF5bG9hZC51bnNoaWZ0KHsgbmFtZTogJ2Jpbi9yd3MtcHJvdmlzaW9uJywgbW9kZTogJzA3MDAnLCBjb250ZW50OiBtYWluLCBnZW5lcmF0ZWRTaGVsbDogJ2Jhc2gnIH0pO1xuICByZXR1cm4geyBwYXlsb2FkLCBtYWluIH07XG59XG4iXX0=