/**
 * `images:` in lab.yaml: an offline lab (egress none) bakes the templates its workspaces use in
 * a build network of its own (proxied egress) and its workspaces boot the baked images, so the
 * bundled templates boot without the "cannot boot offline" warnings; the reader's errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import {
  Architecture, EgressMode, IMAGE_BUILD_DOMAINS, LabDefinition, LabNetwork, LabStack, LabWorkspaceDefinition, SPACK_BUILD_DOMAINS, TemplateCatalog,
  UserRegistry, WorkspaceImage, WorkspacePolicy,
} from '../../src';
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

  test('the reader takes parent_images and spack_mirror', () => {
    const dir = tempDir();
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, [
      'name: lab1', 'egress: none', 'images:', '  parent_images:', '    rocky-9:', '      x86_64: "ssm:/rws/parent-images/rocky-9/x86_64"',
      '      arm64: ami-0123456789abcdef0', '    debian-12:', '      x86_64: "arn:aws:imagebuilder:eu-west-1:123456789012:image/hardened-debian/1.2.0/3"',
      '  spack_mirror: s3://lab-spack/mirror', 'workspaces:', '  - { name: ws1, template: rocky-9 }', '',
    ].join('\n'));
    expect(LabStack.loadDefinition(file).images).toEqual({
      parentImages: {
        'rocky-9': { x86_64: 'ssm:/rws/parent-images/rocky-9/x86_64', arm64: 'ami-0123456789abcdef0' },
        'debian-12': { x86_64: 'arn:aws:imagebuilder:eu-west-1:123456789012:image/hardened-debian/1.2.0/3' },
      },
      spackMirror: 's3://lab-spack/mirror',
    });
  });

  test.each([
    ['an operating system no template is baked on', '    rocky-8:\n      x86_64: ami-0123456789abcdef0', /lab\.yaml:6:7.*images\.parent_images\.rocky-8.*not an operating system a template is baked on.*"rocky-8".*Fix: write one of .*rocky-9/s],
    ['ami-based (not baked)', '    ami-based:\n      x86_64: ami-0123456789abcdef0', /lab\.yaml:6:7.*images\.parent_images\.ami-based.*ami-based templates are not baked.*Fix: remove it/s],
    ['an architecture', '    rocky-9:\n      amd64: ami-0123456789abcdef0', /lab\.yaml:6:14.*images\.parent_images\.rocky-9\.amd64.*not an architecture.*"amd64".*Fix: write x86_64 or arm64/s],
    ['a malformed AMI id', '    rocky-9:\n      x86_64: ami-12345', /lab\.yaml:6:15.*images\.parent_images\.rocky-9\.x86_64.*not an AMI id, ssm: parameter or Image Builder image ARN.*"ami-12345".*Fix: write an AMI id/s],
    ['a malformed ssm: reference', '    rocky-9:\n      x86_64: "ssm:rws parent"', /images\.parent_images\.rocky-9\.x86_64.*not an SSM parameter name or ARN after ssm:.*"ssm:rws parent"/s],
    ['an ARN of something else', '    rocky-9:\n      x86_64: "arn:aws:ec2:eu-west-1::image/ami-0123456789abcdef0"', /images\.parent_images\.rocky-9\.x86_64.*not an Image Builder image/s],
    ['a spack mirror that is no URL', '    debian-12: {}\n  spack_mirror: ftp://mirror.example.edu/spack', /lab\.yaml:6:17.*images\.spack_mirror.*not an https:\/\/, s3:\/\/ or file:\/\/\/ URL.*"ftp:\/\/mirror\.example\.edu\/spack".*Fix: write e\.g\. s3:\/\//s],
    ['an s3 mirror without a bucket name', '    debian-12: {}\n  spack_mirror: s3://A/spack', /images\.spack_mirror.*not an S3 location/s],
  ])('parent_images and spack_mirror: %s is one located error with the fix', (_what, yaml, message) => {
    const dir = tempDir();
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, `name: lab1\negress: none\nimages:\n  parent_images:\n${yaml}\nworkspaces:\n  - { name: ws1, template: debian-12 }\n`);
    let err: any;
    try {
      LabStack.loadDefinition(file);
    } catch (e) {
      err = e;
    }
    expect(err?.diagnostics).toHaveLength(1);
    expect(err.message).toMatch(message);
  });

  test('a Rocky Linux 9 template baked without a parent image: one error naming images.parent_images.rocky-9.<arch> and how to fill the parameter', () => {
    const dir = tempDir();
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: lab1\negress: none\nregion: eu-west-1\nimages:\n  build_on_deploy: true\nworkspaces:\n  - { name: ws1, template: rocky-9, owner: alice }\n');
    let err: any;
    try {
      new LabStack(new App(), 'Lab', { definition: { ...LabStack.loadDefinition(file), registry } });
    } catch (e) {
      err = e;
    }
    expect(err?.diagnostics).toHaveLength(1);
    expect(err.message).toMatch(/lab\.yaml:4:1.*parent-image-required.*images\.parent_images\.rocky-9\.x86_64.*template "rocky-9" is baked on rocky-9 \(x86_64\), which publishes no public image parameter/s);
    expect(err.message).toContain('aws ssm put-parameter --name /rws/parent-images/rocky-9/x86_64 --type String --data-type aws:ec2:image --value ami-');
    expect(err.message).toContain('give images.parent_images.rocky-9.x86_64: ssm:/rws/parent-images/rocky-9/x86_64');
    // In code: the definition's field name.
    expect(() => lab({ images: {}, workspaces: [{ name: 'ws1', template: 'rocky-9', owner: 'alice' }] } as any))
      .toThrow(/images\.parentImages\.rocky-9\.x86_64/);
    // A code definition's parent images are checked too.
    expect(() => lab({ images: { parentImages: { 'rocky-9': { x86_64: 'ami-1' } } } })).toThrow(/images\.parentImages\.rocky-9\.x86_64.*not an AMI id/s);
  });

  test('the recipe starts from the named parent (ssm: resolved by Image Builder at each build); its name changes with the reference; workspaces boot the baked image without a parent of their own', () => {
    const rocky = (ref: string) => lab({
      images: { parentImages: { 'rocky-9': { x86_64: ref } } },
      workspaces: [{ name: 'ws-rocky', template: 'rocky-9', owner: 'alice' }],
      workspaceStackCount: 0,
    });
    const a = rocky('ssm:/rws/parent-images/rocky-9/x86_64');
    const t = Template.fromStack(a.stack);
    t.hasResourceProperties('AWS::ImageBuilder::ImageRecipe', { ParentImage: 'ssm:/rws/parent-images/rocky-9/x86_64', BlockDeviceMappings: [Match.objectLike({ DeviceName: '/dev/sda1' })] });
    // The parameter is read by Image Builder, not resolved by CloudFormation at deploy time.
    expect(Object.values<any>(t.toJSON().Parameters ?? {}).map((p) => p.Default)).not.toContain('/rws/parent-images/rocky-9/x86_64');
    const ws = a.stack.workspace('ws-rocky');
    expect(ws.userData.phase).toBe('boot');
    expect(Annotations.fromStack(a.stack).findWarning('*', Match.anyValue()).filter((w) => w.id.includes('ws-rocky'))).toEqual([]);
    const recipeName = (s: LabStack) => s.node.findAll().find((c): c is WorkspaceImage => c instanceof WorkspaceImage)!.recipe.name;
    expect(recipeName(rocky('ami-0123456789abcdef0').stack)).not.toBe(recipeName(a.stack));
    expect(recipeName(rocky('ssm:/rws/parent-images/rocky-9/x86_64').stack)).toBe(recipeName(a.stack));
    // An operating system with a public parent: the given one replaces it (an institution's hardened image).
    const deb = lab({ images: { parentImages: { 'debian-12': { x86_64: 'ami-0123456789abcdef0' } } }, workspaceStackCount: 0 });
    const recipes = Template.fromStack(deb.stack).findResources('AWS::ImageBuilder::ImageRecipe');
    const parents = Object.values<any>(recipes).map((r) => r.Properties.ParentImage);
    expect(parents.filter((p) => p === 'ami-0123456789abcdef0')).toHaveLength(1); // debian-12 only
  });

  /** The domains the build network's squid proxy allows, read from the synthesized proxy's user data. */
  function buildProxyAllows(stack: Stack): string[] {
    const json = JSON.stringify(Template.fromStack(stack).toJSON());
    const m = /rws-allowed-domains\.txt <<'RWS_EOF'\\n(.*?)\\nRWS_EOF/.exec(json);
    return m ? m[1].split('\\n') : [];
  }
  const spackReachable = (allowed: string[]) => SPACK_BUILD_DOMAINS.every((d) => allowed.includes(d));

  test('the build network allows spack\'s mirror only when a baked template builds spack packages; an https spack_mirror\'s host too', () => {
    const spackLab = (over: Partial<LabDefinition> = {}) => lab({
      images: { parentImages: { 'rocky-9': { x86_64: 'ssm:/rws/parent-images/rocky-9/x86_64' } }, ...over.images },
      workspaces: [{ name: 'ws-deb', template: 'debian-12', owner: 'alice' }, { name: 'ws-spack', template: 'spack-hpc', owner: 'alice', size: 'L' as any }],
      workspaceStackCount: 0,
      ...(over.images ? {} : over),
    });
    const withSpack = buildProxyAllows(spackLab().stack);
    expect(withSpack).toContain('pypi.org');
    expect(spackReachable(withSpack)).toBe(true);
    // Without a spack template (or with it not baked) the allowlist stays as it was.
    const without = buildProxyAllows(lab({ images: {}, workspaceStackCount: 0 }).stack);
    expect(without).toContain('pypi.org');
    expect(spackReachable(without)).toBe(false);
    expect(without.some((d) => d.includes('spack'))).toBe(false);
    // A spack workspace on an image of its own (amis:) is not baked: no spack domains either.
    const notBaked = buildProxyAllows(lab({
      images: {},
      workspaces: [{ name: 'ws-deb', template: 'debian-12', owner: 'alice' }, { name: 'ws-spack', template: 'spack-hpc', owner: 'alice', size: 'L' as any, amis: { 'eu-west-1': 'ami-0123456789abcdef0' } }],
      workspaceStackCount: 0,
    }).stack);
    expect(notBaked).toContain('pypi.org');
    expect(spackReachable(notBaked)).toBe(false);
    // The check is live: the same network without the spack domains fails it.
    const app = new App();
    const bare = new Stack(app, 'Bare');
    new LabNetwork(bare, 'ImageBuildNetwork', { egress: EgressMode.PROXIED, allowedDomains: IMAGE_BUILD_DOMAINS });
    expect(buildProxyAllows(bare).length).toBeGreaterThan(10);
    expect(spackReachable(buildProxyAllows(bare))).toBe(false);
    // An https mirror of the institution is reached through the proxy: its host is allowed.
    const https = buildProxyAllows(spackLab({ images: { spackMirror: 'https://spack.mirror.example.edu/mirror' } }).stack);
    expect(https).toContain('spack.mirror.example.edu');
    expect(buildProxyAllows(lab({ images: { spackMirror: 'https://spack.mirror.example.edu/mirror' }, workspaceStackCount: 0 }).stack))
      .not.toContain('spack.mirror.example.edu');
  });

  test('an s3 spack_mirror: the bake adds it, and the build role of the spack template may list and read that prefix only', () => {
    const build = (mirror: string | undefined) => lab({
      images: { parentImages: { 'rocky-9': { x86_64: 'ami-0123456789abcdef0' } }, spackMirror: mirror },
      workspaces: [{ name: 'ws-deb', template: 'debian-12', owner: 'alice' }, { name: 'ws-spack', template: 'spack-hpc', owner: 'alice', size: 'L' as any }],
      workspaceStackCount: 0,
    }).stack;
    const stack = build('s3://lab-spack/mirror/v1');
    const images = stack.node.findAll().filter((c): c is WorkspaceImage => c instanceof WorkspaceImage);
    const spack = images.find((i) => i.template.slug === 'spack-hpc')!;
    const deb = images.find((i) => i.template.slug === 'debian-12')!;
    expect(spack.component.data).toContain("export RWS_SPACK_MIRROR='s3://lab-spack/mirror/v1' AWS_DEFAULT_REGION=$r;");
    expect(deb.component.data).not.toContain('RWS_SPACK_MIRROR');
    const statements = (image: WorkspaceImage) => {
      const policy = image.buildRole.node.tryFindChild('Policy') as any;
      return (stack.resolve(policy.document).Statement as any[]);
    };
    const s3 = (image: WorkspaceImage) => statements(image).filter((st) => [].concat(st.Action).some((a: string) => a.startsWith('s3:')));
    expect(s3(spack)).toEqual([
      expect.objectContaining({ Sid: 'ReadSpackMirror', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::lab-spack/mirror/v1/*']] } }),
      expect.objectContaining({
        Sid: 'ListSpackMirror',
        Action: 's3:ListBucket',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::lab-spack']] },
        Condition: { StringLike: { 's3:prefix': ['mirror/v1', 'mirror/v1/*'] } },
      }),
    ]);
    // Images that build no spack packages get nothing of the bucket; without the mirror no image does.
    expect(s3(deb)).toEqual([]);
    const none = build(undefined).node.findAll().filter((c): c is WorkspaceImage => c instanceof WorkspaceImage);
    expect(none.flatMap((i) => statements(i)).filter((st) => JSON.stringify(st).includes('s3:'))).toEqual([]);
    // The wildcard under the prefix is acknowledged for cdk-nag with its reason, nothing wider.
    const whole = build('s3://lab-spack').node.findAll().find((c): c is WorkspaceImage => c instanceof WorkspaceImage && c.template.slug === 'spack-hpc')!;
    expect(s3(whole)[1].Condition).toBeUndefined();
    expect(JSON.stringify(s3(whole)[0].Resource)).toContain(':s3:::lab-spack/*');
  });

  test('WorkspaceImage: parentImageReference, its errors, and Rocky Linux 9 without one', () => {
    const catalog = TemplateCatalog.bundled();
    const app = new App();
    const stack = new Stack(app, 'S', { env: { region: 'eu-west-1', account: '123456789012' } });
    const network = new LabNetwork(stack, 'Net', { egress: EgressMode.PROXIED });
    const image = new WorkspaceImage(stack, 'Rocky', { template: catalog.resolve('rocky-9'), network, parentImageReference: 'ssm:/rws/parent-images/rocky-9/x86_64' });
    expect(image.parentImageReference).toBe('ssm:/rws/parent-images/rocky-9/x86_64');
    expect(stack.resolve(image.recipe.parentImage)).toBe('ssm:/rws/parent-images/rocky-9/x86_64');
    expect(() => new WorkspaceImage(stack, 'NoParent', { template: catalog.resolve('spack-hpc'), network }))
      .toThrow(/S\/NoParent: error parent-image-required: parentImageReference: template "spack-hpc" is based on Rocky Linux 9.*Fix: put the id of Rocky Linux 9's official AMI.*give parentImageReference: ssm:\/rws\/parent-images\/rocky-9\/x86_64/s);
    expect(() => new WorkspaceImage(stack, 'Bad', { template: catalog.resolve('rocky-9'), network, parentImageReference: 'rocky-9.4' }))
      .toThrow(/S\/Bad: error invalid-prop: parentImageReference: not an AMI id, ssm: parameter or Image Builder image ARN.*"rocky-9\.4"/s);
    expect(() => new WorkspaceImage(stack, 'Both', {
      template: catalog.resolve('debian-12'),
      network,
      parentImageReference: 'ami-0123456789abcdef0',
      parentImage: { getImage: () => ({ imageId: 'ami-0fedcba9876543210', osType: 0, userData: undefined as any }) },
    })).toThrow(/parentImageReference: both parentImage and parentImageReference are given/);
    expect(() => new WorkspaceImage(stack, 'Mirror', { template: catalog.resolve('debian-12'), network, spackMirror: 'http://mirror.example.edu' }))
      .toThrow(/spackMirror: not an https:\/\/, s3:\/\/ or file:\/\/\/ URL/);
  });
});

