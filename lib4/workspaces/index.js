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
exports.MIN_RSA_BITS = exports.SshKeyType = void 0;
__exportStar(require("./errors"), exports);
__exportStar(require("./template"), exports);
__exportStar(require("./sizes"), exports);
__exportStar(require("./pricing"), exports);
__exportStar(require("./catalog"), exports);
__exportStar(require("./users"), exports);
var ssh_key_1 = require("./ssh-key");
Object.defineProperty(exports, "SshKeyType", { enumerable: true, get: function () { return ssh_key_1.SshKeyType; } });
Object.defineProperty(exports, "MIN_RSA_BITS", { enumerable: true, get: function () { return ssh_key_1.MIN_RSA_BITS; } });
__exportStar(require("./policy"), exports);
__exportStar(require("./linter"), exports);
__exportStar(require("./sizing"), exports);
__exportStar(require("./permit"), exports);
__exportStar(require("./userdata"), exports);
__exportStar(require("./release-destination"), exports);
__exportStar(require("./release"), exports);
__exportStar(require("./release-script"), exports);
__exportStar(require("./studio"), exports);
__exportStar(require("./ingress"), exports);
__exportStar(require("./images"), exports);
__exportStar(require("./cluster"), exports);
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5kZXguanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvd29ya3NwYWNlcy9pbmRleC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLDJDQUF5QjtBQUN6Qiw2Q0FBMkI7QUFDM0IsMENBQXdCO0FBQ3hCLDRDQUEwQjtBQUMxQiw0Q0FBMEI7QUFDMUIsMENBQXdCO0FBQ3hCLHFDQUFxRDtBQUE1QyxxR0FBQSxVQUFVLE9BQUE7QUFBRSx1R0FBQSxZQUFZLE9BQUE7QUFFakMsMkNBQXlCO0FBQ3pCLDJDQUF5QjtBQUN6QiwyQ0FBeUI7QUFDekIsMkNBQXlCO0FBQ3pCLDZDQUEyQjtBQUMzQix3REFBc0M7QUFDdEMsNENBQTBCO0FBQzFCLG1EQUFpQztBQUNqQywyQ0FBeUI7QUFDekIsNENBQTBCO0FBQzFCLDJDQUF5QjtBQUN6Qiw0Q0FBMEIiLCJzb3VyY2VzQ29udGVudCI6WyJleHBvcnQgKiBmcm9tICcuL2Vycm9ycyc7XG5leHBvcnQgKiBmcm9tICcuL3RlbXBsYXRlJztcbmV4cG9ydCAqIGZyb20gJy4vc2l6ZXMnO1xuZXhwb3J0ICogZnJvbSAnLi9wcmljaW5nJztcbmV4cG9ydCAqIGZyb20gJy4vY2F0YWxvZyc7XG5leHBvcnQgKiBmcm9tICcuL3VzZXJzJztcbmV4cG9ydCB7IFNzaEtleVR5cGUsIE1JTl9SU0FfQklUUyB9IGZyb20gJy4vc3NoLWtleSc7XG5leHBvcnQgdHlwZSB7IFNzaFB1YmxpY0tleSB9IGZyb20gJy4vc3NoLWtleSc7XG5leHBvcnQgKiBmcm9tICcuL3BvbGljeSc7XG5leHBvcnQgKiBmcm9tICcuL2xpbnRlcic7XG5leHBvcnQgKiBmcm9tICcuL3NpemluZyc7XG5leHBvcnQgKiBmcm9tICcuL3Blcm1pdCc7XG5leHBvcnQgKiBmcm9tICcuL3VzZXJkYXRhJztcbmV4cG9ydCAqIGZyb20gJy4vcmVsZWFzZS1kZXN0aW5hdGlvbic7XG5leHBvcnQgKiBmcm9tICcuL3JlbGVhc2UnO1xuZXhwb3J0ICogZnJvbSAnLi9yZWxlYXNlLXNjcmlwdCc7XG5leHBvcnQgKiBmcm9tICcuL3N0dWRpbyc7XG5leHBvcnQgKiBmcm9tICcuL2luZ3Jlc3MnO1xuZXhwb3J0ICogZnJvbSAnLi9pbWFnZXMnO1xuZXhwb3J0ICogZnJvbSAnLi9jbHVzdGVyJztcbiJdfQ==