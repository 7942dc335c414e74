/**
 * A cluster of 5,000 users, its node provisioning EXECUTED in a Debian 12 chroot: the node
 * user-data (as the template gives it, references replaced by deployed values) fetches the lab's
 * registry from the publication's SSM parameters through RWS_FETCH_CMD (the fake cloud's
 * fetch, serving the values the stack creates), checks its SHA-256, and applies it with the
 * selection the node recorded; the scratch folders get the registry's numbers from the fetched
 * file. A publication that does not match the SHA-256 stops the provisioning. Then the lab's
 * registry sync document (the State Manager association's, which targets the nodes by tag) run
 * on a provisioned node: it applies a changed registry with the selection the node recorded.
 */
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { FAKE_CLOUD_ENV, TestChroot } from './helpers/chroot';
import { deployedUserData, shellPart, toolPieceNames } from './helpers/cluster-node';
import { fakeCalls } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { ResearchCluster, ResearchUserRegistry, UserRegistry, WorkspaceUserData } from '../../src';
import { CLUSTER_NODE_LOG } from '../../src/workspaces/cluster';
import { bigRegistry, clusterStack } from '../helpers/cluster-registry';

const RUN = canChroot('the cluster registry fetch chroot test (chroot-cluster-registry)');

/** The fake cloud's object key of a URL (fake-cloud.sh: / and : replaced by _). */
const key = (url: string) => url.replace(/[/:]/g, '_');

describe('a 5,000-user cluster node fetching the registry, in a Debian 12 chroot', () => {
  const registry = bigRegistry(5000);
  let c: TestChroot | undefined;

  afterAll(() => c?.destroy());

  test('the registry from the SSM publication (RWS_FETCH_CMD), verified, applied with the registry\'s numbers; a changed publication refused', () => {
    if (!RUN) return;
    const { stack, users, cluster } = clusterStack(registry);
    expect(cluster.registryFetched).toBe(true);
    const script = shellPart(deployedUserData(stack, cluster.launchTemplate('cpu')));
    c = TestChroot.create('cluster-registry');
    c.write('/root/node.sh', script, 0o700);
    // The publication as the stack creates it: each piece's value under its ssm: URL.
    const pieces = users.parameterNames.map((n) => stack.resolve((users.node.findChild(`Piece${users.parameterNames.indexOf(n)}`).node.defaultChild as any).value));
    users.parameterNames.forEach((n, i) => c!.write(`/srv/fake-cloud/${key(`ssm:${n}`)}`, `${pieces[i]}\n`));
    // The user sync script: the stack's SSM tool parameters through RWS_SSM_CMD, as in chroot-cluster-node.
    const tools = toolPieceNames(script);
    const prefix = tools[0].replace(/\/[0-9a-f]{12}\/rws-sync-users\/\d+$/, '');
    for (const t of WorkspaceUserData.toolParameters(prefix)) c.write(`/srv/fake-ssm/${t.name.replace(/\//g, '_')}`, `${t.value}\n`);
    c.write('/usr/local/bin/fake-ssm', '#!/bin/sh\ncat "/srv/fake-ssm/$(printf %s "$1" | tr / _)"\n', 0o755);
    const env = { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm' };

    const r = c.runScript('/root/node.sh', env);
    const log = c.exists(CLUSTER_NODE_LOG) ? c.read(CLUSTER_NODE_LOG) : '';
    expect([r.status, r.stderr, log.split('\n').slice(-20).join('\n')]).toEqual([0, '', expect.stringContaining('provisioned 5000 research accounts')]);
    expect(log).toContain(`registry fetched and verified (sha256 ${users.sha256})`);
    expect(fakeCalls(c).filter((l) => l.startsWith('fake-fetch')).map((l) => l.split(' ')[1]))
      .toEqual(users.parameterNames.map((n) => `ssm:${n}`));
    // The node has the lab's whole registry, and the selection the lab's sync will use is every user.
    expect(c.read('/etc/research-workspace/registry.tsv')).toBe(WorkspaceUserData.registryFile(registry));
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/shared/home\n');
    const passwd = c.passwd();
    for (const u of [registry.users[0], registry.users[7], registry.users[2500], registry.users[4999]]) {
      expect([u.name, passwd.get(u.name)?.uid, passwd.get(u.name)?.gid, passwd.get(u.name)?.home]).toEqual([u.name, u.uid, u.gid, `/shared/home/${u.name}`]);
      expect(c.stat(`/scratch/${u.name}`)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0700', isDir: true });
    }
    expect(registry.users.filter((u) => passwd.get(u.name)?.uid === u.uid)).toHaveLength(5000);

    // The publication replaced by another registry (valid gzip, other content): refused, nothing applied.
    const other = zlib.gzipSync(Buffer.from('# research-workspace registry v1\nU\tmallory\t0\troot\t0\t/bin/bash\t1\t-\n')).toString('base64');
    users.parameterNames.forEach((n, i) => c!.write(`/srv/fake-cloud/${key(`ssm:${n}`)}`, i === 0 ? `${other}\n` : '\n'));
    const bad = c.runScript('/root/node.sh', env);
    expect(bad.status).not.toBe(0);
    expect(c.read(CLUSTER_NODE_LOG)).toContain(`error: the registry fetched does not have SHA-256 ${users.sha256}`);
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nreason=/);
    expect(c.passwd().has('mallory')).toBe(false);
  });
});

describe('the lab\'s registry sync on a running cluster node, in a Debian 12 chroot', () => {
  const ids = { alice: 30001, bob: 30002, carol: 30003, dave: 30004 };
  const reg = (names: Array<keyof typeof ids>) => UserRegistry.fromProps({
    sourceName: 'users.yaml',
    userIdRange: { min: 30000, max: 30999 },
    groupIdRange: { min: 31000, max: 31999 },
    groups: [{ name: 'genomics', gid: 31000 }],
    users: names.map((n) => ({ name: n, uid: ids[n], groups: ['genomics'] })),
  });
  let c: TestChroot | undefined;
  afterAll(() => c?.destroy());

  /** The node script of a cluster (selection `users`) with inline registry `r`, deployed values in. */
  function nodeScript(r: UserRegistry, users?: string[]): string {
    const stack = new Stack(new App(), 'Lab');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const userRegistry = new ResearchUserRegistry(stack, 'Users', { registry: r, labName: 'lab' });
    const cluster = new ResearchCluster(stack, 'Cluster', { vpc, registry: r, userRegistry, users, amiId: 'ami-0123456789abcdef0', queues: [{ name: 'cpu' }] });
    return shellPart(deployedUserData(stack, cluster.launchTemplate('cpu')));
  }

  /** The sync document's script as Systems Manager runs it for registry `r` (parameters substituted). */
  function syncDocument(r: UserRegistry): string {
    const stack = new Stack(new App(), 'Lab');
    const users = new ResearchUserRegistry(stack, 'Users', { registry: r, labName: 'lab', defaultHomeBase: '/shared/home' });
    const resources = Object.values<any>(Template.fromStack(stack).toJSON().Resources);
    const values: Record<string, string> = { registrySha256: users.sha256 };
    users.parameterNames.forEach((n, i) => {
      values[`piece${i}`] = resources.find((x) => x.Type === 'AWS::SSM::Parameter' && x.Properties.Name === n).Properties.Value;
    });
    const doc = resources.find((x) => x.Type === 'AWS::SSM::Document').Properties.Content;
    return (doc.mainSteps[0].inputs.runCommand[0] as string).replace(/\{\{ (\w+) \}\}/g, (_, k: string) => values[k]);
  }

  test('a changed registry reaches the node with the node\'s selection: -u alice,bob keeps carol and dave off; every user brings dave in', () => {
    if (!RUN) return;
    c = TestChroot.create('cluster-sync');
    const tools = (script: string) => {
      const names = toolPieceNames(script);
      const prefix = names[0].replace(/\/[0-9a-f]{12}\/rws-sync-users\/\d+$/, '');
      for (const t of WorkspaceUserData.toolParameters(prefix)) c!.write(`/srv/fake-ssm/${t.name.replace(/\//g, '_')}`, `${t.value}\n`);
    };
    c.write('/usr/local/bin/fake-ssm', '#!/bin/sh\ncat "/srv/fake-ssm/$(printf %s "$1" | tr / _)"\n', 0o755);
    const env = { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm' };
    const provision = (script: string) => {
      tools(script);
      c!.write('/root/node.sh', script, 0o700);
      const r = c!.runScript('/root/node.sh', env);
      expect([r.status, r.stderr]).toEqual([0, '']);
    };
    const sync = (r: UserRegistry) => {
      c!.write('/root/sync-doc.sh', syncDocument(r));
      c!.write('/root/run-sync-doc.sh', 'exec /bin/sh /root/sync-doc.sh\n');
      const x = c!.runScript('/root/run-sync-doc.sh');
      expect([x.status, x.stderr]).toEqual([0, '']);
    };
    const active = () => [...c!.passwd()].filter(([n, u]) => n in ids && u.shell !== '/usr/sbin/nologin').map(([n, u]) => `${n}:${u.uid}`).sort();

    // A node of a cluster for alice and bob; the registry then gains dave.
    provision(nodeScript(reg(['alice', 'bob', 'carol']), ['alice', 'bob']));
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/home\n-u\nalice,bob\n');
    expect(active()).toEqual(['alice:30001', 'bob:30002']);
    sync(reg(['alice', 'bob', 'carol', 'dave']));
    expect(active()).toEqual(['alice:30001', 'bob:30002']);
    expect(c.passwd().has('dave')).toBe(false);

    // A node of a cluster for every user: the registry's later users get accounts on it.
    provision(nodeScript(reg(['alice', 'bob', 'carol'])));
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/home\n');
    expect(active()).toEqual(['alice:30001', 'bob:30002', 'carol:30003']);
    sync(reg(['alice', 'bob', 'carol', 'dave']));
    expect(active()).toEqual(['alice:30001', 'bob:30002', 'carol:30003', 'dave:30004']);
  });
});
