/**
 * The delivery pipeline of an institution repository: a GitHub Actions workflow and a GitLab CI
 * file that synthesize every lab, audit the synthesized output (the egress audit, `rws audit`),
 * show the diff of every stack, and deploy every stack on a merge to the main branch, the
 * production deployment waiting for a manual approval. Pure text generation from the stack
 * names: no aws-cdk-lib is loaded.
 */
/** One stack to deploy, and the tenant whose role deploys it. */
export interface PipelineStack {
    readonly stack: string;
    readonly tenant?: string;
}
/** Options of the generated pipelines. */
export interface PipelineOptions {
    /** Institution name (workflow name). */
    readonly institution: string;
    /** Stacks in deployment order (organization, labs, tenant stacks). */
    readonly stacks: PipelineStack[];
    /** The institution file, relative to the repository root. */
    readonly file: string;
    /** Branch that deploys. */
    readonly branch: string;
    /** Node.js major version. */
    readonly nodeVersion: string;
}
/** The CI variable holding the deployment role of a tenant (or of the institution's account). */
export declare function roleVariable(tenant: string | undefined): string;
/** `.github/workflows/institution.yml`. */
export declare function githubWorkflow(o: PipelineOptions): string;
/** `.gitlab-ci.yml`. */
export declare function gitlabCi(o: PipelineOptions): string;
