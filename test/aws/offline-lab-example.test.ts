/**
 * examples/offline-lab: a lab without internet (egress none) whose workspaces run every bundled
 * template (the templates/ folder). It synthesizes with no warning (no "cannot boot offline",
 * none from the image build network), and each workspace boots its template's baked image and
 * runs only the BOOT part of the provisioning (issue 17: "An offline example lab boots every
 * bundled template without warnings"). cfn-lint and the three cdk-nag packs check what it writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { buildOfflineLab, OFFLINE_LAB_STACK } from '../../examples/offline-lab/main';
import { LabStack, PackageManager, TemplateCatalog, WorkspaceImage } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

/** The bundled templates, from the templates/ folder (not a list kept here). */
const BUNDLED = fs.readdirSync(path.join(__dirname, '..', '..', 'templates')).filter((f) => f.endsWith('.yml')).map((f) => f.replace(/\.yml$/, '')).sort();

let app: App;
let lab: LabStack;
let templates: SynthesizedTemplate[];

beforeAll(() => {
  app = buildOfflineLab(tempDir('rws-offline-lab-'));
  templates = synthTemplates(app);
  lab = app.node.findChild(OFFLINE_LAB_STACK) as LabStack;
});

afterAll(cleanTempDirs);

/** The steps of a provisioning script, in order. */
function steps(script: string): string[] {
  return [...script.matchAll(/^rws_step (\w+) /gm)].map((m) => m[1]);
}

describe('examples/offline-lab', () => {
  test('synthesizes with no warning and no error anywhere in the app (nested stacks included)', () => {
    const messages: string[] = [];
    for (const c of app.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type === 'aws:cdk:warning' || m.type === 'aws:cdk:error') messages.push(`${c.node.path}: ${String(m.data).slice(0, 300)}`);
      }
    }
    expect(messages).toEqual([]);
    expect(lab.egress).toBe('none');
    expect(lab.workspaces.length).toBeGreaterThan(0);
  });

  test('its workspaces use every bundled template (the templates/ folder), none of them ami-based', () => {
    expect(BUNDLED.length).toBeGreaterThanOrEqual(14);
    expect(TemplateCatalog.bundled().resolveAll().map((t) => t.slug).sort()).toEqual(BUNDLED);
    expect([...new Set(lab.workspaces.map((w) => w.template.slug))].sort()).toEqual(BUNDLED);
    // ami-based templates are not baked by design (their image is given): none is bundled.
    expect(lab.workspaces.filter((w) => w.template.packageManager === PackageManager.AMI)).toEqual([]);
  });

  test('rocky-9 and spack-hpc bake on the parent image parameter the lab names; spack-hpc reads the lab\'s spack mirror', () => {
    const images = app.node.findAll().filter((c): c is WorkspaceImage => c instanceof WorkspaceImage);
    const root = templates.find((t) => t.name === OFFLINE_LAB_STACK)!.template;
    for (const slug of ['rocky-9', 'spack-hpc']) {
      const image = images.find((i) => i.template.slug === slug)!;
      expect(root.Resources[Stack.of(image).getLogicalId(image.recipe)].Properties.ParentImage).toBe('ssm:/rws/parent-images/rocky-9/x86_64');
    }
    const spack = images.find((i) => i.template.slug === 'spack-hpc')!;
    expect(spack.component.data).toContain("export RWS_SPACK_MIRROR='s3://offline-lab-spack-mirror/spack'");
    expect(images.find((i) => i.template.slug === 'rocky-9')!.component.data).not.toContain('RWS_SPACK_MIRROR');
    // The build network's proxy lets spack reach its public mirror.
    expect(JSON.stringify(root)).toContain('mirror.spack.io');
  });

  test('each workspace boots its template\'s baked image and runs only the BOOT part', () => {
    const images = app.node.findAll().filter((c): c is WorkspaceImage => c instanceof WorkspaceImage);
    // One image per template (one architecture, default parameters each).
    expect(images.map((i) => i.template.slug).sort()).toEqual([...new Set(lab.workspaces.map((w) => w.template.slug))].sort());
    const root = templates.find((t) => t.name === OFFLINE_LAB_STACK)!.template;
    for (const ws of lab.workspaces) {
      const slug = ws.template.slug;
      const image = images.find((i) => i.template.slug === slug)!;
      expect(image.parameterName).toBe(`/rws/offline-lab/images/${slug}/${ws.template.definition.version}`);

      // The BOOT part: the image check with the image's content hash first, then only per-workspace steps.
      expect(ws.userData.phase).toBe('boot');
      const script = ws.userData.provisioningScript();
      const s = steps(script);
      expect(s).toContain('image');
      expect(s).not.toContain('software');
      expect(s).not.toContain('post_install');
      expect(s.indexOf('image')).toBeLessThan(s.indexOf('users'));
      expect(script).toMatch(new RegExp(`^rws_image_check '?${slug}'? ${image.bake.contentHash}$`, 'm'));
      expect(script).not.toContain('rws_net miniforge');
      expect(ws.userData.warnings.filter((w) => w.code.startsWith('offline')).map((w) => w.message)).toEqual([]);

      // The instance's image is the template version's parameter, which the image pipeline writes.
      const nestedStack = Stack.of(ws);
      const nested = templates.find((t) => t.file.endsWith(`/${nestedStack.templateFile}`))!;
      const instanceIds = resourcesOfType(nested.template, 'AWS::EC2::Instance')
        .filter(([id]) => id.startsWith(ws.node.id.replace(/[^A-Za-z0-9]/g, '')));
      expect(instanceIds).toHaveLength(1);
      const ref = instanceIds[0][1].Properties.ImageId.Ref;
      expect(nested.template.Parameters[ref]).toEqual({ Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: image.parameterName });

      // The nested stack is created after the first image of the template is built.
      const firstImage = Stack.of(image).getLogicalId(image.firstImage!);
      const nestedResource = Object.entries<any>(root.Resources).find(([id, r]) => r.Type === 'AWS::CloudFormation::Stack' && id.startsWith(nestedStack.node.id))!;
      expect(nestedResource[1].DependsOn).toContain(firstImage);
    }
  });

  test('the lab\'s own network has no way out; only the image build network has the egress proxy', () => {
    const root = templates.find((t) => t.name === OFFLINE_LAB_STACK)!.template;
    const vpcs = resourcesOfType(root, 'AWS::EC2::VPC').map(([id]) => id);
    expect(vpcs).toHaveLength(2);
    const nats = resourcesOfType(root, 'AWS::EC2::NatGateway').map(([id]) => id);
    expect(nats).toHaveLength(1);
    expect(nats[0]).toMatch(/^ImageBuildNetwork/);
    const gateways = resourcesOfType(root, 'AWS::EC2::VPCGatewayAttachment').map(([, r]) => r.Properties.VpcId.Ref);
    expect(gateways).toHaveLength(1);
    expect(gateways[0]).toMatch(/^ImageBuildNetwork/);
    expect(JSON.stringify(root)).not.toMatch(/"AssociatePublicIpAddress":true|"MapPublicIpOnLaunch":true/);
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
    expect(formatFindings(nagFindings(app))).toBe('');
  });

  test('cfn-lint finds nothing in any template', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    expect(formatMatches(cfnLint(templates.map((t) => t.file), []))).toBe('');
  });
});
