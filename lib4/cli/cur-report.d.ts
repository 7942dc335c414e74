/** The cost column read. */
export declare const CUR_COST_COLUMN = "lineItem/UnblendedCost";
/** The CUR column of a user-defined cost allocation tag. */
export declare function curTagColumn(key: string): string;
/** The actual cost of a tenant from the report. */
export interface CurTenantCost {
    readonly tenant: string;
    readonly cost: number;
    /** Cost per lab (the `research:lab` tag); lines of the tenant without it are `unlabelled`. */
    readonly labs: Array<{
        lab: string;
        cost: number;
    }>;
    /** Cost of the tenant's lines without a lab tag (its tenant stack: key, topic, trail). */
    readonly unlabelled: number;
}
/** What a Cost and Usage Report says about an institution's tenants. */
export interface CurCosts {
    readonly file: string;
    /** Line items read. */
    readonly lines: number;
    readonly currency: string;
    /** First usage start and last usage end of the lines (ISO), when the report has those columns. */
    readonly start?: string;
    readonly end?: string;
    readonly total: number;
    /** Cost of the lines without the tenant tag. */
    readonly untagged: number;
    readonly tenants: CurTenantCost[];
    /** Whether the report has the lab tag column (else no cost per lab). */
    readonly hasLabColumn: boolean;
}
/** Reads a CUR CSV (or .csv.gz) and sums the cost per tenant and lab tag. */
export declare function readCurCosts(file: string): Promise<CurCosts>;
