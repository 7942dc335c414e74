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
exports.uniqueImdsv2LaunchTemplateNames = uniqueImdsv2LaunchTemplateNames;
const cxapi = __importStar(require("aws-cdk-lib/cx-api"));
/**
 * Instances below `scope` that require IMDSv2 get launch templates with names unique to their
 * path. Without the feature flag aws-cdk-lib names every such template `<id>LaunchTemplate`
 * (`ProxyLaunchTemplate`), and a second lab or permit in the same account and region would fail
 * to deploy on the name. Call first in the constructor (context is set before any child).
 */
function uniqueImdsv2LaunchTemplateNames(scope) {
    scope.node.setContext(cxapi.EC2_UNIQUE_IMDSV2_LAUNCH_TEMPLATE_NAME, true);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW1kc3YyLW5hbWVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvaW1kc3YyLW5hbWVzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBU0EsMEVBRUM7QUFYRCwwREFBNEM7QUFHNUM7Ozs7O0dBS0c7QUFDSCxTQUFnQiwrQkFBK0IsQ0FBQyxLQUFpQjtJQUMvRCxLQUFLLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLENBQUMsc0NBQXNDLEVBQUUsSUFBSSxDQUFDLENBQUM7QUFDNUUsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGN4YXBpIGZyb20gJ2F3cy1jZGstbGliL2N4LWFwaSc7XG5pbXBvcnQgeyBJQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5cbi8qKlxuICogSW5zdGFuY2VzIGJlbG93IGBzY29wZWAgdGhhdCByZXF1aXJlIElNRFN2MiBnZXQgbGF1bmNoIHRlbXBsYXRlcyB3aXRoIG5hbWVzIHVuaXF1ZSB0byB0aGVpclxuICogcGF0aC4gV2l0aG91dCB0aGUgZmVhdHVyZSBmbGFnIGF3cy1jZGstbGliIG5hbWVzIGV2ZXJ5IHN1Y2ggdGVtcGxhdGUgYDxpZD5MYXVuY2hUZW1wbGF0ZWBcbiAqIChgUHJveHlMYXVuY2hUZW1wbGF0ZWApLCBhbmQgYSBzZWNvbmQgbGFiIG9yIHBlcm1pdCBpbiB0aGUgc2FtZSBhY2NvdW50IGFuZCByZWdpb24gd291bGQgZmFpbFxuICogdG8gZGVwbG95IG9uIHRoZSBuYW1lLiBDYWxsIGZpcnN0IGluIHRoZSBjb25zdHJ1Y3RvciAoY29udGV4dCBpcyBzZXQgYmVmb3JlIGFueSBjaGlsZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1bmlxdWVJbWRzdjJMYXVuY2hUZW1wbGF0ZU5hbWVzKHNjb3BlOiBJQ29uc3RydWN0KTogdm9pZCB7XG4gIHNjb3BlLm5vZGUuc2V0Q29udGV4dChjeGFwaS5FQzJfVU5JUVVFX0lNRFNWMl9MQVVOQ0hfVEVNUExBVEVfTkFNRSwgdHJ1ZSk7XG59XG4iXX0=