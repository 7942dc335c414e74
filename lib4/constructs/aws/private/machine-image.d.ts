/**
 * The machine image of a workspace, from its template's operating system. Public SSM
 * parameters only (resolved by CloudFormation at deploy time, no lookups at synth time).
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { ResolvedTemplate } from '../../../workspaces/catalog';
import { Architecture } from '../../../workspaces/sizes';
import { OperatingSystem } from '../../../workspaces/template';
/** Canonical's and Debian's public AMI parameters by OS and architecture. */
export declare function publicImageParameter(os: OperatingSystem, arch: Architecture): string | undefined;
/** The image a workspace boots: the given one, else the template's OS's public image. */
export declare function machineImageFor(scope: IConstruct, template: ResolvedTemplate, arch: Architecture, given?: ec2.IMachineImage): ec2.IMachineImage;
