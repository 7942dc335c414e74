import { ReleaseRequest } from '../workspaces/release';
import { ReleaseDestination } from '../workspaces/release-destination';
/**
 * Delivery of an approved request's snapshot to the permit's destination, and nowhere else.
 * Every file is read from the snapshot without following links and checked against its
 * recorded SHA-256 on the way out; a request is delivered as a whole under `<destination>/<id>/`
 * with `MANIFEST.json` (request, requester, approvers, files) and `SHA256SUMS`.
 */
/** Environment variables. */
type Env = {
    readonly [k: string]: string | undefined;
};
/** The manifest that goes out with the files. */
export declare function releaseManifest(r: ReleaseRequest): string;
/**
 * Delivers; returns where the files went (`folder:/srv/released/p-001/rq-...`, `s3://...`, `sftp://...`).
 * @param env environment (RWS_S3_ENDPOINT: an S3-compatible endpoint, e.g. a local emulator)
 */
export declare function deliver(dest: ReleaseDestination, r: ReleaseRequest, filesDir: string, env: Env): Promise<string>;
export {};
