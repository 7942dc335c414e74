import * as crypto from 'crypto';
import { Aws, NestedStack, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as imagebuilder from 'aws-cdk-lib/aws-imagebuilder';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { acknowledgeWildcards } from './private/airlock-nag';
import { machineImageFor, publicImageParameter } from './private/machine-image';
import { sessionManagerPolicy } from './private/perimeter';
import { checkKnownProps } from '../../private/known-props';
import { ResolvedTemplate, TemplateCatalog } from '../../workspaces/catalog';
import { ImageBake } from '../../workspaces/images';
import { WorkspacePolicy } from '../../workspaces/policy';
import {
  PARENT_IMAGE_FORMS, parentImageReferenceProblem, rockyParentFix, s3MirrorLocation, spackMirrorProblem, templateUsesSpack,
} from '../../workspaces/private/lab-images';
import { Architecture } from '../../workspaces/sizes';
import { OperatingSystem } from '../../workspaces/template';
import { WorkspacePlatform } from '../../workspaces/userdata';
import { badProp, ManagedPolicyRole } from '../private/props';

/**
 * Domains a bake downloads from besides the distributions' mirrors (which LabNetwork always
 * allows): conda-forge and Miniforge (GitHub releases), PyPI, CRAN, code-server, RStudio
 * Server, the AWS CLI, and amazon-efs-utils (built from GitHub with Rust crates).
 */
export const IMAGE_BUILD_DOMAINS: string[] = [
  'pypi.org', 'files.pythonhosted.org', 'cran.r-project.org', 'cloud.r-project.org', 'conda.anaconda.org', 'repo.anaconda.com',
  'github.com', 'codeload.github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com', 'raw.githubusercontent.com',
  'code-server.dev', 'download2.rstudio.org', 'awscli.amazonaws.com', 'crates.io', 'index.crates.io', 'static.crates.io',
];

/**
 * Domains the bake of a template with spack packages needs besides IMAGE_BUILD_DOMAINS (which
 * has GitHub, where spack itself is cloned from): spack's public source mirror, which spack's
 * default configuration tries before each package's own download site, and where its bootstrap
 * binaries (clingo) are; and the GitHub container registry, where newer bootstrap binaries are.
 * A source that is in none of them (nor in the lab's own spack mirror) fails the bake with the
 * package named.
 */
export const SPACK_BUILD_DOMAINS: string[] = ['mirror.spack.io', 'ghcr.io', 'pkg-containers.githubusercontent.com'];

/** Inline component documents of Image Builder hold at most 16,000 characters. */
const COMPONENT_DATA_LIMIT = 16000;
/** Root device of the public images, by OS (as ResearchWorkspace maps it). */
const SDA_ROOT = new Set<string>([OperatingSystem.UBUNTU_22_04, OperatingSystem.UBUNTU_24_04, OperatingSystem.ROCKY_9]);

/**
 * Properties of a WorkspaceImage.
 */
export interface WorkspaceImageProps {
  /** The template to bake, resolved with the parameter values the image is for. */
  readonly template: ResolvedTemplate;
  /**
   * Processor architecture of the image.
   * @default - that of the template's instance type, else x86_64
   */
  readonly architecture?: Architecture;
  /**
   * The network the build instance runs in: its workspace subnets, and its egress proxy for
   * the downloads (the network must have `PROXIED` egress, or you give `httpProxy` or a route
   * to the internet yourself). An offline lab builds its images in a network of its own.
   */
  readonly network: LabNetwork;
  /**
   * Proxy for the build's downloads (apt/dnf, conda, pip, vendors' installers).
   * @default - the network's egress proxy (`proxyUrl`), none when it has none
   */
  readonly httpProxy?: string;
  /**
   * The image the bake starts from.
   * @default - the public image of the template's operating system (as ResearchWorkspace uses it)
   */
  readonly parentImage?: ec2.IMachineImage;
  /**
   * The image the bake starts from, as EC2 Image Builder's recipe names it: an AMI id
   * (`ami-...`), an SSM parameter that holds one (`ssm:/rws/parent-images/rocky-9/x86_64`, or
   * `ssm:` and the parameter's ARN), which Image Builder reads at **each build** (so the
   * scheduled rebuild starts from the image the parameter holds then, and the recipe never
   * changes), or an Image Builder image ARN. Required for Rocky Linux 9, which publishes no
   * public image parameter. Not together with `parentImage`.
   * @default - `parentImage`, else the public image of the template's operating system
   */
  readonly parentImageReference?: string;
  /**
   * The institution's spack mirror (sources, or a build cache), added to spack before it
   * builds the template's spack packages and tried before spack's public mirror: `https://...`
   * (a host the build network's proxy allows), `s3://bucket/prefix` (a bucket of the lab's
   * account and region: the build role may read that prefix only) or `file:///path` (a folder
   * the parent image holds). Used only when the template has spack packages.
   * @default - spack's public mirror (mirror.spack.io), then each package's own site
   */
  readonly spackMirror?: string;
  /**
   * Instance type of the build instance.
   * @default "m7i.large" (x86_64) or "m7g.large" (arm64)
   */
  readonly buildInstanceType?: string;
  /**
   * Root volume of the image in GiB (encrypted gp3).
   * @default - the template's root_volume_gb, else 30
   */
  readonly rootVolumeGiB?: number;
  /**
   * Key that encrypts the image's snapshots.
   * @default - the account's default EBS key
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * When the pipeline rebuilds the image with the distribution's security updates (Image Builder
   * cron syntax, UTC). It runs only when the parent image or a component has changed since.
   * @default "cron(0 4 ? * sun *)" (Sundays 04:00 UTC)
   */
  readonly schedule?: string;
  /**
   * Prefix of the SSM parameters the pipeline writes (`<prefix>/<slug>/<version>` holds the
   * newest image id of that template version).
   * @default "/rws/images"
   */
  readonly parameterPrefix?: string;
  /**
   * Build the first image during the deployment (an Image Builder image resource: the
   * deployment waits for it, typically 15 to 45 minutes), so workspaces of the same deployment
   * can boot it. Without it, the parameter appears after the pipeline's first run.
   * @default true
   */
  readonly buildOnDeploy?: boolean;
  /**
   * Scan every image for known vulnerabilities with Amazon Inspector (Inspector must be
   * enabled in the account; findings are kept with the image).
   * @default true
   */
  readonly vulnerabilityScanning?: boolean;
  /**
   * The lab's policy (the template's privileged groups and paths are checked against it).
   * @default - the policy of the PolicyBoundary around this construct, else nothing privileged is allowed
   */
  readonly policy?: WorkspacePolicy;
}

/**
 * A machine image baked from a template with EC2 Image Builder: a component generated from
 * the template's install part (the same provisioning code as the boot, `ProvisioningPhase.BAKE`),
 * a recipe on the template's public OS image, a build instance in the lab's private subnets
 * behind its egress proxy (IMDSv2, encrypted volume, no public address), a distribution that
 * tags the image with the template slug, version and content hash and writes its id to an SSM
 * parameter per template version, and a pipeline that rebuilds it on a schedule when security
 * updates are available, with Inspector scanning and Image Builder's package inventory.
 *
 * A ResearchWorkspace given `bakedImage` boots it and runs only the per-workspace part of the
 * provisioning (accounts, keys, mounts, services), which needs no internet.
 */
export class WorkspaceImage extends Construct {
  /** The bake (script, content hash, names). */
  public readonly bake: ImageBake;
  /** The template. */
  public readonly template: ResolvedTemplate;
  /** Architecture of the image. */
  public readonly architecture: Architecture;
  /** Name of the SSM parameter that holds the newest image id of this template version. */
  public readonly parameterName: string;
  /** The Image Builder component that runs the bake. */
  public readonly component: imagebuilder.CfnComponent;
  /** The image recipe. */
  public readonly recipe: imagebuilder.CfnImageRecipe;
  /** Where the build runs. */
  public readonly infrastructure: imagebuilder.CfnInfrastructureConfiguration;
  /** Tags and the parameter of the output image. */
  public readonly distribution: imagebuilder.CfnDistributionConfiguration;
  /** The scheduled rebuild. */
  public readonly pipeline: imagebuilder.CfnImagePipeline;
  /**
   * The image built during the deployment.
   * @default - none (buildOnDeploy false)
   */
  public readonly firstImage?: imagebuilder.CfnImage;
  /** Role of the build instance. */
  public readonly buildRole: iam.Role;
  /** Security group of the build instance. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /**
   * The parent image as the recipe names it (an AMI id, `ssm:` and a parameter, an Image
   * Builder image ARN, or a token of the public image parameter).
   */
  public readonly parentImageReference: string;
  /** The end of the ARN of the objects of an s3:// spack mirror the build role may read (an acknowledged wildcard). */
  private spackMirrorObjects?: string;

  constructor(scope: Construct, id: string, props: WorkspaceImageProps) {
    super(scope, id);
    checkKnownProps(this, 'WorkspaceImageProps', props);
    const t = props.template;
    this.template = t;
    this.architecture = props.architecture ?? TemplateCatalog.defaultArchitecture(t);
    this.bake = ImageBake.of({ template: t, platform: WorkspacePlatform.AWS, policy: props.policy, where: this.node.path });
    const prefix = props.parameterPrefix ?? '/rws/images';
    if (!/^\/[A-Za-z0-9_.\/-]*[A-Za-z0-9_.-]$/.test(prefix)) {
      badProp(this, 'parameterPrefix', prefix, 'an SSM parameter prefix starts with / and does not end with /', 'write e.g. /rws/my-lab/images');
    }
    this.parameterName = this.bake.parameterName(prefix);
    const schedule = props.schedule ?? 'cron(0 4 ? * sun *)';
    if (!Token.isUnresolved(schedule) && !/^(cron|rate)\(.+\)$/.test(schedule)) {
      badProp(this, 'schedule', schedule, 'not an Image Builder schedule expression', 'write e.g. cron(0 4 ? * sun *) (Sundays 04:00 UTC)');
    }
    const root = props.rootVolumeGiB ?? t.definition.instanceDefaults?.rootVolumeGb ?? 30;
    if (!Token.isUnresolved(root) && (!Number.isInteger(root) || root < 8 || root > 16384)) {
      badProp(this, 'rootVolumeGiB', root, 'the root volume must be a whole number of GiB from 8 to 16384', 'write e.g. 60');
    }
    const proxy = props.httpProxy ?? props.network.proxyUrl;
    if (proxy !== undefined && !Token.isUnresolved(proxy) && !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(proxy)) {
      badProp(this, 'httpProxy', proxy, 'not a proxy URL', 'write e.g. http://proxy.lab.internal:3128');
    }
    const parent = this.parentOf(props);
    this.parentImageReference = parent;
    const spack = templateUsesSpack(t);
    const spackMirror = spack ? props.spackMirror : undefined;
    if (props.spackMirror !== undefined && !Token.isUnresolved(props.spackMirror)) {
      const problem = spackMirrorProblem(props.spackMirror);
      if (problem) {
        badProp(this, 'spackMirror', props.spackMirror, problem, 'write e.g. s3://my-lab-spack-mirror/spack or https://spack-mirror.example.edu/mirror');
      }
    }
    // One template version may be baked for both architectures: Image Builder names are unique per account and region.
    const name = this.architecture === Architecture.X86_64 ? this.bake.imageName : `${this.bake.imageName}-${this.architecture}`;

    // The component: the bake script travels gzip+base64 inside the document.
    const data = componentDocument(this.bake, proxy, spackMirror);
    if (data.length > COMPONENT_DATA_LIMIT) {
      badProp(this, 'template', t.slug,
        `the bake of template "${t.slug}" needs a component document of ${data.length} characters, above Image Builder's ${COMPONENT_DATA_LIMIT}`,
        'shorten the template\'s post_install (move long scripts into a package or a file fetched from s3://), or split the template into a parent and a child');
    }
    const dataHash = sha(data).slice(0, 10);
    // Image Builder versions are immutable: a changed document is a new component (its name carries the hash).
    this.component = new imagebuilder.CfnComponent(this, 'Component', {
      name: `${name}-${dataHash}`,
      version: '1.0.0',
      platform: 'Linux',
      description: `Bakes template ${t.slug} ${this.bake.version} (content ${this.bake.contentHash}): cdk-research-workspaces install part`,
      changeDescription: `content ${this.bake.contentHash}, script ${this.bake.scriptSha256().slice(0, 12)}`,
      data,
      kmsKeyId: props.encryptionKey?.keyArn,
      tags: this.imageTags(),
    });

    const device = SDA_ROOT.has(t.os) ? '/dev/sda1' : '/dev/xvda';
    const updates = `arn:${Aws.PARTITION}:imagebuilder:${Aws.REGION}:aws:component/update-linux/x.x.x`;
    this.recipe = new imagebuilder.CfnImageRecipe(this, 'Recipe', {
      name: `${name}-${sha(`${dataHash}|${Token.isUnresolved(parent) ? 'parent-token' : parent}|${root}|${device}`).slice(0, 10)}`,
      version: '1.0.0',
      parentImage: parent,
      description: `Template ${t.slug} ${this.bake.version} on ${t.os} (${this.architecture})`,
      // The distribution's updates first, then the bake.
      components: [{ componentArn: updates }, { componentArn: this.component.attrArn }],
      blockDeviceMappings: [{
        deviceName: device,
        ebs: { encrypted: true, kmsKeyId: props.encryptionKey?.keyArn, volumeSize: root, volumeType: 'gp3', deleteOnTermination: true },
      }],
      additionalInstanceConfiguration: { systemsManagerAgent: { uninstallAfterBuild: false } },
      tags: this.imageTags(),
    });

    // The build instance: lab subnets, no public address, IMDSv2, least privilege.
    this.buildRole = new ManagedPolicyRole(this, 'BuildRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Image Builder build instance of template ${t.slug} ${this.bake.version}`,
    });
    sessionManagerPolicy(this, 'BuildAgent', this.buildRole, `the image build of template ${t.slug}`);
    this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'ReadComponents',
      actions: ['imagebuilder:GetComponent'],
      resources: [this.component.attrArn, `arn:${Aws.PARTITION}:imagebuilder:${Aws.REGION}:aws:component/update-linux/*`],
    }));
    this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'BuildLogs',
      actions: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
      resources: [`arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:/aws/imagebuilder/*`],
    }));
    const s3Mirror = spackMirror && !Token.isUnresolved(spackMirror) ? s3MirrorLocation(spackMirror) : undefined;
    if (s3Mirror) {
      // The lab's spack mirror: list and read under its prefix, nothing else of the bucket.
      const bucketArn = `arn:${Aws.PARTITION}:s3:::${s3Mirror.bucket}`;
      const objects = s3Mirror.prefix ? `${bucketArn}/${s3Mirror.prefix}/*` : `${bucketArn}/*`;
      this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'ReadSpackMirror', actions: ['s3:GetObject'], resources: [objects] }));
      this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'ListSpackMirror',
        actions: ['s3:ListBucket'],
        resources: [bucketArn],
        ...(s3Mirror.prefix ? { conditions: { StringLike: { 's3:prefix': [s3Mirror.prefix, `${s3Mirror.prefix}/*`] } } } : {}),
      }));
      this.spackMirrorObjects = `:s3:::${s3Mirror.bucket}/${s3Mirror.prefix ? `${s3Mirror.prefix}/` : ''}*`;
    }
    if (props.encryptionKey) {
      this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'DecryptComponent',
        actions: ['kms:Decrypt'],
        resources: [props.encryptionKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `imagebuilder.${Aws.REGION}.amazonaws.com` } },
      }));
    }
    const profile = new iam.CfnInstanceProfile(this, 'BuildProfile', { roles: [this.buildRole.roleName] });
    this.securityGroup = props.network.workspaceSecurityGroup(this, 'BuildSecurityGroup', `Image build of template ${t.slug}: no inbound access`);
    const subnets = props.network.vpc.selectSubnets(props.network.workspaceSubnets).subnetIds;
    this.infrastructure = new imagebuilder.CfnInfrastructureConfiguration(this, 'Infrastructure', {
      name: `${name}-build-${sha(this.node.path).slice(0, 6)}`,
      description: `Build instance of template ${t.slug} in the lab's private subnets`,
      instanceProfileName: profile.ref,
      instanceTypes: [props.buildInstanceType ?? (this.architecture === Architecture.ARM64 ? 'm7g.large' : 'm7i.large')],
      subnetId: subnets[0],
      securityGroupIds: [this.securityGroup.securityGroupId],
      terminateInstanceOnFailure: true,
      instanceMetadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1 },
      tags: this.imageTags(),
    });

    this.distribution = new imagebuilder.CfnDistributionConfiguration(this, 'Distribution', {
      name: `${name}-dist-${sha(this.node.path).slice(0, 6)}`,
      description: `Template ${t.slug} ${this.bake.version}: tags and the image parameter ${this.parameterName}`,
      distributions: [{
        region: Stack.of(this).region,
        // A JSON property in CloudFormation's schema: its keys are written as CloudFormation spells them.
        amiDistributionConfiguration: {
          Name: `${name}-{{ imagebuilder:buildDate }}`,
          Description: `Research workspace template ${t.slug} ${this.bake.version} (content ${this.bake.contentHash})`,
          AmiTags: this.imageTags(),
          ...(props.encryptionKey ? { KmsKeyId: props.encryptionKey.keyArn } : {}),
        },
        ssmParameterConfigurations: [{ parameterName: this.parameterName, dataType: 'aws:ec2:image' }],
      }],
      tags: this.imageTags(),
    });

    const scanning = props.vulnerabilityScanning ?? true;
    this.pipeline = new imagebuilder.CfnImagePipeline(this, 'Pipeline', {
      name: `${name}-${sha(this.node.path).slice(0, 6)}`,
      description: `Rebuilds template ${t.slug} ${this.bake.version} with the distribution's security updates`,
      imageRecipeArn: this.recipe.attrArn,
      infrastructureConfigurationArn: this.infrastructure.attrArn,
      distributionConfigurationArn: this.distribution.attrArn,
      schedule: { scheduleExpression: schedule, pipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE' },
      imageScanningConfiguration: { imageScanningEnabled: scanning },
      imageTestsConfiguration: { imageTestsEnabled: true, timeoutMinutes: 60 },
      enhancedImageMetadataEnabled: true,
      status: 'ENABLED',
      tags: this.imageTags(),
    });
    if (props.buildOnDeploy ?? true) {
      this.firstImage = new imagebuilder.CfnImage(this, 'FirstImage', {
        imageRecipeArn: this.recipe.attrArn,
        infrastructureConfigurationArn: this.infrastructure.attrArn,
        distributionConfigurationArn: this.distribution.attrArn,
        imageScanningConfiguration: { imageScanningEnabled: scanning },
        imageTestsConfiguration: { imageTestsEnabled: true, timeoutMinutes: 60 },
        enhancedImageMetadataEnabled: true,
        tags: this.imageTags(),
      });
    }
    this.acknowledgeByDesign();
  }

  /**
   * The image a workspace in `scope` boots: in the same stack, the one built during this
   * deployment (the parameter does not exist before it); elsewhere the newest image of the
   * template version, from the parameter the pipeline writes, resolved at each deployment (a
   * stack nested in this one is created after the first image). A deployment after the
   * pipeline built a newer image therefore replaces those workspaces' instances (root volumes;
   * homes on the shared file system stay).
   */
  public machineImage(scope: Construct): ec2.IMachineImage {
    const mine = Stack.of(this);
    if (this.firstImage && Stack.of(scope) === mine) {
      // The same stack: the image built in this deployment (its parameter does not exist before).
      const imageId = this.firstImage.attrImageId;
      return { getImage: () => ({ imageId, osType: ec2.OperatingSystemType.LINUX, userData: ec2.UserData.forLinux() }) };
    }
    let child: Stack | undefined = Stack.of(scope);
    while (child && child.nestedStackParent && child.nestedStackParent !== mine) child = child.nestedStackParent;
    if (this.firstImage && child?.nestedStackParent === mine) {
      // A stack nested in this one: created after the first image, it reads the parameter the build wrote.
      (child as NestedStack).nestedStackResource?.node.addDependency(this.firstImage);
    }
    return ec2.MachineImage.fromSsmParameter(this.parameterName, { os: ec2.OperatingSystemType.LINUX });
  }

  /** The recipe's parent image: the given reference, the given image, else the OS's public image. */
  private parentOf(props: WorkspaceImageProps): string {
    const t = this.template;
    const ref = props.parentImageReference;
    if (ref !== undefined) {
      if (props.parentImage) {
        badProp(this, 'parentImageReference', ref, 'both parentImage and parentImageReference are given',
          'give one of them: parentImageReference for an ssm: parameter that Image Builder reads at each build');
      }
      if (!Token.isUnresolved(ref)) {
        const problem = parentImageReferenceProblem(ref);
        if (problem) badProp(this, 'parentImageReference', ref, problem, `write ${PARENT_IMAGE_FORMS}`);
      }
      return ref;
    }
    if (!props.parentImage && t.os === OperatingSystem.ROCKY_9 && publicImageParameter(t.os, this.architecture) === undefined) {
      badProp(this, 'parentImageReference', undefined,
        `template "${t.slug}" is based on Rocky Linux 9, which publishes no public SSM parameter for its images to bake from`,
        rockyParentFix('parentImageReference', this.architecture), 'parent-image-required');
    }
    return machineImageFor(this, t, this.architecture, props.parentImage).getImage(this).imageId;
  }

  private imageTags(): { [key: string]: string } {
    return {
      'research:template': this.bake.slug,
      'research:template-version': this.bake.version,
      'research:image-content': this.bake.contentHash,
    };
  }

  private acknowledgeByDesign(): void {
    const policy = this.buildRole.node.tryFindChild('Policy') as iam.ManagedPolicy | undefined;
    if (!policy) return;
    acknowledgeWildcards(policy, (finding) => {
      if (finding.includes(':aws:component/update-linux/*')) {
        return 'AWS\'s update-linux component is read at whatever version Image Builder resolves x.x.x to (the recipe asks for the newest); the build instance reads no other component but this image\'s own.';
      }
      if (this.spackMirrorObjects && finding.startsWith('Resource::') && finding.endsWith(this.spackMirrorObjects)) {
        return 'The build reads the lab\'s spack mirror (images.spack_mirror): the objects under its prefix only, whose names spack derives from each package\'s source checksum.';
      }
      if (finding.includes(':log-group:/aws/imagebuilder/*')) {
        return 'Image Builder names the build\'s log group after the image version it creates (/aws/imagebuilder/<image name>), unknown before the build; the build instance writes only to Image Builder\'s log groups.';
      }
      return undefined;
    });
  }
}

function sha(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** The component document (YAML): the bake in the build phase, the image record in the validate and test phases. */
function componentDocument(bake: ImageBake, proxy: string | undefined, spackMirror: string | undefined): string {
  // The instance metadata and the region's S3 (the SSM agent, through the gateway endpoint) directly;
  // everything else through the proxy (the AWS CLI's download too: awscli.amazonaws.com is on the internet).
  const direct = 'r=$(curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $(curl -fsS -m 5 -X PUT -H \'X-aws-ec2-metadata-token-ttl-seconds: 300\' '
    + 'http://169.254.169.254/latest/api/token)" http://169.254.169.254/latest/meta-data/placement/region); '
    + 'np=169.254.169.254,localhost,127.0.0.1,s3.$r.amazonaws.com,.s3.$r.amazonaws.com; ';
  const proxied = proxy !== undefined && !Token.isUnresolved(proxy);
  // The lab's spack mirror (s3://: boto3 reads it with the build role, in the instance's region).
  const spack = spackMirror === undefined ? ''
    : `export RWS_SPACK_MIRROR='${spackMirror}'${spackMirror.startsWith('s3://') ? ' AWS_DEFAULT_REGION=$r' : ''}; `;
  const env = (proxied || spack.includes('$r') ? direct : '')
    + (proxied
      ? `export http_proxy=${proxy} https_proxy=${proxy} HTTP_PROXY=${proxy} HTTPS_PROXY=${proxy} no_proxy=$np NO_PROXY=$np; `
        + `printf 'Acquire::http::Proxy "%s";\\nAcquire::https::Proxy "%s";\\n' ${proxy} ${proxy} >/etc/apt/apt.conf.d/80rws-build-proxy 2>/dev/null || true; `
      : '')
    + spack;
  const cleanup = 'rm -f /etc/apt/apt.conf.d/80rws-build-proxy /root/rws-bake.sh';
  const lines = [
    `name: ${bake.imageName}`,
    `description: Install part of research workspace template ${bake.slug} ${bake.version} (content ${bake.contentHash})`,
    'schemaVersion: 1.0',
    'phases:',
    '  - name: build',
    '    steps:',
    '      - name: Bake',
    '        action: ExecuteBash',
    '        timeoutSeconds: 7200',
    '        inputs:',
    '          commands:',
    `            - ${JSON.stringify(`${env}echo '${bake.bakeScriptGzipBase64()}' | base64 -d | gunzip >/root/rws-bake.sh || exit 1; bash /root/rws-bake.sh; rc=$?; ${cleanup}; exit $rc`)}`,
    '  - name: validate',
    '    steps:',
    '      - name: CheckImageRecord',
    '        action: ExecuteBash',
    '        inputs:',
    '          commands:',
    `            - ${JSON.stringify(bake.checkCommand())}`,
    '  - name: test',
    '    steps:',
    '      - name: CheckImageRecord',
    '        action: ExecuteBash',
    '        inputs:',
    '          commands:',
    `            - ${JSON.stringify(bake.checkCommand())}`,
    '            - test -s /etc/research-workspace/image-packages.tsv',
    '',
  ];
  return lines.join('\n');
}
