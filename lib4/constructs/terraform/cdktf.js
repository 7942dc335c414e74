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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CDKTF_PACKAGE = void 0;
/**
 * The one place this library imports CDK for Terraform core from.
 *
 * cdktf 0.21 is the last HashiCorp release (the repository is archived). Its maintained fork,
 * cdktn, is API-compatible: moving to it is a change of this line (and of the peer dependency),
 * nothing else. Our own bindings (the generated bpg/proxmox bindings in `src/constructs/proxmox/generated/`
 * and the random/tls wrappers) import core through this module too; the prebuilt
 * @cdktf/provider-kubernetes imports it by package name, which an npm alias
 * (`"cdktf": "npm:cdktn@..."`) points at the fork.
 */
__exportStar(require("cdktf"), exports);
/** The package the line above imports (token-traces.ts reaches one private module of it by name). */
exports.CDKTF_PACKAGE = 'cdktf';
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2RrdGYuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY29uc3RydWN0cy90ZXJyYWZvcm0vY2RrdGYudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTs7Ozs7Ozs7O0dBU0c7QUFDSCx3Q0FBc0I7QUFFdEIscUdBQXFHO0FBQ3hGLFFBQUEsYUFBYSxHQUFHLE9BQU8sQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIG9uZSBwbGFjZSB0aGlzIGxpYnJhcnkgaW1wb3J0cyBDREsgZm9yIFRlcnJhZm9ybSBjb3JlIGZyb20uXG4gKlxuICogY2RrdGYgMC4yMSBpcyB0aGUgbGFzdCBIYXNoaUNvcnAgcmVsZWFzZSAodGhlIHJlcG9zaXRvcnkgaXMgYXJjaGl2ZWQpLiBJdHMgbWFpbnRhaW5lZCBmb3JrLFxuICogY2RrdG4sIGlzIEFQSS1jb21wYXRpYmxlOiBtb3ZpbmcgdG8gaXQgaXMgYSBjaGFuZ2Ugb2YgdGhpcyBsaW5lIChhbmQgb2YgdGhlIHBlZXIgZGVwZW5kZW5jeSksXG4gKiBub3RoaW5nIGVsc2UuIE91ciBvd24gYmluZGluZ3MgKHRoZSBnZW5lcmF0ZWQgYnBnL3Byb3htb3ggYmluZGluZ3MgaW4gYHNyYy9jb25zdHJ1Y3RzL3Byb3htb3gvZ2VuZXJhdGVkL2BcbiAqIGFuZCB0aGUgcmFuZG9tL3RscyB3cmFwcGVycykgaW1wb3J0IGNvcmUgdGhyb3VnaCB0aGlzIG1vZHVsZSB0b287IHRoZSBwcmVidWlsdFxuICogQGNka3RmL3Byb3ZpZGVyLWt1YmVybmV0ZXMgaW1wb3J0cyBpdCBieSBwYWNrYWdlIG5hbWUsIHdoaWNoIGFuIG5wbSBhbGlhc1xuICogKGBcImNka3RmXCI6IFwibnBtOmNka3RuQC4uLlwiYCkgcG9pbnRzIGF0IHRoZSBmb3JrLlxuICovXG5leHBvcnQgKiBmcm9tICdjZGt0Zic7XG5cbi8qKiBUaGUgcGFja2FnZSB0aGUgbGluZSBhYm92ZSBpbXBvcnRzICh0b2tlbi10cmFjZXMudHMgcmVhY2hlcyBvbmUgcHJpdmF0ZSBtb2R1bGUgb2YgaXQgYnkgbmFtZSkuICovXG5leHBvcnQgY29uc3QgQ0RLVEZfUEFDS0FHRSA9ICdjZGt0Zic7XG4iXX0=