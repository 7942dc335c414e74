import { ResolvedTemplate } from '../../catalog';
import { Diagnostic, DiagnosticSeverity } from '../../errors';
import { EgressMode } from '../../policy';
import { problem, WorkspaceInputError } from '../../private/error';
import { isReservedUserName, normalisePath, pathAllowed, privilegedPathKind, PRIVILEGED_GROUPS, scriptPrivilegedWrites, setIdMode } from '../../private/privilege';
import { OperatingSystem, PackageManager, TemplateFile, TemplateService } from '../../template';
import { ResearchGroup, ResearchUser, UserRegistry } from '../../users';
import {
  DeveloperLanguage, IdleAction, ProvisioningPhase, RegistryDelivery, RegistryDeliveryMode, SecretReference, StorageLayout, WorkspacePlatform,
  WorkspaceUserDataOptions,
} from '../options';
import { CLOUDWATCH_AGENT_NAMESPACE, NAMESPACE, PlannedCloudWatchAgent } from './cloudwatch-agent';
import { ENV_NAME, FILE_PATH, IP_ADDRESS, isLoopback, PACKAGE_SPEC, POSIX_NAME, SAFE_PATH, SERVICE_NAME } from './shell';

/** Default log file of the provisioning. */
export const DEFAULT_LOG_FILE = '/var/log/research-workspace/provision.log';
/** Default log file of a bake (kept in the image). */
export const BAKE_LOG_FILE = '/var/log/research-workspace/bake.log';
/** EC2's user-data limit (bytes, before base64). */
export const EC2_LIMIT = 16384;
/** Default limit elsewhere: a Kubernetes ConfigMap or Secret. */
export const OTHER_LIMIT = 1048576;

/** The kinds of service the generator knows how to run. */
export enum ServiceKind {
  JUPYTER = 'jupyter',
  RSTUDIO = 'rstudio',
  CODE_SERVER = 'code-server',
  STREAMLIT = 'streamlit',
  MLFLOW = 'mlflow',
  CUSTOM = 'custom',
  SYSTEM = 'system',
}

/** A service after validation. */
export interface PlannedService {
  readonly name: string;
  readonly kind: ServiceKind;
  readonly unit: string;
  readonly port?: number;
  readonly bindAddress: string;
  /** Published behind the gateway: rws-gate checks the claim on 0.0.0.0:port, the service moves to 127.0.0.1:internalPort. */
  readonly published: boolean;
  /** The port the service itself listens on (the port, or port + 10000 when published). */
  readonly internalPort?: number;
  readonly enable: boolean;
  readonly command?: string;
  readonly config: string[];
}

/** A template file after validation. */
export interface PlannedFile {
  readonly file: TemplateFile;
  readonly destination: string;
  readonly owner: string;
  readonly group: string;
  readonly mode: string;
}

/** Storage after validation. */
export interface PlannedStorage {
  readonly kind: 'efs' | 'nfs' | 'pre-mounted';
  readonly mountPoint: string;
  readonly fstabSource?: string;
  readonly fstabType?: string;
  readonly options?: string;
  readonly layout: StorageLayout;
  readonly homeBase?: string;
  readonly projectGroups: string[];
  readonly scratch: boolean;
  readonly sharedGroup?: string;
  readonly efsRegion?: string;
  readonly efsId?: string;
  /** Offline without efs-utils: plain NFSv4.1 through the mount target. */
  readonly plainNfsFallback?: boolean;
}

/** The Lustre scratch after checks. */
export interface PlannedLustre {
  readonly dnsName: string;
  readonly mountName: string;
  readonly mountPoint: string;
}

/** Idle settings after defaults. */
export interface PlannedIdle {
  readonly action: IdleAction;
  readonly minutes: number;
  readonly intervalMinutes: number;
  readonly cpuPercent: number;
  readonly gpuPercent: number;
  readonly netKbps: number;
}

/** The claim check of published services (rws-gate), as its configuration needs it. */
export interface PlannedGate {
  readonly signer: string;
  readonly region: string;
  readonly issuer?: string;
  readonly emails: string[];
  readonly subjects: string[];
  readonly codeParameterPrefix?: string;
}

/** Owner of the services. */
export interface PlannedOwner {
  readonly name: string;
  readonly group: string;
  readonly home: string;
  readonly fromRegistry: boolean;
}

/**
 * Options objects whose caller wraps the generated parts into its own message and checks that
 * message's compressed size against the limit (module-private: not part of the public options).
 */
export const SIZE_CHECKED_BY_CALLER = new WeakSet<object>();

/** Everything decided before any text is written. */
export interface Plan {
  readonly template: ResolvedTemplate;
  readonly where: string;
  readonly platform: WorkspacePlatform;
  /** No internet (egress NONE). */
  readonly offline: boolean;
  /** Part of the provisioning generated (everything, the bake, or the boot on a baked image). */
  readonly phase: ProvisioningPhase;
  /** Install the SSM agent at boot when the image lacks it (AWS, Debian 12 and Rocky 9). */
  readonly ssmAgent: boolean;
  /** `-u` of later syncs against the whole registry (undefined: every user). */
  readonly syncSelection?: string[];
  /** The boot's registry is part of what later syncs apply (syncSelection given): the boot sync is `-P`. */
  readonly partialBootRegistry: boolean;
  readonly logFile: string;
  readonly maxBytes: number;
  /**
   * The caller sends the parts inside a larger message and checks that message's compressed
   * size itself (the AWS adapter): the generator then compresses its own message only when asked.
   */
  readonly sizeCheckedByCaller: boolean;
  readonly registry?: UserRegistry;
  readonly users: ResearchUser[];
  readonly allUsersSelected: boolean;
  readonly groups: ResearchGroup[];
  readonly templateUsers: Array<{ name: string; shell: string; groups: string[]; sudo: boolean }>;
  readonly owner?: PlannedOwner;
  readonly homeBase: string;
  readonly installKeys: boolean;
  readonly extraGroups: string[];
  readonly shellOverrides: string[];
  readonly environment: Array<[string, string]>;
  readonly systemPackages: string[];
  readonly conda: string[];
  readonly pip: string[];
  readonly spack: string[];
  readonly packageManager: PackageManager;
  readonly services: PlannedService[];
  readonly files: PlannedFile[];
  readonly storage?: PlannedStorage;
  readonly lustre?: PlannedLustre;
  readonly idle?: PlannedIdle;
  readonly delivery: RegistryDelivery;
  readonly secrets: { jupyter?: SecretReference; password?: SecretReference; github?: SecretReference };
  /** The claim check of published services (present when a service is published). */
  readonly gate?: PlannedGate;
  /** SSM parameter prefix of the tools fetched at boot (sync, idle agent), when they do not travel in the user-data. */
  readonly toolsPrefix?: string;
  /** The CloudWatch agent (disk and memory metrics), when asked for. */
  readonly cloudWatchAgent?: PlannedCloudWatchAgent;
  readonly zsh: boolean;
  readonly dotfiles?: string;
  readonly bootstrap?: string;
  readonly languages: DeveloperLanguage[];
  readonly postInstall?: string;
  readonly userData?: string;
  readonly warnings: Diagnostic[];
}

const SUDO_GROUPS = new Set(['sudo', 'wheel', 'admin']);
const JUPYTER_RESERVED = /^\s*c\.\w+\.(token|password|ip|port|allow_root|open_browser|allow_remote_access|disable_check_xsrf|root_dir|notebook_dir)\s*=/;

/** Recognises a known service by its name. */
export function serviceKind(s: TemplateService): ServiceKind {
  if (s.command) return ServiceKind.CUSTOM;
  const n = s.name.toLowerCase();
  if (/^jupyter(lab|-lab|-notebook|-server|-ui)?$/.test(n)) return ServiceKind.JUPYTER;
  if (/^rstudio(-server)?$/.test(n)) return ServiceKind.RSTUDIO;
  if (/^(code-server|vscode|vs-code|openvscode)$/.test(n)) return ServiceKind.CODE_SERVER;
  if (/^streamlit/.test(n)) return ServiceKind.STREAMLIT;
  if (/^mlflow/.test(n)) return ServiceKind.MLFLOW;
  return ServiceKind.SYSTEM;
}

/**
 * Validates the options against the template and registry and decides every default. All
 * problems are reported together, each with where, field, value and fix.
 */
export function makePlan(o: WorkspaceUserDataOptions): Plan {
  const t = o.template;
  const def = t.definition;
  const where = o.where ?? t.slug;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const err = (code: string, field: string, message: string, value: unknown, fix: string) =>
    errors.push(problem({ code, field, message: `${where}: ${message}`, value, fix, location: { file: def.source } }));
  const warn = (code: string, field: string, message: string, value: unknown, fix: string) =>
    warnings.push(problem({ severity: DiagnosticSeverity.WARNING, code, field, message: `${where}: ${message}`, value, fix, location: { file: def.source } }));
  const platform = o.platform ?? WorkspacePlatform.AWS;
  const offline = o.egress === EgressMode.NONE;
  const phase = o.phase ?? ProvisioningPhase.FULL;
  // On a baked image the template's software is there already; on AWS so are efs-utils and the AWS CLI.
  const baked = phase === ProvisioningPhase.BOOT;
  const ru = def.researchUser ?? {};

  // Users.
  const registry = o.registry;
  let users: ResearchUser[] = [];
  let allUsersSelected = true;
  if (o.users !== undefined) {
    if (!registry) err('no-registry', 'users', 'users are selected but no registry is given', o.users, 'pass registry: UserRegistry.fromFile(...)');
    for (const n of o.users) {
      if (registry && !registry.users.some((u) => u.name === n)) {
        err('unknown-user', 'users', `user "${n}" is not in the registry ${registry.sourceName}`, n, `use one of ${registry.users.map((u) => u.name).slice(0, 20).join(', ')}`);
      }
    }
    users = registry ? registry.users.filter((u) => o.users!.includes(u.name)) : [];
    allUsersSelected = !!registry && users.length === registry.users.length;
  } else if (registry && ru.autoCreate !== false) {
    users = [...registry.users];
  }
  const groups = registry ? [...registry.groups] : [];

  // Template accounts: never a registry user or a system account; privileged groups only by
  // the policy's name (allowed_privileged_groups).
  const allowedGroups = new Set(o.policy?.props.allowedPrivilegedGroups ?? []);
  const policyName = o.policy ? `policy "${o.policy.name}"` : 'no policy (none was given, so nothing privileged is allowed)';
  const templateUsers = (def.users ?? []).filter((u, i) => {
    if (registry?.users.some((r) => r.name === u.name)) {
      err('template-user-collides', `users[${i}].name`, `template account "${u.name}" has the name of a registry user of ${registry.sourceName}: it would take over that person's account`, u.name,
        'rename the template account, or remove it and give the registry user what the template needs');
      return false;
    }
    if (isReservedUserName(u.name)) {
      err('reserved-user-name', `users[${i}].name`, `template account "${u.name}" is a system or image account`, u.name, 'rename the template account');
      return false;
    }
    return true;
  }).map((u) => {
    const i = (def.users ?? []).indexOf(u);
    for (const g of u.groups ?? []) {
      if (PRIVILEGED_GROUPS.has(g) && !allowedGroups.has(g)) {
        err('privileged-group-not-allowed', `users[${i}].groups`, `template account "${u.name}" joins the privileged group "${g}", which ${policyName} does not allow${allowedGroups.size ? ` (it allows ${[...allowedGroups].join(', ')})` : ''}`, g,
          `remove "${g}" from the account's groups, or add "${g}" to allowed_privileged_groups in the lab's policy`);
      }
    }
    const gs = (u.groups ?? []).filter((g) => !SUDO_GROUPS.has(g));
    gs.forEach((g) => {
      if (!POSIX_NAME.test(g)) err('invalid-group', 'users', `group "${g}" of template user "${u.name}" is not a valid group name`, g, 'use a POSIX group name');
    });
    return { name: u.name, shell: u.shell ?? ru.defaultShell ?? '/bin/bash', groups: gs, sudo: (u.groups ?? []).some((g) => SUDO_GROUPS.has(g)) };
  });
  if (ru.defaultShell !== undefined && !SAFE_PATH.test(ru.defaultShell)) {
    err('invalid-shell', 'research_user.default_shell', 'shell must be an absolute path', ru.defaultShell, 'write e.g. /bin/bash');
  }

  // Storage.
  let storage: PlannedStorage | undefined;
  if (o.storage) {
    const s = o.storage;
    const mountPoint = (s.mountPoint ?? ru.efsMountPoint ?? '/shared').replace(/\/+$/, '') || '/';
    if (!SAFE_PATH.test(mountPoint) || mountPoint === '/' || mountPoint.split('/').includes('..')) {
      err('invalid-path', 'storage.mountPoint', 'mount point must be an absolute path of letters, digits and ._-/ (not /)', mountPoint, 'use e.g. /shared');
    }
    const homeSub = s.homeSubdirectory ?? ru.efsHomeSubdirectory ?? 'home';
    if (!/^[A-Za-z0-9._-]+$/.test(homeSub) || homeSub === '..' || homeSub === '.') {
      err('invalid-path', 'storage.homeSubdirectory', 'home subdirectory must be one folder name', homeSub, 'use e.g. home');
    }
    const layout = s.layout ?? StorageLayout.USER_SUBDIRECTORIES;
    let fstabSource: string | undefined;
    let fstabType: string | undefined;
    let options: string | undefined;
    const kind = s.source.kind as PlannedStorage['kind'];
    if (kind === 'efs') {
      const e = s.source.efsSettings!;
      if (!/^fs-[0-9a-f]{8,40}$/.test(e.fileSystemId)) err('invalid-efs-id', 'storage.source.fileSystemId', 'not an EFS file system id', e.fileSystemId, 'write fs- followed by hex digits, e.g. fs-0123456789abcdef0');
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(e.region)) err('invalid-region', 'storage.source.region', 'not an AWS region', e.region, 'write e.g. us-east-1');
      if (e.accessPointId !== undefined && !/^fsap-[0-9a-f]{8,40}$/.test(e.accessPointId)) {
        err('invalid-access-point', 'storage.source.accessPointId', 'not an EFS access point id', e.accessPointId, 'write fsap- followed by hex digits');
      }
      fstabSource = `${e.fileSystemId}:/`;
      fstabType = 'efs';
      options = ['_netdev', 'noresvport', 'tls', ...(e.iam ? ['iam'] : []), ...(e.accessPointId ? [`accesspoint=${e.accessPointId}`] : [])].join(',');
      if (e.plainNfsFallback && e.iam) {
        err('plain-nfs-with-iam', 'storage.source.plainNfsFallback', 'plain NFSv4.1 cannot authenticate with IAM (only amazon-efs-utils can), so the fallback would be refused by the file system',
          true, 'set iam: false (the file system policy must then admit clients through the mount targets and not require TLS), or drop plainNfsFallback and use an image with amazon-efs-utils (or Amazon Linux 2023)');
      }
      if (e.plainNfsFallback && e.accessPointId) {
        err('plain-nfs-with-access-point', 'storage.source.plainNfsFallback', 'EFS access points need amazon-efs-utils (TLS); plain NFSv4.1 cannot use one', e.accessPointId,
          'remove accessPointId, or drop plainNfsFallback and use an image with amazon-efs-utils (or Amazon Linux 2023)');
      }
      if (layout === StorageLayout.POSIX_ACL) {
        err('acl-unsupported', 'storage.layout', 'Amazon EFS does not support POSIX ACLs', layout,
          'use StorageLayout.GROUP_SHARED (a lab group owns the share) or USER_SUBDIRECTORIES, or EFS access points per project');
      }
    } else if (kind === 'nfs') {
      const n = s.source.nfsSettings!;
      if (!/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])$/.test(n.server)) {
        err('invalid-server', 'storage.source.server', 'not a host name or IP address', n.server, 'write e.g. nfs.lab.example.edu or 10.0.0.5');
      }
      if (!SAFE_PATH.test(n.exportPath)) err('invalid-path', 'storage.source.exportPath', 'export path must be absolute, of letters, digits and ._-/', n.exportPath, 'write e.g. /export/lab');
      options = n.mountOptions ?? 'nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev';
      if (!/^[A-Za-z0-9_=,.:-]+$/.test(options)) err('invalid-mount-options', 'storage.source.mountOptions', 'mount options must be a comma-separated list without spaces', options, 'write e.g. nfsvers=4.1,hard,_netdev');
      fstabSource = `${n.server}:${n.exportPath}`;
      fstabType = 'nfs4';
      if (layout === StorageLayout.POSIX_ACL) {
        warn('acl-nfs', 'storage.layout', 'POSIX ACLs over NFSv4.1 need an export whose server maps them (setfacl fails otherwise, and the boot says so)', layout,
          'check with setfacl on a test machine, or use GROUP_SHARED');
      }
    }
    const projectGroups = s.projectGroups ?? groups.map((g) => g.name);
    for (const g of projectGroups) {
      if (!groups.some((x) => x.name === g)) err('unknown-group', 'storage.projectGroups', `project group "${g}" is not a registry group`, g, `use one of ${groups.map((x) => x.name).join(', ') || '(the registry has no groups)'}`);
    }
    if (layout === StorageLayout.GROUP_SHARED) {
      if (!s.sharedGroup) err('missing-shared-group', 'storage.sharedGroup', 'the GROUP_SHARED layout needs the lab group that owns the share', undefined, 'set sharedGroup to a registry group, e.g. "researchers"');
      else if (!groups.some((x) => x.name === s.sharedGroup)) err('unknown-group', 'storage.sharedGroup', `shared group "${s.sharedGroup}" is not a registry group`, s.sharedGroup, 'add it under groups: in the registry');
    }
    const homes = s.homesOnSharedStorage ?? true;
    storage = {
      kind,
      mountPoint,
      fstabSource,
      fstabType,
      options,
      layout,
      homeBase: homes ? `${mountPoint}/${homeSub}` : undefined,
      projectGroups,
      scratch: s.scratch ?? true,
      sharedGroup: layout === StorageLayout.GROUP_SHARED ? s.sharedGroup : undefined,
      efsRegion: s.source.efsSettings?.region,
      efsId: s.source.efsSettings?.fileSystemId,
      plainNfsFallback: s.source.efsSettings?.plainNfsFallback ?? false,
    };
  } else if (ru.requireEfs) {
    err('storage-required', 'storage', `template "${t.slug}" requires shared storage (research_user.require_efs)`, undefined, 'pass storage: { source: StorageSource.efs({...}) }');
  }
  const homeBase = storage?.homeBase ?? '/home';
  let lustre: PlannedLustre | undefined;
  if (o.lustre) {
    const l = o.lustre;
    const mp = l.mountPoint ?? '/scratch';
    if (!/^fs-[0-9a-f]{8,40}\.fsx\.[a-z0-9.-]+$/.test(l.dnsName)) err('invalid-lustre', 'lustre.dnsName', 'not an FSx for Lustre DNS name', l.dnsName, 'write e.g. fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com');
    if (!/^[a-z0-9]{1,16}$/.test(l.mountName)) err('invalid-lustre', 'lustre.mountName', 'not a Lustre mount name (lowercase letters and digits)', l.mountName, 'write the file system\'s LustreMountName, e.g. abcdefgh');
    if (!SAFE_PATH.test(mp) || mp === '/' || mp.includes('..') || mp === storage?.mountPoint) {
      err('invalid-path', 'lustre.mountPoint', 'mount point must be an absolute path of letters, digits and ._-/ (not / and not the shared storage\'s)', mp, 'use e.g. /scratch');
    }
    lustre = { dnsName: l.dnsName, mountName: l.mountName, mountPoint: mp };
  }

  // Owner.
  let owner: PlannedOwner | undefined;
  const ownerName = o.owner ?? templateUsers[0]?.name ?? users[0]?.name;
  if (ownerName !== undefined) {
    const ru2 = users.find((u) => u.name === ownerName);
    if (ownerName === 'root' || !POSIX_NAME.test(ownerName)) {
      err('invalid-owner', 'owner', 'services never run as root; the owner must be a research or template user', ownerName, 'name a registry user of this workspace');
    } else if (ru2) {
      owner = { name: ownerName, group: ru2.primaryGroup, home: `${homeBase}/${ownerName}`, fromRegistry: true };
    } else if (templateUsers.some((u) => u.name === ownerName)) {
      owner = { name: ownerName, group: ownerName, home: `/home/${ownerName}`, fromRegistry: false };
    } else {
      err('unknown-owner', 'owner', `owner "${ownerName}" is neither a selected registry user nor a template user`, ownerName,
        `use one of ${[...users.map((u) => u.name), ...templateUsers.map((u) => u.name)].slice(0, 20).join(', ') || '(no users: add a registry)'}`);
    }
  }

  // Packages.
  const pm = t.packageManager;
  const pkgs = def.packages ?? {};
  const checkPkgs = (list: string[] | undefined, field: string) => (list ?? []).filter((p) => {
    if (!PACKAGE_SPEC.test(p)) {
      err('invalid-package', field, 'a package must be one name or spec, not starting with "-", without spaces or shell characters', p, 'write the package name, e.g. python3-venv');
      return false;
    }
    return true;
  });
  const systemPackages = pm === PackageManager.AMI ? [] : checkPkgs(pkgs.system, 'packages.system');
  const conda = checkPkgs(pkgs.conda, 'packages.conda');
  const pip = checkPkgs(pkgs.pip, 'packages.pip');
  const spack = checkPkgs(pkgs.spack, 'packages.spack');

  // Services. Each of ours runs as the owner and authenticates: Jupyter with a token,
  // code-server and RStudio Server with a password (secrets in root-only files), and on this
  // machine only the owner and root may connect to any of their ports (services.nft). A
  // published one sits behind rws-gate, which checks the load balancer's signed claim.
  const services: PlannedService[] = [];
  const published = new Set(o.publishedServices ?? []);
  const templatePorts = new Set((def.services ?? []).map((x) => x.port).filter((x): x is number => x !== undefined));
  for (const n of published) {
    const s = (def.services ?? []).find((x) => x.name === n);
    if (!s) {
      err('unknown-service', 'publishedServices', `service "${n}" is not a service of template "${t.slug}"`, n,
        `publish one of ${(def.services ?? []).map((x) => x.name).join(', ') || '(the template has no services)'}`);
    } else if (s.port === undefined) {
      err('no-port', 'publishedServices', `service "${n}" has no port, so a gateway cannot reach it`, n, 'give the service a port in the template, or do not publish it');
    } else if (serviceKind(s) === ServiceKind.SYSTEM || serviceKind(s) === ServiceKind.CUSTOM) {
      err('published-without-auth', 'publishedServices', `service "${n}" of template "${t.slug}" cannot authenticate: ${serviceKind(s) === ServiceKind.SYSTEM
        ? 'the operating system runs it, so the provisioning can neither choose where it listens nor put the claim check in front of it'
        : 'it is the template\'s own command, which may listen anywhere, so the claim check in front of it could be bypassed'}`, n,
      'publish a service the workspace runs (jupyter, rstudio, code-server, streamlit, mlflow), or keep it on 127.0.0.1 and reach it through a Session Manager port forward');
    }
  }
  let gate: PlannedGate | undefined;
  if (published.size) {
    const g = o.gateway;
    if (!g) {
      err('published-without-gateway', 'gateway', `services ${[...published].join(', ')} are published, but the gateway that signs the users' claims is not given, so the machine could not check them`,
        undefined, 'pass gateway: { signerArn, region } (ResearchWorkspace does this for webGateway)');
    } else {
      if (!/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[A-Za-z0-9-]+\/[0-9a-f]+$/.test(g.signerArn)) {
        err('invalid-gateway', 'gateway.signerArn', 'not the ARN of an Application Load Balancer', g.signerArn, 'pass the load balancer\'s ARN (loadBalancerArn)');
      }
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(g.region)) err('invalid-region', 'gateway.region', 'not an AWS region', g.region, 'write e.g. eu-west-1');
      if (g.issuer !== undefined && !/^https:\/\/[^\s"'\\]+$/.test(g.issuer)) err('invalid-gateway', 'gateway.issuer', 'the issuer must be an https:// URL', g.issuer, 'copy it from the provider\'s configuration');
      const ownerUser = registry?.users.find((u) => u.name === ownerName);
      const emails = g.allowedEmails ?? (ownerUser?.email ? [ownerUser.email] : []);
      const subjects = g.allowedSubjects ?? [ownerUser?.globusId, ownerUser?.externalId].filter((x): x is string => !!x);
      for (const e of emails) if (!/^[^\s@"'\\]+@[^\s@"'\\]+\.[^\s@"'\\]+$/.test(e)) err('invalid-identity', 'gateway.allowedEmails', 'not an email address', e, 'write name@example.org');
      for (const x of subjects) if (!/^[\x21-\x7e]{1,256}$/.test(x) || /["'\\]/.test(x)) err('invalid-identity', 'gateway.allowedSubjects', 'a subject must be printable characters without quotes or backslashes', x, 'copy the sub claim of the identity provider');
      if (!emails.length && !subjects.length) {
        err('published-admits-nobody', 'gateway', `services ${[...published].join(', ')} are published, but no identity is allowed: owner "${ownerName ?? '(none)'}" has no email, globus_id or external_id in the registry`,
          ownerName, 'add the owner\'s email or globus_id to the registry (users.yaml), or pass gateway.allowedEmails / allowedSubjects');
      }
      if (g.codeParameterPrefix !== undefined && !/^\/[A-Za-z0-9_.\/-]*[A-Za-z0-9_.-]$/.test(g.codeParameterPrefix)) {
        err('invalid-gateway', 'gateway.codeParameterPrefix', 'SSM parameter prefix must start with / and not end with /', g.codeParameterPrefix, 'write e.g. /lab/web-gateway/code');
      }
      gate = { signer: g.signerArn, region: g.region, issuer: g.issuer, emails, subjects, codeParameterPrefix: g.codeParameterPrefix };
    }
  }
  for (const [i, s] of (def.services ?? []).entries()) {
    const field = `services[${i}]`;
    if (!SERVICE_NAME.test(s.name)) {
      err('invalid-service-name', `${field}.name`, 'service name must be letters, digits and ._- (it names a systemd unit)', s.name, 'rename it, e.g. jupyter');
      continue;
    }
    const kind = serviceKind(s);
    const isPublished = published.has(s.name) && s.port !== undefined && kind !== ServiceKind.SYSTEM && kind !== ServiceKind.CUSTOM;
    const bind = isPublished ? '127.0.0.1' : s.bindAddress ?? '127.0.0.1';
    let internalPort = s.port;
    if (isPublished) {
      internalPort = s.port! + 10000 <= 65535 ? s.port! + 10000 : s.port! - 10000;
      if (templatePorts.has(internalPort)) {
        err('port-conflict', `${field}.port`, `published service "${s.name}" moves to 127.0.0.1:${internalPort} behind the claim check, and another service of the template uses that port`, internalPort,
          'give one of the services another port');
      }
    }
    if (!IP_ADDRESS.test(bind)) {
      err('invalid-bind-address', `${field}.bind_address`, 'bind address must be an IP address', bind, 'write 127.0.0.1 (default), or the address of an interface');
    } else if (!isPublished && !isLoopback(bind) && kind !== ServiceKind.SYSTEM) {
      const auth = kind === ServiceKind.JUPYTER || kind === ServiceKind.CODE_SERVER || kind === ServiceKind.RSTUDIO;
      warn('service-not-local', `${field}.bind_address`, `service "${s.name}" listens on ${bind}${auth ? '' : ' and has no authentication of its own (other machines of the network reach it; on this machine only the owner may connect)'}`, bind,
        'keep 127.0.0.1 and reach it through a Session Manager port forward, or publish it behind the lab\'s gateway');
    }
    const config: string[] = [];
    for (const line of s.config ?? []) {
      if (kind === ServiceKind.JUPYTER && JUPYTER_RESERVED.test(line)) {
        warn('service-config-ignored', `${field}.config`, 'Jupyter setting ignored: the workspace decides address, port, root folder and token (from a secret)', line,
          'remove the line; pass secrets.jupyterToken for a token of your own');
      } else {
        config.push(line);
      }
    }
    // A bake installs the service's software only; the owner runs it on each workspace.
    if (kind !== ServiceKind.SYSTEM && !owner && phase !== ProvisioningPhase.BAKE) {
      err('no-owner', 'owner', `service "${s.name}" needs a user to run as, and there is none`, undefined, 'pass owner, a registry or a template user');
    }
    services.push({
      name: s.name,
      kind,
      unit: kind === ServiceKind.SYSTEM ? `${s.name}.service` : `rws-${s.name}.service`,
      port: s.port,
      bindAddress: bind,
      published: isPublished,
      internalPort,
      enable: s.enable ?? (s.port !== undefined),
      command: s.command,
      config,
    });
  }
  // Software the services need, when the template does not list it.
  const hasPkg = (list: string[], re: RegExp) => list.some((p) => re.test(p.replace(/^[\w-]+::/, '')));
  const pyTarget = pm === PackageManager.CONDA ? conda : pip;
  const needPy = (re: RegExp, pkg: string) => {
    if (!hasPkg(conda, re) && !hasPkg(pip, re)) pyTarget.push(pkg);
  };
  if (services.some((s) => s.kind === ServiceKind.JUPYTER)) needPy(/^jupyter(lab)?\b/, 'jupyterlab');
  if (services.some((s) => s.kind === ServiceKind.STREAMLIT)) needPy(/^streamlit\b/, 'streamlit');
  if (services.some((s) => s.kind === ServiceKind.MLFLOW)) needPy(/^mlflow\b/, 'mlflow');

  // Files.
  const allowedPaths = o.policy?.props.allowedPrivilegedPaths ?? [];
  const files: PlannedFile[] = [];
  for (const [i, f] of (def.files ?? []).entries()) {
    const field = `files[${i}]`;
    const d = f.destination;
    if (!FILE_PATH.test(d) || d.endsWith('/') || d.split('/').some((c) => c === '..' || c === '.')) {
      err('invalid-destination', `${field}.destination`, 'file destination must be an absolute file path without . or .. components or control characters', d,
        'write e.g. /etc/motd');
      continue;
    }
    const fileOwner = f.owner ?? 'root';
    if (!POSIX_NAME.test(fileOwner) && !/^\d+$/.test(fileOwner) && fileOwner !== 'root') {
      err('invalid-owner', `${field}.owner`, 'file owner must be a user name or id', fileOwner, 'write e.g. root or the owner\'s name');
    }
    const group = f.group ?? '';
    if (group && !POSIX_NAME.test(group) && !/^\d+$/.test(group) && group !== 'root') {
      err('invalid-group', `${field}.group`, 'file group must be a group name or id', group, 'write e.g. root');
    }
    const mode = (f.permissions ?? '0644').padStart(4, '0');
    if (!/^[0-7]{4}$/.test(mode)) err('invalid-mode', `${field}.permissions`, 'permissions must be an octal mode', f.permissions, 'write e.g. "0644"');
    if (f.source && !/^(s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[^\0\n\r]+|https:\/\/[^\s'"`\\]+)$/.test(f.source)) {
      err('invalid-source', `${field}.source`, 'file source must be s3://bucket/key or an https:// URL without spaces or quotes', f.source, 'fix the URL');
    }
    const kind = privilegedPathKind(d);
    if (kind && !pathAllowed(d, allowedPaths)) {
      err('privileged-write', `${field}.destination`, `file ${d} changes ${kind}, and ${policyName} does not allow it`, d,
        `remove the file, or add "${normalisePath(d)}" to allowed_privileged_paths in the lab's policy`);
    }
    if (setIdMode(mode) && !pathAllowed(d, allowedPaths)) {
      err('privileged-mode', `${field}.permissions`, `file ${d} gets the set-id/sticky mode ${mode}, and ${policyName} does not allow it`, f.permissions,
        `use a mode without set-id bits (e.g. "0755"), or add "${normalisePath(d)}" to allowed_privileged_paths in the lab's policy`);
    }
    files.push({ file: f, destination: d, owner: fileOwner, group, mode });
  }

  // Scripts that write privileged paths (the common forms; the linter reports the same).
  for (const [field, text] of [['post_install', def.postInstall], ['user_data', def.userData], ['ami_config.user_data_script', def.amiConfig?.userDataScript]] as const) {
    for (const line of (text ?? '').split('\n')) {
      if (/^\s*#/.test(line)) continue;
      for (const w of scriptPrivilegedWrites(line)) {
        if (pathAllowed(w.path, allowedPaths) || (w.kind === 'privileged group' && allowedGroups.has(w.path.slice(6)))) continue;
        err('privileged-write', field, `the ${field} line "${line.trim().slice(0, 100)}" changes ${w.kind} (${w.path}, by ${w.how}), and ${policyName} does not allow it`, w.path,
          w.kind === 'privileged group' ? `remove the line, or add "${w.path.slice(6)}" to allowed_privileged_groups in the lab's policy`
            : `remove the line, or add "${w.path}" to allowed_privileged_paths in the lab's policy`);
      }
    }
  }

  // Environment.
  const environment: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(ru.defaultEnvironment ?? {})) {
    if (!ENV_NAME.test(k)) err('invalid-variable', 'research_user.default_environment', 'environment variable names are letters, digits and _', k, 'rename it, e.g. PROJECT_DIR');
    else if (/[\0\n\r]/.test(v)) err('invalid-value', `research_user.default_environment.${k}`, 'value must be one line', v, 'remove the line break');
    else environment.push([k, v]);
  }
  const extraGroups = [...new Set([...(ru.defaultGroups ?? []), ...(storage?.sharedGroup ? [storage.sharedGroup] : [])])];
  for (const g of extraGroups) {
    if (!POSIX_NAME.test(g)) err('invalid-group', 'research_user.default_groups', 'not a valid group name', g, 'use a POSIX group name, e.g. docker');
  }

  // Idle.
  let idle: PlannedIdle | undefined;
  const td = def.idleDetection ?? {};
  const io = o.idle ?? {};
  if (io.enabled ?? td.enabled ?? true) {
    const action = io.action ?? IdleAction.STOP;
    const templateMinutes = action === IdleAction.HIBERNATE ? td.hibernateThresholdMinutes ?? td.idleThresholdMinutes : td.idleThresholdMinutes;
    const minutes = io.thresholdMinutes ?? templateMinutes ?? 30;
    const intervalMinutes = io.checkIntervalMinutes ?? td.checkIntervalMinutes ?? 5;
    const cpuPercent = Math.round(io.cpuThresholdPercent ?? td.cpuThresholdPercent ?? 10);
    const gpuPercent = Math.round(io.gpuThresholdPercent ?? 5);
    const netKbps = Math.round(io.networkThresholdKbps ?? 50);
    for (const [k, v, max] of [['thresholdMinutes', minutes, 10080], ['checkIntervalMinutes', intervalMinutes, 1440], ['cpuThresholdPercent', cpuPercent, 100],
      ['gpuThresholdPercent', gpuPercent, 100], ['networkThresholdKbps', netKbps, 1000000]] as const) {
      if (!Number.isInteger(v) || v < (k.endsWith('Percent') || k.startsWith('network') ? 0 : 1) || v > max) {
        err('invalid-idle', `idle.${k}`, `must be a whole number up to ${max}`, v, 'fix the value');
      }
    }
    idle = { action, minutes, intervalMinutes, cpuPercent, gpuPercent, netKbps };
  }

  // Secrets.
  const checkSecret = (r: SecretReference | undefined, field: string) => {
    if (!r) return;
    const ok = r.kind === 'secretsmanager' ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/.test(r.location)
      : r.kind === 'ssm' ? /^\/[A-Za-z0-9_.\/-]+$/.test(r.location) : SAFE_PATH.test(r.location);
    if (!ok) err('invalid-secret', field, `not a valid ${r.kind} reference`, r.location, r.kind === 'secretsmanager' ? 'pass the secret\'s full ARN' : 'write an absolute name or path');
  };
  const sec = o.secrets ?? {};
  checkSecret(sec.jupyterToken, 'secrets.jupyterToken');
  checkSecret(sec.servicePassword, 'secrets.servicePassword');
  checkSecret(sec.githubToken, 'secrets.githubToken');

  // Developer.
  const dev = o.developer ?? {};
  if (dev.dotfilesRepository !== undefined && !/^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~\/%+-]+$/.test(dev.dotfilesRepository)) {
    err('invalid-url', 'developer.dotfilesRepository', 'dotfiles repository must be an https:// URL', dev.dotfilesRepository, 'write e.g. https://github.com/alice/dotfiles.git');
  }
  if ((dev.zsh || dev.dotfilesRepository || dev.bootstrapScript || sec.githubToken) && !owner) {
    err('no-owner', 'owner', 'developer options apply to the owner, and there is none', undefined, 'pass owner');
  }
  if (dev.bootstrapScript !== undefined && dev.bootstrapScript.includes('\0')) err('invalid-script', 'developer.bootstrapScript', 'script contains a NUL byte', '\\0', 'remove it');

  // Delivery.
  const delivery = o.registryDelivery ?? RegistryDelivery.auto();
  const checkDelivery = (d: RegistryDelivery) => {
    const loc = d.location ?? '';
    switch (d.mode) {
      case RegistryDeliveryMode.SSM_PARAMETERS:
        if (!/^\/[A-Za-z0-9_.\/-]*[A-Za-z0-9_.-]$/.test(loc)) err('invalid-delivery', 'registryDelivery', 'SSM parameter prefix must start with / and not end with /', loc, 'write e.g. /lab/registry');
        break;
      case RegistryDeliveryMode.S3:
        if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[A-Za-z0-9!_.*()\/-]+$/.test(loc)) err('invalid-delivery', 'registryDelivery', 'not a valid S3 bucket and key', loc, 'write e.g. RegistryDelivery.s3("lab-bucket", "registry/users.tsv.gz")');
        break;
      case RegistryDeliveryMode.HTTP_URL:
        if (!/^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._~\/%+=?&-]*$/.test(loc)) err('invalid-delivery', 'registryDelivery', 'registry URL must be https:// without spaces or quotes', loc, 'serve it over https');
        break;
      case RegistryDeliveryMode.FILE:
        if (!SAFE_PATH.test(loc)) err('invalid-delivery', 'registryDelivery', 'registry file must be an absolute path', loc, 'write e.g. /etc/research-workspace/registry/registry.tsv.gz');
        break;
      default:
    }
  };
  checkDelivery(delivery);
  if (delivery.fallback) checkDelivery(delivery.fallback);

  const logFile = o.logFile ?? (phase === ProvisioningPhase.BAKE ? BAKE_LOG_FILE : DEFAULT_LOG_FILE);
  if (!SAFE_PATH.test(logFile) || logFile.endsWith('/') || logFile.split('/').includes('..')) {
    err('invalid-path', 'logFile', 'log file must be an absolute path of letters, digits and ._-/', logFile, `use ${DEFAULT_LOG_FILE}`);
  }
  const maxBytes = o.maxUserDataBytes ?? (platform === WorkspacePlatform.AWS ? EC2_LIMIT : OTHER_LIMIT);

  // Later syncs against the whole registry.
  let syncSelection: string[] | undefined;
  if (o.syncSelection !== undefined) {
    syncSelection = [...new Set(o.syncSelection)];
    for (const n of syncSelection) {
      if (!POSIX_NAME.test(n)) err('invalid-user', 'syncSelection', 'not a valid user name', n, 'write the registry names of the users, e.g. ["alice", "bob"]');
    }
    const missing = users.filter((u) => !syncSelection!.includes(u.name)).map((u) => u.name);
    if (missing.length) {
      err('sync-selection-incomplete', 'syncSelection', `users ${missing.join(', ')} get an account at boot but are not in the selection, so the next sync would lock them`, o.syncSelection,
        `add ${missing.join(', ')} to syncSelection`);
    }
    if (!registry) err('no-registry', 'syncSelection', 'a sync selection needs a registry', o.syncSelection, 'pass registry');
  } else if (!allUsersSelected) {
    syncSelection = users.map((u) => u.name);
  }

  // The CloudWatch agent: EC2 only (instance metadata and role).
  let cloudWatchAgent: PlannedCloudWatchAgent | undefined;
  if (o.cloudWatchAgent) {
    const c = o.cloudWatchAgent;
    if (platform !== WorkspacePlatform.AWS) {
      err('cloudwatch-agent-not-aws', 'cloudWatchAgent', `the CloudWatch agent publishes from an EC2 instance (its metadata and role), and this workspace runs on ${platform}`, platform,
        'remove cloudWatchAgent (Kubernetes labs get PrometheusRule alerts from the kubelet\'s volume statistics instead)');
    }
    const namespace = c.namespace ?? CLOUDWATCH_AGENT_NAMESPACE;
    if (!NAMESPACE.test(namespace)) {
      err('invalid-namespace', 'cloudWatchAgent.namespace', 'a CloudWatch namespace is 1 to 255 letters, digits and . _ # : / -, and does not start with AWS/', namespace, `use e.g. ${CLOUDWATCH_AGENT_NAMESPACE}`);
    }
    const diskPaths = [...new Set(c.diskPaths ?? ['/', ...(storage?.kind === 'nfs' ? [storage.mountPoint] : [])])];
    for (const d of diskPaths) {
      if (!SAFE_PATH.test(d) || d.split('/').includes('..') || (d.length > 1 && d.endsWith('/'))) {
        err('invalid-path', 'cloudWatchAgent.diskPaths', 'a mount point is an absolute path of letters, digits and ._-/ (no trailing /)', d, 'write e.g. / or /data');
      }
    }
    if (diskPaths.length === 0 || diskPaths.length > 20) err('invalid-paths', 'cloudWatchAgent.diskPaths', 'give 1 to 20 mount points', diskPaths.length, 'list e.g. ["/"]');
    const intervalSeconds = c.intervalSeconds ?? 60;
    if (!Number.isInteger(intervalSeconds) || intervalSeconds < 10 || intervalSeconds > 3600) {
      err('invalid-interval', 'cloudWatchAgent.intervalSeconds', 'must be a whole number of seconds from 10 to 3600', intervalSeconds, 'use 60 (below 60 the metrics are high-resolution, billed as such)');
    }
    cloudWatchAgent = { namespace, diskPaths, intervalSeconds };
  }

  // Without internet: what cannot work from a public image.
  const isConda = pm === PackageManager.CONDA || conda.length > 0;
  if (offline) {
    const internet = baked ? [...(dev.dotfilesRepository ? ['the dotfiles repository'] : [])] : [
      ...(isConda ? ['Miniforge (conda)'] : []), ...(conda.length ? [`conda packages (${conda.join(' ')})`] : []), ...(pip.length ? [`pip packages (${pip.join(' ')})`] : []),
      ...(spack.length ? ['spack'] : []), ...(services.some((s) => s.kind === ServiceKind.CODE_SERVER) ? ['code-server'] : []),
      ...(services.some((s) => s.kind === ServiceKind.RSTUDIO) ? ['RStudio Server'] : []), ...(dev.dotfilesRepository ? ['the dotfiles repository'] : []),
    ];
    if (internet.length) {
      warn('offline-needs-internet', 'egress', `the machine has no internet (egress none), and the template installs from it: ${internet.join(', ')}; the boot fails at the first of them`, 'none',
        'give the lab proxied egress with the vendors\' domains allowed, or bake the software into the machine image and remove it from the template (or set RWS_NETINSTALL_CMD to an installer that uses a mirror inside the network)');
    }
    const tools: string[] = [];
    if (storage?.kind === 'efs' && !storage.plainNfsFallback) tools.push('amazon-efs-utils (mount.efs)');
    const cloudSecrets = [sec.jupyterToken, sec.servicePassword, sec.githubToken].some((r) => r && r.kind !== 'file');
    const cloudRegistry = users.length > 0 && (delivery.mode === RegistryDeliveryMode.S3 || delivery.mode === RegistryDeliveryMode.SSM_PARAMETERS);
    const s3Files = files.some((f) => f.file.source?.startsWith('s3://'));
    if (cloudSecrets || cloudRegistry || s3Files) tools.push('the AWS CLI');
    const imageHasTools = baked && platform === WorkspacePlatform.AWS;
    if (tools.length && !imageHasTools && t.os !== OperatingSystem.AMAZON_LINUX_2023 && t.os !== OperatingSystem.AMI_BASED) {
      warn('offline-needs-image-tools', 'egress', `the machine has no internet (egress none): ${tools.join(' and ')} must already be on its image (the public ${t.os} images lack them); the boot checks and fails with the reason otherwise`, 'none',
        'use an image that has them, or an Amazon Linux 2023 template (the AWS CLI is preinstalled and amazon-efs-utils comes from its repositories through the S3 endpoint), or give the lab proxied egress');
    }
  }
  if (errors.length) {
    throw new WorkspaceInputError(errors, errors.length > 1 ? `${where}: ${errors.length} problems in the user-data options` : undefined);
  }

  const languages = [...new Set(dev.languages ?? [])];
  const shellOverrides = dev.zsh && owner?.fromRegistry ? [`${owner.name}:/usr/bin/zsh`] : [];
  if (dev.zsh && owner && !owner.fromRegistry) {
    const tu = templateUsers.find((u) => u.name === owner!.name)!;
    tu.shell = '/usr/bin/zsh';
  }
  return {
    template: t,
    where,
    platform,
    offline,
    phase,
    ssmAgent: platform === WorkspacePlatform.AWS && (t.os === OperatingSystem.DEBIAN_12 || t.os === OperatingSystem.ROCKY_9),
    syncSelection,
    partialBootRegistry: o.syncSelection !== undefined,
    logFile,
    maxBytes,
    sizeCheckedByCaller: SIZE_CHECKED_BY_CALLER.has(o),
    registry,
    users,
    allUsersSelected,
    groups,
    templateUsers,
    owner,
    homeBase,
    installKeys: ru.installSshKeys ?? true,
    extraGroups,
    shellOverrides,
    environment,
    systemPackages,
    conda,
    pip,
    spack,
    packageManager: pm,
    services,
    files,
    storage,
    lustre,
    idle,
    delivery,
    secrets: { jupyter: sec.jupyterToken, password: sec.servicePassword, github: sec.githubToken },
    gate,
    toolsPrefix: o.toolsParameterPrefix,
    cloudWatchAgent,
    zsh: dev.zsh ?? false,
    dotfiles: dev.dotfilesRepository,
    bootstrap: dev.bootstrapScript,
    languages,
    postInstall: def.postInstall?.trim() ? def.postInstall : undefined,
    userData: [def.userData, def.amiConfig?.userDataScript].filter((x) => x && x.trim()).join('\n') || undefined,
    warnings,
  };
}
