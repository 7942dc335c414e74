/**
 * Unknown options in construct props (JavaScript callers, props built from JSON, a spread with
 * a misspelled key) are errors naming the construct path, the key, the value and the closest
 * known key. The key lists are generated from the props interfaces and must stay equal to them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { knownProps, render } from '../../scripts/generate-known-props';
import {
  KubernetesLabStack, LabStack, PolicyBoundary, ProxmoxDatacenterFirewall, ProxmoxLabStack, ResearchUserRegistry, SharedEfs, UserRegistry,
  WorkspacePolicy,
} from '../../src';
import { App as TfApp } from '../../src/constructs/terraform/cdktf';
import { KNOWN_PROPS } from '../../src/private/known-props.generated';

const ROOT = path.resolve(__dirname, '..', '..');
const registry = () => UserRegistry.fromProps({ sourceName: 'users', users: [{ name: 'alice' }] });

describe('the key lists never drift from the props interfaces', () => {
  test('src/private/known-props.generated.ts is what scripts/generate-known-props.ts makes of the interfaces now', () => {
    const now = render(knownProps());
    const committed = fs.readFileSync(path.join(ROOT, 'src', 'private', 'known-props.generated.ts'), 'utf8');
    expect(committed).toEqual(now);
    // Inherited options are in the lists too (StackProps' env, description, ...).
    expect(KNOWN_PROPS.LabStackProps.keys).toEqual(expect.arrayContaining(['definition', 'env', 'description', 'tags']));
    expect(KNOWN_PROPS.LabStackProps.nested).toEqual({ definition: 'LabDefinition' });
    expect(KNOWN_PROPS.LabDefinition.nested.workspaces).toBe('LabWorkspaceDefinition');
  });

  test('every public construct checks its props with its own list', () => {
    const missing: string[] = [];
    let constructs = 0;
    // The public constructs and stacks: one per file in each backend's folder.
    const dirs = ['constructs', 'stacks'].flatMap((layer) => ['aws', 'kubernetes', 'proxmox', 'terraform'].map((b) => path.join(layer, b)))
      .filter((d) => fs.existsSync(path.join(ROOT, 'src', d)));
    for (const dir of dirs) {
      for (const f of fs.readdirSync(path.join(ROOT, 'src', dir)).filter((x) => x.endsWith('.ts'))) {
        const text = fs.readFileSync(path.join(ROOT, 'src', dir, f), 'utf8');
        for (const m of text.matchAll(/constructor\(scope: Construct, id: string, props: (\w+)/g)) {
          constructs++;
          if (!KNOWN_PROPS[m[1]] || !text.includes(`checkKnownProps(this, '${m[1]}', props);`)) missing.push(`src/${dir}/${f}: ${m[1]}`);
        }
      }
    }
    expect(constructs).toBeGreaterThanOrEqual(17);
    expect(missing).toEqual([]);
  });
});

describe('misspelled keys are errors with a "did you mean"', () => {
  const lab = (definition: any, extra: any = {}) => () => new LabStack(new App(), 'Lab', { definition, ...extra });
  const good = { name: 'lab', registry: registry(), workspaces: [{ name: 'alice-ml', template: 'python-ml', owner: 'alice' }] };

  test.each<[string, () => unknown, RegExp]>([
    ['LabStack: a key of the definition', lab({ ...good, templateDir: './templates' }),
      /construct Lab: error unknown-option: definition\.templateDir: LabDefinition has no option "templateDir" \(it would be ignored\) \(got "\.\/templates"\)\. Fix: did you mean "templatesDir"\? Rename definition\.templateDir to definition\.templatesDir/],
    ['LabStack: a key of a workspace, in a list', lab({ ...good, workspaces: [good.workspaces[0], { name: 'b', template: 'python-ml', sise: 'M' }] }),
      /definition\.workspaces\[1\]\.sise: LabWorkspaceDefinition has no option "sise".*did you mean "size"\?/],
    ['LabStack: snake_case as in lab.yaml', lab({ ...good, registry: undefined, registry_file: 'users.yaml' }),
      /definition\.registry_file: .*did you mean "registryFile"\?/],
    ['LabStack: the props themselves', () => new LabStack(new App(), 'Lab', { defintion: good } as any),
      /construct Lab: error unknown-option: defintion: LabStackProps has no option "defintion".*did you mean "definition"\?/],
    ['KubernetesLabStack', () => new KubernetesLabStack(new TfApp(), 'lab', {
      labName: 'lab', namespce: 'lab-x', workspaces: [{ name: 'a', template: 'python-ml', lables: { team: 'x' } }],
    } as any), /construct lab: 2 unknown options in KubernetesLabStackProps[\s\S]*namespce: .*did you mean "namespace"\?[\s\S]*workspaces\[0\]\.lables: .*did you mean "labels"\?/],
    ['ProxmoxLabStack: a key of the cluster', () => new ProxmoxLabStack(new TfApp(), 'lab', {
      labName: 'lab',
      workspaces: [],
      cluster: { nodes: ['pve1'], diskDatastoreId: 'local-zfs', snippetDatastoreId: 's', bridge: 'vmbr0', datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED, dhcpPool: ['10.0.0.0/24'], vlanID: 3 },
    } as any), /cluster\.vlanID: ProxmoxClusterSettings has no option "vlanID".*did you mean "vlanId"\?/],
    ['SharedEfs', () => {
      const stack = new Stack();
      new SharedEfs(stack, 'Storage', { vpc: new ec2.Vpc(stack, 'Vpc'), bakup: false } as any);
    }, /construct Default\/Storage: error unknown-option: bakup: SharedEfsProps has no option "bakup".*did you mean "backup"\?/],
    ['PolicyBoundary', () => new PolicyBoundary(new Stack(), 'Policy', { policy: WorkspacePolicy.permissive(), budgetNotificationEmail: ['a@b.c'] } as any),
      /budgetNotificationEmail: .*did you mean "budgetNotificationEmails"\?/],
    ['ResearchUserRegistry', () => new ResearchUserRegistry(new Stack(), 'Users', { registry: registry(), labname: 'x' } as any),
      /labname: ResearchUserRegistryProps has no option "labname".*did you mean "labName"\?/],
  ])('%s', (_, make, message) => {
    expect(make).toThrow(message);
  });

  test('a key far from every option lists the options instead', () => {
    expect(lab({ ...good, colour: 'blue' })).toThrow(/definition\.colour: LabDefinition has no option "colour".*Fix: remove it; the options of LabDefinition are account, budgetEmails, catalog/);
  });

  test('unknown keys set to undefined (spreads of optional values) and objects that are not plain data pass', () => {
    const app = new App();
    // A class instance (UserRegistry) is not looked into; an undefined key is harmless.
    expect(() => new LabStack(app, 'Lab', { definition: { ...good, workspaceStackCount: 0, unused: undefined } as any })).not.toThrow();
  });
});
