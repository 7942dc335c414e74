"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RemovedUserData = void 0;
/**
 * What happens to a removed user's files on shared storage.
 */
var RemovedUserData;
(function (RemovedUserData) {
    /** The home directory is flagged for deletion (after the institution's retention period). */
    RemovedUserData["DELETE"] = "delete";
    /** The home directory is kept. */
    RemovedUserData["PRESERVE"] = "preserve";
})(RemovedUserData || (exports.RemovedUserData = RemovedUserData = {}));
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVtb3ZlZC11c2VyLWRhdGEuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvd29ya3NwYWNlcy9yZW1vdmVkLXVzZXItZGF0YS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFBQTs7R0FFRztBQUNILElBQVksZUFLWDtBQUxELFdBQVksZUFBZTtJQUN6Qiw2RkFBNkY7SUFDN0Ysb0NBQWlCLENBQUE7SUFDakIsa0NBQWtDO0lBQ2xDLHdDQUFxQixDQUFBO0FBQ3ZCLENBQUMsRUFMVyxlQUFlLCtCQUFmLGVBQWUsUUFLMUIiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFdoYXQgaGFwcGVucyB0byBhIHJlbW92ZWQgdXNlcidzIGZpbGVzIG9uIHNoYXJlZCBzdG9yYWdlLlxuICovXG5leHBvcnQgZW51bSBSZW1vdmVkVXNlckRhdGEge1xuICAvKiogVGhlIGhvbWUgZGlyZWN0b3J5IGlzIGZsYWdnZWQgZm9yIGRlbGV0aW9uIChhZnRlciB0aGUgaW5zdGl0dXRpb24ncyByZXRlbnRpb24gcGVyaW9kKS4gKi9cbiAgREVMRVRFID0gJ2RlbGV0ZScsXG4gIC8qKiBUaGUgaG9tZSBkaXJlY3RvcnkgaXMga2VwdC4gKi9cbiAgUFJFU0VSVkUgPSAncHJlc2VydmUnLFxufVxuIl19