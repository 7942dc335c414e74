/**
 * A ResearchCluster of a large lab: the nodes fetch the registry from the lab's publication
 * (ResearchUserRegistry: SSM parameters or the S3 object) instead of carrying it, so a cluster of
 * 5,000 users synthesizes with node user-data under EC2's 16 KB; the node role reads exactly the
 * publication; small registries stay inline (the `auto` rule of the workstations); the registry's
 * State Manager association targets the nodes by the tag their launch templates give them, with
 * the document that runs `rws-sync-users` with the selection the node recorded. cfn-lint and the
 * three cdk-nag packs on the template. The provisioning itself is executed in
 * test/userdata/chroot-cluster-registry.test.ts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ClusterNode, RegistryStorage, ResearchCluster, ResearchUserRegistry } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { bigRegistry, clusterStack } from '../helpers/cluster-registry';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

afterAll(cleanTempDirs);

/** Statements of the managed policies attached to the cluster's node role. */
function nodeRoleStatements(template: any): any[] {
  const [roleId] = resourcesOfType(template, 'AWS::IAM::Role').find(([id]) => /^ClusterNodeRole/.test(id))!;
  return resourcesOfType(template, 'AWS::IAM::ManagedPolicy').filter(([, m]) => (m.Properties.Roles ?? []).some((r: any) => r.Ref === roleId))
    .flatMap(([, m]) => m.Properties.PolicyDocument.Statement);
}

describe('a cluster of 5,000 users: the registry fetched from the lab\'s publication (AUTO: SSM parameters of the advanced tier)', () => {
  const registry = bigRegistry(5000);
  let built: ReturnType<typeof clusterStack>;
  let template: any;
  let file: string;

  beforeAll(() => {
    built = clusterStack(registry, { outdir: tempDir('rws-cluster-big-'), loginNode: true });
    const t = synthTemplates(built.app).find((x) => x.name === 'Lab')!;
    template = t.template;
    file = t.file;
  });

  test('synth passes, the node user-data is under 16 KB and names the pieces and the SHA-256, not the users', () => {
    expect(built.users.storage).toBe(RegistryStorage.ADVANCED_PARAMETERS);
    expect(built.cluster.registryFetched).toBe(true);
    for (const g of built.cluster.nodeGroupNames) {
      const ud = built.cluster.nodeUserData(g);
      expect(Buffer.byteLength(ud)).toBeLessThan(ClusterNode.USER_DATA_LIMIT_BYTES);
      expect(ud).toContain(`registry fetched and verified (sha256 ${built.users.sha256})`);
      for (const n of built.users.parameterNames) expect(ud).toContain(`fetch 'ssm:${n}'`);
      expect(ud).not.toContain('u4999');
      // Every user: no selection, so users added later get accounts on running nodes too.
      expect(ud).toContain("printf '%s\\n' -H /shared/home >/etc/research-workspace/sync-users.args");
    }
    expect(resourcesOfType(template, 'AWS::PCS::ComputeNodeGroup')).toHaveLength(2);
  });

  test('the node role reads exactly the registry\'s pieces and manifest by name', () => {
    const reads = nodeRoleStatements(template).filter((x) => JSON.stringify(x.Action).includes('ssm:GetParameter') && JSON.stringify(x.Resource).includes('/registry/'));
    expect(reads).toHaveLength(1);
    const names = [reads[0].Resource].flat().map((r: any) => JSON.stringify(r));
    expect(names).toHaveLength(built.users.parameterNames.length + 1);
    for (const n of [...built.users.parameterNames, '/research-workspaces/big/registry/manifest']) expect(names.some((r) => r.includes(`parameter${n}"`))).toBe(true);
    expect(names.every((r) => !r.includes('*'))).toBe(true);
    expect(nodeRoleStatements(template).filter((x) => JSON.stringify(x.Action).includes('s3:'))).toEqual([]);
  });

  test('cfn-lint finds nothing', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation template')) return;
    expect(formatMatches(cfnLint([file]))).toBe('');
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding on the cluster', () => {
    expect(formatFindings(nagFindings(built.cluster))).toBe('');
  });

  test('the registry\'s association targets the nodes by the tag their launch templates give the instances', () => {
    const [, assoc] = resourcesOfType(template, 'AWS::SSM::Association')[0];
    expect(assoc.Properties.Targets).toEqual([{ Key: 'tag:research:lab', Values: ['big'] }]);
    const docId = assoc.Properties.Name.Ref;
    expect(template.Resources[docId].Type).toBe('AWS::SSM::Document');
    expect(assoc.Properties.Parameters.registrySha256).toEqual([built.users.sha256]);
    for (const [, lt] of resourcesOfType(template, 'AWS::EC2::LaunchTemplate').filter(([id]) => /^ClusterLaunchTemplate/.test(id))) {
      const instanceTags = lt.Properties.LaunchTemplateData.TagSpecifications.find((t: any) => t.ResourceType === 'instance').Tags;
      expect(instanceTags).toContainEqual({ Key: 'research:lab', Value: 'big' });
    }
  });
});

describe('registry delivery to the nodes follows the size', () => {
  test('a small registry stays inline: no read access to the publication', () => {
    const { stack, cluster } = clusterStack(bigRegistry(20));
    expect(cluster.registryFetched).toBe(false);
    expect(cluster.nodeUserData('cpu')).toContain("<<'RWS_REGISTRY'");
    const policies = JSON.stringify(resourcesOfType(Template.fromStack(stack).toJSON(), 'AWS::IAM::ManagedPolicy'));
    expect(policies).not.toContain('research-workspaces/big/registry');
  });

  test('1,500 users from the S3 object, a selection of 1,400 (compressed): the node role reads that object only', () => {
    const registry = bigRegistry(1500);
    const selection = registry.users.slice(0, 1400).map((u) => u.name);
    const { stack, users, cluster } = clusterStack(registry, { storage: RegistryStorage.S3, users: selection });
    expect(cluster.registryFetched).toBe(true);
    const ud = cluster.nodeUserData('cpu');
    expect(Buffer.byteLength(ud)).toBeLessThan(ClusterNode.USER_DATA_LIMIT_BYTES);
    expect(ud).toMatch(/registry_url='s3:\/\/\$\{Token\[[^\]]+\]\}\/[0-9a-f]{64}\.gz'/);
    // The node's selection, recorded for the lab's sync (gzip in the user-data).
    const lines = ud.split('\n');
    const start = lines.findIndex((l) => l.includes("<<'RWS_ARGS'"));
    const blob = lines.slice(start + 1, lines.indexOf('RWS_ARGS', start)).join('');
    expect(zlib.gunzipSync(Buffer.from(blob.replace(/\n/g, ''), 'base64')).toString()).toBe(`-H\n/shared/home\n-u\n${selection.join(',')}\n`);
    const s3 = nodeRoleStatements(Template.fromStack(stack).toJSON()).filter((x) => JSON.stringify(x.Action).includes('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(s3[0].Resource)).toContain(`/${users.asset!.s3ObjectKey}`);
    expect(JSON.stringify(s3[0].Resource)).not.toContain('*');
  });

  test('without the publication a registry too large for the user-data is refused with the fix', () => {
    const registry = bigRegistry(3000);
    const stack = new Stack(new App(), 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    expect(() => new ResearchCluster(stack, 'Cluster', { vpc, registry, amiId: 'ami-0123456789abcdef0' }))
      .toThrow(/S\/Cluster.*users.*above EC2's 16384-byte limit.*3000 users.*Fix: give the cluster the lab's registry publication \(userRegistry/s);
  });

  test('a selection of thousands of names does not fit even with the registry fetched: refused with the fix', () => {
    const registry = bigRegistry(5000);
    expect(() => clusterStack(registry, { users: registry.users.slice(0, 4000).map((u) => u.name) }))
      .toThrow(/users.*4000 users.*Fix: give the cluster every registry user \(no users\) or fewer/s);
  });

  test('a publication of another registry is refused', () => {
    const stack = new Stack(new App(), 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const users = new ResearchUserRegistry(stack, 'Users', { registry: bigRegistry(3), labName: 'x' });
    expect(() => new ResearchCluster(stack, 'Cluster', { vpc, registry: bigRegistry(4), userRegistry: users, amiId: 'ami-0123456789abcdef0' }))
      .toThrow(/S\/Cluster.*userRegistry.*another registry.*S\/Users.*Fix: give the ResearchUserRegistry made from the same registry/s);
  });

  test('with a custom target tag, the nodes carry that tag too', () => {
    const stack = new Stack(new App(), 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const registry = bigRegistry(3);
    const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'x', targetTagKey: 'sync-group', targetTagValue: 'hpc' });
    const cluster = new ResearchCluster(stack, 'Cluster', { vpc, registry, userRegistry: users, amiId: 'ami-0123456789abcdef0' });
    const t = Template.fromStack(stack).toJSON();
    const lt = t.Resources[stack.getLogicalId(cluster.launchTemplate('compute').node.defaultChild as ec2.CfnLaunchTemplate)];
    expect(lt.Properties.LaunchTemplateData.TagSpecifications.find((x: any) => x.ResourceType === 'instance').Tags).toContainEqual({ Key: 'sync-group', Value: 'hpc' });
    expect(resourcesOfType(t, 'AWS::SSM::Association')[0][1].Properties.Targets).toEqual([{ Key: 'tag:sync-group', Values: ['hpc'] }]);
  });
});

test('the fetching node provisioning passes shellcheck (SSM pieces, S3 object, with a selection, with Lustre quotas) and its cloud-config part the cloud-init schema', () => {
  if (!requireTool('shellcheck', 'checks the generated node provisioning')) return;
  const registry = bigRegistry(3000);
  const base = {
    registry,
    nodeGroup: 'cpu',
    tools: { parameterPrefix: '/rws-tools/0123456789abcdef', region: 'us-east-1' },
    efs: { fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1' },
    lustre: { dnsName: 'fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com', mountName: 'abcdefgh' },
  };
  const scripts = [
    { ...base, registrySource: { region: 'us-east-1', parameterNames: ['/lab/registry/0', '/lab/registry/1'] } },
    { ...base, registrySource: { region: 'us-east-1', s3Url: 's3://cdk-hnb659fds-assets-111122223333-us-east-1/0123.gz' }, users: registry.users.slice(0, 2900).map((u) => u.name) },
    {
      ...base,
      registrySource: { region: 'us-east-1', parameterNames: ['/lab/registry/0'] },
      lustre: { ...base.lustre, quotas: { userQuotaGiB: 100, userQuotasGiB: { u0001: 0, u0002: 500 }, groupQuotasGiB: { genomics: 1000 } } },
    },
  ].map((o) => {
    expect(ClusterNode.fetchesRegistry(o)).toBe(true);
    return ClusterNode.userData(o);
  });
  for (const mime of scripts) {
    const shell = mime.slice(mime.indexOf('#!/bin/bash'), mime.lastIndexOf('--==RWS-CLUSTER-NODE==--'));
    const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: shell, encoding: 'utf8' });
    expect(`${r.status}\n${r.stdout}`).toBe('0\n');
  }
  if (!requireTool('cloud-init', 'checks the cloud-config part')) return;
  const mime = scripts[0];
  const cc = mime.slice(mime.indexOf('#cloud-config'), mime.indexOf('--==RWS-CLUSTER-NODE==', mime.indexOf('#cloud-config')));
  const f = `${tempDir('rws-cc-')}/cc.yaml`;
  fs.writeFileSync(f, cc);
  const r = spawnSync('cloud-init', ['schema', '--config-file', f], { encoding: 'utf8' });
  expect(`${r.status} ${r.stdout}${r.stderr}`).toMatch(/^0 .*Valid/s);
});
