/**
 * Bundled on-demand price table.
 *
 * Region: us-east-1 (N. Virginia). Linux, shared tenancy, on-demand, USD per hour.
 * Date: list prices as of 2025-06-01 (from the public AWS price list).
 *
 * These are planning estimates used by policies (`maxHourlyCost`) and summaries. Other regions
 * cost more or less (commonly 0-25% more); give your own table through `PriceTable.custom()`
 * when budgets are tight.
 */
const US_EAST_1_2025_06: { [instanceType: string]: number } = {
  // burstable x86_64
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  't3.xlarge': 0.1664,
  't3.2xlarge': 0.3328,
  // burstable arm64 (Graviton2)
  't4g.micro': 0.0084,
  't4g.small': 0.0168,
  't4g.medium': 0.0336,
  't4g.large': 0.0672,
  't4g.xlarge': 0.1344,
  't4g.2xlarge': 0.2688,
  // general purpose
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  'm6i.large': 0.096,
  'm6i.xlarge': 0.192,
  'm6i.2xlarge': 0.384,
  'm6i.4xlarge': 0.768,
  'm6i.8xlarge': 1.536,
  'm7g.large': 0.0816,
  'm7g.xlarge': 0.1632,
  'm7g.2xlarge': 0.3264,
  'm7g.4xlarge': 0.6528,
  // compute optimized
  'c5.large': 0.085,
  'c5.xlarge': 0.17,
  'c5.2xlarge': 0.34,
  'c6i.large': 0.085,
  'c6i.xlarge': 0.17,
  'c7g.large': 0.0725,
  'c7g.xlarge': 0.145,
  // memory optimized (R and large data frames)
  'r5.large': 0.126,
  'r5.xlarge': 0.252,
  'r5.2xlarge': 0.504,
  'r6i.large': 0.126,
  'r6i.xlarge': 0.252,
  'r6i.2xlarge': 0.504,
  'r7g.large': 0.1071,
  'r7g.xlarge': 0.2142,
  // GPU
  'g4dn.xlarge': 0.526,
  'g4dn.2xlarge': 0.752,
  'g5.xlarge': 1.006,
  'g5.2xlarge': 1.212,
  'g5.4xlarge': 1.624,
  'g5.12xlarge': 5.672,
  'g5g.xlarge': 0.42,
  'g5g.2xlarge': 0.556,
  'g5g.16xlarge': 2.744,
  'p3.2xlarge': 3.06,
};

/**
 * Hourly prices of instance types.
 */
export class PriceTable {
  /** Region of the bundled table. */
  public static readonly BUNDLED_REGION = 'us-east-1';
  /** Date of the bundled table's prices. */
  public static readonly BUNDLED_DATE = '2025-06-01';

  /** The bundled us-east-1 on-demand table. */
  public static bundled(): PriceTable {
    return new PriceTable(US_EAST_1_2025_06, `bundled on-demand prices, ${PriceTable.BUNDLED_REGION}, ${PriceTable.BUNDLED_DATE}`);
  }

  /**
   * A table of your own, e.g. with negotiated or regional prices. Types you leave out fall
   * back to the bundled table when `extendBundled` is true.
   */
  public static custom(prices: { [instanceType: string]: number }, description: string, extendBundled: boolean = true): PriceTable {
    for (const [type, price] of Object.entries(prices)) {
      if (!(typeof price === 'number' && Number.isFinite(price) && price >= 0)) {
        throw new Error(`price table "${description}": price of ${type} must be a non-negative number (got ${JSON.stringify(price)}). Fix: give USD per hour, e.g. 0.0416`);
      }
    }
    return new PriceTable(extendBundled ? { ...US_EAST_1_2025_06, ...prices } : { ...prices }, description);
  }

  private constructor(private readonly prices: { [instanceType: string]: number }, public readonly description: string) {}

  /** Hourly price of an instance type, or undefined when the table does not know it. */
  public hourly(instanceType: string): number | undefined {
    return Object.prototype.hasOwnProperty.call(this.prices, instanceType) ? this.prices[instanceType] : undefined;
  }

  /** Instance types the table knows. */
  public instanceTypes(): string[] {
    return Object.keys(this.prices).sort();
  }
}
