"use strict";
/**
 * Workspace tags have one meaning on every backend. A workspace's `project` and `owner` are
 * tags of their own: AWS writes them as `research:project` and `research:owner` (its
 * cost-allocation tags), Kubernetes and Proxmox VE as `project` and `owner`. A policy's
 * `required_tags` may name either spelling and means the same tag everywhere.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TENANT_TAG = exports.LAB_TAG = void 0;
exports.neutralTagName = neutralTagName;
exports.awsTagKey = awsTagKey;
exports.neutralTags = neutralTags;
/** The AWS cost-allocation tag naming a resource's lab. */
exports.LAB_TAG = 'research:lab';
/** The AWS cost-allocation tag naming a resource's tenant (an institution's department). */
exports.TENANT_TAG = 'research:tenant';
/** Tags every backend derives from a workspace's own fields. */
const BUILT_IN_TAGS = new Set(['project', 'owner']);
/** Prefix of the AWS cost-allocation tags. */
const AWS_PREFIX = 'research:';
/** The backend-neutral name of a tag key: `research:project` -> `project`; other keys unchanged. */
function neutralTagName(key) {
    if (key.startsWith(AWS_PREFIX)) {
        const rest = key.slice(AWS_PREFIX.length);
        if (BUILT_IN_TAGS.has(rest))
            return rest;
    }
    return key;
}
/** The key AWS gives a tag: `project` -> `research:project`; other keys unchanged. */
function awsTagKey(key) {
    const name = neutralTagName(key);
    return BUILT_IN_TAGS.has(name) ? `${AWS_PREFIX}${name}` : key;
}
/** A workspace's tags by neutral name (empty values dropped). */
function neutralTags(tags) {
    const out = new Map();
    for (const [k, v] of Object.entries(tags ?? {})) {
        if (v !== undefined && v !== '')
            out.set(neutralTagName(k), v);
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGFncy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3ByaXZhdGUvdGFncy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiO0FBQUE7Ozs7O0dBS0c7OztBQWFILHdDQU1DO0FBR0QsOEJBR0M7QUFHRCxrQ0FNQztBQWhDRCwyREFBMkQ7QUFDOUMsUUFBQSxPQUFPLEdBQUcsY0FBYyxDQUFDO0FBQ3RDLDRGQUE0RjtBQUMvRSxRQUFBLFVBQVUsR0FBRyxpQkFBaUIsQ0FBQztBQUU1QyxnRUFBZ0U7QUFDaEUsTUFBTSxhQUFhLEdBQXdCLElBQUksR0FBRyxDQUFDLENBQUMsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDekUsOENBQThDO0FBQzlDLE1BQU0sVUFBVSxHQUFHLFdBQVcsQ0FBQztBQUUvQixvR0FBb0c7QUFDcEcsU0FBZ0IsY0FBYyxDQUFDLEdBQVc7SUFDeEMsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUM7UUFDL0IsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDMUMsSUFBSSxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sSUFBSSxDQUFDO0lBQzNDLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxzRkFBc0Y7QUFDdEYsU0FBZ0IsU0FBUyxDQUFDLEdBQVc7SUFDbkMsTUFBTSxJQUFJLEdBQUcsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2pDLE9BQU8sYUFBYSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxVQUFVLEdBQUcsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQztBQUNoRSxDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQWdCLFdBQVcsQ0FBQyxJQUFvRDtJQUM5RSxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUN0QyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUNoRCxJQUFJLENBQUMsS0FBSyxTQUFTLElBQUksQ0FBQyxLQUFLLEVBQUU7WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNqRSxDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBXb3Jrc3BhY2UgdGFncyBoYXZlIG9uZSBtZWFuaW5nIG9uIGV2ZXJ5IGJhY2tlbmQuIEEgd29ya3NwYWNlJ3MgYHByb2plY3RgIGFuZCBgb3duZXJgIGFyZVxuICogdGFncyBvZiB0aGVpciBvd246IEFXUyB3cml0ZXMgdGhlbSBhcyBgcmVzZWFyY2g6cHJvamVjdGAgYW5kIGByZXNlYXJjaDpvd25lcmAgKGl0c1xuICogY29zdC1hbGxvY2F0aW9uIHRhZ3MpLCBLdWJlcm5ldGVzIGFuZCBQcm94bW94IFZFIGFzIGBwcm9qZWN0YCBhbmQgYG93bmVyYC4gQSBwb2xpY3knc1xuICogYHJlcXVpcmVkX3RhZ3NgIG1heSBuYW1lIGVpdGhlciBzcGVsbGluZyBhbmQgbWVhbnMgdGhlIHNhbWUgdGFnIGV2ZXJ5d2hlcmUuXG4gKi9cblxuLyoqIFRoZSBBV1MgY29zdC1hbGxvY2F0aW9uIHRhZyBuYW1pbmcgYSByZXNvdXJjZSdzIGxhYi4gKi9cbmV4cG9ydCBjb25zdCBMQUJfVEFHID0gJ3Jlc2VhcmNoOmxhYic7XG4vKiogVGhlIEFXUyBjb3N0LWFsbG9jYXRpb24gdGFnIG5hbWluZyBhIHJlc291cmNlJ3MgdGVuYW50IChhbiBpbnN0aXR1dGlvbidzIGRlcGFydG1lbnQpLiAqL1xuZXhwb3J0IGNvbnN0IFRFTkFOVF9UQUcgPSAncmVzZWFyY2g6dGVuYW50JztcblxuLyoqIFRhZ3MgZXZlcnkgYmFja2VuZCBkZXJpdmVzIGZyb20gYSB3b3Jrc3BhY2UncyBvd24gZmllbGRzLiAqL1xuY29uc3QgQlVJTFRfSU5fVEFHUzogUmVhZG9ubHlTZXQ8c3RyaW5nPiA9IG5ldyBTZXQoWydwcm9qZWN0JywgJ293bmVyJ10pO1xuLyoqIFByZWZpeCBvZiB0aGUgQVdTIGNvc3QtYWxsb2NhdGlvbiB0YWdzLiAqL1xuY29uc3QgQVdTX1BSRUZJWCA9ICdyZXNlYXJjaDonO1xuXG4vKiogVGhlIGJhY2tlbmQtbmV1dHJhbCBuYW1lIG9mIGEgdGFnIGtleTogYHJlc2VhcmNoOnByb2plY3RgIC0+IGBwcm9qZWN0YDsgb3RoZXIga2V5cyB1bmNoYW5nZWQuICovXG5leHBvcnQgZnVuY3Rpb24gbmV1dHJhbFRhZ05hbWUoa2V5OiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoa2V5LnN0YXJ0c1dpdGgoQVdTX1BSRUZJWCkpIHtcbiAgICBjb25zdCByZXN0ID0ga2V5LnNsaWNlKEFXU19QUkVGSVgubGVuZ3RoKTtcbiAgICBpZiAoQlVJTFRfSU5fVEFHUy5oYXMocmVzdCkpIHJldHVybiByZXN0O1xuICB9XG4gIHJldHVybiBrZXk7XG59XG5cbi8qKiBUaGUga2V5IEFXUyBnaXZlcyBhIHRhZzogYHByb2plY3RgIC0+IGByZXNlYXJjaDpwcm9qZWN0YDsgb3RoZXIga2V5cyB1bmNoYW5nZWQuICovXG5leHBvcnQgZnVuY3Rpb24gYXdzVGFnS2V5KGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbmFtZSA9IG5ldXRyYWxUYWdOYW1lKGtleSk7XG4gIHJldHVybiBCVUlMVF9JTl9UQUdTLmhhcyhuYW1lKSA/IGAke0FXU19QUkVGSVh9JHtuYW1lfWAgOiBrZXk7XG59XG5cbi8qKiBBIHdvcmtzcGFjZSdzIHRhZ3MgYnkgbmV1dHJhbCBuYW1lIChlbXB0eSB2YWx1ZXMgZHJvcHBlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gbmV1dHJhbFRhZ3ModGFnczogeyByZWFkb25seSBba2V5OiBzdHJpbmddOiBzdHJpbmcgfSB8IHVuZGVmaW5lZCk6IE1hcDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCBvdXQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyh0YWdzID8/IHt9KSkge1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgdiAhPT0gJycpIG91dC5zZXQobmV1dHJhbFRhZ05hbWUoayksIHYpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG4iXX0=