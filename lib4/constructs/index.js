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
__exportStar(require("./aws/shared-efs"), exports);
__exportStar(require("./aws/policy-boundary"), exports);
__exportStar(require("./aws/lab-network"), exports);
__exportStar(require("./aws/research-user-registry"), exports);
__exportStar(require("./aws/workspace-web-gateway"), exports);
__exportStar(require("./aws/research-workspace"), exports);
__exportStar(require("./aws/research-studio"), exports);
__exportStar(require("./aws/research-cluster"), exports);
__exportStar(require("./aws/shared-lustre"), exports);
__exportStar(require("./aws/shared-openzfs"), exports);
__exportStar(require("./kubernetes/kubernetes-permit-workspace"), exports);
__exportStar(require("./proxmox/proxmox-cluster"), exports);
__exportStar(require("./proxmox/proxmox-workspace"), exports);
__exportStar(require("./proxmox/proxmox-permit-environment"), exports);
__exportStar(require("./proxmox/proxmox-release-review"), exports);
__exportStar(require("./aws/airlock-workspace"), exports);
__exportStar(require("./kubernetes/kubernetes-workspace"), exports);
__exportStar(require("./aws/release-review-access"), exports);
__exportStar(require("./kubernetes/kubernetes-release-review"), exports);
__exportStar(require("./aws/lab-monitoring"), exports);
__exportStar(require("./aws/workspace-image"), exports);
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY29uc3RydWN0cy9pbmRleC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsbURBQWlDO0FBQ2pDLHdEQUFzQztBQUN0QyxvREFBa0M7QUFDbEMsK0RBQTZDO0FBQzdDLDhEQUE0QztBQUM1QywyREFBeUM7QUFDekMsd0RBQXNDO0FBQ3RDLHlEQUF1QztBQUN2QyxzREFBb0M7QUFDcEMsdURBQXFDO0FBQ3JDLDJFQUF5RDtBQUN6RCw0REFBMEM7QUFDMUMsOERBQTRDO0FBQzVDLHVFQUFxRDtBQUNyRCxtRUFBaUQ7QUFDakQsMERBQXdDO0FBQ3hDLG9FQUFrRDtBQUNsRCw4REFBNEM7QUFDNUMseUVBQXVEO0FBQ3ZELHVEQUFxQztBQUNyQyx3REFBc0MiLCJzb3VyY2VzQ29udGVudCI6WyJleHBvcnQgKiBmcm9tICcuL2F3cy9zaGFyZWQtZWZzJztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL3BvbGljeS1ib3VuZGFyeSc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9sYWItbmV0d29yayc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9yZXNlYXJjaC11c2VyLXJlZ2lzdHJ5JztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL3dvcmtzcGFjZS13ZWItZ2F0ZXdheSc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9yZXNlYXJjaC13b3Jrc3BhY2UnO1xuZXhwb3J0ICogZnJvbSAnLi9hd3MvcmVzZWFyY2gtc3R1ZGlvJztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL3Jlc2VhcmNoLWNsdXN0ZXInO1xuZXhwb3J0ICogZnJvbSAnLi9hd3Mvc2hhcmVkLWx1c3RyZSc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9zaGFyZWQtb3Blbnpmcyc7XG5leHBvcnQgKiBmcm9tICcuL2t1YmVybmV0ZXMva3ViZXJuZXRlcy1wZXJtaXQtd29ya3NwYWNlJztcbmV4cG9ydCAqIGZyb20gJy4vcHJveG1veC9wcm94bW94LWNsdXN0ZXInO1xuZXhwb3J0ICogZnJvbSAnLi9wcm94bW94L3Byb3htb3gtd29ya3NwYWNlJztcbmV4cG9ydCAqIGZyb20gJy4vcHJveG1veC9wcm94bW94LXBlcm1pdC1lbnZpcm9ubWVudCc7XG5leHBvcnQgKiBmcm9tICcuL3Byb3htb3gvcHJveG1veC1yZWxlYXNlLXJldmlldyc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9haXJsb2NrLXdvcmtzcGFjZSc7XG5leHBvcnQgKiBmcm9tICcuL2t1YmVybmV0ZXMva3ViZXJuZXRlcy13b3Jrc3BhY2UnO1xuZXhwb3J0ICogZnJvbSAnLi9hd3MvcmVsZWFzZS1yZXZpZXctYWNjZXNzJztcbmV4cG9ydCAqIGZyb20gJy4va3ViZXJuZXRlcy9rdWJlcm5ldGVzLXJlbGVhc2UtcmV2aWV3JztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL2xhYi1tb25pdG9yaW5nJztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL3dvcmtzcGFjZS1pbWFnZSc7XG4iXX0=