/**
 * What a permit environment on Proxmox lends to the release review VMs it exports snapshots to
 * (`ProxmoxReleaseReview`): its settings and a way to add a machine like its own desktops. Kept
 * here, outside the public API, so that the environment and the review construct do not import
 * each other.
 */
import * as crypto from 'crypto';
import { IConstruct } from 'constructs';
import { Diagnostic } from '../../../workspaces/errors';
import { PermitMember, PermitStatus } from '../../../workspaces/permit';
import { problem } from '../../../workspaces/private/error';
import { FIRST_RESEARCH_ID, isValidPosixName, MAX_RESEARCH_ID, RESERVED_NAMES } from '../../../workspaces/private/posix';
import { VirtualEnvironmentVm } from '../generated/virtual-environment-vm.generated';

/** The statuses in which the release area exists and can be reviewed. */
export const REVIEWABLE_STATUSES: ReadonlySet<PermitStatus> = new Set([
  PermitStatus.ANALYSIS_ACTIVE, PermitStatus.ANALYSIS_STOPPED, PermitStatus.ARCHIVED,
]);

/** First host number of review VMs in the permit's network (after the analysis workspace's .25). */
export const FIRST_REVIEW_HOST = 26;
/** VM id offset (from `vmIdBase`) of the review VM at FIRST_REVIEW_HOST. */
export const FIRST_REVIEW_VM_ID_OFFSET = 8;

/** Same shape as the model's release request ids (ReleaseLifecycle). */
export const REQUEST_ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

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

const CONTEXTS = new WeakMap<IConstruct, ReviewContext>();

export function setReviewContext(environment: IConstruct, context: ReviewContext): void {
  CONTEXTS.set(environment, context);
}

export function reviewContextOf(environment: IConstruct): ReviewContext | undefined {
  return CONTEXTS.get(environment);
}

/** The model's stable uid for a name without one (20000-59999), as the permit's accounts get. */
export function derivedUid(name: string): number {
  const h = crypto.createHash('sha256').update(name).digest();
  return 20000 + (h.readUInt32BE(0) % 40000);
}

/**
 * Problems of one review's request id and reviewers: the id's shape, at least two different
 * reviewers, valid non-reserved login names, no name twice, uids in the lab range, and no
 * researcher of the permit among them.
 */
export function reviewProblems(
  field: string, requestId: string, reviewers: PermitMember[], researchers: string[], location: { file: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, f: string, message: string, value: unknown, fix: string) => {
    out.push(problem({ code, field: f, message, value, fix, location }));
  };
  if (typeof requestId !== 'string' || !REQUEST_ID.test(requestId)) {
    err('invalid-request-id', `${field}requestId`, 'request id must be 1-63 lower-case letters, digits or dashes', requestId,
      'use the id "rws permit release list" shows, e.g. rq-20260105100000-0a1b2c');
  }
  const names = reviewers.map((r) => r.name);
  const seen = new Set<string>();
  reviewers.forEach((r, i) => {
    const f = `${field}reviewers[${i}]`;
    if (!isValidPosixName(r.name) || RESERVED_NAMES.has(r.name)) {
      err('invalid-name', `${f}.name`, 'not a valid, non-reserved login name', r.name, 'use lower-case letters, digits, "_" and "-", starting with a letter');
    } else if (seen.has(r.name)) {
      err('duplicate-reviewer', `${f}.name`, `${r.name} is listed twice; two-person control needs two different people`, r.name, 'name each output checker once');
    } else if (researchers.includes(r.name)) {
      err('role-conflict', `${f}.name`, `"${r.name}" is a researcher of the permit and cannot check its outputs`, r.name, 'name output checkers who are not researchers of the permit');
    }
    seen.add(r.name);
    if (r.uid !== undefined && (!Number.isInteger(r.uid) || r.uid < FIRST_RESEARCH_ID || r.uid > MAX_RESEARCH_ID)) {
      err('invalid-id', `${f}.uid`, 'uid outside the lab range', r.uid, `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID}, or leave it out`);
    }
  });
  if (new Set(names).size < 2) {
    err('too-few-reviewers', `${field}reviewers`, 'two different reviewers must approve every release', names, 'name at least two output checkers');
  }
  return out;
}
