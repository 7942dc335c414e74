/**
 * The output release routes of `rws permit api` (read-only): the states of each permit's
 * release requests, read from the release stores under `releases_dir` (`<dir>/<permitId>/`, the
 * folders `rws permit release --store` writes). Nothing here writes.
 *
 *   GET /api/v1/permits/{permitId}/releases             -> { permitId, releases: [summary...] }
 *   GET /api/v1/permits/{permitId}/releases/{requestId} -> { request, audit, auditVerified }
 */
/** One request as the list shows it. */
export interface ReleaseSummary {
    readonly id: string;
    readonly state: string;
    readonly requester: string;
    readonly files: number;
    readonly approvals: string[];
    readonly updatedAt: string;
    readonly reason?: string;
    readonly releasedTo?: string;
}
/**
 * Answers a release route, or undefined when `p` is not one. `releasesDir` unset: 404 with the fix.
 */
export declare function releaseRoute(releasesDir: string | undefined, p: string): [number, unknown] | undefined;
/** The OpenAPI paths of the release routes (merged into the API's document). */
export declare const RELEASE_OPENAPI_PATHS: {
    '/api/v1/permits/{permitId}/releases': {
        get: {
            summary: string;
            parameters: {
                name: string;
                in: string;
                required: boolean;
                schema: {
                    type: string;
                };
            }[];
            responses: {
                200: {
                    description: string;
                };
                404: {
                    description: string;
                };
            };
        };
    };
    '/api/v1/permits/{permitId}/releases/{requestId}': {
        get: {
            summary: string;
            parameters: {
                name: string;
                in: string;
                required: boolean;
                schema: {
                    type: string;
                };
            }[];
            responses: {
                200: {
                    description: string;
                };
                404: {
                    description: string;
                };
            };
        };
    };
};
