/** A large lab's registry and a lab-like stack with a cluster fetching it (test/aws/cluster-registry.test.ts, the chroot test). */
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { RegistryStorage, ResearchCluster, ResearchUserRegistry, SharedEfs, SharedLustre, UserRegistry } from '../../src';

/** A registry of `n` users u0000, u0001, ... in two groups. */
export function bigRegistry(n: number): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: `big-${n}.yaml`,
    userIdRange: { min: 100000, max: 199999 },
    groupIdRange: { min: 200000, max: 209999 },
    groups: [{ name: 'genomics' }, { name: 'climate' }],
    users: Array.from({ length: n }, (_, i) => ({ name: `u${String(i).padStart(4, '0')}`, groups: i % 3 ? ['genomics'] : ['climate'], sudo: i === 7 })),
  });
}

/** A lab-like stack: the registry publication, EFS (no per-user access points), Lustre and a cluster. */
export interface ClusterStackOptions {
  storage?: RegistryStorage;
  users?: string[];
  outdir?: string;
  loginNode?: boolean;
}

export function clusterStack(registry: UserRegistry, options: ClusterStackOptions = {}) {
  const app = new App({ ...(options.outdir ? { outdir: options.outdir } : {}), builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Lab');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'big', storage: options.storage, defaultHomeBase: '/shared/home' });
  const storage = new SharedEfs(stack, 'Storage', { vpc, backup: false });
  const scratch = new SharedLustre(stack, 'Scratch', { vpc });
  const cluster = new ResearchCluster(stack, 'Cluster', {
    vpc,
    registry,
    userRegistry: users,
    storage,
    scratch,
    amiId: 'ami-0123456789abcdef0',
    labName: 'big',
    users: options.users,
    loginNode: options.loginNode,
    queues: [{ name: 'cpu', maxInstances: 8 }],
  });
  return { app, stack, users, cluster };
}

