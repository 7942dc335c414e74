"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkspaceImage = exports.SPACK_BUILD_DOMAINS = exports.IMAGE_BUILD_DOMAINS = void 0;
const crypto = __importStar(require("crypto"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const imagebuilder = __importStar(require("aws-cdk-lib/aws-imagebuilder"));
const constructs_1 = require("constructs");
const airlock_nag_1 = require("./private/airlock-nag");
const machine_image_1 = require("./private/machine-image");
const perimeter_1 = require("./private/perimeter");
const known_props_1 = require("../../private/known-props");
const catalog_1 = require("../../workspaces/catalog");
const images_1 = require("../../workspaces/images");
const lab_images_1 = require("../../workspaces/private/lab-images");
const sizes_1 = require("../../workspaces/sizes");
const template_1 = require("../../workspaces/template");
const userdata_1 = require("../../workspaces/userdata");
const props_1 = require("../private/props");
/**
 * Domains a bake downloads from besides the distributions' mirrors (which LabNetwork always
 * allows): conda-forge and Miniforge (GitHub releases), PyPI, CRAN, code-server, RStudio
 * Server, the AWS CLI, and amazon-efs-utils (built from GitHub with Rust crates).
 */
exports.IMAGE_BUILD_DOMAINS = [
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
exports.SPACK_BUILD_DOMAINS = ['mirror.spack.io', 'ghcr.io', 'pkg-containers.githubusercontent.com'];
/** Inline component documents of Image Builder hold at most 16,000 characters. */
const COMPONENT_DATA_LIMIT = 16000;
/** Root device of the public images, by OS (as ResearchWorkspace maps it). */
const SDA_ROOT = new Set([template_1.OperatingSystem.UBUNTU_22_04, template_1.OperatingSystem.UBUNTU_24_04, template_1.OperatingSystem.ROCKY_9]);
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
class WorkspaceImage extends constructs_1.Construct {
    /** The bake (script, content hash, names). */
    bake;
    /** The template. */
    template;
    /** Architecture of the image. */
    architecture;
    /** Name of the SSM parameter that holds the newest image id of this template version. */
    parameterName;
    /** The Image Builder component that runs the bake. */
    component;
    /** The image recipe. */
    recipe;
    /** Where the build runs. */
    infrastructure;
    /** Tags and the parameter of the output image. */
    distribution;
    /** The scheduled rebuild. */
    pipeline;
    /**
     * The image built during the deployment.
     * @default - none (buildOnDeploy false)
     */
    firstImage;
    /** Role of the build instance. */
    buildRole;
    /** Security group of the build instance. */
    securityGroup;
    /**
     * The parent image as the recipe names it (an AMI id, `ssm:` and a parameter, an Image
     * Builder image ARN, or a token of the public image parameter).
     */
    parentImageReference;
    /** The end of the ARN of the objects of an s3:// spack mirror the build role may read (an acknowledged wildcard). */
    spackMirrorObjects;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'WorkspaceImageProps', props);
        const t = props.template;
        this.template = t;
        this.architecture = props.architecture ?? catalog_1.TemplateCatalog.defaultArchitecture(t);
        this.bake = images_1.ImageBake.of({ template: t, platform: userdata_1.WorkspacePlatform.AWS, policy: props.policy, where: this.node.path });
        const prefix = props.parameterPrefix ?? '/rws/images';
        if (!/^\/[A-Za-z0-9_.\/-]*[A-Za-z0-9_.-]$/.test(prefix)) {
            (0, props_1.badProp)(this, 'parameterPrefix', prefix, 'an SSM parameter prefix starts with / and does not end with /', 'write e.g. /rws/my-lab/images');
        }
        this.parameterName = this.bake.parameterName(prefix);
        const schedule = props.schedule ?? 'cron(0 4 ? * sun *)';
        if (!aws_cdk_lib_1.Token.isUnresolved(schedule) && !/^(cron|rate)\(.+\)$/.test(schedule)) {
            (0, props_1.badProp)(this, 'schedule', schedule, 'not an Image Builder schedule expression', 'write e.g. cron(0 4 ? * sun *) (Sundays 04:00 UTC)');
        }
        const root = props.rootVolumeGiB ?? t.definition.instanceDefaults?.rootVolumeGb ?? 30;
        if (!aws_cdk_lib_1.Token.isUnresolved(root) && (!Number.isInteger(root) || root < 8 || root > 16384)) {
            (0, props_1.badProp)(this, 'rootVolumeGiB', root, 'the root volume must be a whole number of GiB from 8 to 16384', 'write e.g. 60');
        }
        const proxy = props.httpProxy ?? props.network.proxyUrl;
        if (proxy !== undefined && !aws_cdk_lib_1.Token.isUnresolved(proxy) && !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(proxy)) {
            (0, props_1.badProp)(this, 'httpProxy', proxy, 'not a proxy URL', 'write e.g. http://proxy.lab.internal:3128');
        }
        const parent = this.parentOf(props);
        this.parentImageReference = parent;
        const spack = (0, lab_images_1.templateUsesSpack)(t);
        const spackMirror = spack ? props.spackMirror : undefined;
        if (props.spackMirror !== undefined && !aws_cdk_lib_1.Token.isUnresolved(props.spackMirror)) {
            const problem = (0, lab_images_1.spackMirrorProblem)(props.spackMirror);
            if (problem) {
                (0, props_1.badProp)(this, 'spackMirror', props.spackMirror, problem, 'write e.g. s3://my-lab-spack-mirror/spack or https://spack-mirror.example.edu/mirror');
            }
        }
        // One template version may be baked for both architectures: Image Builder names are unique per account and region.
        const name = this.architecture === sizes_1.Architecture.X86_64 ? this.bake.imageName : `${this.bake.imageName}-${this.architecture}`;
        // The component: the bake script travels gzip+base64 inside the document.
        const data = componentDocument(this.bake, proxy, spackMirror);
        if (data.length > COMPONENT_DATA_LIMIT) {
            (0, props_1.badProp)(this, 'template', t.slug, `the bake of template "${t.slug}" needs a component document of ${data.length} characters, above Image Builder's ${COMPONENT_DATA_LIMIT}`, 'shorten the template\'s post_install (move long scripts into a package or a file fetched from s3://), or split the template into a parent and a child');
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
        const updates = `arn:${aws_cdk_lib_1.Aws.PARTITION}:imagebuilder:${aws_cdk_lib_1.Aws.REGION}:aws:component/update-linux/x.x.x`;
        this.recipe = new imagebuilder.CfnImageRecipe(this, 'Recipe', {
            name: `${name}-${sha(`${dataHash}|${aws_cdk_lib_1.Token.isUnresolved(parent) ? 'parent-token' : parent}|${root}|${device}`).slice(0, 10)}`,
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
        this.buildRole = new props_1.ManagedPolicyRole(this, 'BuildRole', {
            assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
            description: `Image Builder build instance of template ${t.slug} ${this.bake.version}`,
        });
        (0, perimeter_1.sessionManagerPolicy)(this, 'BuildAgent', this.buildRole, `the image build of template ${t.slug}`);
        this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
            sid: 'ReadComponents',
            actions: ['imagebuilder:GetComponent'],
            resources: [this.component.attrArn, `arn:${aws_cdk_lib_1.Aws.PARTITION}:imagebuilder:${aws_cdk_lib_1.Aws.REGION}:aws:component/update-linux/*`],
        }));
        this.buildRole.addToPrincipalPolicy(new iam.PolicyStatement({
            sid: 'BuildLogs',
            actions: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:PutLogEvents'],
            resources: [`arn:${aws_cdk_lib_1.Aws.PARTITION}:logs:${aws_cdk_lib_1.Aws.REGION}:${aws_cdk_lib_1.Aws.ACCOUNT_ID}:log-group:/aws/imagebuilder/*`],
        }));
        const s3Mirror = spackMirror && !aws_cdk_lib_1.Token.isUnresolved(spackMirror) ? (0, lab_images_1.s3MirrorLocation)(spackMirror) : undefined;
        if (s3Mirror) {
            // The lab's spack mirror: list and read under its prefix, nothing else of the bucket.
            const bucketArn = `arn:${aws_cdk_lib_1.Aws.PARTITION}:s3:::${s3Mirror.bucket}`;
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
                conditions: { StringEquals: { 'kms:ViaService': `imagebuilder.${aws_cdk_lib_1.Aws.REGION}.amazonaws.com` } },
            }));
        }
        const profile = new iam.CfnInstanceProfile(this, 'BuildProfile', { roles: [this.buildRole.roleName] });
        this.securityGroup = props.network.workspaceSecurityGroup(this, 'BuildSecurityGroup', `Image build of template ${t.slug}: no inbound access`);
        const subnets = props.network.vpc.selectSubnets(props.network.workspaceSubnets).subnetIds;
        this.infrastructure = new imagebuilder.CfnInfrastructureConfiguration(this, 'Infrastructure', {
            name: `${name}-build-${sha(this.node.path).slice(0, 6)}`,
            description: `Build instance of template ${t.slug} in the lab's private subnets`,
            instanceProfileName: profile.ref,
            instanceTypes: [props.buildInstanceType ?? (this.architecture === sizes_1.Architecture.ARM64 ? 'm7g.large' : 'm7i.large')],
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
                    region: aws_cdk_lib_1.Stack.of(this).region,
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
    machineImage(scope) {
        const mine = aws_cdk_lib_1.Stack.of(this);
        if (this.firstImage && aws_cdk_lib_1.Stack.of(scope) === mine) {
            // The same stack: the image built in this deployment (its parameter does not exist before).
            const imageId = this.firstImage.attrImageId;
            return { getImage: () => ({ imageId, osType: ec2.OperatingSystemType.LINUX, userData: ec2.UserData.forLinux() }) };
        }
        let child = aws_cdk_lib_1.Stack.of(scope);
        while (child && child.nestedStackParent && child.nestedStackParent !== mine)
            child = child.nestedStackParent;
        if (this.firstImage && child?.nestedStackParent === mine) {
            // A stack nested in this one: created after the first image, it reads the parameter the build wrote.
            child.nestedStackResource?.node.addDependency(this.firstImage);
        }
        return ec2.MachineImage.fromSsmParameter(this.parameterName, { os: ec2.OperatingSystemType.LINUX });
    }
    /** The recipe's parent image: the given reference, the given image, else the OS's public image. */
    parentOf(props) {
        const t = this.template;
        const ref = props.parentImageReference;
        if (ref !== undefined) {
            if (props.parentImage) {
                (0, props_1.badProp)(this, 'parentImageReference', ref, 'both parentImage and parentImageReference are given', 'give one of them: parentImageReference for an ssm: parameter that Image Builder reads at each build');
            }
            if (!aws_cdk_lib_1.Token.isUnresolved(ref)) {
                const problem = (0, lab_images_1.parentImageReferenceProblem)(ref);
                if (problem)
                    (0, props_1.badProp)(this, 'parentImageReference', ref, problem, `write ${lab_images_1.PARENT_IMAGE_FORMS}`);
            }
            return ref;
        }
        if (!props.parentImage && t.os === template_1.OperatingSystem.ROCKY_9 && (0, machine_image_1.publicImageParameter)(t.os, this.architecture) === undefined) {
            (0, props_1.badProp)(this, 'parentImageReference', undefined, `template "${t.slug}" is based on Rocky Linux 9, which publishes no public SSM parameter for its images to bake from`, (0, lab_images_1.rockyParentFix)('parentImageReference', this.architecture), 'parent-image-required');
        }
        return (0, machine_image_1.machineImageFor)(this, t, this.architecture, props.parentImage).getImage(this).imageId;
    }
    imageTags() {
        return {
            'research:template': this.bake.slug,
            'research:template-version': this.bake.version,
            'research:image-content': this.bake.contentHash,
        };
    }
    acknowledgeByDesign() {
        const policy = this.buildRole.node.tryFindChild('Policy');
        if (!policy)
            return;
        (0, airlock_nag_1.acknowledgeWildcards)(policy, (finding) => {
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
exports.WorkspaceImage = WorkspaceImage;
function sha(text) {
    return crypto.createHash('sha256').update(text).digest('hex');
}
/** The component document (YAML): the bake in the build phase, the image record in the validate and test phases. */
function componentDocument(bake, proxy, spackMirror) {
    // The instance metadata and the region's S3 (the SSM agent, through the gateway endpoint) directly;
    // everything else through the proxy (the AWS CLI's download too: awscli.amazonaws.com is on the internet).
    const direct = 'r=$(curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $(curl -fsS -m 5 -X PUT -H \'X-aws-ec2-metadata-token-ttl-seconds: 300\' '
        + 'http://169.254.169.254/latest/api/token)" http://169.254.169.254/latest/meta-data/placement/region); '
        + 'np=169.254.169.254,localhost,127.0.0.1,s3.$r.amazonaws.com,.s3.$r.amazonaws.com; ';
    const proxied = proxy !== undefined && !aws_cdk_lib_1.Token.isUnresolved(proxy);
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoid29ya3NwYWNlLWltYWdlLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3dvcmtzcGFjZS1pbWFnZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSwrQ0FBaUM7QUFDakMsNkNBQTZEO0FBQzdELHlEQUEyQztBQUMzQyx5REFBMkM7QUFDM0MsMkVBQTZEO0FBRTdELDJDQUF1QztBQUV2Qyx1REFBNkQ7QUFDN0QsMkRBQWdGO0FBQ2hGLG1EQUEyRDtBQUMzRCwyREFBNEQ7QUFDNUQsc0RBQTZFO0FBQzdFLG9EQUFvRDtBQUVwRCxvRUFFNkM7QUFDN0Msa0RBQXNEO0FBQ3RELHdEQUE0RDtBQUM1RCx3REFBOEQ7QUFDOUQsNENBQThEO0FBRTlEOzs7O0dBSUc7QUFDVSxRQUFBLG1CQUFtQixHQUFhO0lBQzNDLFVBQVUsRUFBRSx3QkFBd0IsRUFBRSxvQkFBb0IsRUFBRSxxQkFBcUIsRUFBRSxvQkFBb0IsRUFBRSxtQkFBbUI7SUFDNUgsWUFBWSxFQUFFLHFCQUFxQixFQUFFLCtCQUErQixFQUFFLHNDQUFzQyxFQUFFLDJCQUEyQjtJQUN6SSxpQkFBaUIsRUFBRSx1QkFBdUIsRUFBRSxzQkFBc0IsRUFBRSxXQUFXLEVBQUUsaUJBQWlCLEVBQUUsa0JBQWtCO0NBQ3ZILENBQUM7QUFFRjs7Ozs7OztHQU9HO0FBQ1UsUUFBQSxtQkFBbUIsR0FBYSxDQUFDLGlCQUFpQixFQUFFLFNBQVMsRUFBRSxzQ0FBc0MsQ0FBQyxDQUFDO0FBRXBILGtGQUFrRjtBQUNsRixNQUFNLG9CQUFvQixHQUFHLEtBQUssQ0FBQztBQUNuQyw4RUFBOEU7QUFDOUUsTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLENBQVMsQ0FBQywwQkFBZSxDQUFDLFlBQVksRUFBRSwwQkFBZSxDQUFDLFlBQVksRUFBRSwwQkFBZSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUErRnhIOzs7Ozs7Ozs7OztHQVdHO0FBQ0gsTUFBYSxjQUFlLFNBQVEsc0JBQVM7SUFDM0MsOENBQThDO0lBQzlCLElBQUksQ0FBWTtJQUNoQyxvQkFBb0I7SUFDSixRQUFRLENBQW1CO0lBQzNDLGlDQUFpQztJQUNqQixZQUFZLENBQWU7SUFDM0MseUZBQXlGO0lBQ3pFLGFBQWEsQ0FBUztJQUN0QyxzREFBc0Q7SUFDdEMsU0FBUyxDQUE0QjtJQUNyRCx3QkFBd0I7SUFDUixNQUFNLENBQThCO0lBQ3BELDRCQUE0QjtJQUNaLGNBQWMsQ0FBOEM7SUFDNUUsa0RBQWtEO0lBQ2xDLFlBQVksQ0FBNEM7SUFDeEUsNkJBQTZCO0lBQ2IsUUFBUSxDQUFnQztJQUN4RDs7O09BR0c7SUFDYSxVQUFVLENBQXlCO0lBQ25ELGtDQUFrQztJQUNsQixTQUFTLENBQVc7SUFDcEMsNENBQTRDO0lBQzVCLGFBQWEsQ0FBcUI7SUFDbEQ7OztPQUdHO0lBQ2Esb0JBQW9CLENBQVM7SUFDN0MscUhBQXFIO0lBQzdHLGtCQUFrQixDQUFVO0lBRXBDLFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBMEI7UUFDbEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLHFCQUFxQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ3BELE1BQU0sQ0FBQyxHQUFHLEtBQUssQ0FBQyxRQUFRLENBQUM7UUFDekIsSUFBSSxDQUFDLFFBQVEsR0FBRyxDQUFDLENBQUM7UUFDbEIsSUFBSSxDQUFDLFlBQVksR0FBRyxLQUFLLENBQUMsWUFBWSxJQUFJLHlCQUFlLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDakYsSUFBSSxDQUFDLElBQUksR0FBRyxrQkFBUyxDQUFDLEVBQUUsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLDRCQUFpQixDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3hILE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxlQUFlLElBQUksYUFBYSxDQUFDO1FBQ3RELElBQUksQ0FBQyxxQ0FBcUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztZQUN4RCxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsTUFBTSxFQUFFLCtEQUErRCxFQUFFLCtCQUErQixDQUFDLENBQUM7UUFDN0ksQ0FBQztRQUNELElBQUksQ0FBQyxhQUFhLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDckQsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLFFBQVEsSUFBSSxxQkFBcUIsQ0FBQztRQUN6RCxJQUFJLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztZQUMzRSxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsVUFBVSxFQUFFLFFBQVEsRUFBRSwwQ0FBMEMsRUFBRSxvREFBb0QsQ0FBQyxDQUFDO1FBQ3hJLENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxLQUFLLENBQUMsYUFBYSxJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsWUFBWSxJQUFJLEVBQUUsQ0FBQztRQUN0RixJQUFJLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxHQUFHLENBQUMsSUFBSSxJQUFJLEdBQUcsS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUN2RixJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSwrREFBK0QsRUFBRSxlQUFlLENBQUMsQ0FBQztRQUN6SCxDQUFDO1FBQ0QsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLFNBQVMsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQztRQUN4RCxJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksQ0FBQyxtQkFBSyxDQUFDLFlBQVksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLHVDQUF1QyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQzlHLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFFLGlCQUFpQixFQUFFLDJDQUEyQyxDQUFDLENBQUM7UUFDcEcsQ0FBQztRQUNELE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDcEMsSUFBSSxDQUFDLG9CQUFvQixHQUFHLE1BQU0sQ0FBQztRQUNuQyxNQUFNLEtBQUssR0FBRyxJQUFBLDhCQUFpQixFQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ25DLE1BQU0sV0FBVyxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQzFELElBQUksS0FBSyxDQUFDLFdBQVcsS0FBSyxTQUFTLElBQUksQ0FBQyxtQkFBSyxDQUFDLFlBQVksQ0FBQyxLQUFLLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQztZQUM5RSxNQUFNLE9BQU8sR0FBRyxJQUFBLCtCQUFrQixFQUFDLEtBQUssQ0FBQyxXQUFXLENBQUMsQ0FBQztZQUN0RCxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNaLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxhQUFhLEVBQUUsS0FBSyxDQUFDLFdBQVcsRUFBRSxPQUFPLEVBQUUsc0ZBQXNGLENBQUMsQ0FBQztZQUNuSixDQUFDO1FBQ0gsQ0FBQztRQUNELG1IQUFtSDtRQUNuSCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsWUFBWSxLQUFLLG9CQUFZLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsSUFBSSxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUM7UUFFN0gsMEVBQTBFO1FBQzFFLE1BQU0sSUFBSSxHQUFHLGlCQUFpQixDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLFdBQVcsQ0FBQyxDQUFDO1FBQzlELElBQUksSUFBSSxDQUFDLE1BQU0sR0FBRyxvQkFBb0IsRUFBRSxDQUFDO1lBQ3ZDLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFDOUIseUJBQXlCLENBQUMsQ0FBQyxJQUFJLG1DQUFtQyxJQUFJLENBQUMsTUFBTSxzQ0FBc0Msb0JBQW9CLEVBQUUsRUFDekksdUpBQXVKLENBQUMsQ0FBQztRQUM3SixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDeEMsMkdBQTJHO1FBQzNHLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSxZQUFZLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxXQUFXLEVBQUU7WUFDaEUsSUFBSSxFQUFFLEdBQUcsSUFBSSxJQUFJLFFBQVEsRUFBRTtZQUMzQixPQUFPLEVBQUUsT0FBTztZQUNoQixRQUFRLEVBQUUsT0FBTztZQUNqQixXQUFXLEVBQUUsa0JBQWtCLENBQUMsQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLGFBQWEsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLHlDQUF5QztZQUNySSxpQkFBaUIsRUFBRSxXQUFXLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxZQUFZLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRTtZQUN0RyxJQUFJO1lBQ0osUUFBUSxFQUFFLEtBQUssQ0FBQyxhQUFhLEVBQUUsTUFBTTtZQUNyQyxJQUFJLEVBQUUsSUFBSSxDQUFDLFNBQVMsRUFBRTtTQUN2QixDQUFDLENBQUM7UUFFSCxNQUFNLE1BQU0sR0FBRyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUM7UUFDOUQsTUFBTSxPQUFPLEdBQUcsT0FBTyxpQkFBRyxDQUFDLFNBQVMsaUJBQWlCLGlCQUFHLENBQUMsTUFBTSxtQ0FBbUMsQ0FBQztRQUNuRyxJQUFJLENBQUMsTUFBTSxHQUFHLElBQUksWUFBWSxDQUFDLGNBQWMsQ0FBQyxJQUFJLEVBQUUsUUFBUSxFQUFFO1lBQzVELElBQUksRUFBRSxHQUFHLElBQUksSUFBSSxHQUFHLENBQUMsR0FBRyxRQUFRLElBQUksbUJBQUssQ0FBQyxZQUFZLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsTUFBTSxJQUFJLElBQUksSUFBSSxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUU7WUFDNUgsT0FBTyxFQUFFLE9BQU87WUFDaEIsV0FBVyxFQUFFLE1BQU07WUFDbkIsV0FBVyxFQUFFLFlBQVksQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sT0FBTyxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxZQUFZLEdBQUc7WUFDeEYsbURBQW1EO1lBQ25ELFVBQVUsRUFBRSxDQUFDLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsWUFBWSxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDakYsbUJBQW1CLEVBQUUsQ0FBQztvQkFDcEIsVUFBVSxFQUFFLE1BQU07b0JBQ2xCLEdBQUcsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxhQUFhLEVBQUUsTUFBTSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxtQkFBbUIsRUFBRSxJQUFJLEVBQUU7aUJBQ2hJLENBQUM7WUFDRiwrQkFBK0IsRUFBRSxFQUFFLG1CQUFtQixFQUFFLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxFQUFFLEVBQUU7WUFDeEYsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUU7U0FDdkIsQ0FBQyxDQUFDO1FBRUgsK0VBQStFO1FBQy9FLElBQUksQ0FBQyxTQUFTLEdBQUcsSUFBSSx5QkFBaUIsQ0FBQyxJQUFJLEVBQUUsV0FBVyxFQUFFO1lBQ3hELFNBQVMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyxtQkFBbUIsQ0FBQztZQUN4RCxXQUFXLEVBQUUsNENBQTRDLENBQUMsQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUU7U0FDdkYsQ0FBQyxDQUFDO1FBQ0gsSUFBQSxnQ0FBb0IsRUFBQyxJQUFJLEVBQUUsWUFBWSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUUsK0JBQStCLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ2xHLElBQUksQ0FBQyxTQUFTLENBQUMsb0JBQW9CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQzFELEdBQUcsRUFBRSxnQkFBZ0I7WUFDckIsT0FBTyxFQUFFLENBQUMsMkJBQTJCLENBQUM7WUFDdEMsU0FBUyxFQUFFLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxPQUFPLEVBQUUsT0FBTyxpQkFBRyxDQUFDLFNBQVMsaUJBQWlCLGlCQUFHLENBQUMsTUFBTSwrQkFBK0IsQ0FBQztTQUNwSCxDQUFDLENBQUMsQ0FBQztRQUNKLElBQUksQ0FBQyxTQUFTLENBQUMsb0JBQW9CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQzFELEdBQUcsRUFBRSxXQUFXO1lBQ2hCLE9BQU8sRUFBRSxDQUFDLHNCQUFzQixFQUFFLHFCQUFxQixFQUFFLG1CQUFtQixDQUFDO1lBQzdFLFNBQVMsRUFBRSxDQUFDLE9BQU8saUJBQUcsQ0FBQyxTQUFTLFNBQVMsaUJBQUcsQ0FBQyxNQUFNLElBQUksaUJBQUcsQ0FBQyxVQUFVLGdDQUFnQyxDQUFDO1NBQ3ZHLENBQUMsQ0FBQyxDQUFDO1FBQ0osTUFBTSxRQUFRLEdBQUcsV0FBVyxJQUFJLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUEsNkJBQWdCLEVBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUM3RyxJQUFJLFFBQVEsRUFBRSxDQUFDO1lBQ2Isc0ZBQXNGO1lBQ3RGLE1BQU0sU0FBUyxHQUFHLE9BQU8saUJBQUcsQ0FBQyxTQUFTLFNBQVMsUUFBUSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2pFLE1BQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsU0FBUyxJQUFJLFFBQVEsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxTQUFTLElBQUksQ0FBQztZQUN6RixJQUFJLENBQUMsU0FBUyxDQUFDLG9CQUFvQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsQ0FBQyxjQUFjLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztZQUMxSSxJQUFJLENBQUMsU0FBUyxDQUFDLG9CQUFvQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDMUQsR0FBRyxFQUFFLGlCQUFpQjtnQkFDdEIsT0FBTyxFQUFFLENBQUMsZUFBZSxDQUFDO2dCQUMxQixTQUFTLEVBQUUsQ0FBQyxTQUFTLENBQUM7Z0JBQ3RCLEdBQUcsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLFVBQVUsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxNQUFNLEVBQUUsR0FBRyxRQUFRLENBQUMsTUFBTSxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2FBQ3ZILENBQUMsQ0FBQyxDQUFDO1lBQ0osSUFBSSxDQUFDLGtCQUFrQixHQUFHLFNBQVMsUUFBUSxDQUFDLE1BQU0sSUFBSSxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUM7UUFDeEcsQ0FBQztRQUNELElBQUksS0FBSyxDQUFDLGFBQWEsRUFBRSxDQUFDO1lBQ3hCLElBQUksQ0FBQyxTQUFTLENBQUMsb0JBQW9CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUMxRCxHQUFHLEVBQUUsa0JBQWtCO2dCQUN2QixPQUFPLEVBQUUsQ0FBQyxhQUFhLENBQUM7Z0JBQ3hCLFNBQVMsRUFBRSxDQUFDLEtBQUssQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDO2dCQUN2QyxVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxnQkFBZ0IsRUFBRSxnQkFBZ0IsaUJBQUcsQ0FBQyxNQUFNLGdCQUFnQixFQUFFLEVBQUU7YUFDL0YsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQUcsSUFBSSxHQUFHLENBQUMsa0JBQWtCLENBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZHLElBQUksQ0FBQyxhQUFhLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxzQkFBc0IsQ0FBQyxJQUFJLEVBQUUsb0JBQW9CLEVBQUUsMkJBQTJCLENBQUMsQ0FBQyxJQUFJLHFCQUFxQixDQUFDLENBQUM7UUFDOUksTUFBTSxPQUFPLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsYUFBYSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDMUYsSUFBSSxDQUFDLGNBQWMsR0FBRyxJQUFJLFlBQVksQ0FBQyw4QkFBOEIsQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLEVBQUU7WUFDNUYsSUFBSSxFQUFFLEdBQUcsSUFBSSxVQUFVLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUU7WUFDeEQsV0FBVyxFQUFFLDhCQUE4QixDQUFDLENBQUMsSUFBSSwrQkFBK0I7WUFDaEYsbUJBQW1CLEVBQUUsT0FBTyxDQUFDLEdBQUc7WUFDaEMsYUFBYSxFQUFFLENBQUMsS0FBSyxDQUFDLGlCQUFpQixJQUFJLENBQUMsSUFBSSxDQUFDLFlBQVksS0FBSyxvQkFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQztZQUNsSCxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztZQUNwQixnQkFBZ0IsRUFBRSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsZUFBZSxDQUFDO1lBQ3RELDBCQUEwQixFQUFFLElBQUk7WUFDaEMsdUJBQXVCLEVBQUUsRUFBRSxVQUFVLEVBQUUsVUFBVSxFQUFFLHVCQUF1QixFQUFFLENBQUMsRUFBRTtZQUMvRSxJQUFJLEVBQUUsSUFBSSxDQUFDLFNBQVMsRUFBRTtTQUN2QixDQUFDLENBQUM7UUFFSCxJQUFJLENBQUMsWUFBWSxHQUFHLElBQUksWUFBWSxDQUFDLDRCQUE0QixDQUFDLElBQUksRUFBRSxjQUFjLEVBQUU7WUFDdEYsSUFBSSxFQUFFLEdBQUcsSUFBSSxTQUFTLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUU7WUFDdkQsV0FBVyxFQUFFLFlBQVksQ0FBQyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sa0NBQWtDLElBQUksQ0FBQyxhQUFhLEVBQUU7WUFDMUcsYUFBYSxFQUFFLENBQUM7b0JBQ2QsTUFBTSxFQUFFLG1CQUFLLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU07b0JBQzdCLGtHQUFrRztvQkFDbEcsNEJBQTRCLEVBQUU7d0JBQzVCLElBQUksRUFBRSxHQUFHLElBQUksK0JBQStCO3dCQUM1QyxXQUFXLEVBQUUsK0JBQStCLENBQUMsQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLGFBQWEsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLEdBQUc7d0JBQzVHLE9BQU8sRUFBRSxJQUFJLENBQUMsU0FBUyxFQUFFO3dCQUN6QixHQUFHLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsS0FBSyxDQUFDLGFBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO3FCQUN6RTtvQkFDRCwwQkFBMEIsRUFBRSxDQUFDLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQyxhQUFhLEVBQUUsUUFBUSxFQUFFLGVBQWUsRUFBRSxDQUFDO2lCQUMvRixDQUFDO1lBQ0YsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUU7U0FDdkIsQ0FBQyxDQUFDO1FBRUgsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLHFCQUFxQixJQUFJLElBQUksQ0FBQztRQUNyRCxJQUFJLENBQUMsUUFBUSxHQUFHLElBQUksWUFBWSxDQUFDLGdCQUFnQixDQUFDLElBQUksRUFBRSxVQUFVLEVBQUU7WUFDbEUsSUFBSSxFQUFFLEdBQUcsSUFBSSxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUU7WUFDbEQsV0FBVyxFQUFFLHFCQUFxQixDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTywyQ0FBMkM7WUFDeEcsY0FBYyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTztZQUNuQyw4QkFBOEIsRUFBRSxJQUFJLENBQUMsY0FBYyxDQUFDLE9BQU87WUFDM0QsNEJBQTRCLEVBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxPQUFPO1lBQ3ZELFFBQVEsRUFBRSxFQUFFLGtCQUFrQixFQUFFLFFBQVEsRUFBRSwrQkFBK0IsRUFBRSxtREFBbUQsRUFBRTtZQUNoSSwwQkFBMEIsRUFBRSxFQUFFLG9CQUFvQixFQUFFLFFBQVEsRUFBRTtZQUM5RCx1QkFBdUIsRUFBRSxFQUFFLGlCQUFpQixFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsRUFBRSxFQUFFO1lBQ3hFLDRCQUE0QixFQUFFLElBQUk7WUFDbEMsTUFBTSxFQUFFLFNBQVM7WUFDakIsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUU7U0FDdkIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxLQUFLLENBQUMsYUFBYSxJQUFJLElBQUksRUFBRSxDQUFDO1lBQ2hDLElBQUksQ0FBQyxVQUFVLEdBQUcsSUFBSSxZQUFZLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxZQUFZLEVBQUU7Z0JBQzlELGNBQWMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLE9BQU87Z0JBQ25DLDhCQUE4QixFQUFFLElBQUksQ0FBQyxjQUFjLENBQUMsT0FBTztnQkFDM0QsNEJBQTRCLEVBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxPQUFPO2dCQUN2RCwwQkFBMEIsRUFBRSxFQUFFLG9CQUFvQixFQUFFLFFBQVEsRUFBRTtnQkFDOUQsdUJBQXVCLEVBQUUsRUFBRSxpQkFBaUIsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLEVBQUUsRUFBRTtnQkFDeEUsNEJBQTRCLEVBQUUsSUFBSTtnQkFDbEMsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLEVBQUU7YUFDdkIsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELElBQUksQ0FBQyxtQkFBbUIsRUFBRSxDQUFDO0lBQzdCLENBQUM7SUFFRDs7Ozs7OztPQU9HO0lBQ0ksWUFBWSxDQUFDLEtBQWdCO1FBQ2xDLE1BQU0sSUFBSSxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzVCLElBQUksSUFBSSxDQUFDLFVBQVUsSUFBSSxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQztZQUNoRCw0RkFBNEY7WUFDNUYsTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxXQUFXLENBQUM7WUFDNUMsT0FBTyxFQUFFLFFBQVEsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsbUJBQW1CLENBQUMsS0FBSyxFQUFFLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUSxDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQ3JILENBQUM7UUFDRCxJQUFJLEtBQUssR0FBc0IsbUJBQUssQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDL0MsT0FBTyxLQUFLLElBQUksS0FBSyxDQUFDLGlCQUFpQixJQUFJLEtBQUssQ0FBQyxpQkFBaUIsS0FBSyxJQUFJO1lBQUUsS0FBSyxHQUFHLEtBQUssQ0FBQyxpQkFBaUIsQ0FBQztRQUM3RyxJQUFJLElBQUksQ0FBQyxVQUFVLElBQUksS0FBSyxFQUFFLGlCQUFpQixLQUFLLElBQUksRUFBRSxDQUFDO1lBQ3pELHFHQUFxRztZQUNwRyxLQUFxQixDQUFDLG1CQUFtQixFQUFFLElBQUksQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQ2xGLENBQUM7UUFDRCxPQUFPLEdBQUcsQ0FBQyxZQUFZLENBQUMsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLGFBQWEsRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLENBQUMsbUJBQW1CLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUN0RyxDQUFDO0lBRUQsbUdBQW1HO0lBQzNGLFFBQVEsQ0FBQyxLQUEwQjtRQUN6QyxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDO1FBQ3hCLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxvQkFBb0IsQ0FBQztRQUN2QyxJQUFJLEdBQUcsS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUN0QixJQUFJLEtBQUssQ0FBQyxXQUFXLEVBQUUsQ0FBQztnQkFDdEIsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLHNCQUFzQixFQUFFLEdBQUcsRUFBRSxxREFBcUQsRUFDOUYscUdBQXFHLENBQUMsQ0FBQztZQUMzRyxDQUFDO1lBQ0QsSUFBSSxDQUFDLG1CQUFLLENBQUMsWUFBWSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7Z0JBQzdCLE1BQU0sT0FBTyxHQUFHLElBQUEsd0NBQTJCLEVBQUMsR0FBRyxDQUFDLENBQUM7Z0JBQ2pELElBQUksT0FBTztvQkFBRSxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsc0JBQXNCLEVBQUUsR0FBRyxFQUFFLE9BQU8sRUFBRSxTQUFTLCtCQUFrQixFQUFFLENBQUMsQ0FBQztZQUNsRyxDQUFDO1lBQ0QsT0FBTyxHQUFHLENBQUM7UUFDYixDQUFDO1FBQ0QsSUFBSSxDQUFDLEtBQUssQ0FBQyxXQUFXLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSywwQkFBZSxDQUFDLE9BQU8sSUFBSSxJQUFBLG9DQUFvQixFQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLFlBQVksQ0FBQyxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQzFILElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxzQkFBc0IsRUFBRSxTQUFTLEVBQzdDLGFBQWEsQ0FBQyxDQUFDLElBQUksa0dBQWtHLEVBQ3JILElBQUEsMkJBQWMsRUFBQyxzQkFBc0IsRUFBRSxJQUFJLENBQUMsWUFBWSxDQUFDLEVBQUUsdUJBQXVCLENBQUMsQ0FBQztRQUN4RixDQUFDO1FBQ0QsT0FBTyxJQUFBLCtCQUFlLEVBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxXQUFXLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDO0lBQy9GLENBQUM7SUFFTyxTQUFTO1FBQ2YsT0FBTztZQUNMLG1CQUFtQixFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSTtZQUNuQywyQkFBMkIsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU87WUFDOUMsd0JBQXdCLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXO1NBQ2hELENBQUM7SUFDSixDQUFDO0lBRU8sbUJBQW1CO1FBQ3pCLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxRQUFRLENBQWtDLENBQUM7UUFDM0YsSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPO1FBQ3BCLElBQUEsa0NBQW9CLEVBQUMsTUFBTSxFQUFFLENBQUMsT0FBTyxFQUFFLEVBQUU7WUFDdkMsSUFBSSxPQUFPLENBQUMsUUFBUSxDQUFDLCtCQUErQixDQUFDLEVBQUUsQ0FBQztnQkFDdEQsT0FBTyxnTUFBZ00sQ0FBQztZQUMxTSxDQUFDO1lBQ0QsSUFBSSxJQUFJLENBQUMsa0JBQWtCLElBQUksT0FBTyxDQUFDLFVBQVUsQ0FBQyxZQUFZLENBQUMsSUFBSSxPQUFPLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxFQUFFLENBQUM7Z0JBQzdHLE9BQU8sbUtBQW1LLENBQUM7WUFDN0ssQ0FBQztZQUNELElBQUksT0FBTyxDQUFDLFFBQVEsQ0FBQyxnQ0FBZ0MsQ0FBQyxFQUFFLENBQUM7Z0JBQ3ZELE9BQU8sME1BQTBNLENBQUM7WUFDcE4sQ0FBQztZQUNELE9BQU8sU0FBUyxDQUFDO1FBQ25CLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztDQUNGO0FBdlJELHdDQXVSQztBQUVELFNBQVMsR0FBRyxDQUFDLElBQVk7SUFDdkIsT0FBTyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDaEUsQ0FBQztBQUVELG9IQUFvSDtBQUNwSCxTQUFTLGlCQUFpQixDQUFDLElBQWUsRUFBRSxLQUF5QixFQUFFLFdBQStCO0lBQ3BHLG9HQUFvRztJQUNwRywyR0FBMkc7SUFDM0csTUFBTSxNQUFNLEdBQUcsNEhBQTRIO1VBQ3ZJLHVHQUF1RztVQUN2RyxtRkFBbUYsQ0FBQztJQUN4RixNQUFNLE9BQU8sR0FBRyxLQUFLLEtBQUssU0FBUyxJQUFJLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDbEUsZ0dBQWdHO0lBQ2hHLE1BQU0sS0FBSyxHQUFHLFdBQVcsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUU7UUFDMUMsQ0FBQyxDQUFDLDRCQUE0QixXQUFXLElBQUksV0FBVyxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsd0JBQXdCLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDO0lBQ25ILE1BQU0sR0FBRyxHQUFHLENBQUMsT0FBTyxJQUFJLEtBQUssQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1VBQ3ZELENBQUMsT0FBTztZQUNSLENBQUMsQ0FBQyxxQkFBcUIsS0FBSyxnQkFBZ0IsS0FBSyxlQUFlLEtBQUssZ0JBQWdCLEtBQUssOEJBQThCO2tCQUNwSCx3RUFBd0UsS0FBSyxJQUFJLEtBQUssK0RBQStEO1lBQ3pKLENBQUMsQ0FBQyxFQUFFLENBQUM7VUFDTCxLQUFLLENBQUM7SUFDVixNQUFNLE9BQU8sR0FBRywrREFBK0QsQ0FBQztJQUNoRixNQUFNLEtBQUssR0FBRztRQUNaLFNBQVMsSUFBSSxDQUFDLFNBQVMsRUFBRTtRQUN6Qiw0REFBNEQsSUFBSSxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsT0FBTyxhQUFhLElBQUksQ0FBQyxXQUFXLEdBQUc7UUFDckgsb0JBQW9CO1FBQ3BCLFNBQVM7UUFDVCxpQkFBaUI7UUFDakIsWUFBWTtRQUNaLG9CQUFvQjtRQUNwQiw2QkFBNkI7UUFDN0IsOEJBQThCO1FBQzlCLGlCQUFpQjtRQUNqQixxQkFBcUI7UUFDckIsaUJBQWlCLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxHQUFHLFNBQVMsSUFBSSxDQUFDLG9CQUFvQixFQUFFLHVGQUF1RixPQUFPLFlBQVksQ0FBQyxFQUFFO1FBQ3ZMLG9CQUFvQjtRQUNwQixZQUFZO1FBQ1osZ0NBQWdDO1FBQ2hDLDZCQUE2QjtRQUM3QixpQkFBaUI7UUFDakIscUJBQXFCO1FBQ3JCLGlCQUFpQixJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxZQUFZLEVBQUUsQ0FBQyxFQUFFO1FBQ3RELGdCQUFnQjtRQUNoQixZQUFZO1FBQ1osZ0NBQWdDO1FBQ2hDLDZCQUE2QjtRQUM3QixpQkFBaUI7UUFDakIscUJBQXFCO1FBQ3JCLGlCQUFpQixJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxZQUFZLEVBQUUsQ0FBQyxFQUFFO1FBQ3RELGtFQUFrRTtRQUNsRSxFQUFFO0tBQ0gsQ0FBQztJQUNGLE9BQU8sS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUMxQixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBBd3MsIE5lc3RlZFN0YWNrLCBTdGFjaywgVG9rZW4gfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBlYzIgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVjMic7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBpbWFnZWJ1aWxkZXIgZnJvbSAnYXdzLWNkay1saWIvYXdzLWltYWdlYnVpbGRlcic7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IExhYk5ldHdvcmsgfSBmcm9tICcuL2xhYi1uZXR3b3JrJztcbmltcG9ydCB7IGFja25vd2xlZGdlV2lsZGNhcmRzIH0gZnJvbSAnLi9wcml2YXRlL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IG1hY2hpbmVJbWFnZUZvciwgcHVibGljSW1hZ2VQYXJhbWV0ZXIgfSBmcm9tICcuL3ByaXZhdGUvbWFjaGluZS1pbWFnZSc7XG5pbXBvcnQgeyBzZXNzaW9uTWFuYWdlclBvbGljeSB9IGZyb20gJy4vcHJpdmF0ZS9wZXJpbWV0ZXInO1xuaW1wb3J0IHsgY2hlY2tLbm93blByb3BzIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9rbm93bi1wcm9wcyc7XG5pbXBvcnQgeyBSZXNvbHZlZFRlbXBsYXRlLCBUZW1wbGF0ZUNhdGFsb2cgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL2NhdGFsb2cnO1xuaW1wb3J0IHsgSW1hZ2VCYWtlIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9pbWFnZXMnO1xuaW1wb3J0IHsgV29ya3NwYWNlUG9saWN5IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wb2xpY3knO1xuaW1wb3J0IHtcbiAgUEFSRU5UX0lNQUdFX0ZPUk1TLCBwYXJlbnRJbWFnZVJlZmVyZW5jZVByb2JsZW0sIHJvY2t5UGFyZW50Rml4LCBzM01pcnJvckxvY2F0aW9uLCBzcGFja01pcnJvclByb2JsZW0sIHRlbXBsYXRlVXNlc1NwYWNrLFxufSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvbGFiLWltYWdlcyc7XG5pbXBvcnQgeyBBcmNoaXRlY3R1cmUgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3NpemVzJztcbmltcG9ydCB7IE9wZXJhdGluZ1N5c3RlbSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvdGVtcGxhdGUnO1xuaW1wb3J0IHsgV29ya3NwYWNlUGxhdGZvcm0gfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3VzZXJkYXRhJztcbmltcG9ydCB7IGJhZFByb3AsIE1hbmFnZWRQb2xpY3lSb2xlIH0gZnJvbSAnLi4vcHJpdmF0ZS9wcm9wcyc7XG5cbi8qKlxuICogRG9tYWlucyBhIGJha2UgZG93bmxvYWRzIGZyb20gYmVzaWRlcyB0aGUgZGlzdHJpYnV0aW9ucycgbWlycm9ycyAod2hpY2ggTGFiTmV0d29yayBhbHdheXNcbiAqIGFsbG93cyk6IGNvbmRhLWZvcmdlIGFuZCBNaW5pZm9yZ2UgKEdpdEh1YiByZWxlYXNlcyksIFB5UEksIENSQU4sIGNvZGUtc2VydmVyLCBSU3R1ZGlvXG4gKiBTZXJ2ZXIsIHRoZSBBV1MgQ0xJLCBhbmQgYW1hem9uLWVmcy11dGlscyAoYnVpbHQgZnJvbSBHaXRIdWIgd2l0aCBSdXN0IGNyYXRlcykuXG4gKi9cbmV4cG9ydCBjb25zdCBJTUFHRV9CVUlMRF9ET01BSU5TOiBzdHJpbmdbXSA9IFtcbiAgJ3B5cGkub3JnJywgJ2ZpbGVzLnB5dGhvbmhvc3RlZC5vcmcnLCAnY3Jhbi5yLXByb2plY3Qub3JnJywgJ2Nsb3VkLnItcHJvamVjdC5vcmcnLCAnY29uZGEuYW5hY29uZGEub3JnJywgJ3JlcG8uYW5hY29uZGEuY29tJyxcbiAgJ2dpdGh1Yi5jb20nLCAnY29kZWxvYWQuZ2l0aHViLmNvbScsICdvYmplY3RzLmdpdGh1YnVzZXJjb250ZW50LmNvbScsICdyZWxlYXNlLWFzc2V0cy5naXRodWJ1c2VyY29udGVudC5jb20nLCAncmF3LmdpdGh1YnVzZXJjb250ZW50LmNvbScsXG4gICdjb2RlLXNlcnZlci5kZXYnLCAnZG93bmxvYWQyLnJzdHVkaW8ub3JnJywgJ2F3c2NsaS5hbWF6b25hd3MuY29tJywgJ2NyYXRlcy5pbycsICdpbmRleC5jcmF0ZXMuaW8nLCAnc3RhdGljLmNyYXRlcy5pbycsXG5dO1xuXG4vKipcbiAqIERvbWFpbnMgdGhlIGJha2Ugb2YgYSB0ZW1wbGF0ZSB3aXRoIHNwYWNrIHBhY2thZ2VzIG5lZWRzIGJlc2lkZXMgSU1BR0VfQlVJTERfRE9NQUlOUyAod2hpY2hcbiAqIGhhcyBHaXRIdWIsIHdoZXJlIHNwYWNrIGl0c2VsZiBpcyBjbG9uZWQgZnJvbSk6IHNwYWNrJ3MgcHVibGljIHNvdXJjZSBtaXJyb3IsIHdoaWNoIHNwYWNrJ3NcbiAqIGRlZmF1bHQgY29uZmlndXJhdGlvbiB0cmllcyBiZWZvcmUgZWFjaCBwYWNrYWdlJ3Mgb3duIGRvd25sb2FkIHNpdGUsIGFuZCB3aGVyZSBpdHMgYm9vdHN0cmFwXG4gKiBiaW5hcmllcyAoY2xpbmdvKSBhcmU7IGFuZCB0aGUgR2l0SHViIGNvbnRhaW5lciByZWdpc3RyeSwgd2hlcmUgbmV3ZXIgYm9vdHN0cmFwIGJpbmFyaWVzIGFyZS5cbiAqIEEgc291cmNlIHRoYXQgaXMgaW4gbm9uZSBvZiB0aGVtIChub3IgaW4gdGhlIGxhYidzIG93biBzcGFjayBtaXJyb3IpIGZhaWxzIHRoZSBiYWtlIHdpdGggdGhlXG4gKiBwYWNrYWdlIG5hbWVkLlxuICovXG5leHBvcnQgY29uc3QgU1BBQ0tfQlVJTERfRE9NQUlOUzogc3RyaW5nW10gPSBbJ21pcnJvci5zcGFjay5pbycsICdnaGNyLmlvJywgJ3BrZy1jb250YWluZXJzLmdpdGh1YnVzZXJjb250ZW50LmNvbSddO1xuXG4vKiogSW5saW5lIGNvbXBvbmVudCBkb2N1bWVudHMgb2YgSW1hZ2UgQnVpbGRlciBob2xkIGF0IG1vc3QgMTYsMDAwIGNoYXJhY3RlcnMuICovXG5jb25zdCBDT01QT05FTlRfREFUQV9MSU1JVCA9IDE2MDAwO1xuLyoqIFJvb3QgZGV2aWNlIG9mIHRoZSBwdWJsaWMgaW1hZ2VzLCBieSBPUyAoYXMgUmVzZWFyY2hXb3Jrc3BhY2UgbWFwcyBpdCkuICovXG5jb25zdCBTREFfUk9PVCA9IG5ldyBTZXQ8c3RyaW5nPihbT3BlcmF0aW5nU3lzdGVtLlVCVU5UVV8yMl8wNCwgT3BlcmF0aW5nU3lzdGVtLlVCVU5UVV8yNF8wNCwgT3BlcmF0aW5nU3lzdGVtLlJPQ0tZXzldKTtcblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgV29ya3NwYWNlSW1hZ2UuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgV29ya3NwYWNlSW1hZ2VQcm9wcyB7XG4gIC8qKiBUaGUgdGVtcGxhdGUgdG8gYmFrZSwgcmVzb2x2ZWQgd2l0aCB0aGUgcGFyYW1ldGVyIHZhbHVlcyB0aGUgaW1hZ2UgaXMgZm9yLiAqL1xuICByZWFkb25seSB0ZW1wbGF0ZTogUmVzb2x2ZWRUZW1wbGF0ZTtcbiAgLyoqXG4gICAqIFByb2Nlc3NvciBhcmNoaXRlY3R1cmUgb2YgdGhlIGltYWdlLlxuICAgKiBAZGVmYXVsdCAtIHRoYXQgb2YgdGhlIHRlbXBsYXRlJ3MgaW5zdGFuY2UgdHlwZSwgZWxzZSB4ODZfNjRcbiAgICovXG4gIHJlYWRvbmx5IGFyY2hpdGVjdHVyZT86IEFyY2hpdGVjdHVyZTtcbiAgLyoqXG4gICAqIFRoZSBuZXR3b3JrIHRoZSBidWlsZCBpbnN0YW5jZSBydW5zIGluOiBpdHMgd29ya3NwYWNlIHN1Ym5ldHMsIGFuZCBpdHMgZWdyZXNzIHByb3h5IGZvclxuICAgKiB0aGUgZG93bmxvYWRzICh0aGUgbmV0d29yayBtdXN0IGhhdmUgYFBST1hJRURgIGVncmVzcywgb3IgeW91IGdpdmUgYGh0dHBQcm94eWAgb3IgYSByb3V0ZVxuICAgKiB0byB0aGUgaW50ZXJuZXQgeW91cnNlbGYpLiBBbiBvZmZsaW5lIGxhYiBidWlsZHMgaXRzIGltYWdlcyBpbiBhIG5ldHdvcmsgb2YgaXRzIG93bi5cbiAgICovXG4gIHJlYWRvbmx5IG5ldHdvcms6IExhYk5ldHdvcms7XG4gIC8qKlxuICAgKiBQcm94eSBmb3IgdGhlIGJ1aWxkJ3MgZG93bmxvYWRzIChhcHQvZG5mLCBjb25kYSwgcGlwLCB2ZW5kb3JzJyBpbnN0YWxsZXJzKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgbmV0d29yaydzIGVncmVzcyBwcm94eSAoYHByb3h5VXJsYCksIG5vbmUgd2hlbiBpdCBoYXMgbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgaHR0cFByb3h5Pzogc3RyaW5nO1xuICAvKipcbiAgICogVGhlIGltYWdlIHRoZSBiYWtlIHN0YXJ0cyBmcm9tLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBwdWJsaWMgaW1hZ2Ugb2YgdGhlIHRlbXBsYXRlJ3Mgb3BlcmF0aW5nIHN5c3RlbSAoYXMgUmVzZWFyY2hXb3Jrc3BhY2UgdXNlcyBpdClcbiAgICovXG4gIHJlYWRvbmx5IHBhcmVudEltYWdlPzogZWMyLklNYWNoaW5lSW1hZ2U7XG4gIC8qKlxuICAgKiBUaGUgaW1hZ2UgdGhlIGJha2Ugc3RhcnRzIGZyb20sIGFzIEVDMiBJbWFnZSBCdWlsZGVyJ3MgcmVjaXBlIG5hbWVzIGl0OiBhbiBBTUkgaWRcbiAgICogKGBhbWktLi4uYCksIGFuIFNTTSBwYXJhbWV0ZXIgdGhhdCBob2xkcyBvbmUgKGBzc206L3J3cy9wYXJlbnQtaW1hZ2VzL3JvY2t5LTkveDg2XzY0YCwgb3JcbiAgICogYHNzbTpgIGFuZCB0aGUgcGFyYW1ldGVyJ3MgQVJOKSwgd2hpY2ggSW1hZ2UgQnVpbGRlciByZWFkcyBhdCAqKmVhY2ggYnVpbGQqKiAoc28gdGhlXG4gICAqIHNjaGVkdWxlZCByZWJ1aWxkIHN0YXJ0cyBmcm9tIHRoZSBpbWFnZSB0aGUgcGFyYW1ldGVyIGhvbGRzIHRoZW4sIGFuZCB0aGUgcmVjaXBlIG5ldmVyXG4gICAqIGNoYW5nZXMpLCBvciBhbiBJbWFnZSBCdWlsZGVyIGltYWdlIEFSTi4gUmVxdWlyZWQgZm9yIFJvY2t5IExpbnV4IDksIHdoaWNoIHB1Ymxpc2hlcyBub1xuICAgKiBwdWJsaWMgaW1hZ2UgcGFyYW1ldGVyLiBOb3QgdG9nZXRoZXIgd2l0aCBgcGFyZW50SW1hZ2VgLlxuICAgKiBAZGVmYXVsdCAtIGBwYXJlbnRJbWFnZWAsIGVsc2UgdGhlIHB1YmxpYyBpbWFnZSBvZiB0aGUgdGVtcGxhdGUncyBvcGVyYXRpbmcgc3lzdGVtXG4gICAqL1xuICByZWFkb25seSBwYXJlbnRJbWFnZVJlZmVyZW5jZT86IHN0cmluZztcbiAgLyoqXG4gICAqIFRoZSBpbnN0aXR1dGlvbidzIHNwYWNrIG1pcnJvciAoc291cmNlcywgb3IgYSBidWlsZCBjYWNoZSksIGFkZGVkIHRvIHNwYWNrIGJlZm9yZSBpdFxuICAgKiBidWlsZHMgdGhlIHRlbXBsYXRlJ3Mgc3BhY2sgcGFja2FnZXMgYW5kIHRyaWVkIGJlZm9yZSBzcGFjaydzIHB1YmxpYyBtaXJyb3I6IGBodHRwczovLy4uLmBcbiAgICogKGEgaG9zdCB0aGUgYnVpbGQgbmV0d29yaydzIHByb3h5IGFsbG93cyksIGBzMzovL2J1Y2tldC9wcmVmaXhgIChhIGJ1Y2tldCBvZiB0aGUgbGFiJ3NcbiAgICogYWNjb3VudCBhbmQgcmVnaW9uOiB0aGUgYnVpbGQgcm9sZSBtYXkgcmVhZCB0aGF0IHByZWZpeCBvbmx5KSBvciBgZmlsZTovLy9wYXRoYCAoYSBmb2xkZXJcbiAgICogdGhlIHBhcmVudCBpbWFnZSBob2xkcykuIFVzZWQgb25seSB3aGVuIHRoZSB0ZW1wbGF0ZSBoYXMgc3BhY2sgcGFja2FnZXMuXG4gICAqIEBkZWZhdWx0IC0gc3BhY2sncyBwdWJsaWMgbWlycm9yIChtaXJyb3Iuc3BhY2suaW8pLCB0aGVuIGVhY2ggcGFja2FnZSdzIG93biBzaXRlXG4gICAqL1xuICByZWFkb25seSBzcGFja01pcnJvcj86IHN0cmluZztcbiAgLyoqXG4gICAqIEluc3RhbmNlIHR5cGUgb2YgdGhlIGJ1aWxkIGluc3RhbmNlLlxuICAgKiBAZGVmYXVsdCBcIm03aS5sYXJnZVwiICh4ODZfNjQpIG9yIFwibTdnLmxhcmdlXCIgKGFybTY0KVxuICAgKi9cbiAgcmVhZG9ubHkgYnVpbGRJbnN0YW5jZVR5cGU/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSb290IHZvbHVtZSBvZiB0aGUgaW1hZ2UgaW4gR2lCIChlbmNyeXB0ZWQgZ3AzKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgdGVtcGxhdGUncyByb290X3ZvbHVtZV9nYiwgZWxzZSAzMFxuICAgKi9cbiAgcmVhZG9ubHkgcm9vdFZvbHVtZUdpQj86IG51bWJlcjtcbiAgLyoqXG4gICAqIEtleSB0aGF0IGVuY3J5cHRzIHRoZSBpbWFnZSdzIHNuYXBzaG90cy5cbiAgICogQGRlZmF1bHQgLSB0aGUgYWNjb3VudCdzIGRlZmF1bHQgRUJTIGtleVxuICAgKi9cbiAgcmVhZG9ubHkgZW5jcnlwdGlvbktleT86IGttcy5JS2V5O1xuICAvKipcbiAgICogV2hlbiB0aGUgcGlwZWxpbmUgcmVidWlsZHMgdGhlIGltYWdlIHdpdGggdGhlIGRpc3RyaWJ1dGlvbidzIHNlY3VyaXR5IHVwZGF0ZXMgKEltYWdlIEJ1aWxkZXJcbiAgICogY3JvbiBzeW50YXgsIFVUQykuIEl0IHJ1bnMgb25seSB3aGVuIHRoZSBwYXJlbnQgaW1hZ2Ugb3IgYSBjb21wb25lbnQgaGFzIGNoYW5nZWQgc2luY2UuXG4gICAqIEBkZWZhdWx0IFwiY3JvbigwIDQgPyAqIHN1biAqKVwiIChTdW5kYXlzIDA0OjAwIFVUQylcbiAgICovXG4gIHJlYWRvbmx5IHNjaGVkdWxlPzogc3RyaW5nO1xuICAvKipcbiAgICogUHJlZml4IG9mIHRoZSBTU00gcGFyYW1ldGVycyB0aGUgcGlwZWxpbmUgd3JpdGVzIChgPHByZWZpeD4vPHNsdWc+Lzx2ZXJzaW9uPmAgaG9sZHMgdGhlXG4gICAqIG5ld2VzdCBpbWFnZSBpZCBvZiB0aGF0IHRlbXBsYXRlIHZlcnNpb24pLlxuICAgKiBAZGVmYXVsdCBcIi9yd3MvaW1hZ2VzXCJcbiAgICovXG4gIHJlYWRvbmx5IHBhcmFtZXRlclByZWZpeD86IHN0cmluZztcbiAgLyoqXG4gICAqIEJ1aWxkIHRoZSBmaXJzdCBpbWFnZSBkdXJpbmcgdGhlIGRlcGxveW1lbnQgKGFuIEltYWdlIEJ1aWxkZXIgaW1hZ2UgcmVzb3VyY2U6IHRoZVxuICAgKiBkZXBsb3ltZW50IHdhaXRzIGZvciBpdCwgdHlwaWNhbGx5IDE1IHRvIDQ1IG1pbnV0ZXMpLCBzbyB3b3Jrc3BhY2VzIG9mIHRoZSBzYW1lIGRlcGxveW1lbnRcbiAgICogY2FuIGJvb3QgaXQuIFdpdGhvdXQgaXQsIHRoZSBwYXJhbWV0ZXIgYXBwZWFycyBhZnRlciB0aGUgcGlwZWxpbmUncyBmaXJzdCBydW4uXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHJlYWRvbmx5IGJ1aWxkT25EZXBsb3k/OiBib29sZWFuO1xuICAvKipcbiAgICogU2NhbiBldmVyeSBpbWFnZSBmb3Iga25vd24gdnVsbmVyYWJpbGl0aWVzIHdpdGggQW1hem9uIEluc3BlY3RvciAoSW5zcGVjdG9yIG11c3QgYmVcbiAgICogZW5hYmxlZCBpbiB0aGUgYWNjb3VudDsgZmluZGluZ3MgYXJlIGtlcHQgd2l0aCB0aGUgaW1hZ2UpLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICByZWFkb25seSB2dWxuZXJhYmlsaXR5U2Nhbm5pbmc/OiBib29sZWFuO1xuICAvKipcbiAgICogVGhlIGxhYidzIHBvbGljeSAodGhlIHRlbXBsYXRlJ3MgcHJpdmlsZWdlZCBncm91cHMgYW5kIHBhdGhzIGFyZSBjaGVja2VkIGFnYWluc3QgaXQpLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBwb2xpY3kgb2YgdGhlIFBvbGljeUJvdW5kYXJ5IGFyb3VuZCB0aGlzIGNvbnN0cnVjdCwgZWxzZSBub3RoaW5nIHByaXZpbGVnZWQgaXMgYWxsb3dlZFxuICAgKi9cbiAgcmVhZG9ubHkgcG9saWN5PzogV29ya3NwYWNlUG9saWN5O1xufVxuXG4vKipcbiAqIEEgbWFjaGluZSBpbWFnZSBiYWtlZCBmcm9tIGEgdGVtcGxhdGUgd2l0aCBFQzIgSW1hZ2UgQnVpbGRlcjogYSBjb21wb25lbnQgZ2VuZXJhdGVkIGZyb21cbiAqIHRoZSB0ZW1wbGF0ZSdzIGluc3RhbGwgcGFydCAodGhlIHNhbWUgcHJvdmlzaW9uaW5nIGNvZGUgYXMgdGhlIGJvb3QsIGBQcm92aXNpb25pbmdQaGFzZS5CQUtFYCksXG4gKiBhIHJlY2lwZSBvbiB0aGUgdGVtcGxhdGUncyBwdWJsaWMgT1MgaW1hZ2UsIGEgYnVpbGQgaW5zdGFuY2UgaW4gdGhlIGxhYidzIHByaXZhdGUgc3VibmV0c1xuICogYmVoaW5kIGl0cyBlZ3Jlc3MgcHJveHkgKElNRFN2MiwgZW5jcnlwdGVkIHZvbHVtZSwgbm8gcHVibGljIGFkZHJlc3MpLCBhIGRpc3RyaWJ1dGlvbiB0aGF0XG4gKiB0YWdzIHRoZSBpbWFnZSB3aXRoIHRoZSB0ZW1wbGF0ZSBzbHVnLCB2ZXJzaW9uIGFuZCBjb250ZW50IGhhc2ggYW5kIHdyaXRlcyBpdHMgaWQgdG8gYW4gU1NNXG4gKiBwYXJhbWV0ZXIgcGVyIHRlbXBsYXRlIHZlcnNpb24sIGFuZCBhIHBpcGVsaW5lIHRoYXQgcmVidWlsZHMgaXQgb24gYSBzY2hlZHVsZSB3aGVuIHNlY3VyaXR5XG4gKiB1cGRhdGVzIGFyZSBhdmFpbGFibGUsIHdpdGggSW5zcGVjdG9yIHNjYW5uaW5nIGFuZCBJbWFnZSBCdWlsZGVyJ3MgcGFja2FnZSBpbnZlbnRvcnkuXG4gKlxuICogQSBSZXNlYXJjaFdvcmtzcGFjZSBnaXZlbiBgYmFrZWRJbWFnZWAgYm9vdHMgaXQgYW5kIHJ1bnMgb25seSB0aGUgcGVyLXdvcmtzcGFjZSBwYXJ0IG9mIHRoZVxuICogcHJvdmlzaW9uaW5nIChhY2NvdW50cywga2V5cywgbW91bnRzLCBzZXJ2aWNlcyksIHdoaWNoIG5lZWRzIG5vIGludGVybmV0LlxuICovXG5leHBvcnQgY2xhc3MgV29ya3NwYWNlSW1hZ2UgZXh0ZW5kcyBDb25zdHJ1Y3Qge1xuICAvKiogVGhlIGJha2UgKHNjcmlwdCwgY29udGVudCBoYXNoLCBuYW1lcykuICovXG4gIHB1YmxpYyByZWFkb25seSBiYWtlOiBJbWFnZUJha2U7XG4gIC8qKiBUaGUgdGVtcGxhdGUuICovXG4gIHB1YmxpYyByZWFkb25seSB0ZW1wbGF0ZTogUmVzb2x2ZWRUZW1wbGF0ZTtcbiAgLyoqIEFyY2hpdGVjdHVyZSBvZiB0aGUgaW1hZ2UuICovXG4gIHB1YmxpYyByZWFkb25seSBhcmNoaXRlY3R1cmU6IEFyY2hpdGVjdHVyZTtcbiAgLyoqIE5hbWUgb2YgdGhlIFNTTSBwYXJhbWV0ZXIgdGhhdCBob2xkcyB0aGUgbmV3ZXN0IGltYWdlIGlkIG9mIHRoaXMgdGVtcGxhdGUgdmVyc2lvbi4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHBhcmFtZXRlck5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBJbWFnZSBCdWlsZGVyIGNvbXBvbmVudCB0aGF0IHJ1bnMgdGhlIGJha2UuICovXG4gIHB1YmxpYyByZWFkb25seSBjb21wb25lbnQ6IGltYWdlYnVpbGRlci5DZm5Db21wb25lbnQ7XG4gIC8qKiBUaGUgaW1hZ2UgcmVjaXBlLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcmVjaXBlOiBpbWFnZWJ1aWxkZXIuQ2ZuSW1hZ2VSZWNpcGU7XG4gIC8qKiBXaGVyZSB0aGUgYnVpbGQgcnVucy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGluZnJhc3RydWN0dXJlOiBpbWFnZWJ1aWxkZXIuQ2ZuSW5mcmFzdHJ1Y3R1cmVDb25maWd1cmF0aW9uO1xuICAvKiogVGFncyBhbmQgdGhlIHBhcmFtZXRlciBvZiB0aGUgb3V0cHV0IGltYWdlLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgZGlzdHJpYnV0aW9uOiBpbWFnZWJ1aWxkZXIuQ2ZuRGlzdHJpYnV0aW9uQ29uZmlndXJhdGlvbjtcbiAgLyoqIFRoZSBzY2hlZHVsZWQgcmVidWlsZC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHBpcGVsaW5lOiBpbWFnZWJ1aWxkZXIuQ2ZuSW1hZ2VQaXBlbGluZTtcbiAgLyoqXG4gICAqIFRoZSBpbWFnZSBidWlsdCBkdXJpbmcgdGhlIGRlcGxveW1lbnQuXG4gICAqIEBkZWZhdWx0IC0gbm9uZSAoYnVpbGRPbkRlcGxveSBmYWxzZSlcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBmaXJzdEltYWdlPzogaW1hZ2VidWlsZGVyLkNmbkltYWdlO1xuICAvKiogUm9sZSBvZiB0aGUgYnVpbGQgaW5zdGFuY2UuICovXG4gIHB1YmxpYyByZWFkb25seSBidWlsZFJvbGU6IGlhbS5Sb2xlO1xuICAvKiogU2VjdXJpdHkgZ3JvdXAgb2YgdGhlIGJ1aWxkIGluc3RhbmNlLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgc2VjdXJpdHlHcm91cDogZWMyLklTZWN1cml0eUdyb3VwO1xuICAvKipcbiAgICogVGhlIHBhcmVudCBpbWFnZSBhcyB0aGUgcmVjaXBlIG5hbWVzIGl0IChhbiBBTUkgaWQsIGBzc206YCBhbmQgYSBwYXJhbWV0ZXIsIGFuIEltYWdlXG4gICAqIEJ1aWxkZXIgaW1hZ2UgQVJOLCBvciBhIHRva2VuIG9mIHRoZSBwdWJsaWMgaW1hZ2UgcGFyYW1ldGVyKS5cbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBwYXJlbnRJbWFnZVJlZmVyZW5jZTogc3RyaW5nO1xuICAvKiogVGhlIGVuZCBvZiB0aGUgQVJOIG9mIHRoZSBvYmplY3RzIG9mIGFuIHMzOi8vIHNwYWNrIG1pcnJvciB0aGUgYnVpbGQgcm9sZSBtYXkgcmVhZCAoYW4gYWNrbm93bGVkZ2VkIHdpbGRjYXJkKS4gKi9cbiAgcHJpdmF0ZSBzcGFja01pcnJvck9iamVjdHM/OiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IFdvcmtzcGFjZUltYWdlUHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnV29ya3NwYWNlSW1hZ2VQcm9wcycsIHByb3BzKTtcbiAgICBjb25zdCB0ID0gcHJvcHMudGVtcGxhdGU7XG4gICAgdGhpcy50ZW1wbGF0ZSA9IHQ7XG4gICAgdGhpcy5hcmNoaXRlY3R1cmUgPSBwcm9wcy5hcmNoaXRlY3R1cmUgPz8gVGVtcGxhdGVDYXRhbG9nLmRlZmF1bHRBcmNoaXRlY3R1cmUodCk7XG4gICAgdGhpcy5iYWtlID0gSW1hZ2VCYWtlLm9mKHsgdGVtcGxhdGU6IHQsIHBsYXRmb3JtOiBXb3Jrc3BhY2VQbGF0Zm9ybS5BV1MsIHBvbGljeTogcHJvcHMucG9saWN5LCB3aGVyZTogdGhpcy5ub2RlLnBhdGggfSk7XG4gICAgY29uc3QgcHJlZml4ID0gcHJvcHMucGFyYW1ldGVyUHJlZml4ID8/ICcvcndzL2ltYWdlcyc7XG4gICAgaWYgKCEvXlxcL1tBLVphLXowLTlfLlxcLy1dKltBLVphLXowLTlfLi1dJC8udGVzdChwcmVmaXgpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdwYXJhbWV0ZXJQcmVmaXgnLCBwcmVmaXgsICdhbiBTU00gcGFyYW1ldGVyIHByZWZpeCBzdGFydHMgd2l0aCAvIGFuZCBkb2VzIG5vdCBlbmQgd2l0aCAvJywgJ3dyaXRlIGUuZy4gL3J3cy9teS1sYWIvaW1hZ2VzJyk7XG4gICAgfVxuICAgIHRoaXMucGFyYW1ldGVyTmFtZSA9IHRoaXMuYmFrZS5wYXJhbWV0ZXJOYW1lKHByZWZpeCk7XG4gICAgY29uc3Qgc2NoZWR1bGUgPSBwcm9wcy5zY2hlZHVsZSA/PyAnY3JvbigwIDQgPyAqIHN1biAqKSc7XG4gICAgaWYgKCFUb2tlbi5pc1VucmVzb2x2ZWQoc2NoZWR1bGUpICYmICEvXihjcm9ufHJhdGUpXFwoLitcXCkkLy50ZXN0KHNjaGVkdWxlKSkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAnc2NoZWR1bGUnLCBzY2hlZHVsZSwgJ25vdCBhbiBJbWFnZSBCdWlsZGVyIHNjaGVkdWxlIGV4cHJlc3Npb24nLCAnd3JpdGUgZS5nLiBjcm9uKDAgNCA/ICogc3VuICopIChTdW5kYXlzIDA0OjAwIFVUQyknKTtcbiAgICB9XG4gICAgY29uc3Qgcm9vdCA9IHByb3BzLnJvb3RWb2x1bWVHaUIgPz8gdC5kZWZpbml0aW9uLmluc3RhbmNlRGVmYXVsdHM/LnJvb3RWb2x1bWVHYiA/PyAzMDtcbiAgICBpZiAoIVRva2VuLmlzVW5yZXNvbHZlZChyb290KSAmJiAoIU51bWJlci5pc0ludGVnZXIocm9vdCkgfHwgcm9vdCA8IDggfHwgcm9vdCA+IDE2Mzg0KSkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAncm9vdFZvbHVtZUdpQicsIHJvb3QsICd0aGUgcm9vdCB2b2x1bWUgbXVzdCBiZSBhIHdob2xlIG51bWJlciBvZiBHaUIgZnJvbSA4IHRvIDE2Mzg0JywgJ3dyaXRlIGUuZy4gNjAnKTtcbiAgICB9XG4gICAgY29uc3QgcHJveHkgPSBwcm9wcy5odHRwUHJveHkgPz8gcHJvcHMubmV0d29yay5wcm94eVVybDtcbiAgICBpZiAocHJveHkgIT09IHVuZGVmaW5lZCAmJiAhVG9rZW4uaXNVbnJlc29sdmVkKHByb3h5KSAmJiAhL15odHRwcz86XFwvXFwvW0EtWmEtejAtOS4tXSsoOlxcZCspP1xcLz8kLy50ZXN0KHByb3h5KSkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAnaHR0cFByb3h5JywgcHJveHksICdub3QgYSBwcm94eSBVUkwnLCAnd3JpdGUgZS5nLiBodHRwOi8vcHJveHkubGFiLmludGVybmFsOjMxMjgnKTtcbiAgICB9XG4gICAgY29uc3QgcGFyZW50ID0gdGhpcy5wYXJlbnRPZihwcm9wcyk7XG4gICAgdGhpcy5wYXJlbnRJbWFnZVJlZmVyZW5jZSA9IHBhcmVudDtcbiAgICBjb25zdCBzcGFjayA9IHRlbXBsYXRlVXNlc1NwYWNrKHQpO1xuICAgIGNvbnN0IHNwYWNrTWlycm9yID0gc3BhY2sgPyBwcm9wcy5zcGFja01pcnJvciA6IHVuZGVmaW5lZDtcbiAgICBpZiAocHJvcHMuc3BhY2tNaXJyb3IgIT09IHVuZGVmaW5lZCAmJiAhVG9rZW4uaXNVbnJlc29sdmVkKHByb3BzLnNwYWNrTWlycm9yKSkge1xuICAgICAgY29uc3QgcHJvYmxlbSA9IHNwYWNrTWlycm9yUHJvYmxlbShwcm9wcy5zcGFja01pcnJvcik7XG4gICAgICBpZiAocHJvYmxlbSkge1xuICAgICAgICBiYWRQcm9wKHRoaXMsICdzcGFja01pcnJvcicsIHByb3BzLnNwYWNrTWlycm9yLCBwcm9ibGVtLCAnd3JpdGUgZS5nLiBzMzovL215LWxhYi1zcGFjay1taXJyb3Ivc3BhY2sgb3IgaHR0cHM6Ly9zcGFjay1taXJyb3IuZXhhbXBsZS5lZHUvbWlycm9yJyk7XG4gICAgICB9XG4gICAgfVxuICAgIC8vIE9uZSB0ZW1wbGF0ZSB2ZXJzaW9uIG1heSBiZSBiYWtlZCBmb3IgYm90aCBhcmNoaXRlY3R1cmVzOiBJbWFnZSBCdWlsZGVyIG5hbWVzIGFyZSB1bmlxdWUgcGVyIGFjY291bnQgYW5kIHJlZ2lvbi5cbiAgICBjb25zdCBuYW1lID0gdGhpcy5hcmNoaXRlY3R1cmUgPT09IEFyY2hpdGVjdHVyZS5YODZfNjQgPyB0aGlzLmJha2UuaW1hZ2VOYW1lIDogYCR7dGhpcy5iYWtlLmltYWdlTmFtZX0tJHt0aGlzLmFyY2hpdGVjdHVyZX1gO1xuXG4gICAgLy8gVGhlIGNvbXBvbmVudDogdGhlIGJha2Ugc2NyaXB0IHRyYXZlbHMgZ3ppcCtiYXNlNjQgaW5zaWRlIHRoZSBkb2N1bWVudC5cbiAgICBjb25zdCBkYXRhID0gY29tcG9uZW50RG9jdW1lbnQodGhpcy5iYWtlLCBwcm94eSwgc3BhY2tNaXJyb3IpO1xuICAgIGlmIChkYXRhLmxlbmd0aCA+IENPTVBPTkVOVF9EQVRBX0xJTUlUKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICd0ZW1wbGF0ZScsIHQuc2x1ZyxcbiAgICAgICAgYHRoZSBiYWtlIG9mIHRlbXBsYXRlIFwiJHt0LnNsdWd9XCIgbmVlZHMgYSBjb21wb25lbnQgZG9jdW1lbnQgb2YgJHtkYXRhLmxlbmd0aH0gY2hhcmFjdGVycywgYWJvdmUgSW1hZ2UgQnVpbGRlcidzICR7Q09NUE9ORU5UX0RBVEFfTElNSVR9YCxcbiAgICAgICAgJ3Nob3J0ZW4gdGhlIHRlbXBsYXRlXFwncyBwb3N0X2luc3RhbGwgKG1vdmUgbG9uZyBzY3JpcHRzIGludG8gYSBwYWNrYWdlIG9yIGEgZmlsZSBmZXRjaGVkIGZyb20gczM6Ly8pLCBvciBzcGxpdCB0aGUgdGVtcGxhdGUgaW50byBhIHBhcmVudCBhbmQgYSBjaGlsZCcpO1xuICAgIH1cbiAgICBjb25zdCBkYXRhSGFzaCA9IHNoYShkYXRhKS5zbGljZSgwLCAxMCk7XG4gICAgLy8gSW1hZ2UgQnVpbGRlciB2ZXJzaW9ucyBhcmUgaW1tdXRhYmxlOiBhIGNoYW5nZWQgZG9jdW1lbnQgaXMgYSBuZXcgY29tcG9uZW50IChpdHMgbmFtZSBjYXJyaWVzIHRoZSBoYXNoKS5cbiAgICB0aGlzLmNvbXBvbmVudCA9IG5ldyBpbWFnZWJ1aWxkZXIuQ2ZuQ29tcG9uZW50KHRoaXMsICdDb21wb25lbnQnLCB7XG4gICAgICBuYW1lOiBgJHtuYW1lfS0ke2RhdGFIYXNofWAsXG4gICAgICB2ZXJzaW9uOiAnMS4wLjAnLFxuICAgICAgcGxhdGZvcm06ICdMaW51eCcsXG4gICAgICBkZXNjcmlwdGlvbjogYEJha2VzIHRlbXBsYXRlICR7dC5zbHVnfSAke3RoaXMuYmFrZS52ZXJzaW9ufSAoY29udGVudCAke3RoaXMuYmFrZS5jb250ZW50SGFzaH0pOiBjZGstcmVzZWFyY2gtd29ya3NwYWNlcyBpbnN0YWxsIHBhcnRgLFxuICAgICAgY2hhbmdlRGVzY3JpcHRpb246IGBjb250ZW50ICR7dGhpcy5iYWtlLmNvbnRlbnRIYXNofSwgc2NyaXB0ICR7dGhpcy5iYWtlLnNjcmlwdFNoYTI1NigpLnNsaWNlKDAsIDEyKX1gLFxuICAgICAgZGF0YSxcbiAgICAgIGttc0tleUlkOiBwcm9wcy5lbmNyeXB0aW9uS2V5Py5rZXlBcm4sXG4gICAgICB0YWdzOiB0aGlzLmltYWdlVGFncygpLFxuICAgIH0pO1xuXG4gICAgY29uc3QgZGV2aWNlID0gU0RBX1JPT1QuaGFzKHQub3MpID8gJy9kZXYvc2RhMScgOiAnL2Rldi94dmRhJztcbiAgICBjb25zdCB1cGRhdGVzID0gYGFybjoke0F3cy5QQVJUSVRJT059OmltYWdlYnVpbGRlcjoke0F3cy5SRUdJT059OmF3czpjb21wb25lbnQvdXBkYXRlLWxpbnV4L3gueC54YDtcbiAgICB0aGlzLnJlY2lwZSA9IG5ldyBpbWFnZWJ1aWxkZXIuQ2ZuSW1hZ2VSZWNpcGUodGhpcywgJ1JlY2lwZScsIHtcbiAgICAgIG5hbWU6IGAke25hbWV9LSR7c2hhKGAke2RhdGFIYXNofXwke1Rva2VuLmlzVW5yZXNvbHZlZChwYXJlbnQpID8gJ3BhcmVudC10b2tlbicgOiBwYXJlbnR9fCR7cm9vdH18JHtkZXZpY2V9YCkuc2xpY2UoMCwgMTApfWAsXG4gICAgICB2ZXJzaW9uOiAnMS4wLjAnLFxuICAgICAgcGFyZW50SW1hZ2U6IHBhcmVudCxcbiAgICAgIGRlc2NyaXB0aW9uOiBgVGVtcGxhdGUgJHt0LnNsdWd9ICR7dGhpcy5iYWtlLnZlcnNpb259IG9uICR7dC5vc30gKCR7dGhpcy5hcmNoaXRlY3R1cmV9KWAsXG4gICAgICAvLyBUaGUgZGlzdHJpYnV0aW9uJ3MgdXBkYXRlcyBmaXJzdCwgdGhlbiB0aGUgYmFrZS5cbiAgICAgIGNvbXBvbmVudHM6IFt7IGNvbXBvbmVudEFybjogdXBkYXRlcyB9LCB7IGNvbXBvbmVudEFybjogdGhpcy5jb21wb25lbnQuYXR0ckFybiB9XSxcbiAgICAgIGJsb2NrRGV2aWNlTWFwcGluZ3M6IFt7XG4gICAgICAgIGRldmljZU5hbWU6IGRldmljZSxcbiAgICAgICAgZWJzOiB7IGVuY3J5cHRlZDogdHJ1ZSwga21zS2V5SWQ6IHByb3BzLmVuY3J5cHRpb25LZXk/LmtleUFybiwgdm9sdW1lU2l6ZTogcm9vdCwgdm9sdW1lVHlwZTogJ2dwMycsIGRlbGV0ZU9uVGVybWluYXRpb246IHRydWUgfSxcbiAgICAgIH1dLFxuICAgICAgYWRkaXRpb25hbEluc3RhbmNlQ29uZmlndXJhdGlvbjogeyBzeXN0ZW1zTWFuYWdlckFnZW50OiB7IHVuaW5zdGFsbEFmdGVyQnVpbGQ6IGZhbHNlIH0gfSxcbiAgICAgIHRhZ3M6IHRoaXMuaW1hZ2VUYWdzKCksXG4gICAgfSk7XG5cbiAgICAvLyBUaGUgYnVpbGQgaW5zdGFuY2U6IGxhYiBzdWJuZXRzLCBubyBwdWJsaWMgYWRkcmVzcywgSU1EU3YyLCBsZWFzdCBwcml2aWxlZ2UuXG4gICAgdGhpcy5idWlsZFJvbGUgPSBuZXcgTWFuYWdlZFBvbGljeVJvbGUodGhpcywgJ0J1aWxkUm9sZScsIHtcbiAgICAgIGFzc3VtZWRCeTogbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdlYzIuYW1hem9uYXdzLmNvbScpLFxuICAgICAgZGVzY3JpcHRpb246IGBJbWFnZSBCdWlsZGVyIGJ1aWxkIGluc3RhbmNlIG9mIHRlbXBsYXRlICR7dC5zbHVnfSAke3RoaXMuYmFrZS52ZXJzaW9ufWAsXG4gICAgfSk7XG4gICAgc2Vzc2lvbk1hbmFnZXJQb2xpY3kodGhpcywgJ0J1aWxkQWdlbnQnLCB0aGlzLmJ1aWxkUm9sZSwgYHRoZSBpbWFnZSBidWlsZCBvZiB0ZW1wbGF0ZSAke3Quc2x1Z31gKTtcbiAgICB0aGlzLmJ1aWxkUm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdSZWFkQ29tcG9uZW50cycsXG4gICAgICBhY3Rpb25zOiBbJ2ltYWdlYnVpbGRlcjpHZXRDb21wb25lbnQnXSxcbiAgICAgIHJlc291cmNlczogW3RoaXMuY29tcG9uZW50LmF0dHJBcm4sIGBhcm46JHtBd3MuUEFSVElUSU9OfTppbWFnZWJ1aWxkZXI6JHtBd3MuUkVHSU9OfTphd3M6Y29tcG9uZW50L3VwZGF0ZS1saW51eC8qYF0sXG4gICAgfSkpO1xuICAgIHRoaXMuYnVpbGRSb2xlLmFkZFRvUHJpbmNpcGFsUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgIHNpZDogJ0J1aWxkTG9ncycsXG4gICAgICBhY3Rpb25zOiBbJ2xvZ3M6Q3JlYXRlTG9nU3RyZWFtJywgJ2xvZ3M6Q3JlYXRlTG9nR3JvdXAnLCAnbG9nczpQdXRMb2dFdmVudHMnXSxcbiAgICAgIHJlc291cmNlczogW2Bhcm46JHtBd3MuUEFSVElUSU9OfTpsb2dzOiR7QXdzLlJFR0lPTn06JHtBd3MuQUNDT1VOVF9JRH06bG9nLWdyb3VwOi9hd3MvaW1hZ2VidWlsZGVyLypgXSxcbiAgICB9KSk7XG4gICAgY29uc3QgczNNaXJyb3IgPSBzcGFja01pcnJvciAmJiAhVG9rZW4uaXNVbnJlc29sdmVkKHNwYWNrTWlycm9yKSA/IHMzTWlycm9yTG9jYXRpb24oc3BhY2tNaXJyb3IpIDogdW5kZWZpbmVkO1xuICAgIGlmIChzM01pcnJvcikge1xuICAgICAgLy8gVGhlIGxhYidzIHNwYWNrIG1pcnJvcjogbGlzdCBhbmQgcmVhZCB1bmRlciBpdHMgcHJlZml4LCBub3RoaW5nIGVsc2Ugb2YgdGhlIGJ1Y2tldC5cbiAgICAgIGNvbnN0IGJ1Y2tldEFybiA9IGBhcm46JHtBd3MuUEFSVElUSU9OfTpzMzo6OiR7czNNaXJyb3IuYnVja2V0fWA7XG4gICAgICBjb25zdCBvYmplY3RzID0gczNNaXJyb3IucHJlZml4ID8gYCR7YnVja2V0QXJufS8ke3MzTWlycm9yLnByZWZpeH0vKmAgOiBgJHtidWNrZXRBcm59LypgO1xuICAgICAgdGhpcy5idWlsZFJvbGUuYWRkVG9QcmluY2lwYWxQb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoeyBzaWQ6ICdSZWFkU3BhY2tNaXJyb3InLCBhY3Rpb25zOiBbJ3MzOkdldE9iamVjdCddLCByZXNvdXJjZXM6IFtvYmplY3RzXSB9KSk7XG4gICAgICB0aGlzLmJ1aWxkUm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ0xpc3RTcGFja01pcnJvcicsXG4gICAgICAgIGFjdGlvbnM6IFsnczM6TGlzdEJ1Y2tldCddLFxuICAgICAgICByZXNvdXJjZXM6IFtidWNrZXRBcm5dLFxuICAgICAgICAuLi4oczNNaXJyb3IucHJlZml4ID8geyBjb25kaXRpb25zOiB7IFN0cmluZ0xpa2U6IHsgJ3MzOnByZWZpeCc6IFtzM01pcnJvci5wcmVmaXgsIGAke3MzTWlycm9yLnByZWZpeH0vKmBdIH0gfSB9IDoge30pLFxuICAgICAgfSkpO1xuICAgICAgdGhpcy5zcGFja01pcnJvck9iamVjdHMgPSBgOnMzOjo6JHtzM01pcnJvci5idWNrZXR9LyR7czNNaXJyb3IucHJlZml4ID8gYCR7czNNaXJyb3IucHJlZml4fS9gIDogJyd9KmA7XG4gICAgfVxuICAgIGlmIChwcm9wcy5lbmNyeXB0aW9uS2V5KSB7XG4gICAgICB0aGlzLmJ1aWxkUm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ0RlY3J5cHRDb21wb25lbnQnLFxuICAgICAgICBhY3Rpb25zOiBbJ2ttczpEZWNyeXB0J10sXG4gICAgICAgIHJlc291cmNlczogW3Byb3BzLmVuY3J5cHRpb25LZXkua2V5QXJuXSxcbiAgICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdFcXVhbHM6IHsgJ2ttczpWaWFTZXJ2aWNlJzogYGltYWdlYnVpbGRlci4ke0F3cy5SRUdJT059LmFtYXpvbmF3cy5jb21gIH0gfSxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgY29uc3QgcHJvZmlsZSA9IG5ldyBpYW0uQ2ZuSW5zdGFuY2VQcm9maWxlKHRoaXMsICdCdWlsZFByb2ZpbGUnLCB7IHJvbGVzOiBbdGhpcy5idWlsZFJvbGUucm9sZU5hbWVdIH0pO1xuICAgIHRoaXMuc2VjdXJpdHlHcm91cCA9IHByb3BzLm5ldHdvcmsud29ya3NwYWNlU2VjdXJpdHlHcm91cCh0aGlzLCAnQnVpbGRTZWN1cml0eUdyb3VwJywgYEltYWdlIGJ1aWxkIG9mIHRlbXBsYXRlICR7dC5zbHVnfTogbm8gaW5ib3VuZCBhY2Nlc3NgKTtcbiAgICBjb25zdCBzdWJuZXRzID0gcHJvcHMubmV0d29yay52cGMuc2VsZWN0U3VibmV0cyhwcm9wcy5uZXR3b3JrLndvcmtzcGFjZVN1Ym5ldHMpLnN1Ym5ldElkcztcbiAgICB0aGlzLmluZnJhc3RydWN0dXJlID0gbmV3IGltYWdlYnVpbGRlci5DZm5JbmZyYXN0cnVjdHVyZUNvbmZpZ3VyYXRpb24odGhpcywgJ0luZnJhc3RydWN0dXJlJywge1xuICAgICAgbmFtZTogYCR7bmFtZX0tYnVpbGQtJHtzaGEodGhpcy5ub2RlLnBhdGgpLnNsaWNlKDAsIDYpfWAsXG4gICAgICBkZXNjcmlwdGlvbjogYEJ1aWxkIGluc3RhbmNlIG9mIHRlbXBsYXRlICR7dC5zbHVnfSBpbiB0aGUgbGFiJ3MgcHJpdmF0ZSBzdWJuZXRzYCxcbiAgICAgIGluc3RhbmNlUHJvZmlsZU5hbWU6IHByb2ZpbGUucmVmLFxuICAgICAgaW5zdGFuY2VUeXBlczogW3Byb3BzLmJ1aWxkSW5zdGFuY2VUeXBlID8/ICh0aGlzLmFyY2hpdGVjdHVyZSA9PT0gQXJjaGl0ZWN0dXJlLkFSTTY0ID8gJ203Zy5sYXJnZScgOiAnbTdpLmxhcmdlJyldLFxuICAgICAgc3VibmV0SWQ6IHN1Ym5ldHNbMF0sXG4gICAgICBzZWN1cml0eUdyb3VwSWRzOiBbdGhpcy5zZWN1cml0eUdyb3VwLnNlY3VyaXR5R3JvdXBJZF0sXG4gICAgICB0ZXJtaW5hdGVJbnN0YW5jZU9uRmFpbHVyZTogdHJ1ZSxcbiAgICAgIGluc3RhbmNlTWV0YWRhdGFPcHRpb25zOiB7IGh0dHBUb2tlbnM6ICdyZXF1aXJlZCcsIGh0dHBQdXRSZXNwb25zZUhvcExpbWl0OiAxIH0sXG4gICAgICB0YWdzOiB0aGlzLmltYWdlVGFncygpLFxuICAgIH0pO1xuXG4gICAgdGhpcy5kaXN0cmlidXRpb24gPSBuZXcgaW1hZ2VidWlsZGVyLkNmbkRpc3RyaWJ1dGlvbkNvbmZpZ3VyYXRpb24odGhpcywgJ0Rpc3RyaWJ1dGlvbicsIHtcbiAgICAgIG5hbWU6IGAke25hbWV9LWRpc3QtJHtzaGEodGhpcy5ub2RlLnBhdGgpLnNsaWNlKDAsIDYpfWAsXG4gICAgICBkZXNjcmlwdGlvbjogYFRlbXBsYXRlICR7dC5zbHVnfSAke3RoaXMuYmFrZS52ZXJzaW9ufTogdGFncyBhbmQgdGhlIGltYWdlIHBhcmFtZXRlciAke3RoaXMucGFyYW1ldGVyTmFtZX1gLFxuICAgICAgZGlzdHJpYnV0aW9uczogW3tcbiAgICAgICAgcmVnaW9uOiBTdGFjay5vZih0aGlzKS5yZWdpb24sXG4gICAgICAgIC8vIEEgSlNPTiBwcm9wZXJ0eSBpbiBDbG91ZEZvcm1hdGlvbidzIHNjaGVtYTogaXRzIGtleXMgYXJlIHdyaXR0ZW4gYXMgQ2xvdWRGb3JtYXRpb24gc3BlbGxzIHRoZW0uXG4gICAgICAgIGFtaURpc3RyaWJ1dGlvbkNvbmZpZ3VyYXRpb246IHtcbiAgICAgICAgICBOYW1lOiBgJHtuYW1lfS17eyBpbWFnZWJ1aWxkZXI6YnVpbGREYXRlIH19YCxcbiAgICAgICAgICBEZXNjcmlwdGlvbjogYFJlc2VhcmNoIHdvcmtzcGFjZSB0ZW1wbGF0ZSAke3Quc2x1Z30gJHt0aGlzLmJha2UudmVyc2lvbn0gKGNvbnRlbnQgJHt0aGlzLmJha2UuY29udGVudEhhc2h9KWAsXG4gICAgICAgICAgQW1pVGFnczogdGhpcy5pbWFnZVRhZ3MoKSxcbiAgICAgICAgICAuLi4ocHJvcHMuZW5jcnlwdGlvbktleSA/IHsgS21zS2V5SWQ6IHByb3BzLmVuY3J5cHRpb25LZXkua2V5QXJuIH0gOiB7fSksXG4gICAgICAgIH0sXG4gICAgICAgIHNzbVBhcmFtZXRlckNvbmZpZ3VyYXRpb25zOiBbeyBwYXJhbWV0ZXJOYW1lOiB0aGlzLnBhcmFtZXRlck5hbWUsIGRhdGFUeXBlOiAnYXdzOmVjMjppbWFnZScgfV0sXG4gICAgICB9XSxcbiAgICAgIHRhZ3M6IHRoaXMuaW1hZ2VUYWdzKCksXG4gICAgfSk7XG5cbiAgICBjb25zdCBzY2FubmluZyA9IHByb3BzLnZ1bG5lcmFiaWxpdHlTY2FubmluZyA/PyB0cnVlO1xuICAgIHRoaXMucGlwZWxpbmUgPSBuZXcgaW1hZ2VidWlsZGVyLkNmbkltYWdlUGlwZWxpbmUodGhpcywgJ1BpcGVsaW5lJywge1xuICAgICAgbmFtZTogYCR7bmFtZX0tJHtzaGEodGhpcy5ub2RlLnBhdGgpLnNsaWNlKDAsIDYpfWAsXG4gICAgICBkZXNjcmlwdGlvbjogYFJlYnVpbGRzIHRlbXBsYXRlICR7dC5zbHVnfSAke3RoaXMuYmFrZS52ZXJzaW9ufSB3aXRoIHRoZSBkaXN0cmlidXRpb24ncyBzZWN1cml0eSB1cGRhdGVzYCxcbiAgICAgIGltYWdlUmVjaXBlQXJuOiB0aGlzLnJlY2lwZS5hdHRyQXJuLFxuICAgICAgaW5mcmFzdHJ1Y3R1cmVDb25maWd1cmF0aW9uQXJuOiB0aGlzLmluZnJhc3RydWN0dXJlLmF0dHJBcm4sXG4gICAgICBkaXN0cmlidXRpb25Db25maWd1cmF0aW9uQXJuOiB0aGlzLmRpc3RyaWJ1dGlvbi5hdHRyQXJuLFxuICAgICAgc2NoZWR1bGU6IHsgc2NoZWR1bGVFeHByZXNzaW9uOiBzY2hlZHVsZSwgcGlwZWxpbmVFeGVjdXRpb25TdGFydENvbmRpdGlvbjogJ0VYUFJFU1NJT05fTUFUQ0hfQU5EX0RFUEVOREVOQ1lfVVBEQVRFU19BVkFJTEFCTEUnIH0sXG4gICAgICBpbWFnZVNjYW5uaW5nQ29uZmlndXJhdGlvbjogeyBpbWFnZVNjYW5uaW5nRW5hYmxlZDogc2Nhbm5pbmcgfSxcbiAgICAgIGltYWdlVGVzdHNDb25maWd1cmF0aW9uOiB7IGltYWdlVGVzdHNFbmFibGVkOiB0cnVlLCB0aW1lb3V0TWludXRlczogNjAgfSxcbiAgICAgIGVuaGFuY2VkSW1hZ2VNZXRhZGF0YUVuYWJsZWQ6IHRydWUsXG4gICAgICBzdGF0dXM6ICdFTkFCTEVEJyxcbiAgICAgIHRhZ3M6IHRoaXMuaW1hZ2VUYWdzKCksXG4gICAgfSk7XG4gICAgaWYgKHByb3BzLmJ1aWxkT25EZXBsb3kgPz8gdHJ1ZSkge1xuICAgICAgdGhpcy5maXJzdEltYWdlID0gbmV3IGltYWdlYnVpbGRlci5DZm5JbWFnZSh0aGlzLCAnRmlyc3RJbWFnZScsIHtcbiAgICAgICAgaW1hZ2VSZWNpcGVBcm46IHRoaXMucmVjaXBlLmF0dHJBcm4sXG4gICAgICAgIGluZnJhc3RydWN0dXJlQ29uZmlndXJhdGlvbkFybjogdGhpcy5pbmZyYXN0cnVjdHVyZS5hdHRyQXJuLFxuICAgICAgICBkaXN0cmlidXRpb25Db25maWd1cmF0aW9uQXJuOiB0aGlzLmRpc3RyaWJ1dGlvbi5hdHRyQXJuLFxuICAgICAgICBpbWFnZVNjYW5uaW5nQ29uZmlndXJhdGlvbjogeyBpbWFnZVNjYW5uaW5nRW5hYmxlZDogc2Nhbm5pbmcgfSxcbiAgICAgICAgaW1hZ2VUZXN0c0NvbmZpZ3VyYXRpb246IHsgaW1hZ2VUZXN0c0VuYWJsZWQ6IHRydWUsIHRpbWVvdXRNaW51dGVzOiA2MCB9LFxuICAgICAgICBlbmhhbmNlZEltYWdlTWV0YWRhdGFFbmFibGVkOiB0cnVlLFxuICAgICAgICB0YWdzOiB0aGlzLmltYWdlVGFncygpLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRoaXMuYWNrbm93bGVkZ2VCeURlc2lnbigpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBpbWFnZSBhIHdvcmtzcGFjZSBpbiBgc2NvcGVgIGJvb3RzOiBpbiB0aGUgc2FtZSBzdGFjaywgdGhlIG9uZSBidWlsdCBkdXJpbmcgdGhpc1xuICAgKiBkZXBsb3ltZW50ICh0aGUgcGFyYW1ldGVyIGRvZXMgbm90IGV4aXN0IGJlZm9yZSBpdCk7IGVsc2V3aGVyZSB0aGUgbmV3ZXN0IGltYWdlIG9mIHRoZVxuICAgKiB0ZW1wbGF0ZSB2ZXJzaW9uLCBmcm9tIHRoZSBwYXJhbWV0ZXIgdGhlIHBpcGVsaW5lIHdyaXRlcywgcmVzb2x2ZWQgYXQgZWFjaCBkZXBsb3ltZW50IChhXG4gICAqIHN0YWNrIG5lc3RlZCBpbiB0aGlzIG9uZSBpcyBjcmVhdGVkIGFmdGVyIHRoZSBmaXJzdCBpbWFnZSkuIEEgZGVwbG95bWVudCBhZnRlciB0aGVcbiAgICogcGlwZWxpbmUgYnVpbHQgYSBuZXdlciBpbWFnZSB0aGVyZWZvcmUgcmVwbGFjZXMgdGhvc2Ugd29ya3NwYWNlcycgaW5zdGFuY2VzIChyb290IHZvbHVtZXM7XG4gICAqIGhvbWVzIG9uIHRoZSBzaGFyZWQgZmlsZSBzeXN0ZW0gc3RheSkuXG4gICAqL1xuICBwdWJsaWMgbWFjaGluZUltYWdlKHNjb3BlOiBDb25zdHJ1Y3QpOiBlYzIuSU1hY2hpbmVJbWFnZSB7XG4gICAgY29uc3QgbWluZSA9IFN0YWNrLm9mKHRoaXMpO1xuICAgIGlmICh0aGlzLmZpcnN0SW1hZ2UgJiYgU3RhY2sub2Yoc2NvcGUpID09PSBtaW5lKSB7XG4gICAgICAvLyBUaGUgc2FtZSBzdGFjazogdGhlIGltYWdlIGJ1aWx0IGluIHRoaXMgZGVwbG95bWVudCAoaXRzIHBhcmFtZXRlciBkb2VzIG5vdCBleGlzdCBiZWZvcmUpLlxuICAgICAgY29uc3QgaW1hZ2VJZCA9IHRoaXMuZmlyc3RJbWFnZS5hdHRySW1hZ2VJZDtcbiAgICAgIHJldHVybiB7IGdldEltYWdlOiAoKSA9PiAoeyBpbWFnZUlkLCBvc1R5cGU6IGVjMi5PcGVyYXRpbmdTeXN0ZW1UeXBlLkxJTlVYLCB1c2VyRGF0YTogZWMyLlVzZXJEYXRhLmZvckxpbnV4KCkgfSkgfTtcbiAgICB9XG4gICAgbGV0IGNoaWxkOiBTdGFjayB8IHVuZGVmaW5lZCA9IFN0YWNrLm9mKHNjb3BlKTtcbiAgICB3aGlsZSAoY2hpbGQgJiYgY2hpbGQubmVzdGVkU3RhY2tQYXJlbnQgJiYgY2hpbGQubmVzdGVkU3RhY2tQYXJlbnQgIT09IG1pbmUpIGNoaWxkID0gY2hpbGQubmVzdGVkU3RhY2tQYXJlbnQ7XG4gICAgaWYgKHRoaXMuZmlyc3RJbWFnZSAmJiBjaGlsZD8ubmVzdGVkU3RhY2tQYXJlbnQgPT09IG1pbmUpIHtcbiAgICAgIC8vIEEgc3RhY2sgbmVzdGVkIGluIHRoaXMgb25lOiBjcmVhdGVkIGFmdGVyIHRoZSBmaXJzdCBpbWFnZSwgaXQgcmVhZHMgdGhlIHBhcmFtZXRlciB0aGUgYnVpbGQgd3JvdGUuXG4gICAgICAoY2hpbGQgYXMgTmVzdGVkU3RhY2spLm5lc3RlZFN0YWNrUmVzb3VyY2U/Lm5vZGUuYWRkRGVwZW5kZW5jeSh0aGlzLmZpcnN0SW1hZ2UpO1xuICAgIH1cbiAgICByZXR1cm4gZWMyLk1hY2hpbmVJbWFnZS5mcm9tU3NtUGFyYW1ldGVyKHRoaXMucGFyYW1ldGVyTmFtZSwgeyBvczogZWMyLk9wZXJhdGluZ1N5c3RlbVR5cGUuTElOVVggfSk7XG4gIH1cblxuICAvKiogVGhlIHJlY2lwZSdzIHBhcmVudCBpbWFnZTogdGhlIGdpdmVuIHJlZmVyZW5jZSwgdGhlIGdpdmVuIGltYWdlLCBlbHNlIHRoZSBPUydzIHB1YmxpYyBpbWFnZS4gKi9cbiAgcHJpdmF0ZSBwYXJlbnRPZihwcm9wczogV29ya3NwYWNlSW1hZ2VQcm9wcyk6IHN0cmluZyB7XG4gICAgY29uc3QgdCA9IHRoaXMudGVtcGxhdGU7XG4gICAgY29uc3QgcmVmID0gcHJvcHMucGFyZW50SW1hZ2VSZWZlcmVuY2U7XG4gICAgaWYgKHJlZiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAocHJvcHMucGFyZW50SW1hZ2UpIHtcbiAgICAgICAgYmFkUHJvcCh0aGlzLCAncGFyZW50SW1hZ2VSZWZlcmVuY2UnLCByZWYsICdib3RoIHBhcmVudEltYWdlIGFuZCBwYXJlbnRJbWFnZVJlZmVyZW5jZSBhcmUgZ2l2ZW4nLFxuICAgICAgICAgICdnaXZlIG9uZSBvZiB0aGVtOiBwYXJlbnRJbWFnZVJlZmVyZW5jZSBmb3IgYW4gc3NtOiBwYXJhbWV0ZXIgdGhhdCBJbWFnZSBCdWlsZGVyIHJlYWRzIGF0IGVhY2ggYnVpbGQnKTtcbiAgICAgIH1cbiAgICAgIGlmICghVG9rZW4uaXNVbnJlc29sdmVkKHJlZikpIHtcbiAgICAgICAgY29uc3QgcHJvYmxlbSA9IHBhcmVudEltYWdlUmVmZXJlbmNlUHJvYmxlbShyZWYpO1xuICAgICAgICBpZiAocHJvYmxlbSkgYmFkUHJvcCh0aGlzLCAncGFyZW50SW1hZ2VSZWZlcmVuY2UnLCByZWYsIHByb2JsZW0sIGB3cml0ZSAke1BBUkVOVF9JTUFHRV9GT1JNU31gKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiByZWY7XG4gICAgfVxuICAgIGlmICghcHJvcHMucGFyZW50SW1hZ2UgJiYgdC5vcyA9PT0gT3BlcmF0aW5nU3lzdGVtLlJPQ0tZXzkgJiYgcHVibGljSW1hZ2VQYXJhbWV0ZXIodC5vcywgdGhpcy5hcmNoaXRlY3R1cmUpID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ3BhcmVudEltYWdlUmVmZXJlbmNlJywgdW5kZWZpbmVkLFxuICAgICAgICBgdGVtcGxhdGUgXCIke3Quc2x1Z31cIiBpcyBiYXNlZCBvbiBSb2NreSBMaW51eCA5LCB3aGljaCBwdWJsaXNoZXMgbm8gcHVibGljIFNTTSBwYXJhbWV0ZXIgZm9yIGl0cyBpbWFnZXMgdG8gYmFrZSBmcm9tYCxcbiAgICAgICAgcm9ja3lQYXJlbnRGaXgoJ3BhcmVudEltYWdlUmVmZXJlbmNlJywgdGhpcy5hcmNoaXRlY3R1cmUpLCAncGFyZW50LWltYWdlLXJlcXVpcmVkJyk7XG4gICAgfVxuICAgIHJldHVybiBtYWNoaW5lSW1hZ2VGb3IodGhpcywgdCwgdGhpcy5hcmNoaXRlY3R1cmUsIHByb3BzLnBhcmVudEltYWdlKS5nZXRJbWFnZSh0aGlzKS5pbWFnZUlkO1xuICB9XG5cbiAgcHJpdmF0ZSBpbWFnZVRhZ3MoKTogeyBba2V5OiBzdHJpbmddOiBzdHJpbmcgfSB7XG4gICAgcmV0dXJuIHtcbiAgICAgICdyZXNlYXJjaDp0ZW1wbGF0ZSc6IHRoaXMuYmFrZS5zbHVnLFxuICAgICAgJ3Jlc2VhcmNoOnRlbXBsYXRlLXZlcnNpb24nOiB0aGlzLmJha2UudmVyc2lvbixcbiAgICAgICdyZXNlYXJjaDppbWFnZS1jb250ZW50JzogdGhpcy5iYWtlLmNvbnRlbnRIYXNoLFxuICAgIH07XG4gIH1cblxuICBwcml2YXRlIGFja25vd2xlZGdlQnlEZXNpZ24oKTogdm9pZCB7XG4gICAgY29uc3QgcG9saWN5ID0gdGhpcy5idWlsZFJvbGUubm9kZS50cnlGaW5kQ2hpbGQoJ1BvbGljeScpIGFzIGlhbS5NYW5hZ2VkUG9saWN5IHwgdW5kZWZpbmVkO1xuICAgIGlmICghcG9saWN5KSByZXR1cm47XG4gICAgYWNrbm93bGVkZ2VXaWxkY2FyZHMocG9saWN5LCAoZmluZGluZykgPT4ge1xuICAgICAgaWYgKGZpbmRpbmcuaW5jbHVkZXMoJzphd3M6Y29tcG9uZW50L3VwZGF0ZS1saW51eC8qJykpIHtcbiAgICAgICAgcmV0dXJuICdBV1NcXCdzIHVwZGF0ZS1saW51eCBjb21wb25lbnQgaXMgcmVhZCBhdCB3aGF0ZXZlciB2ZXJzaW9uIEltYWdlIEJ1aWxkZXIgcmVzb2x2ZXMgeC54LnggdG8gKHRoZSByZWNpcGUgYXNrcyBmb3IgdGhlIG5ld2VzdCk7IHRoZSBidWlsZCBpbnN0YW5jZSByZWFkcyBubyBvdGhlciBjb21wb25lbnQgYnV0IHRoaXMgaW1hZ2VcXCdzIG93bi4nO1xuICAgICAgfVxuICAgICAgaWYgKHRoaXMuc3BhY2tNaXJyb3JPYmplY3RzICYmIGZpbmRpbmcuc3RhcnRzV2l0aCgnUmVzb3VyY2U6OicpICYmIGZpbmRpbmcuZW5kc1dpdGgodGhpcy5zcGFja01pcnJvck9iamVjdHMpKSB7XG4gICAgICAgIHJldHVybiAnVGhlIGJ1aWxkIHJlYWRzIHRoZSBsYWJcXCdzIHNwYWNrIG1pcnJvciAoaW1hZ2VzLnNwYWNrX21pcnJvcik6IHRoZSBvYmplY3RzIHVuZGVyIGl0cyBwcmVmaXggb25seSwgd2hvc2UgbmFtZXMgc3BhY2sgZGVyaXZlcyBmcm9tIGVhY2ggcGFja2FnZVxcJ3Mgc291cmNlIGNoZWNrc3VtLic7XG4gICAgICB9XG4gICAgICBpZiAoZmluZGluZy5pbmNsdWRlcygnOmxvZy1ncm91cDovYXdzL2ltYWdlYnVpbGRlci8qJykpIHtcbiAgICAgICAgcmV0dXJuICdJbWFnZSBCdWlsZGVyIG5hbWVzIHRoZSBidWlsZFxcJ3MgbG9nIGdyb3VwIGFmdGVyIHRoZSBpbWFnZSB2ZXJzaW9uIGl0IGNyZWF0ZXMgKC9hd3MvaW1hZ2VidWlsZGVyLzxpbWFnZSBuYW1lPiksIHVua25vd24gYmVmb3JlIHRoZSBidWlsZDsgdGhlIGJ1aWxkIGluc3RhbmNlIHdyaXRlcyBvbmx5IHRvIEltYWdlIEJ1aWxkZXJcXCdzIGxvZyBncm91cHMuJztcbiAgICAgIH1cbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gc2hhKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRleHQpLmRpZ2VzdCgnaGV4Jyk7XG59XG5cbi8qKiBUaGUgY29tcG9uZW50IGRvY3VtZW50IChZQU1MKTogdGhlIGJha2UgaW4gdGhlIGJ1aWxkIHBoYXNlLCB0aGUgaW1hZ2UgcmVjb3JkIGluIHRoZSB2YWxpZGF0ZSBhbmQgdGVzdCBwaGFzZXMuICovXG5mdW5jdGlvbiBjb21wb25lbnREb2N1bWVudChiYWtlOiBJbWFnZUJha2UsIHByb3h5OiBzdHJpbmcgfCB1bmRlZmluZWQsIHNwYWNrTWlycm9yOiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICAvLyBUaGUgaW5zdGFuY2UgbWV0YWRhdGEgYW5kIHRoZSByZWdpb24ncyBTMyAodGhlIFNTTSBhZ2VudCwgdGhyb3VnaCB0aGUgZ2F0ZXdheSBlbmRwb2ludCkgZGlyZWN0bHk7XG4gIC8vIGV2ZXJ5dGhpbmcgZWxzZSB0aHJvdWdoIHRoZSBwcm94eSAodGhlIEFXUyBDTEkncyBkb3dubG9hZCB0b286IGF3c2NsaS5hbWF6b25hd3MuY29tIGlzIG9uIHRoZSBpbnRlcm5ldCkuXG4gIGNvbnN0IGRpcmVjdCA9ICdyPSQoY3VybCAtZnNTIC1tIDUgLUggXCJYLWF3cy1lYzItbWV0YWRhdGEtdG9rZW46ICQoY3VybCAtZnNTIC1tIDUgLVggUFVUIC1IIFxcJ1gtYXdzLWVjMi1tZXRhZGF0YS10b2tlbi10dGwtc2Vjb25kczogMzAwXFwnICdcbiAgICArICdodHRwOi8vMTY5LjI1NC4xNjkuMjU0L2xhdGVzdC9hcGkvdG9rZW4pXCIgaHR0cDovLzE2OS4yNTQuMTY5LjI1NC9sYXRlc3QvbWV0YS1kYXRhL3BsYWNlbWVudC9yZWdpb24pOyAnXG4gICAgKyAnbnA9MTY5LjI1NC4xNjkuMjU0LGxvY2FsaG9zdCwxMjcuMC4wLjEsczMuJHIuYW1hem9uYXdzLmNvbSwuczMuJHIuYW1hem9uYXdzLmNvbTsgJztcbiAgY29uc3QgcHJveGllZCA9IHByb3h5ICE9PSB1bmRlZmluZWQgJiYgIVRva2VuLmlzVW5yZXNvbHZlZChwcm94eSk7XG4gIC8vIFRoZSBsYWIncyBzcGFjayBtaXJyb3IgKHMzOi8vOiBib3RvMyByZWFkcyBpdCB3aXRoIHRoZSBidWlsZCByb2xlLCBpbiB0aGUgaW5zdGFuY2UncyByZWdpb24pLlxuICBjb25zdCBzcGFjayA9IHNwYWNrTWlycm9yID09PSB1bmRlZmluZWQgPyAnJ1xuICAgIDogYGV4cG9ydCBSV1NfU1BBQ0tfTUlSUk9SPScke3NwYWNrTWlycm9yfScke3NwYWNrTWlycm9yLnN0YXJ0c1dpdGgoJ3MzOi8vJykgPyAnIEFXU19ERUZBVUxUX1JFR0lPTj0kcicgOiAnJ307IGA7XG4gIGNvbnN0IGVudiA9IChwcm94aWVkIHx8IHNwYWNrLmluY2x1ZGVzKCckcicpID8gZGlyZWN0IDogJycpXG4gICAgKyAocHJveGllZFxuICAgICAgPyBgZXhwb3J0IGh0dHBfcHJveHk9JHtwcm94eX0gaHR0cHNfcHJveHk9JHtwcm94eX0gSFRUUF9QUk9YWT0ke3Byb3h5fSBIVFRQU19QUk9YWT0ke3Byb3h5fSBub19wcm94eT0kbnAgTk9fUFJPWFk9JG5wOyBgXG4gICAgICAgICsgYHByaW50ZiAnQWNxdWlyZTo6aHR0cDo6UHJveHkgXCIlc1wiO1xcXFxuQWNxdWlyZTo6aHR0cHM6OlByb3h5IFwiJXNcIjtcXFxcbicgJHtwcm94eX0gJHtwcm94eX0gPi9ldGMvYXB0L2FwdC5jb25mLmQvODByd3MtYnVpbGQtcHJveHkgMj4vZGV2L251bGwgfHwgdHJ1ZTsgYFxuICAgICAgOiAnJylcbiAgICArIHNwYWNrO1xuICBjb25zdCBjbGVhbnVwID0gJ3JtIC1mIC9ldGMvYXB0L2FwdC5jb25mLmQvODByd3MtYnVpbGQtcHJveHkgL3Jvb3QvcndzLWJha2Uuc2gnO1xuICBjb25zdCBsaW5lcyA9IFtcbiAgICBgbmFtZTogJHtiYWtlLmltYWdlTmFtZX1gLFxuICAgIGBkZXNjcmlwdGlvbjogSW5zdGFsbCBwYXJ0IG9mIHJlc2VhcmNoIHdvcmtzcGFjZSB0ZW1wbGF0ZSAke2Jha2Uuc2x1Z30gJHtiYWtlLnZlcnNpb259IChjb250ZW50ICR7YmFrZS5jb250ZW50SGFzaH0pYCxcbiAgICAnc2NoZW1hVmVyc2lvbjogMS4wJyxcbiAgICAncGhhc2VzOicsXG4gICAgJyAgLSBuYW1lOiBidWlsZCcsXG4gICAgJyAgICBzdGVwczonLFxuICAgICcgICAgICAtIG5hbWU6IEJha2UnLFxuICAgICcgICAgICAgIGFjdGlvbjogRXhlY3V0ZUJhc2gnLFxuICAgICcgICAgICAgIHRpbWVvdXRTZWNvbmRzOiA3MjAwJyxcbiAgICAnICAgICAgICBpbnB1dHM6JyxcbiAgICAnICAgICAgICAgIGNvbW1hbmRzOicsXG4gICAgYCAgICAgICAgICAgIC0gJHtKU09OLnN0cmluZ2lmeShgJHtlbnZ9ZWNobyAnJHtiYWtlLmJha2VTY3JpcHRHemlwQmFzZTY0KCl9JyB8IGJhc2U2NCAtZCB8IGd1bnppcCA+L3Jvb3QvcndzLWJha2Uuc2ggfHwgZXhpdCAxOyBiYXNoIC9yb290L3J3cy1iYWtlLnNoOyByYz0kPzsgJHtjbGVhbnVwfTsgZXhpdCAkcmNgKX1gLFxuICAgICcgIC0gbmFtZTogdmFsaWRhdGUnLFxuICAgICcgICAgc3RlcHM6JyxcbiAgICAnICAgICAgLSBuYW1lOiBDaGVja0ltYWdlUmVjb3JkJyxcbiAgICAnICAgICAgICBhY3Rpb246IEV4ZWN1dGVCYXNoJyxcbiAgICAnICAgICAgICBpbnB1dHM6JyxcbiAgICAnICAgICAgICAgIGNvbW1hbmRzOicsXG4gICAgYCAgICAgICAgICAgIC0gJHtKU09OLnN0cmluZ2lmeShiYWtlLmNoZWNrQ29tbWFuZCgpKX1gLFxuICAgICcgIC0gbmFtZTogdGVzdCcsXG4gICAgJyAgICBzdGVwczonLFxuICAgICcgICAgICAtIG5hbWU6IENoZWNrSW1hZ2VSZWNvcmQnLFxuICAgICcgICAgICAgIGFjdGlvbjogRXhlY3V0ZUJhc2gnLFxuICAgICcgICAgICAgIGlucHV0czonLFxuICAgICcgICAgICAgICAgY29tbWFuZHM6JyxcbiAgICBgICAgICAgICAgICAgLSAke0pTT04uc3RyaW5naWZ5KGJha2UuY2hlY2tDb21tYW5kKCkpfWAsXG4gICAgJyAgICAgICAgICAgIC0gdGVzdCAtcyAvZXRjL3Jlc2VhcmNoLXdvcmtzcGFjZS9pbWFnZS1wYWNrYWdlcy50c3YnLFxuICAgICcnLFxuICBdO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG4iXX0=