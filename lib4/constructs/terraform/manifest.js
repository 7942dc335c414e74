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
exports.terraformStackWarnings = terraformStackWarnings;
/**
 * Reads what cdktf recorded about a synthesized stack, without loading cdktf (the `rws`
 * command uses it after synthesis).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/**
 * The warnings cdktf recorded for a stack at synthesis (`manifest.json` in the output folder),
 * without the construct path prefix.
 */
function terraformStackWarnings(outdir, stackName) {
    const file = path.join(outdir, 'manifest.json');
    if (!fs.existsSync(file))
        return [];
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    const annotations = manifest.stacks?.[stackName]?.annotations ?? [];
    return annotations.filter((a) => /warn/i.test(a.level ?? '')).map((a) => String(a.message));
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibWFuaWZlc3QuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY29uc3RydWN0cy90ZXJyYWZvcm0vbWFuaWZlc3QudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFXQSx3REFNQztBQWpCRDs7O0dBR0c7QUFDSCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBRTdCOzs7R0FHRztBQUNILFNBQWdCLHNCQUFzQixDQUFDLE1BQWMsRUFBRSxTQUFpQjtJQUN0RSxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxlQUFlLENBQUMsQ0FBQztJQUNoRCxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNwQyxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUM7SUFDM0QsTUFBTSxXQUFXLEdBQWdELFFBQVEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRSxXQUFXLElBQUksRUFBRSxDQUFDO0lBQ2pILE9BQU8sV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUYsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogUmVhZHMgd2hhdCBjZGt0ZiByZWNvcmRlZCBhYm91dCBhIHN5bnRoZXNpemVkIHN0YWNrLCB3aXRob3V0IGxvYWRpbmcgY2RrdGYgKHRoZSBgcndzYFxuICogY29tbWFuZCB1c2VzIGl0IGFmdGVyIHN5bnRoZXNpcykuXG4gKi9cbmltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5cbi8qKlxuICogVGhlIHdhcm5pbmdzIGNka3RmIHJlY29yZGVkIGZvciBhIHN0YWNrIGF0IHN5bnRoZXNpcyAoYG1hbmlmZXN0Lmpzb25gIGluIHRoZSBvdXRwdXQgZm9sZGVyKSxcbiAqIHdpdGhvdXQgdGhlIGNvbnN0cnVjdCBwYXRoIHByZWZpeC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRlcnJhZm9ybVN0YWNrV2FybmluZ3Mob3V0ZGlyOiBzdHJpbmcsIHN0YWNrTmFtZTogc3RyaW5nKTogc3RyaW5nW10ge1xuICBjb25zdCBmaWxlID0gcGF0aC5qb2luKG91dGRpciwgJ21hbmlmZXN0Lmpzb24nKTtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKGZpbGUpKSByZXR1cm4gW107XG4gIGNvbnN0IG1hbmlmZXN0ID0gSlNPTi5wYXJzZShmcy5yZWFkRmlsZVN5bmMoZmlsZSwgJ3V0ZjgnKSk7XG4gIGNvbnN0IGFubm90YXRpb25zOiBBcnJheTx7IGxldmVsPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0+ID0gbWFuaWZlc3Quc3RhY2tzPy5bc3RhY2tOYW1lXT8uYW5ub3RhdGlvbnMgPz8gW107XG4gIHJldHVybiBhbm5vdGF0aW9ucy5maWx0ZXIoKGEpID0+IC93YXJuL2kudGVzdChhLmxldmVsID8/ICcnKSkubWFwKChhKSA9PiBTdHJpbmcoYS5tZXNzYWdlKSk7XG59XG4iXX0=