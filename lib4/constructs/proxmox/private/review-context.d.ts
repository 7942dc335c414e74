import { IConstruct } from 'constructs';
import { Diagnostic } from '../../../workspaces/errors';
import { PermitMember, PermitStatus } from '../../../workspaces/permit';
import { VirtualEnvironmentVm } from '../generated/virtual-environment-vm.generated';
/** The statuses in which the release area exists and can be reviewed. */
export declare const REVIEWABLE_STATUSES: ReadonlySet<PermitStatus>;
/** First host number of review VMs in the permit's network (after the analysis workspace's .25). */
export declare const FIRST_REVIEW_HOST = 26;
/** VM id offset (from `vmIdBase`) of the review VM at FIRST_REVIEW_HOST. */
export declare const FIRST_REVIEW_VM_ID_OFFSET = 8;
/** Same shape as the model's release request ids (ReleaseLifecycle). */
export declare const REQUEST_ID: RegExp;
/** One review as the environment planned it. */
export interface PlannedReview {
    readonly requestId: string;
    readonly reviewers: PermitMember[];
    readonly hostNumber: number;
    readonly address: string;
}
/** A machine the environment builds for a review (like its desktops). */
export interface ReviewMachine {
    readonly what: string;
    readonly userData: string;
    readonly userDataHashInput: string;
    readonly host: number;
    readonly vmIdOffset: number;
    readonly name: string;
}
/** What the environment lends to its review constructs. */
export interface ReviewContext {
    readonly permitId: string;
    readonly status: PermitStatus;
    readonly nodeName: string;
    readonly storageAddress: string;
    readonly gatewayCidrs: string[];
    readonly passwordLength: number;
    readonly reviews: PlannedReview[];
    /** The permit's researchers as far as the phase's plan names them (none may review). */
    readonly researchers: string[];
    /** Adds the review VM (snippets, VM, in the permit's pool) under `scope`. */
    addMachine(scope: IConstruct, role: string, machine: ReviewMachine): VirtualEnvironmentVm;
    /** Records that the review construct of a request exists (the environment checks at synthesis that each planned review has one). */
    claim(requestId: string, path: string): void;
}
export declare function setReviewContext(environment: IConstruct, context: ReviewContext): void;
export declare function reviewContextOf(environment: IConstruct): ReviewContext | undefined;
/** The model's stable uid for a name without one (20000-59999), as the permit's accounts get. */
export declare function derivedUid(name: string): number;
/**
 * Problems of one review's request id and reviewers: the id's shape, at least two different
 * reviewers, valid non-reserved login names, no name twice, uids in the lab range, and no
 * researcher of the permit among them.
 */
export declare function reviewProblems(field: string, requestId: string, reviewers: PermitMember[], researchers: string[], location: {
    file: string;
}): Diagnostic[];
