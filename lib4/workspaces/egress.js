"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EgressMode = void 0;
/**
 * How much of the internet a workspace may reach.
 */
var EgressMode;
(function (EgressMode) {
    /** No route out at all. */
    EgressMode["NONE"] = "none";
    /** Only through a proxy that allows a list of domains (package repositories). */
    EgressMode["PROXIED"] = "proxied";
    /** Unrestricted outbound access. */
    EgressMode["OPEN"] = "open";
})(EgressMode || (exports.EgressMode = EgressMode = {}));
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWdyZXNzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3dvcmtzcGFjZXMvZWdyZXNzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQUFBOztHQUVHO0FBQ0gsSUFBWSxVQU9YO0FBUEQsV0FBWSxVQUFVO0lBQ3BCLDJCQUEyQjtJQUMzQiwyQkFBYSxDQUFBO0lBQ2IsaUZBQWlGO0lBQ2pGLGlDQUFtQixDQUFBO0lBQ25CLG9DQUFvQztJQUNwQywyQkFBYSxDQUFBO0FBQ2YsQ0FBQyxFQVBXLFVBQVUsMEJBQVYsVUFBVSxRQU9yQiIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogSG93IG11Y2ggb2YgdGhlIGludGVybmV0IGEgd29ya3NwYWNlIG1heSByZWFjaC5cbiAqL1xuZXhwb3J0IGVudW0gRWdyZXNzTW9kZSB7XG4gIC8qKiBObyByb3V0ZSBvdXQgYXQgYWxsLiAqL1xuICBOT05FID0gJ25vbmUnLFxuICAvKiogT25seSB0aHJvdWdoIGEgcHJveHkgdGhhdCBhbGxvd3MgYSBsaXN0IG9mIGRvbWFpbnMgKHBhY2thZ2UgcmVwb3NpdG9yaWVzKS4gKi9cbiAgUFJPWElFRCA9ICdwcm94aWVkJyxcbiAgLyoqIFVucmVzdHJpY3RlZCBvdXRib3VuZCBhY2Nlc3MuICovXG4gIE9QRU4gPSAnb3BlbicsXG59XG4iXX0=