import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AirlockNetwork } from './airlock-network';
import { PermitBucket } from './airlock-storage';
import { PermitPlan } from '../../../workspaces/permit';
/** What the ClamAV scanner may do on an upload bucket (under `incoming/`); everything else is denied to it. */
export declare const CLAMAV_SCANNER_ACTIONS: string[];
/** The handler the image runs: `rws_s3_scan.py` (IngressScanning.s3ScannerScript()) in the image's task folder. */
export declare const CLAMAV_HANDLER = "rws_s3_scan.handler";
/** A container image in ECR: `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>(:<tag>|@sha256:<digest>)`. */
export declare const ECR_IMAGE: RegExp;
export interface ClamavScannerProps {
    readonly plan: PermitPlan;
    readonly uploads: PermitBucket[];
    readonly key: kms.IKey;
    readonly logKey: kms.IKey;
    readonly logRetention: logs.RetentionDays;
    readonly network: AirlockNetwork;
    readonly image: string;
    readonly mirrorUrl?: string;
    readonly mirrorCidrs: string[];
}
/** The scanning function and what feeds it; returns the function's role (the gate's scanner). */
export declare function addClamavScanner(scope: Construct, props: ClamavScannerProps): iam.Role;
