"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.permitStackName = permitStackName;
exports.checkPermitStackName = checkPermitStackName;
const error_1 = require("../workspaces/private/error");
/** The stack name every backend gives a permit: `permit-<id>`. */
function permitStackName(permitId) {
    return `permit-${permitId}`;
}
/**
 * Refuses a permit stack whose id is not `permit-<id>`: every event of a permit must find the
 * same deployed stack (CloudFormation stack or Terraform state).
 *
 * @param id the id the stack was given
 * @param permitId the permit's id
 * @param stackClass the stack class, for the fix (`PermitStack`, `ProxmoxPermitStack`, ...)
 * @param what what must stay the same from event to event
 * @param nodePath the construct path, for the error's location
 */
function checkPermitStackName(id, permitId, stackClass, what, nodePath) {
    const expected = permitStackName(permitId);
    if (id === expected)
        return;
    (0, error_1.fail)({
        code: 'invalid-stack-name',
        message: `a permit stack is named after its permit, so that every event ${what}`,
        field: 'id',
        value: id,
        fix: `use "${expected}" (${stackClass}.stackNameOf(permit.id))`,
        location: { file: `construct ${nodePath}` },
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN0YWNrLW5hbWUuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvcHJpdmF0ZS9wZXJtaXQtc3RhY2stbmFtZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOztBQUdBLDBDQUVDO0FBWUQsb0RBV0M7QUE1QkQsdURBQW1EO0FBRW5ELGtFQUFrRTtBQUNsRSxTQUFnQixlQUFlLENBQUMsUUFBZ0I7SUFDOUMsT0FBTyxVQUFVLFFBQVEsRUFBRSxDQUFDO0FBQzlCLENBQUM7QUFFRDs7Ozs7Ozs7O0dBU0c7QUFDSCxTQUFnQixvQkFBb0IsQ0FBQyxFQUFVLEVBQUUsUUFBZ0IsRUFBRSxVQUFrQixFQUFFLElBQVksRUFBRSxRQUFnQjtJQUNuSCxNQUFNLFFBQVEsR0FBRyxlQUFlLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDM0MsSUFBSSxFQUFFLEtBQUssUUFBUTtRQUFFLE9BQU87SUFDNUIsSUFBQSxZQUFJLEVBQUM7UUFDSCxJQUFJLEVBQUUsb0JBQW9CO1FBQzFCLE9BQU8sRUFBRSxpRUFBaUUsSUFBSSxFQUFFO1FBQ2hGLEtBQUssRUFBRSxJQUFJO1FBQ1gsS0FBSyxFQUFFLEVBQUU7UUFDVCxHQUFHLEVBQUUsUUFBUSxRQUFRLE1BQU0sVUFBVSwwQkFBMEI7UUFDL0QsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLGFBQWEsUUFBUSxFQUFFLEVBQUU7S0FDNUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IGZhaWwgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuXG4vKiogVGhlIHN0YWNrIG5hbWUgZXZlcnkgYmFja2VuZCBnaXZlcyBhIHBlcm1pdDogYHBlcm1pdC08aWQ+YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXRTdGFja05hbWUocGVybWl0SWQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgcGVybWl0LSR7cGVybWl0SWR9YDtcbn1cblxuLyoqXG4gKiBSZWZ1c2VzIGEgcGVybWl0IHN0YWNrIHdob3NlIGlkIGlzIG5vdCBgcGVybWl0LTxpZD5gOiBldmVyeSBldmVudCBvZiBhIHBlcm1pdCBtdXN0IGZpbmQgdGhlXG4gKiBzYW1lIGRlcGxveWVkIHN0YWNrIChDbG91ZEZvcm1hdGlvbiBzdGFjayBvciBUZXJyYWZvcm0gc3RhdGUpLlxuICpcbiAqIEBwYXJhbSBpZCB0aGUgaWQgdGhlIHN0YWNrIHdhcyBnaXZlblxuICogQHBhcmFtIHBlcm1pdElkIHRoZSBwZXJtaXQncyBpZFxuICogQHBhcmFtIHN0YWNrQ2xhc3MgdGhlIHN0YWNrIGNsYXNzLCBmb3IgdGhlIGZpeCAoYFBlcm1pdFN0YWNrYCwgYFByb3htb3hQZXJtaXRTdGFja2AsIC4uLilcbiAqIEBwYXJhbSB3aGF0IHdoYXQgbXVzdCBzdGF5IHRoZSBzYW1lIGZyb20gZXZlbnQgdG8gZXZlbnRcbiAqIEBwYXJhbSBub2RlUGF0aCB0aGUgY29uc3RydWN0IHBhdGgsIGZvciB0aGUgZXJyb3IncyBsb2NhdGlvblxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tQZXJtaXRTdGFja05hbWUoaWQ6IHN0cmluZywgcGVybWl0SWQ6IHN0cmluZywgc3RhY2tDbGFzczogc3RyaW5nLCB3aGF0OiBzdHJpbmcsIG5vZGVQYXRoOiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgZXhwZWN0ZWQgPSBwZXJtaXRTdGFja05hbWUocGVybWl0SWQpO1xuICBpZiAoaWQgPT09IGV4cGVjdGVkKSByZXR1cm47XG4gIGZhaWwoe1xuICAgIGNvZGU6ICdpbnZhbGlkLXN0YWNrLW5hbWUnLFxuICAgIG1lc3NhZ2U6IGBhIHBlcm1pdCBzdGFjayBpcyBuYW1lZCBhZnRlciBpdHMgcGVybWl0LCBzbyB0aGF0IGV2ZXJ5IGV2ZW50ICR7d2hhdH1gLFxuICAgIGZpZWxkOiAnaWQnLFxuICAgIHZhbHVlOiBpZCxcbiAgICBmaXg6IGB1c2UgXCIke2V4cGVjdGVkfVwiICgke3N0YWNrQ2xhc3N9LnN0YWNrTmFtZU9mKHBlcm1pdC5pZCkpYCxcbiAgICBsb2NhdGlvbjogeyBmaWxlOiBgY29uc3RydWN0ICR7bm9kZVBhdGh9YCB9LFxuICB9KTtcbn1cbiJdfQ==