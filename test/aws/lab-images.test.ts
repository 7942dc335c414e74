/**
 * `images:` in lab.yaml: an offline lab (egress none) bakes the templates its workspaces use in
 * a build network of its own (proxied egress) and its workspaces boot the baked images, so the
 * bundled templates boot without the "cannot boot offline" warnings; the reader's errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Architecture, EgressMode, LabDefinition, LabNetwork, LabStack, LabWorkspaceDefinition, UserRegistry, WorkspaceImage, WorkspacePolicy } from '../../src';
import { ed25519 } from '../helpers/keys';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const registry = UserRegistry.fromProps({ users: [{ name: 'alice', sshKeys: [ed25519('alice')] }], groups: [] });
/** Bundled templates of every kind an image is baked from (conda with Jupyter, apt with RStudio, code-server, plain Debian). */
const SLUGS = ['python-ml', 'r-rstudio', 'code-server-dev', 'debian-12'];

function lab(over: Partial<LabDefinition> = {}) {
  const workspaces: LabWorkspaceDefinition[] = SLUGS.map((t) => ({ name: `ws-${t}`, template: t, owner: 'alice' }));
  const app = new App();
  const stack = new LabStack(app, 'Lab', { definition: { name: 'lab1', region: 'eu-west-1', egress: EgressMode.NONE, registry, workspaces, ...over } });
  return { app, stack };
}

afterAll(cleanTempDirs);

describe('lab.yaml images:', () => {
  test('an offline lab with images: every bundled template boots its baked image without a warning; without images: they warn', () => {
    const warned = (s: LabStack) => new Set(Annotations.fromStack(s).findWarning('*', Match.anyValue()).map((w) => w.id.split('/').find((x) => x.startsWith('ws-'))));
    expect([...warned(lab({ workspaceStackCount: 0 }).stack)].sort()).toEqual(SLUGS.map((t) => `ws-${t}`).sort());
    const { stack } = lab({ images: {}, workspaceStackCount: 0 });
    expect([...warned(stack)]).toEqual([]);
    for (const w of stack.workspaces) expect(w.userData.phase).toBe('boot');
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::ImageBuilder::ImagePipeline', SLUGS.length);
    // The build network is a VPC of its own with the egress proxy; the lab's stays without internet.
    t.resourceCountIs('AWS::EC2::VPC', 2);
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    // Its proxy lets the vendors' downloads through (conda-forge, GitHub releases, RStudio, the AWS CLI, Rust crates for efs-utils).
    expect(JSON.stringify(t.toJSON())).toContain('download2.rstudio.org');
    expect(JSON.stringify(t.toJSON())).toContain('static.crates.io');
    t.hasResourceProperties('AWS::ImageBuilder::DistributionConfiguration', {
      Distributions: [Match.objectLike({ SsmParameterConfigurations: [{ ParameterName: '/rws/lab1/images/python-ml/1.0.0', DataType: 'aws:ec2:image' }] })],
    });
  });

  test('workspaces in nested stacks read the image parameter after the first image is built; templates: limits what is baked', () => {
    const { stack } = lab({ images: { templates: ['python-ml'] } });
    const ml = stack.workspace('ws-python-ml');
    expect(ml.userData.phase).toBe('boot');
    expect(stack.workspace('ws-r-rstudio').userData.phase).toBe('full');
    // The nested stack reads the image parameter the build writes, and is created after the first image.
    const nested = Template.fromStack(Stack.of(ml)).toJSON();
    expect(Object.values<any>(nested.Parameters ?? {}).map((p) => p.Default)).toContain('/rws/lab1/images/python-ml/1.0.0');
    const parent = Template.fromStack(stack).toJSON();
    const image = Object.keys(parent.Resources).find((k) => parent.Resources[k].Type === 'AWS::ImageBuilder::Image')!;
    const nestedResource = Object.entries<any>(parent.Resources).find(([k, r]) => r.Type === 'AWS::CloudFormation::Stack' && k.startsWith(Stack.of(ml).node.id))![1];
    expect(nestedResource.DependsOn).toContain(image);
    Template.fromStack(stack).resourceCountIs('AWS::ImageBuilder::Image', 1);
  });

  test('the upload-channel warning is acknowledged for the image build network only, never for a network researchers use', () => {
    const uploadWarnings = (s: LabStack) => Annotations.fromStack(s).findWarning('*', Match.stringLikeRegexp('egress allowlist reaches hosts that accept uploads'))
      .map((w) => w.id);
    // Offline: the build network needs GitHub and crates.io, and holds no researcher: no warning.
    expect(uploadWarnings(lab({ images: {}, workspaceStackCount: 0 }).stack)).toEqual([]);
    // Without the acknowledgement, the same build network warns (the check itself is live).
    const app = new App();
    const bare = new Stack(app, 'Bare');
    new LabNetwork(bare, 'ImageBuildNetwork', { egress: EgressMode.PROXIED, allowedDomains: ['github.com'] });
    expect(Annotations.fromStack(bare).findWarning('*', Match.stringLikeRegexp('accept uploads')).length).toBe(1);
    // Proxied: the images build in the lab's own network, where researchers are: the warning stays.
    const policy = new WorkspacePolicy({ name: 'p', egress: EgressMode.PROXIED, egressAllowedDomains: ['github.com'] });
    expect(uploadWarnings(lab({ egress: EgressMode.PROXIED, policy, images: {}, workspaceStackCount: 0 }).stack)).toEqual(['/Lab/Network']);
  });

  test('variants of one template version (other parameter values, another architecture) get images and parameters of their own', () => {
    const app = new App();
    const stack = new LabStack(app, 'Lab', {
      definition: {
        name: 'lab1',
        region: 'eu-west-1',
        egress: EgressMode.NONE,
        registry,
        images: {},
        workspaces: [
          { name: 'a-default', template: 'jupyter-lab', owner: 'alice' },
          { name: 'b-default-again', template: 'jupyter-lab', owner: 'alice', parameters: { python_version: '3.12' } },
          { name: 'c-py311', template: 'jupyter-lab', owner: 'alice', parameters: { python_version: '3.11' } },
          { name: 'd-arm', template: 'jupyter-lab', owner: 'alice', architecture: Architecture.ARM64 },
        ],
      },
    });
    const images = stack.node.findAll().filter((c): c is WorkspaceImage => c instanceof WorkspaceImage);
    const names = images.map((i) => i.parameterName).sort();
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('/rws/lab1/images/arm64/jupyter-lab/1.0.0');
    expect(names[1]).toBe('/rws/lab1/images/jupyter-lab/1.0.0');
    expect(names[2]).toMatch(/^\/rws\/lab1\/images\/p-[0-9a-f]{8}\/jupyter-lab\/1\.0\.0$/);
    // Image Builder names are unique per account and region: no two components or recipes share one.
    expect(new Set(images.map((i) => i.component.name)).size).toBe(3);
    expect(new Set(images.map((i) => i.recipe.name)).size).toBe(3);
    // Each workspace reads the parameter of its own variant.
    const paramOf = (ws: string) => {
      const nested = Template.fromStack(Stack.of(stack.workspace(ws))).toJSON();
      return Object.values<any>(nested.Parameters ?? {}).map((p) => p.Default).filter((d) => typeof d === 'string' && d.startsWith('/rws/'));
    };
    expect(paramOf('a-default')).toEqual(['/rws/lab1/images/jupyter-lab/1.0.0']);
    expect(paramOf('b-default-again')).toEqual(['/rws/lab1/images/jupyter-lab/1.0.0']);
    expect(paramOf('c-py311')).toEqual([names[2]]);
    expect(paramOf('d-arm')).toEqual(['/rws/lab1/images/arm64/jupyter-lab/1.0.0']);
  });

  test('the reader takes images: and refuses unknown keys with the fix', () => {
    const dir = tempDir();
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: lab1\negress: none\nimages:\n  templates: [python-ml]\n  schedule: "cron(0 3 ? * sat *)"\n  build_on_deploy: false\nworkspaces:\n  - { name: ws1, template: python-ml }\n');
    expect(LabStack.loadDefinition(file).images).toEqual({ templates: ['python-ml'], schedule: 'cron(0 3 ? * sat *)', buildOnDeploy: false });
    fs.writeFileSync(file, 'name: lab1\nimages:\n  template: [python-ml]\nworkspaces:\n  - { name: ws1, template: python-ml }\n');
    expect(() => LabStack.loadDefinition(file)).toThrow(/lab\.yaml:3:3.*images\.template.*templates/s);
  });
});
