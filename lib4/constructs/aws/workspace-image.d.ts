import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as imagebuilder from 'aws-cdk-lib/aws-imagebuilder';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { ImageBake } from '../../workspaces/images';
import { WorkspacePolicy } from '../../workspaces/policy';
import { Architecture } from '../../workspaces/sizes';
/**
 * Domains a bake downloads from besides the distributions' mirrors (which LabNetwork always
 * allows): conda-forge and Miniforge (GitHub releases), PyPI, CRAN, code-server, RStudio
 * Server, the AWS CLI, and amazon-efs-utils (built from GitHub with Rust crates).
 */
export declare const IMAGE_BUILD_DOMAINS: string[];
/**
 * Domains the bake of a template with spack packages needs besides IMAGE_BUILD_DOMAINS (which
 * has GitHub, where spack itself is cloned from): spack's public source mirror, which spack's
 * default configuration tries before each package's own download site, and where its bootstrap
 * binaries (clingo) are; and the GitHub container registry, where newer bootstrap binaries are.
 * A source that is in none of them (nor in the lab's own spack mirror) fails the bake with the
 * package named.
 */
export declare const SPACK_BUILD_DOMAINS: string[];
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
export declare class WorkspaceImage extends Construct {
    /** The bake (script, content hash, names). */
    readonly bake: ImageBake;
    /** The template. */
    readonly template: ResolvedTemplate;
    /** Architecture of the image. */
    readonly architecture: Architecture;
    /** Name of the SSM parameter that holds the newest image id of this template version. */
    readonly parameterName: string;
    /** The Image Builder component that runs the bake. */
    readonly component: imagebuilder.CfnComponent;
    /** The image recipe. */
    readonly recipe: imagebuilder.CfnImageRecipe;
    /** Where the build runs. */
    readonly infrastructure: imagebuilder.CfnInfrastructureConfiguration;
    /** Tags and the parameter of the output image. */
    readonly distribution: imagebuilder.CfnDistributionConfiguration;
    /** The scheduled rebuild. */
    readonly pipeline: imagebuilder.CfnImagePipeline;
    /**
     * The image built during the deployment.
     * @default - none (buildOnDeploy false)
     */
    readonly firstImage?: imagebuilder.CfnImage;
    /** Role of the build instance. */
    readonly buildRole: iam.Role;
    /** Security group of the build instance. */
    readonly securityGroup: ec2.ISecurityGroup;
    /**
     * The parent image as the recipe names it (an AMI id, `ssm:` and a parameter, an Image
     * Builder image ARN, or a token of the public image parameter).
     */
    readonly parentImageReference: string;
    /** The end of the ARN of the objects of an s3:// spack mirror the build role may read (an acknowledged wildcard). */
    private spackMirrorObjects?;
    constructor(scope: Construct, id: string, props: WorkspaceImageProps);
    /**
     * The image a workspace in `scope` boots: in the same stack, the one built during this
     * deployment (the parameter does not exist before it); elsewhere the newest image of the
     * template version, from the parameter the pipeline writes, resolved at each deployment (a
     * stack nested in this one is created after the first image). A deployment after the
     * pipeline built a newer image therefore replaces those workspaces' instances (root volumes;
     * homes on the shared file system stay).
     */
    machineImage(scope: Construct): ec2.IMachineImage;
    /** The recipe's parent image: the given reference, the given image, else the OS's public image. */
    private parentOf;
    private imageTags;
    private acknowledgeByDesign;
}
