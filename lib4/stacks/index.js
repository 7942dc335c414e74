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
__exportStar(require("./kubernetes/kubernetes-permit-stack"), exports);
__exportStar(require("./aws/lab-stack"), exports);
__exportStar(require("./proxmox/proxmox-lab-stack"), exports);
__exportStar(require("./proxmox/proxmox-permit-stack"), exports);
__exportStar(require("./aws/permit-stack"), exports);
__exportStar(require("./kubernetes/kubernetes-lab-stack"), exports);
__exportStar(require("./terraform/terraform-state-backend"), exports);
__exportStar(require("./aws/tenant-stack"), exports);
__exportStar(require("./aws/institution"), exports);
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvc3RhY2tzL2luZGV4LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSx1RUFBcUQ7QUFDckQsa0RBQWdDO0FBQ2hDLDhEQUE0QztBQUM1QyxpRUFBK0M7QUFDL0MscURBQW1DO0FBQ25DLG9FQUFrRDtBQUNsRCxzRUFBb0Q7QUFDcEQscURBQW1DO0FBQ25DLG9EQUFrQyIsInNvdXJjZXNDb250ZW50IjpbImV4cG9ydCAqIGZyb20gJy4va3ViZXJuZXRlcy9rdWJlcm5ldGVzLXBlcm1pdC1zdGFjayc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9sYWItc3RhY2snO1xuZXhwb3J0ICogZnJvbSAnLi9wcm94bW94L3Byb3htb3gtbGFiLXN0YWNrJztcbmV4cG9ydCAqIGZyb20gJy4vcHJveG1veC9wcm94bW94LXBlcm1pdC1zdGFjayc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9wZXJtaXQtc3RhY2snO1xuZXhwb3J0ICogZnJvbSAnLi9rdWJlcm5ldGVzL2t1YmVybmV0ZXMtbGFiLXN0YWNrJztcbmV4cG9ydCAqIGZyb20gJy4vdGVycmFmb3JtL3RlcnJhZm9ybS1zdGF0ZS1iYWNrZW5kJztcbmV4cG9ydCAqIGZyb20gJy4vYXdzL3RlbmFudC1zdGFjayc7XG5leHBvcnQgKiBmcm9tICcuL2F3cy9pbnN0aXR1dGlvbic7XG4iXX0=