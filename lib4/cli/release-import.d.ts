import { ReleaseStore } from './release-store';
/** What an import did. */
export interface ImportResult {
    readonly copied: string[];
    readonly skipped: string[];
    readonly refused: string[];
}
/** Imports from a folder: the request area or its `requests/` folder. */
export declare function importFromFolder(store: ReleaseStore, from: string): Promise<ImportResult>;
/** Imports from `s3://bucket/prefix/` (`<prefix><id>/...`), with the AWS SDK's S3 client. */
export declare function importFromBucket(store: ReleaseStore, url: string, env: Record<string, string | undefined>): Promise<ImportResult>;
