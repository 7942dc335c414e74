"use strict";
/**
 * Shared facts of the registry's block quotas on the lab's file systems (FSx for Lustre and
 * OpenZFS), for the lab file, the constructs and the cluster nodes' provisioning alike.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROJECTS_FOLDER = exports.MAX_QUOTA_GIB = void 0;
/** The largest block quota FSx and Lustre take here, in GiB. */
exports.MAX_QUOTA_GIB = 2147483647;
/** The folder of the groups' project folders on a scratch file system: `<mount>/projects/<group>`. */
exports.PROJECTS_FOLDER = 'projects';
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RvcmFnZS1xdW90YXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3N0b3JhZ2UtcXVvdGFzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7QUFBQTs7O0dBR0c7OztBQUVILGdFQUFnRTtBQUNuRCxRQUFBLGFBQWEsR0FBRyxVQUFVLENBQUM7QUFFeEMsc0dBQXNHO0FBQ3pGLFFBQUEsZUFBZSxHQUFHLFVBQVUsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogU2hhcmVkIGZhY3RzIG9mIHRoZSByZWdpc3RyeSdzIGJsb2NrIHF1b3RhcyBvbiB0aGUgbGFiJ3MgZmlsZSBzeXN0ZW1zIChGU3ggZm9yIEx1c3RyZSBhbmRcbiAqIE9wZW5aRlMpLCBmb3IgdGhlIGxhYiBmaWxlLCB0aGUgY29uc3RydWN0cyBhbmQgdGhlIGNsdXN0ZXIgbm9kZXMnIHByb3Zpc2lvbmluZyBhbGlrZS5cbiAqL1xuXG4vKiogVGhlIGxhcmdlc3QgYmxvY2sgcXVvdGEgRlN4IGFuZCBMdXN0cmUgdGFrZSBoZXJlLCBpbiBHaUIuICovXG5leHBvcnQgY29uc3QgTUFYX1FVT1RBX0dJQiA9IDIxNDc0ODM2NDc7XG5cbi8qKiBUaGUgZm9sZGVyIG9mIHRoZSBncm91cHMnIHByb2plY3QgZm9sZGVycyBvbiBhIHNjcmF0Y2ggZmlsZSBzeXN0ZW06IGA8bW91bnQ+L3Byb2plY3RzLzxncm91cD5gLiAqL1xuZXhwb3J0IGNvbnN0IFBST0pFQ1RTX0ZPTERFUiA9ICdwcm9qZWN0cyc7XG4iXX0=