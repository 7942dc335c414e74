"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ManagedPolicyRole = void 0;
exports.badProp = badProp;
exports.unresolved = unresolved;
exports.checkInt = checkInt;
exports.checkNumber = checkNumber;
exports.isCidr = isCidr;
exports.sha256 = sha256;
exports.idSafe = idSafe;
exports.hostLabel = hostLabel;
exports.allowLogsService = allowLogsService;
/**
 * Prop validation for the AWS constructs: every message names the construct path, the
 * field, the value received and the fix, in the model's diagnostic format.
 */
const crypto = __importStar(require("crypto"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const error_1 = require("../../workspaces/private/error");
/** Throws one error for a bad prop of `scope`. */
function badProp(scope, field, value, problem, fix, code = 'invalid-prop') {
    (0, error_1.fail)({ code, message: problem, field, value, fix, location: { file: scope.node.path } });
}
/** Whether a value (or any string/number inside an array) is an unresolved token. */
function unresolved(v) {
    if (Array.isArray(v))
        return aws_cdk_lib_1.Token.isUnresolved(v) || v.some((x) => unresolved(x));
    return v !== undefined && v !== null && aws_cdk_lib_1.Token.isUnresolved(v);
}
/** A whole number in [min, max], unless unresolved. */
function checkInt(scope, field, v, min, max, fix) {
    if (v === undefined || unresolved(v))
        return;
    if (!Number.isInteger(v) || v < min || v > max) {
        badProp(scope, field, v, `must be a whole number from ${min} to ${max}`, fix);
    }
}
/** A number in [min, max], unless unresolved. */
function checkNumber(scope, field, v, min, max, fix) {
    if (v === undefined || unresolved(v))
        return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
        badProp(scope, field, v, `must be a number from ${min} to ${max}`, fix);
    }
}
/** An IPv4 or IPv6 CIDR block. */
function isCidr(s) {
    const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
    if (v4)
        return v4.slice(1, 5).every((o) => Number(o) <= 255) && Number(v4[5]) <= 32;
    const v6 = /^([0-9a-f:]+)\/(\d{1,3})$/i.exec(s);
    return !!v6 && v6[1].includes(':') && Number(v6[2]) <= 128;
}
/** Hex SHA-256. */
function sha256(s) {
    return crypto.createHash('sha256').update(s).digest('hex');
}
/** A name made safe for a construct id / logical id part: letters, digits and `-`. */
function idSafe(s) {
    return s.replace(/[^A-Za-z0-9-]/g, '-');
}
/** Host name label of a service: `<workspace>-<service>`, lower case, DNS-safe. */
function hostLabel(workspaceName, serviceName) {
    if (aws_cdk_lib_1.Token.isUnresolved(workspaceName))
        return workspaceName;
    return `${workspaceName}-${serviceName}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
/** Lets CloudWatch Logs in this account and region use a key for log groups. */
function allowLogsService(key) {
    key.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'AllowCloudWatchLogs',
        principals: [new iam.ServicePrincipal(`logs.${aws_cdk_lib_1.Aws.REGION}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${aws_cdk_lib_1.Aws.PARTITION}:logs:${aws_cdk_lib_1.Aws.REGION}:${aws_cdk_lib_1.Aws.ACCOUNT_ID}:log-group:*` } },
    }));
}
/**
 * A role whose grants go into one customer managed policy attached to it, instead of an
 * inline `DefaultPolicy` (HIPAA/NIST "no inline policies"): same statements, one policy
 * per role, deleted with it.
 */
class ManagedPolicyRole extends iam.Role {
    managed;
    addToPrincipalPolicy(statement) {
        if (!this.managed) {
            this.managed = new iam.ManagedPolicy(this, 'Policy', {
                description: `Permissions of ${this.node.path}`,
                roles: [this],
            });
        }
        this.managed.addStatements(statement);
        return { statementAdded: true, policyDependable: this.managed };
    }
}
exports.ManagedPolicyRole = ManagedPolicyRole;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJvcHMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY29uc3RydWN0cy9wcml2YXRlL3Byb3BzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQVlBLDBCQUVDO0FBR0QsZ0NBR0M7QUFHRCw0QkFLQztBQUdELGtDQUtDO0FBR0Qsd0JBS0M7QUFHRCx3QkFFQztBQUdELHdCQUVDO0FBR0QsOEJBR0M7QUFHRCw0Q0FRQztBQXZFRDs7O0dBR0c7QUFDSCwrQ0FBaUM7QUFDakMsNkNBQXlDO0FBQ3pDLHlEQUEyQztBQUczQywwREFBc0Q7QUFFdEQsa0RBQWtEO0FBQ2xELFNBQWdCLE9BQU8sQ0FBQyxLQUFpQixFQUFFLEtBQWEsRUFBRSxLQUFjLEVBQUUsT0FBZSxFQUFFLEdBQVcsRUFBRSxJQUFJLEdBQUcsY0FBYztJQUMzSCxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztBQUMzRixDQUFDO0FBRUQscUZBQXFGO0FBQ3JGLFNBQWdCLFVBQVUsQ0FBQyxDQUFVO0lBQ25DLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLG1CQUFLLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25GLE9BQU8sQ0FBQyxLQUFLLFNBQVMsSUFBSSxDQUFDLEtBQUssSUFBSSxJQUFJLG1CQUFLLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2hFLENBQUM7QUFFRCx1REFBdUQ7QUFDdkQsU0FBZ0IsUUFBUSxDQUFDLEtBQWlCLEVBQUUsS0FBYSxFQUFFLENBQXFCLEVBQUUsR0FBVyxFQUFFLEdBQVcsRUFBRSxHQUFXO0lBQ3JILElBQUksQ0FBQyxLQUFLLFNBQVMsSUFBSSxVQUFVLENBQUMsQ0FBQyxDQUFDO1FBQUUsT0FBTztJQUM3QyxJQUFJLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxHQUFHLEVBQUUsQ0FBQztRQUMvQyxPQUFPLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsK0JBQStCLEdBQUcsT0FBTyxHQUFHLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUNoRixDQUFDO0FBQ0gsQ0FBQztBQUVELGlEQUFpRDtBQUNqRCxTQUFnQixXQUFXLENBQUMsS0FBaUIsRUFBRSxLQUFhLEVBQUUsQ0FBcUIsRUFBRSxHQUFXLEVBQUUsR0FBVyxFQUFFLEdBQVc7SUFDeEgsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLFVBQVUsQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPO0lBQzdDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxHQUFHLEVBQUUsQ0FBQztRQUN2RSxPQUFPLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUseUJBQXlCLEdBQUcsT0FBTyxHQUFHLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUMxRSxDQUFDO0FBQ0gsQ0FBQztBQUVELGtDQUFrQztBQUNsQyxTQUFnQixNQUFNLENBQUMsQ0FBUztJQUM5QixNQUFNLEVBQUUsR0FBRyx5REFBeUQsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDN0UsSUFBSSxFQUFFO1FBQUUsT0FBTyxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsSUFBSSxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ3BGLE1BQU0sRUFBRSxHQUFHLDRCQUE0QixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNoRCxPQUFPLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsSUFBSSxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDO0FBQzdELENBQUM7QUFFRCxtQkFBbUI7QUFDbkIsU0FBZ0IsTUFBTSxDQUFDLENBQVM7SUFDOUIsT0FBTyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDN0QsQ0FBQztBQUVELHNGQUFzRjtBQUN0RixTQUFnQixNQUFNLENBQUMsQ0FBUztJQUM5QixPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFDMUMsQ0FBQztBQUVELG1GQUFtRjtBQUNuRixTQUFnQixTQUFTLENBQUMsYUFBcUIsRUFBRSxXQUFtQjtJQUNsRSxJQUFJLG1CQUFLLENBQUMsWUFBWSxDQUFDLGFBQWEsQ0FBQztRQUFFLE9BQU8sYUFBYSxDQUFDO0lBQzVELE9BQU8sR0FBRyxhQUFhLElBQUksV0FBVyxFQUFFLENBQUMsV0FBVyxFQUFFLENBQUMsT0FBTyxDQUFDLGFBQWEsRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDL0gsQ0FBQztBQUVELGdGQUFnRjtBQUNoRixTQUFnQixnQkFBZ0IsQ0FBQyxHQUFZO0lBQzNDLEdBQUcsQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDOUMsR0FBRyxFQUFFLHFCQUFxQjtRQUMxQixVQUFVLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyxRQUFRLGlCQUFHLENBQUMsTUFBTSxnQkFBZ0IsQ0FBQyxDQUFDO1FBQzFFLE9BQU8sRUFBRSxDQUFDLGNBQWMsRUFBRSxjQUFjLEVBQUUsZ0JBQWdCLEVBQUUsc0JBQXNCLEVBQUUsZUFBZSxDQUFDO1FBQ3BHLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQztRQUNoQixVQUFVLEVBQUUsRUFBRSxPQUFPLEVBQUUsRUFBRSxvQ0FBb0MsRUFBRSxPQUFPLGlCQUFHLENBQUMsU0FBUyxTQUFTLGlCQUFHLENBQUMsTUFBTSxJQUFJLGlCQUFHLENBQUMsVUFBVSxjQUFjLEVBQUUsRUFBRTtLQUMzSSxDQUFDLENBQUMsQ0FBQztBQUNOLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsTUFBYSxpQkFBa0IsU0FBUSxHQUFHLENBQUMsSUFBSTtJQUNyQyxPQUFPLENBQXFCO0lBRTdCLG9CQUFvQixDQUFDLFNBQThCO1FBQ3hELElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDbEIsSUFBSSxDQUFDLE9BQU8sR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRTtnQkFDbkQsV0FBVyxFQUFFLGtCQUFrQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRTtnQkFDL0MsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDO2FBQ2QsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELElBQUksQ0FBQyxPQUFPLENBQUMsYUFBYSxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ3RDLE9BQU8sRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUNsRSxDQUFDO0NBQ0Y7QUFiRCw4Q0FhQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogUHJvcCB2YWxpZGF0aW9uIGZvciB0aGUgQVdTIGNvbnN0cnVjdHM6IGV2ZXJ5IG1lc3NhZ2UgbmFtZXMgdGhlIGNvbnN0cnVjdCBwYXRoLCB0aGVcbiAqIGZpZWxkLCB0aGUgdmFsdWUgcmVjZWl2ZWQgYW5kIHRoZSBmaXgsIGluIHRoZSBtb2RlbCdzIGRpYWdub3N0aWMgZm9ybWF0LlxuICovXG5pbXBvcnQgKiBhcyBjcnlwdG8gZnJvbSAnY3J5cHRvJztcbmltcG9ydCB7IEF3cywgVG9rZW4gfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgeyBJQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBmYWlsIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcblxuLyoqIFRocm93cyBvbmUgZXJyb3IgZm9yIGEgYmFkIHByb3Agb2YgYHNjb3BlYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBiYWRQcm9wKHNjb3BlOiBJQ29uc3RydWN0LCBmaWVsZDogc3RyaW5nLCB2YWx1ZTogdW5rbm93biwgcHJvYmxlbTogc3RyaW5nLCBmaXg6IHN0cmluZywgY29kZSA9ICdpbnZhbGlkLXByb3AnKTogbmV2ZXIge1xuICBmYWlsKHsgY29kZSwgbWVzc2FnZTogcHJvYmxlbSwgZmllbGQsIHZhbHVlLCBmaXgsIGxvY2F0aW9uOiB7IGZpbGU6IHNjb3BlLm5vZGUucGF0aCB9IH0pO1xufVxuXG4vKiogV2hldGhlciBhIHZhbHVlIChvciBhbnkgc3RyaW5nL251bWJlciBpbnNpZGUgYW4gYXJyYXkpIGlzIGFuIHVucmVzb2x2ZWQgdG9rZW4uICovXG5leHBvcnQgZnVuY3Rpb24gdW5yZXNvbHZlZCh2OiB1bmtub3duKTogYm9vbGVhbiB7XG4gIGlmIChBcnJheS5pc0FycmF5KHYpKSByZXR1cm4gVG9rZW4uaXNVbnJlc29sdmVkKHYpIHx8IHYuc29tZSgoeCkgPT4gdW5yZXNvbHZlZCh4KSk7XG4gIHJldHVybiB2ICE9PSB1bmRlZmluZWQgJiYgdiAhPT0gbnVsbCAmJiBUb2tlbi5pc1VucmVzb2x2ZWQodik7XG59XG5cbi8qKiBBIHdob2xlIG51bWJlciBpbiBbbWluLCBtYXhdLCB1bmxlc3MgdW5yZXNvbHZlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja0ludChzY29wZTogSUNvbnN0cnVjdCwgZmllbGQ6IHN0cmluZywgdjogbnVtYmVyIHwgdW5kZWZpbmVkLCBtaW46IG51bWJlciwgbWF4OiBudW1iZXIsIGZpeDogc3RyaW5nKTogdm9pZCB7XG4gIGlmICh2ID09PSB1bmRlZmluZWQgfHwgdW5yZXNvbHZlZCh2KSkgcmV0dXJuO1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIodikgfHwgdiA8IG1pbiB8fCB2ID4gbWF4KSB7XG4gICAgYmFkUHJvcChzY29wZSwgZmllbGQsIHYsIGBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIGZyb20gJHttaW59IHRvICR7bWF4fWAsIGZpeCk7XG4gIH1cbn1cblxuLyoqIEEgbnVtYmVyIGluIFttaW4sIG1heF0sIHVubGVzcyB1bnJlc29sdmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrTnVtYmVyKHNjb3BlOiBJQ29uc3RydWN0LCBmaWVsZDogc3RyaW5nLCB2OiBudW1iZXIgfCB1bmRlZmluZWQsIG1pbjogbnVtYmVyLCBtYXg6IG51bWJlciwgZml4OiBzdHJpbmcpOiB2b2lkIHtcbiAgaWYgKHYgPT09IHVuZGVmaW5lZCB8fCB1bnJlc29sdmVkKHYpKSByZXR1cm47XG4gIGlmICh0eXBlb2YgdiAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2KSB8fCB2IDwgbWluIHx8IHYgPiBtYXgpIHtcbiAgICBiYWRQcm9wKHNjb3BlLCBmaWVsZCwgdiwgYG11c3QgYmUgYSBudW1iZXIgZnJvbSAke21pbn0gdG8gJHttYXh9YCwgZml4KTtcbiAgfVxufVxuXG4vKiogQW4gSVB2NCBvciBJUHY2IENJRFIgYmxvY2suICovXG5leHBvcnQgZnVuY3Rpb24gaXNDaWRyKHM6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBjb25zdCB2NCA9IC9eKFxcZHsxLDN9KVxcLihcXGR7MSwzfSlcXC4oXFxkezEsM30pXFwuKFxcZHsxLDN9KVxcLyhcXGR7MSwyfSkkLy5leGVjKHMpO1xuICBpZiAodjQpIHJldHVybiB2NC5zbGljZSgxLCA1KS5ldmVyeSgobykgPT4gTnVtYmVyKG8pIDw9IDI1NSkgJiYgTnVtYmVyKHY0WzVdKSA8PSAzMjtcbiAgY29uc3QgdjYgPSAvXihbMC05YS1mOl0rKVxcLyhcXGR7MSwzfSkkL2kuZXhlYyhzKTtcbiAgcmV0dXJuICEhdjYgJiYgdjZbMV0uaW5jbHVkZXMoJzonKSAmJiBOdW1iZXIodjZbMl0pIDw9IDEyODtcbn1cblxuLyoqIEhleCBTSEEtMjU2LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoYTI1NihzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShzKS5kaWdlc3QoJ2hleCcpO1xufVxuXG4vKiogQSBuYW1lIG1hZGUgc2FmZSBmb3IgYSBjb25zdHJ1Y3QgaWQgLyBsb2dpY2FsIGlkIHBhcnQ6IGxldHRlcnMsIGRpZ2l0cyBhbmQgYC1gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlkU2FmZShzOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gcy5yZXBsYWNlKC9bXkEtWmEtejAtOS1dL2csICctJyk7XG59XG5cbi8qKiBIb3N0IG5hbWUgbGFiZWwgb2YgYSBzZXJ2aWNlOiBgPHdvcmtzcGFjZT4tPHNlcnZpY2U+YCwgbG93ZXIgY2FzZSwgRE5TLXNhZmUuICovXG5leHBvcnQgZnVuY3Rpb24gaG9zdExhYmVsKHdvcmtzcGFjZU5hbWU6IHN0cmluZywgc2VydmljZU5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChUb2tlbi5pc1VucmVzb2x2ZWQod29ya3NwYWNlTmFtZSkpIHJldHVybiB3b3Jrc3BhY2VOYW1lO1xuICByZXR1cm4gYCR7d29ya3NwYWNlTmFtZX0tJHtzZXJ2aWNlTmFtZX1gLnRvTG93ZXJDYXNlKCkucmVwbGFjZSgvW15hLXowLTktXS9nLCAnLScpLnJlcGxhY2UoLy0rL2csICctJykucmVwbGFjZSgvXi18LSQvZywgJycpO1xufVxuXG4vKiogTGV0cyBDbG91ZFdhdGNoIExvZ3MgaW4gdGhpcyBhY2NvdW50IGFuZCByZWdpb24gdXNlIGEga2V5IGZvciBsb2cgZ3JvdXBzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbG93TG9nc1NlcnZpY2Uoa2V5OiBrbXMuS2V5KTogdm9pZCB7XG4gIGtleS5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdBbGxvd0Nsb3VkV2F0Y2hMb2dzJyxcbiAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKGBsb2dzLiR7QXdzLlJFR0lPTn0uYW1hem9uYXdzLmNvbWApXSxcbiAgICBhY3Rpb25zOiBbJ2ttczpFbmNyeXB0KicsICdrbXM6RGVjcnlwdConLCAna21zOlJlRW5jcnlwdConLCAna21zOkdlbmVyYXRlRGF0YUtleSonLCAna21zOkRlc2NyaWJlKiddLFxuICAgIHJlc291cmNlczogWycqJ10sXG4gICAgY29uZGl0aW9uczogeyBBcm5MaWtlOiB7ICdrbXM6RW5jcnlwdGlvbkNvbnRleHQ6YXdzOmxvZ3M6YXJuJzogYGFybjoke0F3cy5QQVJUSVRJT059OmxvZ3M6JHtBd3MuUkVHSU9OfToke0F3cy5BQ0NPVU5UX0lEfTpsb2ctZ3JvdXA6KmAgfSB9LFxuICB9KSk7XG59XG5cbi8qKlxuICogQSByb2xlIHdob3NlIGdyYW50cyBnbyBpbnRvIG9uZSBjdXN0b21lciBtYW5hZ2VkIHBvbGljeSBhdHRhY2hlZCB0byBpdCwgaW5zdGVhZCBvZiBhblxuICogaW5saW5lIGBEZWZhdWx0UG9saWN5YCAoSElQQUEvTklTVCBcIm5vIGlubGluZSBwb2xpY2llc1wiKTogc2FtZSBzdGF0ZW1lbnRzLCBvbmUgcG9saWN5XG4gKiBwZXIgcm9sZSwgZGVsZXRlZCB3aXRoIGl0LlxuICovXG5leHBvcnQgY2xhc3MgTWFuYWdlZFBvbGljeVJvbGUgZXh0ZW5kcyBpYW0uUm9sZSB7XG4gIHByaXZhdGUgbWFuYWdlZD86IGlhbS5NYW5hZ2VkUG9saWN5O1xuXG4gIHB1YmxpYyBhZGRUb1ByaW5jaXBhbFBvbGljeShzdGF0ZW1lbnQ6IGlhbS5Qb2xpY3lTdGF0ZW1lbnQpOiBpYW0uQWRkVG9QcmluY2lwYWxQb2xpY3lSZXN1bHQge1xuICAgIGlmICghdGhpcy5tYW5hZ2VkKSB7XG4gICAgICB0aGlzLm1hbmFnZWQgPSBuZXcgaWFtLk1hbmFnZWRQb2xpY3kodGhpcywgJ1BvbGljeScsIHtcbiAgICAgICAgZGVzY3JpcHRpb246IGBQZXJtaXNzaW9ucyBvZiAke3RoaXMubm9kZS5wYXRofWAsXG4gICAgICAgIHJvbGVzOiBbdGhpc10sXG4gICAgICB9KTtcbiAgICB9XG4gICAgdGhpcy5tYW5hZ2VkLmFkZFN0YXRlbWVudHMoc3RhdGVtZW50KTtcbiAgICByZXR1cm4geyBzdGF0ZW1lbnRBZGRlZDogdHJ1ZSwgcG9saWN5RGVwZW5kYWJsZTogdGhpcy5tYW5hZ2VkIH07XG4gIH1cbn1cbiJdfQ==