"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PriceTable = void 0;
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
const US_EAST_1_2025_06 = {
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
class PriceTable {
    prices;
    description;
    /** Region of the bundled table. */
    static BUNDLED_REGION = 'us-east-1';
    /** Date of the bundled table's prices. */
    static BUNDLED_DATE = '2025-06-01';
    /** The bundled us-east-1 on-demand table. */
    static bundled() {
        return new PriceTable(US_EAST_1_2025_06, `bundled on-demand prices, ${PriceTable.BUNDLED_REGION}, ${PriceTable.BUNDLED_DATE}`);
    }
    /**
     * A table of your own, e.g. with negotiated or regional prices. Types you leave out fall
     * back to the bundled table when `extendBundled` is true.
     */
    static custom(prices, description, extendBundled = true) {
        for (const [type, price] of Object.entries(prices)) {
            if (!(typeof price === 'number' && Number.isFinite(price) && price >= 0)) {
                throw new Error(`price table "${description}": price of ${type} must be a non-negative number (got ${JSON.stringify(price)}). Fix: give USD per hour, e.g. 0.0416`);
            }
        }
        return new PriceTable(extendBundled ? { ...US_EAST_1_2025_06, ...prices } : { ...prices }, description);
    }
    constructor(prices, description) {
        this.prices = prices;
        this.description = description;
    }
    /** Hourly price of an instance type, or undefined when the table does not know it. */
    hourly(instanceType) {
        return Object.prototype.hasOwnProperty.call(this.prices, instanceType) ? this.prices[instanceType] : undefined;
    }
    /** Instance types the table knows. */
    instanceTypes() {
        return Object.keys(this.prices).sort();
    }
}
exports.PriceTable = PriceTable;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJpY2luZy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy93b3Jrc3BhY2VzL3ByaWNpbmcudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQUE7Ozs7Ozs7OztHQVNHO0FBQ0gsTUFBTSxpQkFBaUIsR0FBdUM7SUFDNUQsbUJBQW1CO0lBQ25CLFVBQVUsRUFBRSxNQUFNO0lBQ2xCLFVBQVUsRUFBRSxNQUFNO0lBQ2xCLFdBQVcsRUFBRSxNQUFNO0lBQ25CLFVBQVUsRUFBRSxNQUFNO0lBQ2xCLFdBQVcsRUFBRSxNQUFNO0lBQ25CLFlBQVksRUFBRSxNQUFNO0lBQ3BCLDhCQUE4QjtJQUM5QixXQUFXLEVBQUUsTUFBTTtJQUNuQixXQUFXLEVBQUUsTUFBTTtJQUNuQixZQUFZLEVBQUUsTUFBTTtJQUNwQixXQUFXLEVBQUUsTUFBTTtJQUNuQixZQUFZLEVBQUUsTUFBTTtJQUNwQixhQUFhLEVBQUUsTUFBTTtJQUNyQixrQkFBa0I7SUFDbEIsVUFBVSxFQUFFLEtBQUs7SUFDakIsV0FBVyxFQUFFLEtBQUs7SUFDbEIsV0FBVyxFQUFFLEtBQUs7SUFDbEIsWUFBWSxFQUFFLEtBQUs7SUFDbkIsYUFBYSxFQUFFLEtBQUs7SUFDcEIsYUFBYSxFQUFFLEtBQUs7SUFDcEIsYUFBYSxFQUFFLEtBQUs7SUFDcEIsV0FBVyxFQUFFLE1BQU07SUFDbkIsWUFBWSxFQUFFLE1BQU07SUFDcEIsYUFBYSxFQUFFLE1BQU07SUFDckIsYUFBYSxFQUFFLE1BQU07SUFDckIsb0JBQW9CO0lBQ3BCLFVBQVUsRUFBRSxLQUFLO0lBQ2pCLFdBQVcsRUFBRSxJQUFJO0lBQ2pCLFlBQVksRUFBRSxJQUFJO0lBQ2xCLFdBQVcsRUFBRSxLQUFLO0lBQ2xCLFlBQVksRUFBRSxJQUFJO0lBQ2xCLFdBQVcsRUFBRSxNQUFNO0lBQ25CLFlBQVksRUFBRSxLQUFLO0lBQ25CLDZDQUE2QztJQUM3QyxVQUFVLEVBQUUsS0FBSztJQUNqQixXQUFXLEVBQUUsS0FBSztJQUNsQixZQUFZLEVBQUUsS0FBSztJQUNuQixXQUFXLEVBQUUsS0FBSztJQUNsQixZQUFZLEVBQUUsS0FBSztJQUNuQixhQUFhLEVBQUUsS0FBSztJQUNwQixXQUFXLEVBQUUsTUFBTTtJQUNuQixZQUFZLEVBQUUsTUFBTTtJQUNwQixNQUFNO0lBQ04sYUFBYSxFQUFFLEtBQUs7SUFDcEIsY0FBYyxFQUFFLEtBQUs7SUFDckIsV0FBVyxFQUFFLEtBQUs7SUFDbEIsWUFBWSxFQUFFLEtBQUs7SUFDbkIsWUFBWSxFQUFFLEtBQUs7SUFDbkIsYUFBYSxFQUFFLEtBQUs7SUFDcEIsWUFBWSxFQUFFLElBQUk7SUFDbEIsYUFBYSxFQUFFLEtBQUs7SUFDcEIsY0FBYyxFQUFFLEtBQUs7SUFDckIsWUFBWSxFQUFFLElBQUk7Q0FDbkIsQ0FBQztBQUVGOztHQUVHO0FBQ0gsTUFBYSxVQUFVO0lBd0JnQjtJQUE0RDtJQXZCakcsbUNBQW1DO0lBQzVCLE1BQU0sQ0FBVSxjQUFjLEdBQUcsV0FBVyxDQUFDO0lBQ3BELDBDQUEwQztJQUNuQyxNQUFNLENBQVUsWUFBWSxHQUFHLFlBQVksQ0FBQztJQUVuRCw2Q0FBNkM7SUFDdEMsTUFBTSxDQUFDLE9BQU87UUFDbkIsT0FBTyxJQUFJLFVBQVUsQ0FBQyxpQkFBaUIsRUFBRSw2QkFBNkIsVUFBVSxDQUFDLGNBQWMsS0FBSyxVQUFVLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQztJQUNqSSxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUEwQyxFQUFFLFdBQW1CLEVBQUUsZ0JBQXlCLElBQUk7UUFDakgsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztZQUNuRCxJQUFJLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDekUsTUFBTSxJQUFJLEtBQUssQ0FBQyxnQkFBZ0IsV0FBVyxlQUFlLElBQUksdUNBQXVDLElBQUksQ0FBQyxTQUFTLENBQUMsS0FBSyxDQUFDLHdDQUF3QyxDQUFDLENBQUM7WUFDdEssQ0FBQztRQUNILENBQUM7UUFDRCxPQUFPLElBQUksVUFBVSxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLGlCQUFpQixFQUFFLEdBQUcsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxNQUFNLEVBQUUsRUFBRSxXQUFXLENBQUMsQ0FBQztJQUMxRyxDQUFDO0lBRUQsWUFBcUMsTUFBMEMsRUFBa0IsV0FBbUI7UUFBL0UsV0FBTSxHQUFOLE1BQU0sQ0FBb0M7UUFBa0IsZ0JBQVcsR0FBWCxXQUFXLENBQVE7SUFBRyxDQUFDO0lBRXhILHNGQUFzRjtJQUMvRSxNQUFNLENBQUMsWUFBb0I7UUFDaEMsT0FBTyxNQUFNLENBQUMsU0FBUyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ2pILENBQUM7SUFFRCxzQ0FBc0M7SUFDL0IsYUFBYTtRQUNsQixPQUFPLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ3pDLENBQUM7O0FBbENILGdDQW1DQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQnVuZGxlZCBvbi1kZW1hbmQgcHJpY2UgdGFibGUuXG4gKlxuICogUmVnaW9uOiB1cy1lYXN0LTEgKE4uIFZpcmdpbmlhKS4gTGludXgsIHNoYXJlZCB0ZW5hbmN5LCBvbi1kZW1hbmQsIFVTRCBwZXIgaG91ci5cbiAqIERhdGU6IGxpc3QgcHJpY2VzIGFzIG9mIDIwMjUtMDYtMDEgKGZyb20gdGhlIHB1YmxpYyBBV1MgcHJpY2UgbGlzdCkuXG4gKlxuICogVGhlc2UgYXJlIHBsYW5uaW5nIGVzdGltYXRlcyB1c2VkIGJ5IHBvbGljaWVzIChgbWF4SG91cmx5Q29zdGApIGFuZCBzdW1tYXJpZXMuIE90aGVyIHJlZ2lvbnNcbiAqIGNvc3QgbW9yZSBvciBsZXNzIChjb21tb25seSAwLTI1JSBtb3JlKTsgZ2l2ZSB5b3VyIG93biB0YWJsZSB0aHJvdWdoIGBQcmljZVRhYmxlLmN1c3RvbSgpYFxuICogd2hlbiBidWRnZXRzIGFyZSB0aWdodC5cbiAqL1xuY29uc3QgVVNfRUFTVF8xXzIwMjVfMDY6IHsgW2luc3RhbmNlVHlwZTogc3RyaW5nXTogbnVtYmVyIH0gPSB7XG4gIC8vIGJ1cnN0YWJsZSB4ODZfNjRcbiAgJ3QzLm1pY3JvJzogMC4wMTA0LFxuICAndDMuc21hbGwnOiAwLjAyMDgsXG4gICd0My5tZWRpdW0nOiAwLjA0MTYsXG4gICd0My5sYXJnZSc6IDAuMDgzMixcbiAgJ3QzLnhsYXJnZSc6IDAuMTY2NCxcbiAgJ3QzLjJ4bGFyZ2UnOiAwLjMzMjgsXG4gIC8vIGJ1cnN0YWJsZSBhcm02NCAoR3Jhdml0b24yKVxuICAndDRnLm1pY3JvJzogMC4wMDg0LFxuICAndDRnLnNtYWxsJzogMC4wMTY4LFxuICAndDRnLm1lZGl1bSc6IDAuMDMzNixcbiAgJ3Q0Zy5sYXJnZSc6IDAuMDY3MixcbiAgJ3Q0Zy54bGFyZ2UnOiAwLjEzNDQsXG4gICd0NGcuMnhsYXJnZSc6IDAuMjY4OCxcbiAgLy8gZ2VuZXJhbCBwdXJwb3NlXG4gICdtNS5sYXJnZSc6IDAuMDk2LFxuICAnbTUueGxhcmdlJzogMC4xOTIsXG4gICdtNmkubGFyZ2UnOiAwLjA5NixcbiAgJ202aS54bGFyZ2UnOiAwLjE5MixcbiAgJ202aS4yeGxhcmdlJzogMC4zODQsXG4gICdtNmkuNHhsYXJnZSc6IDAuNzY4LFxuICAnbTZpLjh4bGFyZ2UnOiAxLjUzNixcbiAgJ203Zy5sYXJnZSc6IDAuMDgxNixcbiAgJ203Zy54bGFyZ2UnOiAwLjE2MzIsXG4gICdtN2cuMnhsYXJnZSc6IDAuMzI2NCxcbiAgJ203Zy40eGxhcmdlJzogMC42NTI4LFxuICAvLyBjb21wdXRlIG9wdGltaXplZFxuICAnYzUubGFyZ2UnOiAwLjA4NSxcbiAgJ2M1LnhsYXJnZSc6IDAuMTcsXG4gICdjNS4yeGxhcmdlJzogMC4zNCxcbiAgJ2M2aS5sYXJnZSc6IDAuMDg1LFxuICAnYzZpLnhsYXJnZSc6IDAuMTcsXG4gICdjN2cubGFyZ2UnOiAwLjA3MjUsXG4gICdjN2cueGxhcmdlJzogMC4xNDUsXG4gIC8vIG1lbW9yeSBvcHRpbWl6ZWQgKFIgYW5kIGxhcmdlIGRhdGEgZnJhbWVzKVxuICAncjUubGFyZ2UnOiAwLjEyNixcbiAgJ3I1LnhsYXJnZSc6IDAuMjUyLFxuICAncjUuMnhsYXJnZSc6IDAuNTA0LFxuICAncjZpLmxhcmdlJzogMC4xMjYsXG4gICdyNmkueGxhcmdlJzogMC4yNTIsXG4gICdyNmkuMnhsYXJnZSc6IDAuNTA0LFxuICAncjdnLmxhcmdlJzogMC4xMDcxLFxuICAncjdnLnhsYXJnZSc6IDAuMjE0MixcbiAgLy8gR1BVXG4gICdnNGRuLnhsYXJnZSc6IDAuNTI2LFxuICAnZzRkbi4yeGxhcmdlJzogMC43NTIsXG4gICdnNS54bGFyZ2UnOiAxLjAwNixcbiAgJ2c1LjJ4bGFyZ2UnOiAxLjIxMixcbiAgJ2c1LjR4bGFyZ2UnOiAxLjYyNCxcbiAgJ2c1LjEyeGxhcmdlJzogNS42NzIsXG4gICdnNWcueGxhcmdlJzogMC40MixcbiAgJ2c1Zy4yeGxhcmdlJzogMC41NTYsXG4gICdnNWcuMTZ4bGFyZ2UnOiAyLjc0NCxcbiAgJ3AzLjJ4bGFyZ2UnOiAzLjA2LFxufTtcblxuLyoqXG4gKiBIb3VybHkgcHJpY2VzIG9mIGluc3RhbmNlIHR5cGVzLlxuICovXG5leHBvcnQgY2xhc3MgUHJpY2VUYWJsZSB7XG4gIC8qKiBSZWdpb24gb2YgdGhlIGJ1bmRsZWQgdGFibGUuICovXG4gIHB1YmxpYyBzdGF0aWMgcmVhZG9ubHkgQlVORExFRF9SRUdJT04gPSAndXMtZWFzdC0xJztcbiAgLyoqIERhdGUgb2YgdGhlIGJ1bmRsZWQgdGFibGUncyBwcmljZXMuICovXG4gIHB1YmxpYyBzdGF0aWMgcmVhZG9ubHkgQlVORExFRF9EQVRFID0gJzIwMjUtMDYtMDEnO1xuXG4gIC8qKiBUaGUgYnVuZGxlZCB1cy1lYXN0LTEgb24tZGVtYW5kIHRhYmxlLiAqL1xuICBwdWJsaWMgc3RhdGljIGJ1bmRsZWQoKTogUHJpY2VUYWJsZSB7XG4gICAgcmV0dXJuIG5ldyBQcmljZVRhYmxlKFVTX0VBU1RfMV8yMDI1XzA2LCBgYnVuZGxlZCBvbi1kZW1hbmQgcHJpY2VzLCAke1ByaWNlVGFibGUuQlVORExFRF9SRUdJT059LCAke1ByaWNlVGFibGUuQlVORExFRF9EQVRFfWApO1xuICB9XG5cbiAgLyoqXG4gICAqIEEgdGFibGUgb2YgeW91ciBvd24sIGUuZy4gd2l0aCBuZWdvdGlhdGVkIG9yIHJlZ2lvbmFsIHByaWNlcy4gVHlwZXMgeW91IGxlYXZlIG91dCBmYWxsXG4gICAqIGJhY2sgdG8gdGhlIGJ1bmRsZWQgdGFibGUgd2hlbiBgZXh0ZW5kQnVuZGxlZGAgaXMgdHJ1ZS5cbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgY3VzdG9tKHByaWNlczogeyBbaW5zdGFuY2VUeXBlOiBzdHJpbmddOiBudW1iZXIgfSwgZGVzY3JpcHRpb246IHN0cmluZywgZXh0ZW5kQnVuZGxlZDogYm9vbGVhbiA9IHRydWUpOiBQcmljZVRhYmxlIHtcbiAgICBmb3IgKGNvbnN0IFt0eXBlLCBwcmljZV0gb2YgT2JqZWN0LmVudHJpZXMocHJpY2VzKSkge1xuICAgICAgaWYgKCEodHlwZW9mIHByaWNlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUocHJpY2UpICYmIHByaWNlID49IDApKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgcHJpY2UgdGFibGUgXCIke2Rlc2NyaXB0aW9ufVwiOiBwcmljZSBvZiAke3R5cGV9IG11c3QgYmUgYSBub24tbmVnYXRpdmUgbnVtYmVyIChnb3QgJHtKU09OLnN0cmluZ2lmeShwcmljZSl9KS4gRml4OiBnaXZlIFVTRCBwZXIgaG91ciwgZS5nLiAwLjA0MTZgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG5ldyBQcmljZVRhYmxlKGV4dGVuZEJ1bmRsZWQgPyB7IC4uLlVTX0VBU1RfMV8yMDI1XzA2LCAuLi5wcmljZXMgfSA6IHsgLi4ucHJpY2VzIH0sIGRlc2NyaXB0aW9uKTtcbiAgfVxuXG4gIHByaXZhdGUgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBwcmljZXM6IHsgW2luc3RhbmNlVHlwZTogc3RyaW5nXTogbnVtYmVyIH0sIHB1YmxpYyByZWFkb25seSBkZXNjcmlwdGlvbjogc3RyaW5nKSB7fVxuXG4gIC8qKiBIb3VybHkgcHJpY2Ugb2YgYW4gaW5zdGFuY2UgdHlwZSwgb3IgdW5kZWZpbmVkIHdoZW4gdGhlIHRhYmxlIGRvZXMgbm90IGtub3cgaXQuICovXG4gIHB1YmxpYyBob3VybHkoaW5zdGFuY2VUeXBlOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiBPYmplY3QucHJvdG90eXBlLmhhc093blByb3BlcnR5LmNhbGwodGhpcy5wcmljZXMsIGluc3RhbmNlVHlwZSkgPyB0aGlzLnByaWNlc1tpbnN0YW5jZVR5cGVdIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIEluc3RhbmNlIHR5cGVzIHRoZSB0YWJsZSBrbm93cy4gKi9cbiAgcHVibGljIGluc3RhbmNlVHlwZXMoKTogc3RyaW5nW10ge1xuICAgIHJldHVybiBPYmplY3Qua2V5cyh0aGlzLnByaWNlcykuc29ydCgpO1xuICB9XG59XG4iXX0=