/**
 * Hourly prices of instance types.
 */
export declare class PriceTable {
    private readonly prices;
    readonly description: string;
    /** Region of the bundled table. */
    static readonly BUNDLED_REGION = "us-east-1";
    /** Date of the bundled table's prices. */
    static readonly BUNDLED_DATE = "2025-06-01";
    /** The bundled us-east-1 on-demand table. */
    static bundled(): PriceTable;
    /**
     * A table of your own, e.g. with negotiated or regional prices. Types you leave out fall
     * back to the bundled table when `extendBundled` is true.
     */
    static custom(prices: {
        [instanceType: string]: number;
    }, description: string, extendBundled?: boolean): PriceTable;
    private constructor();
    /** Hourly price of an instance type, or undefined when the table does not know it. */
    hourly(instanceType: string): number | undefined;
    /** Instance types the table knows. */
    instanceTypes(): string[];
}
