/**
 * WorkspaceImage: EC2 Image Builder resources generated from a template's bake part, checked
 * on the synthesized template (component = the bake script, recipe, build instance in the lab's
 * private subnets behind its proxy, distribution with tags and the image parameter, scheduled
 * pipeline with vulnerability scanning), with cfn-lint and the three cdk-nag packs; and a
 * ResearchWorkspace of an offline lab that boots the baked image of a bundled template without
 * the "cannot boot offline" warnings.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { parse } from 'yaml';
import {
  EgressMode, ImageBake, LabNetwork, ResearchUserRegistry, ResearchWorkspace, SharedEfs, TemplateCatalog, UserRegistry, WorkspaceImage,
  WorkspaceImageProps,
} from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { ed25519 } from '../helpers/keys';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const catalog = TemplateCatalog.bundled();

function build(props: Partial<WorkspaceImageProps> = {}, slug = 'python-ml') {
  const app = new App();
  const stack = new Stack(app, 'Images', { env: { region: 'eu-west-1', account: '123456789012' } });
  const network = new LabNetwork(stack, 'BuildNetwork', { egress: EgressMode.PROXIED });
  const image = new WorkspaceImage(stack, 'PythonMl', { template: catalog.resolve(slug), network, ...props });
  return { app, stack, network, image, t: Template.fromStack(stack) };
}

function only(t: Template, type: string): any {
  const all = Object.values<any>(t.findResources(type));
  expect(all).toHaveLength(1);
  return all[0].Properties;
}

afterAll(() => cleanTempDirs());

/** The python-ml image with the defaults, built once for the tests that only read it. */
let shared: ReturnType<typeof build> | undefined;
function defaults(): ReturnType<typeof build> {
  shared = shared ?? build();
  return shared;
}

describe('WorkspaceImage (EC2 Image Builder)', () => {
  test('the component runs exactly the bake part of the template and checks the image record', () => {
    const { t, image } = defaults();
    const doc = parse(only(t, 'AWS::ImageBuilder::Component').Data);
    const bake = doc.phases.find((p: any) => p.name === 'build').steps[0].inputs.commands[0] as string;
    const b64 = /echo '([A-Za-z0-9+/=]+)' \| base64 -d \| gunzip/.exec(bake)![1];
    const script = zlib.gunzipSync(Buffer.from(b64, 'base64')).toString('utf8');
    expect(script).toBe(ImageBake.of({ template: catalog.resolve('python-ml') }).bakeScript());
    expect(script).toContain(`rws_image_mark python-ml 1.0.0 ${image.bake.contentHash}`);
    // The lab's proxy for the downloads, removed from the image afterwards.
    expect(bake).toMatch(/export http_proxy=http:\/\/proxy\.[a-z.-]+:3128 .*no_proxy=\$np /);
    // Directly: the instance metadata and the region's S3 (the SSM agent through the gateway endpoint); all else through the proxy.
    expect(bake).toContain('np=169.254.169.254,localhost,127.0.0.1,s3.$r.amazonaws.com,.s3.$r.amazonaws.com;');
    expect(bake).toContain('rm -f /etc/apt/apt.conf.d/80rws-build-proxy /root/rws-bake.sh');
    expect(doc.phases.find((p: any) => p.name === 'test').steps[0].inputs.commands[0]).toBe(`grep -qx 'RWS_IMAGE_HASH=${image.bake.contentHash}' /etc/research-workspace/image.env`);
  });

  test('recipe: security updates first, then the bake, on the public OS image, with an encrypted root volume', () => {
    const { t } = defaults();
    const r = only(t, 'AWS::ImageBuilder::ImageRecipe');
    expect(r.Components).toHaveLength(2);
    expect(JSON.stringify(r.Components[0])).toContain(':aws:component/update-linux/x.x.x');
    expect(r.Components[1].ComponentArn).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/Component/), 'Arn'] });
    expect(JSON.stringify(r.ParentImage)).toContain('SsmParameterValueawsservicecanonicalubuntuserver2404');
    expect(r.BlockDeviceMappings).toEqual([{ DeviceName: '/dev/sda1', Ebs: { Encrypted: true, VolumeSize: 60, VolumeType: 'gp3', DeleteOnTermination: true } }]);
  });

  test('build instance: the lab\'s private subnet, a group without inbound rules, IMDSv2, terminated on failure', () => {
    const { t, stack } = defaults();
    const i = only(t, 'AWS::ImageBuilder::InfrastructureConfiguration');
    expect(i.InstanceMetadataOptions).toEqual({ HttpTokens: 'required', HttpPutResponseHopLimit: 1 });
    expect(i.TerminateInstanceOnFailure).toBe(true);
    const subnet = t.toJSON().Resources[i.SubnetId.Ref];
    expect(subnet.Properties.MapPublicIpOnLaunch).toBe(false);
    expect(i.SubnetId.Ref).toMatch(/Workspace|Private|Isolated/i);
    const sg = t.toJSON().Resources[i.SecurityGroupIds[0]['Fn::GetAtt'][0]];
    expect(sg.Properties.SecurityGroupIngress).toBeUndefined();
    expect(Stack.of(stack).resolve(i.InstanceTypes)).toEqual(['m7i.large']);
  });

  test('distribution: tags with slug, version and content hash; the image id goes to the parameter of the template version', () => {
    const { t, image } = defaults();
    const d = only(t, 'AWS::ImageBuilder::DistributionConfiguration').Distributions[0];
    const tags = { 'research:template': 'python-ml', 'research:template-version': '1.0.0', 'research:image-content': image.bake.contentHash };
    expect(d.AmiDistributionConfiguration.AmiTags).toEqual(tags);
    expect(d.AmiDistributionConfiguration.Name).toBe(`rws-python-ml-1-0-0-${image.bake.contentHash.slice(0, 8)}-{{ imagebuilder:buildDate }}`);
    expect(d.SsmParameterConfigurations).toEqual([{ ParameterName: '/rws/images/python-ml/1.0.0', DataType: 'aws:ec2:image' }]);
    expect(image.parameterName).toBe('/rws/images/python-ml/1.0.0');
  });

  test('pipeline: weekly when updates are available, Inspector scanning and package inventory recorded; the first image built during the deployment', () => {
    const { t } = defaults();
    const p = only(t, 'AWS::ImageBuilder::ImagePipeline');
    expect(p.Schedule).toEqual({ ScheduleExpression: 'cron(0 4 ? * sun *)', PipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE' });
    expect(p.ImageScanningConfiguration).toEqual({ ImageScanningEnabled: true });
    expect(p.EnhancedImageMetadataEnabled).toBe(true);
    expect(p.ImageTestsConfiguration).toEqual({ ImageTestsEnabled: true, TimeoutMinutes: 60 });
    expect(only(t, 'AWS::ImageBuilder::Image').ImageScanningConfiguration).toEqual({ ImageScanningEnabled: true });
    const none = build({ buildOnDeploy: false, vulnerabilityScanning: false, schedule: 'cron(0 2 * * ? *)' }).t;
    none.resourceCountIs('AWS::ImageBuilder::Image', 0);
    expect(only(none, 'AWS::ImageBuilder::ImagePipeline').ImageScanningConfiguration).toEqual({ ImageScanningEnabled: false });
  });

  test('a new template version, or new content, makes new Image Builder resources (their versions are immutable)', () => {
    const a = defaults().image;
    const text = fs.readFileSync(path.join(TemplateCatalog.bundledDirectory(), 'debian-12.yml'), 'utf8');
    const mk = (extra: string) => {
      const c = TemplateCatalog.bundled();
      c.addYaml(text.replace(/^slug: .*$/m, 'slug: "lab-debian"').replace(/^name: .*$/m, 'name: "Lab Debian"').replace(/^version: .*$/m, extra), 'test/lab-debian.yml');
      const app = new App();
      const stack = new Stack(app, 'S', { env: { region: 'eu-west-1' } });
      const img = new WorkspaceImage(stack, 'I', { template: c.resolve('lab-debian'), network: new LabNetwork(stack, 'N', { egress: EgressMode.PROXIED }) });
      return { img, t: Template.fromStack(stack) };
    };
    const v1 = mk('version: "1.0.0"');
    const v2 = mk('version: "1.1.0"');
    expect(v1.img.parameterName).toBe('/rws/images/lab-debian/1.0.0');
    expect(v2.img.parameterName).toBe('/rws/images/lab-debian/1.1.0');
    expect(only(v1.t, 'AWS::ImageBuilder::ImagePipeline').Name).not.toBe(only(v2.t, 'AWS::ImageBuilder::ImagePipeline').Name);
    expect(a.component.name).toMatch(/^rws-python-ml-1-0-0-[0-9a-f]{8}-[0-9a-f]{10}$/);
  });

  test('bad input: one clear error naming the construct, the field, the value and the fix', () => {
    expect(() => build({ schedule: 'every sunday' })).toThrow(/Images\/PythonMl.*schedule.*every sunday.*cron\(0 4 \? \* sun \*\)/s);
    expect(() => build({ parameterPrefix: 'rws/images/' })).toThrow(/parameterPrefix.*rws\/images\/.*\/rws\/my-lab\/images/s);
    expect(() => build({}, 'amazon-linux-2023')).not.toThrow();
  });

  test('cfn-lint and the AwsSolutions, HIPAA and NIST 800-53 R5 packs find nothing', () => {
    const { app, stack } = build({}, 'r-rstudio');
    expect(formatFindings(nagFindings(stack))).toBe('');
    if (!requireTool('cfn-lint', 'cfn-lint of the image stack')) return;
    const out = tempDir();
    const file = path.join(out, 'Images.template.json');
    fs.writeFileSync(file, JSON.stringify(app.synth().getStackByName('Images').template));
    // W3010: the test stack's availability zones are CDK's dummy names (no account lookups here).
    expect(formatMatches(cfnLint([file], ['W3010']))).toBe('');
  });
});

describe('a workspace of an offline lab boots the baked image', () => {
  function lab() {
    const app = new App();
    const images = new Stack(app, 'Images', { env: { region: 'eu-west-1', account: '123456789012' } });
    const buildNetwork = new LabNetwork(images, 'BuildNetwork', { egress: EgressMode.PROXIED });
    const stack = new Stack(app, 'Lab', { env: { region: 'eu-west-1', account: '123456789012' } });
    const network = new LabNetwork(stack, 'Network', { egress: EgressMode.NONE });
    const registry = UserRegistry.fromProps({ users: [{ name: 'alice', sshKeys: [ed25519('alice')] }], groups: [] });
    const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab1' });
    const storage = new SharedEfs(stack, 'Storage', { vpc: network.vpc, registry });
    const ws = (id: string, slug: string, baked: boolean) => new ResearchWorkspace(stack, id, {
      template: catalog.resolve(slug),
      vpc: network.vpc,
      labNetwork: network,
      egress: EgressMode.NONE,
      owner: 'alice',
      userRegistry: users,
      storage,
      bakedImage: baked ? new WorkspaceImage(images, `${id}Image`, { template: catalog.resolve(slug), network: buildNetwork }) : undefined,
    });
    return { app, stack, images, ws };
  }

  test('without the image the bundled templates warn that they cannot boot offline; with it, no warning, the BOOT part, the pipeline\'s image', () => {
    const { stack, ws } = lab();
    const plain = ws('plain', 'python-ml', false);
    const baked = ws('baked', 'python-ml', true);
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.anyValue()).map((w) => `${w.id} ${JSON.stringify(w.entry.data)}`);
    expect(warnings.filter((w) => w.startsWith('/Lab/plain')).join('\n')).toMatch(/rws:offline-needs-internet|rws:offline-image/);
    expect(warnings.filter((w) => w.startsWith('/Lab/baked'))).toEqual([]);
    expect(plain.userData.phase).toBe('full');
    expect(baked.userData.phase).toBe('boot');
    expect(baked.userData.imageContentHash).toBe(new WorkspaceImage(new Stack(), 'X', {
      template: catalog.resolve('python-ml'), network: new LabNetwork(new Stack(), 'N', { egress: EgressMode.PROXIED }),
    }).bake.contentHash);
    const t = Template.fromStack(stack).toJSON();
    const params = Object.values<any>(t.Parameters ?? {}).map((p) => p.Default);
    expect(params).toContain('/rws/images/python-ml/1.0.0');
  });

  test('an image of another template is refused, naming both', () => {
    const { stack, images } = lab();
    const buildNetwork = images.node.findChild('BuildNetwork') as LabNetwork;
    const other = new WorkspaceImage(images, 'Other', { template: catalog.resolve('r-rstudio'), network: buildNetwork });
    const vpc = (stack.node.findChild('Network') as LabNetwork).vpc;
    expect(() => new ResearchWorkspace(stack, 'wrong', { template: catalog.resolve('jupyter-lab'), vpc, bakedImage: other }))
      .toThrow(/Lab\/wrong.*bakedImage.*the baked image is of template "r-rstudio", the workspace's template is "jupyter-lab"/s);
  });
});
