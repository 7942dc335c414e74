#!/usr/bin/env node
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
/**
 * The `rws` binary (package.json "bin"). All logic lives in main.ts; this file only wires
 * the process's streams and exit code.
 */
const v8 = __importStar(require("v8"));
const main_1 = require("./main");
// rws is a short batch process that reads a file, checks it and writes a result: it trades a
// few more collections for a heap that grows by at most 70% between them (V8's own choice, up
// to 4 times, suits long-lived servers). A 100,000-user registry then locks in about 260 MB
// instead of 300 MB, in the same time (docs/security.md, "Large inputs"; npm run bench registry).
v8.setFlagsFromString('--heap-growing-percent=70');
// `rws templates list | head -1` closes stdout early: stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw e;
    });
}
void (0, main_1.main)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
    // exitCode, not exit(): lets a large output drain into a pipe before the process ends.
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`rws: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
});
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicndzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9yd3MudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQ0E7OztHQUdHO0FBQ0gsdUNBQXlCO0FBQ3pCLGlDQUE4QjtBQUU5Qiw2RkFBNkY7QUFDN0YsOEZBQThGO0FBQzlGLDRGQUE0RjtBQUM1RixrR0FBa0c7QUFDbEcsRUFBRSxDQUFDLGtCQUFrQixDQUFDLDJCQUEyQixDQUFDLENBQUM7QUFFbkQsd0ZBQXdGO0FBQ3hGLEtBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO0lBQ3RELE1BQU0sQ0FBQyxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBd0IsRUFBRSxFQUFFO1FBQzlDLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxPQUFPO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQzVELE1BQU0sQ0FBQyxDQUFDO0lBQ1YsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsS0FBSyxJQUFBLFdBQUksRUFBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FDN0gsQ0FBQyxJQUFJLEVBQUUsRUFBRTtJQUNQLHVGQUF1RjtJQUN2RixPQUFPLENBQUMsUUFBUSxHQUFHLElBQUksQ0FBQztBQUMxQixDQUFDLEVBQ0QsQ0FBQyxDQUFVLEVBQUUsRUFBRTtJQUNiLE9BQU8sQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLHdCQUF3QixDQUFDLFlBQVksS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdGLE9BQU8sQ0FBQyxRQUFRLEdBQUcsQ0FBQyxDQUFDO0FBQ3ZCLENBQUMsQ0FDRixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiIyEvdXNyL2Jpbi9lbnYgbm9kZVxuLyoqXG4gKiBUaGUgYHJ3c2AgYmluYXJ5IChwYWNrYWdlLmpzb24gXCJiaW5cIikuIEFsbCBsb2dpYyBsaXZlcyBpbiBtYWluLnRzOyB0aGlzIGZpbGUgb25seSB3aXJlc1xuICogdGhlIHByb2Nlc3MncyBzdHJlYW1zIGFuZCBleGl0IGNvZGUuXG4gKi9cbmltcG9ydCAqIGFzIHY4IGZyb20gJ3Y4JztcbmltcG9ydCB7IG1haW4gfSBmcm9tICcuL21haW4nO1xuXG4vLyByd3MgaXMgYSBzaG9ydCBiYXRjaCBwcm9jZXNzIHRoYXQgcmVhZHMgYSBmaWxlLCBjaGVja3MgaXQgYW5kIHdyaXRlcyBhIHJlc3VsdDogaXQgdHJhZGVzIGFcbi8vIGZldyBtb3JlIGNvbGxlY3Rpb25zIGZvciBhIGhlYXAgdGhhdCBncm93cyBieSBhdCBtb3N0IDcwJSBiZXR3ZWVuIHRoZW0gKFY4J3Mgb3duIGNob2ljZSwgdXBcbi8vIHRvIDQgdGltZXMsIHN1aXRzIGxvbmctbGl2ZWQgc2VydmVycykuIEEgMTAwLDAwMC11c2VyIHJlZ2lzdHJ5IHRoZW4gbG9ja3MgaW4gYWJvdXQgMjYwIE1CXG4vLyBpbnN0ZWFkIG9mIDMwMCBNQiwgaW4gdGhlIHNhbWUgdGltZSAoZG9jcy9zZWN1cml0eS5tZCwgXCJMYXJnZSBpbnB1dHNcIjsgbnBtIHJ1biBiZW5jaCByZWdpc3RyeSkuXG52OC5zZXRGbGFnc0Zyb21TdHJpbmcoJy0taGVhcC1ncm93aW5nLXBlcmNlbnQ9NzAnKTtcblxuLy8gYHJ3cyB0ZW1wbGF0ZXMgbGlzdCB8IGhlYWQgLTFgIGNsb3NlcyBzdGRvdXQgZWFybHk6IHN0b3AgcXVpZXRseSBpbnN0ZWFkIG9mIGNyYXNoaW5nLlxuZm9yIChjb25zdCBzdHJlYW0gb2YgW3Byb2Nlc3Muc3Rkb3V0LCBwcm9jZXNzLnN0ZGVycl0pIHtcbiAgc3RyZWFtLm9uKCdlcnJvcicsIChlOiBOb2RlSlMuRXJybm9FeGNlcHRpb24pID0+IHtcbiAgICBpZiAoZS5jb2RlID09PSAnRVBJUEUnKSBwcm9jZXNzLmV4aXQocHJvY2Vzcy5leGl0Q29kZSA/PyAwKTtcbiAgICB0aHJvdyBlO1xuICB9KTtcbn1cblxudm9pZCBtYWluKHByb2Nlc3MuYXJndi5zbGljZSgyKSwgeyBzdGRvdXQ6IHByb2Nlc3Muc3Rkb3V0LCBzdGRlcnI6IHByb2Nlc3Muc3RkZXJyLCBlbnY6IHByb2Nlc3MuZW52LCBjd2Q6IHByb2Nlc3MuY3dkKCkgfSkudGhlbihcbiAgKGNvZGUpID0+IHtcbiAgICAvLyBleGl0Q29kZSwgbm90IGV4aXQoKTogbGV0cyBhIGxhcmdlIG91dHB1dCBkcmFpbiBpbnRvIGEgcGlwZSBiZWZvcmUgdGhlIHByb2Nlc3MgZW5kcy5cbiAgICBwcm9jZXNzLmV4aXRDb2RlID0gY29kZTtcbiAgfSxcbiAgKGU6IHVua25vd24pID0+IHtcbiAgICBwcm9jZXNzLnN0ZGVyci53cml0ZShgcndzOiBpbnRlcm5hbCBlcnJvcjogJHtlIGluc3RhbmNlb2YgRXJyb3IgPyBlLm1lc3NhZ2UgOiBTdHJpbmcoZSl9XFxuYCk7XG4gICAgcHJvY2Vzcy5leGl0Q29kZSA9IDI7XG4gIH0sXG4pO1xuIl19