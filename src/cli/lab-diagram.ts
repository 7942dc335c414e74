import type { LabAccess, LabView, LabWorkspaceView } from './lab-view';
import { EgressMode } from '../workspaces/policy';

/**
 * `rws lab diagram`: a picture of a lab (people, how they get in, the workspaces, storage,
 * network and egress), as one graph rendered two ways: a Mermaid `flowchart` and a
 * self-contained SVG laid out here (columns, no browser, no Mermaid CLI). Both are
 * deterministic: the same lab gives the same bytes.
 */

/** What a box is, for its colour. */
export type DiagramKind = 'person' | 'group' | 'access' | 'workspace' | 'storage' | 'network' | 'internet';

/** A box. */
export interface DiagramNode {
  readonly id: string;
  /** Lines of text; the first is the title. */
  readonly lines: string[];
  readonly kind: DiagramKind;
}

/** A titled group of boxes (a Mermaid subgraph; an SVG column section). */
export interface DiagramGroup {
  readonly id: string;
  readonly title: string;
  /** SVG column (groups of one column are stacked). */
  readonly column: number;
  readonly nodes: DiagramNode[];
}

/** An arrow between boxes or groups. */
export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** solid: owner / data path; dashed: an account or a membership; thick: every workspace. */
  readonly style: 'solid' | 'dashed' | 'thick';
}

/** The lab as a graph. */
export interface LabDiagram {
  readonly title: string;
  readonly subtitle: string;
  readonly groups: DiagramGroup[];
  readonly edges: DiagramEdge[];
}

/** Users other than owners are drawn one by one while there are at most this many people; else they become one box. */
const MAX_USERS = 12;
/** At most this many groups are drawn one by one. */
const MAX_GROUPS = 10;

function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}

function list(items: string[], max: number): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} (+${items.length - max} more)`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function money(n: number | undefined): string {
  return n === undefined ? 'price unknown' : `$${n.toFixed(4)}/h`;
}

const ACCESS_ID: Record<LabAccess, string> = {
  'session-manager': 'a_ssm', 'web-gateway': 'a_web', 'ssh': 'a_ssh', 'remote-access': 'a_remote', 'kubernetes-api': 'a_virtctl',
};

/** Builds the graph of a lab. */
export function buildLabDiagram(view: LabView): LabDiagram {
  const used = new Set<string>();
  const uniqueId = (prefix: string, name: string) => {
    let id = `${prefix}_${idPart(name)}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}_${idPart(name)}_${n}`;
    used.add(id);
    return id;
  };

  // People: every owner, and the other users of a small registry; in a large one the others are one box.
  const owners = [...new Set(view.workspaces.map((w) => w.owner).filter((o): o is string => !!o))];
  const registryNames = view.users.map((u) => u.name);
  const everyone = [...new Set([...registryNames, ...owners])];
  const shown = everyone.length <= Math.max(MAX_USERS, owners.length) ? everyone : owners;
  const hidden = everyone.filter((n) => !shown.includes(n));
  const userId = new Map<string, string>();
  const people: DiagramNode[] = shown.map((name) => {
    const id = uniqueId('u', name);
    userId.set(name, id);
    const u = view.users.find((x) => x.name === name);
    const owns = view.workspaces.filter((w) => w.owner === name).length;
    return {
      id,
      kind: 'person' as const,
      lines: [name, ...(u ? [`uid ${u.uid}${u.groups.length ? `, groups ${list(u.groups, 3)}` : ''}`] : ['not in the registry']),
        ...(owns ? [`owns ${owns} workspace${owns > 1 ? 's' : ''}`] : [])],
    };
  });
  const othersId = hidden.length ? uniqueId('u', 'others') : undefined;
  if (othersId) people.push({ id: othersId, kind: 'person', lines: [`${hidden.length} more registry users`, list(hidden, 4)] });
  const personOf = (name: string) => userId.get(name) ?? othersId;

  const groupNodes: DiagramNode[] = [];
  const groupId = new Map<string, string>();
  if (view.groups.length <= MAX_GROUPS) {
    for (const g of view.groups) {
      const id = uniqueId('g', g.name);
      groupId.set(g.name, id);
      groupNodes.push({ id, kind: 'group', lines: [`group ${g.name} (gid ${g.gid})`, `${g.members.length} member${g.members.length === 1 ? '' : 's'}${g.description ? `: ${g.description}` : ''}`] });
    }
  } else {
    const id = uniqueId('g', 'groups');
    groupNodes.push({ id, kind: 'group', lines: [`${view.groups.length} groups`, list(view.groups.map((g) => `${g.name} (${g.members.length})`), 6)] });
    for (const g of view.groups) groupId.set(g.name, id);
  }

  // Access.
  const mechanisms = new Set(view.workspaces.flatMap((w) => w.access));
  const access: DiagramNode[] = [];
  if (mechanisms.has('session-manager')) {
    access.push({ id: ACCESS_ID['session-manager'], kind: 'access', lines: ['Session Manager', 'IAM-authorized shell and port forwards', 'no inbound port open'] });
  }
  if (mechanisms.has('web-gateway') && view.web) {
    access.push({
      id: ACCESS_ID['web-gateway'],
      kind: 'access',
      lines: ['Web gateway (internal ALB, HTTPS)', `https://<workspace>-<service>.${view.web.domain}`, `OIDC sign-in: ${view.web.issuer}`,
        ...(view.web.allowedCidrs.length ? [`from ${list(view.web.allowedCidrs, 3)}`] : ['from the VPC'])],
    });
  }
  if (mechanisms.has('kubernetes-api')) {
    access.push({
      id: ACCESS_ID['kubernetes-api'],
      kind: 'access',
      lines: ['virtctl ssh and port-forward', 'through the Kubernetes API server', `kubeconfig access to namespace ${view.namespace ?? '(the lab\'s)'}`],
    });
  }
  if (mechanisms.has('ssh')) {
    access.push({
      id: ACCESS_ID.ssh,
      kind: 'access',
      lines: ['SSH (port 22)', `from ${list(view.network.accessCidrs, 3)}`, ...(view.backend === 'kubernetes' ? ['to each workspace\'s Service (NetworkPolicy)'] : [])],
    });
  }
  if (mechanisms.has('remote-access')) {
    access.push({ id: ACCESS_ID['remote-access'], kind: 'access', lines: ['SSH and remote desktop', `from ${list(view.network.accessCidrs, 3)}`, 'Proxmox firewall per workspace'] });
  }
  if (access.length === 0) access.push({ id: 'a_none', kind: 'access', lines: ['no inbound access', view.backend === 'proxmox' ? 'Proxmox console only (set access_cidrs)' : 'none'] });

  // Workspaces.
  const wsId = new Map<string, string>();
  const workspaces: DiagramNode[] = view.workspaces.map((w) => {
    const id = uniqueId('w', w.name);
    wsId.set(w.name, id);
    return { id, kind: 'workspace' as const, lines: workspaceLines(view, w) };
  });

  // Storage.
  const storage: DiagramNode[] = [];
  if (view.storage) {
    const s = view.storage;
    storage.push({ id: 's_fs', kind: 'storage', lines: [s.kind === 'efs' ? 'Shared EFS' : 'Shared NFS', s.summary, `mounted at ${s.mountPoint}`] });
    storage.push({ id: 's_homes', kind: 'storage', lines: [`homes: ${s.homes}/<user>`, `one per user (${view.users.length}), 0700, owner only`] });
    storage.push({
      id: 's_projects',
      kind: 'storage',
      lines: [`projects: ${s.projects}/<group>`, view.groups.length ? `${list(view.groups.map((g) => g.name), 5)}; 2770, group members` : 'one per registry group (none yet)'],
    });
    storage.push({ id: 's_scratch', kind: 'storage', lines: [`scratch: ${s.scratch}`, '1777, sticky: everyone, own files'] });
  } else {
    storage.push({ id: 's_none', kind: 'storage', lines: ['no shared storage', 'homes on each workspace\'s own disk'] });
  }

  // Network and egress.
  const n = view.network;
  const netTitle = n.kind === 'vpc' ? 'Lab VPC' : n.kind === 'kubernetes' ? 'Kubernetes namespace' : 'Lab network';
  const network: DiagramNode[] = [{ id: 'n_net', kind: 'network', lines: [netTitle, n.summary, ...n.details] }];
  if (n.endpoints.length) network.push({ id: 'n_endpoints', kind: 'network', lines: ['VPC endpoints (private DNS)', list(n.endpoints, 20)] });
  const modes = [...new Set(view.workspaces.map((w) => w.egress))].sort();
  const egressId = (m: EgressMode) => `n_egress_${m}`;
  for (const m of modes) network.push({ id: egressId(m), kind: 'network', lines: [`egress: ${m}`, egressLine(view, m)] });
  const proxyNode = n.proxy && modes.includes(EgressMode.PROXIED) ? 'n_proxy' : undefined;
  if (proxyNode) network.push({ id: proxyNode, kind: 'network', lines: n.proxy! });
  const internet: DiagramNode[] = [];
  if (modes.some((m) => m !== EgressMode.NONE)) {
    const allowed = view.egressAllowedDomains;
    internet.push({
      id: 'i_internet',
      kind: 'internet',
      lines: ['Internet', modes.includes(EgressMode.OPEN) ? 'any destination'
        : view.backend === 'proxmox' ? 'whatever the lab\'s proxy allows' : allowed.length ? `allowed: ${list(allowed, 6)}` : 'the allowlist only'],
    });
  }

  const groups: DiagramGroup[] = [
    { id: 'people', title: 'People', column: 0, nodes: [...people, ...groupNodes] },
    { id: 'access', title: 'Access', column: 1, nodes: access },
    { id: 'workspaces', title: `Workspaces (${view.workspaces.length})`, column: 2, nodes: workspaces },
    { id: 'storage', title: 'Shared storage', column: 3, nodes: storage },
    { id: 'network', title: 'Network and egress', column: 3, nodes: network },
    ...(internet.length ? [{ id: 'internet', title: 'Outside', column: 4, nodes: internet }] : []),
  ];

  // Edges.
  const edges: DiagramEdge[] = [];
  const seen = new Set<string>();
  const edge = (e: DiagramEdge) => {
    const key = `${e.from}>${e.to}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(e);
  };
  // Owners first (solid), then account holders (dashed), so an owner's edge stays solid.
  for (const w of view.workspaces) {
    for (const a of w.access) if (w.owner && personOf(w.owner)) edge({ from: personOf(w.owner)!, to: ACCESS_ID[a], style: 'solid' });
  }
  for (const w of view.workspaces) {
    const holders = w.accounts === 'all' ? everyone : w.accounts;
    for (const h of holders) {
      const p = personOf(h);
      if (p) for (const a of w.access) edge({ from: p, to: ACCESS_ID[a], style: 'dashed' });
    }
  }
  for (const w of view.workspaces) for (const a of w.access) edge({ from: ACCESS_ID[a], to: wsId.get(w.name)!, style: 'solid' });
  if (view.storage) {
    for (const g of view.groups) if (groupId.get(g.name)) edge({ from: groupId.get(g.name)!, to: 's_projects', label: 'members: rw', style: 'dashed' });
    const protocol = view.storage.kind === 'efs' ? 'NFS over TLS, IAM' : 'NFSv4.1';
    const mounting = view.workspaces.filter((w) => w.sharedStorage);
    if (mounting.length && mounting.length === view.workspaces.length) edge({ from: 'workspaces', to: 's_fs', label: protocol, style: 'thick' });
    else for (const w of mounting) edge({ from: wsId.get(w.name)!, to: 's_fs', label: protocol, style: 'solid' });
    edge({ from: 's_fs', to: 's_homes', style: 'solid' });
    edge({ from: 's_fs', to: 's_projects', style: 'solid' });
    edge({ from: 's_fs', to: 's_scratch', style: 'solid' });
  }
  if (n.endpoints.length && view.workspaces.length) edge({ from: 'workspaces', to: 'n_endpoints', label: 'AWS APIs (HTTPS)', style: 'thick' });
  if (modes.length === 1 && view.workspaces.length) {
    edge({ from: 'workspaces', to: egressId(modes[0]), style: 'thick' });
  } else {
    for (const w of view.workspaces) edge({ from: wsId.get(w.name)!, to: egressId(w.egress), style: 'solid' });
  }
  if (proxyNode) edge({ from: egressId(EgressMode.PROXIED), to: proxyNode, label: 'HTTP proxy', style: 'solid' });
  for (const m of modes) {
    if (m === EgressMode.NONE) continue;
    const from = m === EgressMode.PROXIED && proxyNode ? proxyNode : egressId(m);
    edge({ from, to: 'i_internet', label: m === EgressMode.PROXIED ? 'allowlist only' : 'anything', style: 'solid' });
  }

  const where = view.backend === 'aws' ? `AWS${view.region ? ` ${view.region}` : ''}` : view.backend === 'kubernetes' ? 'Kubernetes, KubeVirt' : 'Proxmox VE';
  return {
    title: `Lab ${view.name} (${where})`,
    subtitle: `${view.file}: ${plural(view.workspaces.length, 'workspace')}, ${plural(view.users.length, 'user')}, ${plural(view.groups.length, 'group')}; egress ${view.egress}${view.policyName ? `; policy ${view.policyName}` : ''}`,
    groups,
    edges,
  };
}

function workspaceLines(view: LabView, w: LabWorkspaceView): string[] {
  const spec = view.backend === 'aws' ? `${w.size} ${w.instanceType}, ${money(w.hourlyCost)}` : `${w.size} (${w.vcpus} vCPU, ${w.memoryMiB / 1024} GiB)`;
  const flags = [w.spot ? 'spot' : '', w.hibernation ? 'hibernates' : '', w.idleStopMinutes !== undefined ? `stops after ${w.idleStopMinutes} idle min` : ''].filter((x) => x);
  return [
    w.name,
    `${w.template} · ${spec}`,
    `owner ${w.owner ?? '(none)'}${w.project ? ` · project ${w.project}` : ''}`,
    `accounts: ${w.accounts === 'all' ? 'every registry user' : list(w.accounts, 4) || 'none'}`,
    ...(w.node ? [`node ${w.node} · ${w.kind === 'lxc' ? 'container' : 'VM'} · egress ${w.egress}`] : []),
    ...(view.backend === 'kubernetes' ? [`KubeVirt VM · ${w.diskGiB} GiB disk · egress ${w.egress}${w.started === false ? ' · stopped' : ''}`] : []),
    ...(w.webServices.length ? [`web: ${w.webServices.join(', ')}`] : []),
    ...(flags.length ? [flags.join(' · ')] : []),
  ];
}

function egressLine(view: LabView, m: EgressMode): string {
  if (view.backend === 'aws') return view.network.egressPath;
  if (view.backend === 'kubernetes') {
    if (m === EgressMode.NONE) return 'no internet: cluster DNS and the NFS server only (NetworkPolicy)';
    if (m === EgressMode.PROXIED) return 'NetworkPolicy: only the lab\'s package proxy (and DNS, NFS)';
    return 'anything but private ranges: not the cluster, nodes or metadata (NetworkPolicy)';
  }
  if (m === EgressMode.NONE) return 'no internet: DNS, NTP and NFS to the named servers only';
  if (m === EgressMode.PROXIED) return view.network.egressPath.split('; ').find((p) => p.startsWith('proxied')) ?? 'through the proxy only';
  return 'everything (firewall policy ACCEPT)';
}

// ---------------------------------------------------------------------------------------------
// Mermaid

/** Text for a Mermaid label: entity codes for the characters Mermaid or its HTML labels read. */
export function mermaidText(s: string): string {
  const codes: Record<string, string> = { '#': '#35;', '"': '#34;', '<': '#60;', '>': '#62;', '&': '#38;', '|': '#124;', '`': '#96;' };
  return s.replace(/[\r\n]+/g, ' ').replace(/[#"<>&|`]/g, (c) => codes[c]);
}

const CLASS_STYLE: Record<DiagramKind, string> = {
  person: 'fill:#e8f0fe,stroke:#4a6fa5,color:#1a1a1a',
  group: 'fill:#dfe9f8,stroke:#4a6fa5,color:#1a1a1a',
  access: 'fill:#fef7e0,stroke:#b08000,color:#1a1a1a',
  workspace: 'fill:#e6f4ea,stroke:#2e7d32,color:#1a1a1a',
  storage: 'fill:#f3e8fd,stroke:#7b1fa2,color:#1a1a1a',
  network: 'fill:#fce8e6,stroke:#c5221f,color:#1a1a1a',
  internet: 'fill:#f1f3f4,stroke:#5f6368,color:#1a1a1a',
};

/** The graph as a Mermaid flowchart. */
export function toMermaid(d: LabDiagram): string {
  const out: string[] = ['---', `title: ${JSON.stringify(d.title)}`, '---', 'flowchart LR'];
  out.push(`  %% ${d.subtitle.replace(/[\r\n]+/g, ' ')}`);
  for (const g of d.groups) {
    out.push(`  subgraph ${g.id}["${mermaidText(g.title)}"]`);
    out.push('    direction TB');
    for (const n of g.nodes) out.push(`    ${n.id}["${n.lines.map(mermaidText).join('<br/>')}"]`);
    out.push('  end');
  }
  for (const e of d.edges) {
    const arrow = e.style === 'dashed' ? '-.->' : e.style === 'thick' ? '==>' : '-->';
    out.push(`  ${e.from} ${arrow}${e.label ? `|"${mermaidText(e.label)}"|` : ''} ${e.to}`);
  }
  for (const kind of Object.keys(CLASS_STYLE) as DiagramKind[]) {
    const ids = d.groups.flatMap((g) => g.nodes).filter((n) => n.kind === kind).map((n) => n.id);
    if (ids.length === 0) continue;
    out.push(`  classDef ${kind} ${CLASS_STYLE[kind]}`);
    out.push(`  class ${ids.join(',')} ${kind}`);
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// SVG

/** Text for XML content and attribute values, without characters XML 1.0 forbids. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const FILL: Record<DiagramKind, [string, string]> = {
  person: ['#e8f0fe', '#4a6fa5'],
  group: ['#dfe9f8', '#4a6fa5'],
  access: ['#fef7e0', '#b08000'],
  workspace: ['#e6f4ea', '#2e7d32'],
  storage: ['#f3e8fd', '#7b1fa2'],
  network: ['#fce8e6', '#c5221f'],
  internet: ['#f1f3f4', '#5f6368'],
};

const COL_WIDTH = 270;
const COL_GAP = 110;
const MARGIN = 24;
const PAD = 10;
const LINE = 15;
const NODE_GAP = 10;
const GROUP_GAP = 24;
const TITLE_H = 56;
const CHAR_W = 6.4;
const MAX_CHARS = Math.floor((COL_WIDTH - 2 * PAD - 16) / CHAR_W);

/** Wraps a line to at most `max` characters, at spaces or commas (long words are cut). */
export function wrap(text: string, max: number = MAX_CHARS): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf(' ', max), rest.lastIndexOf(',', max - 1) + 1);
    if (cut <= max / 3) cut = max;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length || out.length === 0) out.push(rest);
  return out;
}

interface Box { x: number; y: number; w: number; h: number }

/** The graph as a standalone SVG document (columns, boxes, arrows; escaped text). */
export function toSvg(d: LabDiagram): string {
  const columns = Math.max(...d.groups.map((g) => g.column)) + 1;
  const nodeBox = new Map<string, Box>();
  const groupBox = new Map<string, Box>();
  const nodeLines = new Map<string, string[]>();
  const colY = new Array<number>(columns).fill(MARGIN + TITLE_H);
  for (const g of d.groups) {
    const x = MARGIN + g.column * (COL_WIDTH + COL_GAP);
    const top = colY[g.column];
    let y = top + 30;
    for (const n of g.nodes) {
      const lines = n.lines.flatMap((l) => wrap(l));
      nodeLines.set(n.id, lines);
      const h = 2 * 8 + lines.length * LINE;
      nodeBox.set(n.id, { x: x + PAD, y, w: COL_WIDTH - 2 * PAD, h });
      y += h + NODE_GAP;
    }
    const h = Math.max(y - top, 50);
    groupBox.set(g.id, { x, y: top, w: COL_WIDTH, h });
    colY[g.column] = top + h + GROUP_GAP;
  }
  const width = MARGIN * 2 + columns * COL_WIDTH + (columns - 1) * COL_GAP;
  const height = Math.max(...colY) - GROUP_GAP + MARGIN;
  const r = (n: number) => (Math.round(n * 10) / 10).toString();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${r(height)}" viewBox="0 0 ${width} ${r(height)}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<title>${xmlText(d.title)}</title>`,
    `<desc>${xmlText(d.subtitle)}</desc>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5f6368"/></marker>',
    '</defs>',
    `<rect x="0" y="0" width="${width}" height="${r(height)}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="16" font-weight="bold" fill="#1a1a1a">${xmlText(d.title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 34}" font-size="11" fill="#5f6368">${xmlText(d.subtitle)}</text>`,
  ];
  for (const g of d.groups) {
    const b = groupBox.get(g.id)!;
    out.push(`<g class="group" id="group-${xmlText(g.id)}">`);
    out.push(`<rect x="${b.x}" y="${r(b.y)}" width="${b.w}" height="${r(b.h)}" rx="10" fill="#fafafa" stroke="#dadce0"/>`);
    out.push(`<text x="${b.x + PAD}" y="${r(b.y + 20)}" font-size="12" font-weight="bold" fill="#3c4043">${xmlText(g.title)}</text>`);
    out.push('</g>');
  }
  // Edges under the boxes.
  const anchor = (id: string): Box | undefined => nodeBox.get(id) ?? groupBox.get(id);
  const labelled = new Set<string>();
  const labels: string[] = [];
  for (const e of d.edges) {
    const a = anchor(e.from);
    const b = anchor(e.to);
    if (!a || !b) continue;
    let path: string;
    let mid: [number, number];
    if (b.x > a.x + a.w / 2) {
      const x1 = a.x + a.w;
      const y1 = a.y + a.h / 2;
      const x2 = b.x;
      const y2 = b.y + b.h / 2;
      const dx = Math.max((x2 - x1) / 2, 30);
      path = `M${r(x1)},${r(y1)} C${r(x1 + dx)},${r(y1)} ${r(x2 - dx)},${r(y2)} ${r(x2)},${r(y2)}`;
      mid = [(x1 + x2) / 2, (y1 + y2) / 2];
    } else {
      // Same column: around the right side.
      const x1 = a.x + a.w;
      const y1 = a.y + a.h / 2;
      const x2 = b.x + b.w;
      const y2 = b.y + b.h / 2;
      const bulge = Math.max(x1, x2) + 40;
      path = `M${r(x1)},${r(y1)} C${r(bulge)},${r(y1)} ${r(bulge)},${r(y2)} ${r(x2)},${r(y2)}`;
      mid = [bulge - 10, (y1 + y2) / 2];
    }
    const stroke = e.style === 'thick' ? ' stroke-width="2.5"' : ' stroke-width="1.2"';
    const dash = e.style === 'dashed' ? ' stroke-dasharray="5 4"' : '';
    out.push(`<path d="${path}" fill="none" stroke="#80868b"${stroke}${dash} marker-end="url(#arrow)"/>`);
    // A label is drawn once per source and once per target: fans of the same arrow share one.
    if (e.label && !labelled.has(`from ${e.from}|${e.label}`) && !labelled.has(`to ${e.to}|${e.label}`)) {
      labelled.add(`from ${e.from}|${e.label}`);
      labelled.add(`to ${e.to}|${e.label}`);
      const w = e.label.length * 5.8 + 8;
      labels.push(`<rect x="${r(mid[0] - w / 2)}" y="${r(mid[1] - 8)}" width="${r(w)}" height="15" rx="3" fill="#ffffff" opacity="0.9"/>`
        + `<text x="${r(mid[0])}" y="${r(mid[1] + 3)}" text-anchor="middle" font-size="10" fill="#3c4043">${xmlText(e.label)}</text>`);
    }
  }
  for (const g of d.groups) {
    for (const n of g.nodes) {
      const b = nodeBox.get(n.id)!;
      const [fill, stroke] = FILL[n.kind];
      out.push(`<g class="node ${n.kind}" id="${xmlText(n.id)}">`);
      out.push(`<rect x="${b.x}" y="${r(b.y)}" width="${b.w}" height="${r(b.h)}" rx="6" fill="${fill}" stroke="${stroke}"/>`);
      const lines = nodeLines.get(n.id)!;
      out.push(`<text x="${b.x + 8}" y="${r(b.y + 8 + 11)}" fill="#1a1a1a">${lines.map((l, i) =>
        `<tspan x="${b.x + 8}"${i === 0 ? ' font-weight="bold"' : ` dy="${LINE}"`}>${xmlText(l)}</tspan>`).join('')}</text>`);
      out.push('</g>');
    }
  }
  out.push(...labels);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
