/**
 * S3 bucket names as AWS accepts them for new buckets (general purpose, 2024 rules): a value
 * that is not one (e.g. `bucket; rm -rf /`) is refused where it is read, never passed on.
 */
/** What is wrong with a bucket name, or undefined. */
export declare function s3BucketProblem(name: string): string | undefined;
/** What is wrong with an `s3://bucket/key` URL, or undefined. */
export declare function s3UrlProblem(url: string): string | undefined;
/** What is wrong with an object key, or undefined: control characters and quotes are refused. */
export declare function s3KeyProblem(key: string): string | undefined;
