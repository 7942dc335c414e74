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
exports.INSTALLED_PACKAGE_DIR = exports.SCHEMAS_DIR = void 0;
exports.schemaFileName = schemaFileName;
exports.schemaPath = schemaPath;
exports.schemaModeline = schemaModeline;
/**
 * Names and places of the JSON Schemas the package ships (`schemas/<kind>.schema.json`), without
 * loading the schemas themselves (file-schemas.ts builds them, and loads every backend).
 */
const path = __importStar(require("path"));
/** The folder of the generated schemas in the package (beside `lib/` and `templates/`). */
exports.SCHEMAS_DIR = path.join(__dirname, '..', '..', 'schemas');
/** Where the package is installed in a user's repository, relative to its root. */
exports.INSTALLED_PACKAGE_DIR = 'node_modules/cdk-research-workspaces';
/** The file name of a kind's schema: `lab.schema.json`. */
function schemaFileName(kind) {
    return `${kind}.schema.json`;
}
/** The absolute path of a kind's schema file in the installed package. */
function schemaPath(kind) {
    return path.join(exports.SCHEMAS_DIR, schemaFileName(kind));
}
/**
 * The first line of a YAML file a user writes, naming its schema for the YAML language server:
 * `# yaml-language-server: $schema=./node_modules/cdk-research-workspaces/schemas/lab.schema.json`.
 * `folder` is the file's folder relative to the repository root (`templates` for
 * `templates/my.yml`; the default is the root itself). `rws init` can start every file it writes with it.
 */
function schemaModeline(kind, folder = '.') {
    const rel = path.posix.relative(path.posix.normalize(folder), `${exports.INSTALLED_PACKAGE_DIR}/schemas/${schemaFileName(kind)}`);
    return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2NoZW1hLWZpbGVzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9zY2hlbWEtZmlsZXMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBaUJBLHdDQUVDO0FBR0QsZ0NBRUM7QUFRRCx3Q0FHQztBQW5DRDs7O0dBR0c7QUFDSCwyQ0FBNkI7QUFNN0IsMkZBQTJGO0FBQzlFLFFBQUEsV0FBVyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsU0FBUyxDQUFDLENBQUM7QUFFdkUsbUZBQW1GO0FBQ3RFLFFBQUEscUJBQXFCLEdBQUcsc0NBQXNDLENBQUM7QUFFNUUsMkRBQTJEO0FBQzNELFNBQWdCLGNBQWMsQ0FBQyxJQUFnQjtJQUM3QyxPQUFPLEdBQUcsSUFBSSxjQUFjLENBQUM7QUFDL0IsQ0FBQztBQUVELDBFQUEwRTtBQUMxRSxTQUFnQixVQUFVLENBQUMsSUFBZ0I7SUFDekMsT0FBTyxJQUFJLENBQUMsSUFBSSxDQUFDLG1CQUFXLEVBQUUsY0FBYyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDdEQsQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsU0FBZ0IsY0FBYyxDQUFDLElBQWdCLEVBQUUsU0FBaUIsR0FBRztJQUNuRSxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsRUFBRSxHQUFHLDZCQUFxQixZQUFZLGNBQWMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDMUgsT0FBTyxtQ0FBbUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsRUFBRSxFQUFFLENBQUM7QUFDckYsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogTmFtZXMgYW5kIHBsYWNlcyBvZiB0aGUgSlNPTiBTY2hlbWFzIHRoZSBwYWNrYWdlIHNoaXBzIChgc2NoZW1hcy88a2luZD4uc2NoZW1hLmpzb25gKSwgd2l0aG91dFxuICogbG9hZGluZyB0aGUgc2NoZW1hcyB0aGVtc2VsdmVzIChmaWxlLXNjaGVtYXMudHMgYnVpbGRzIHRoZW0sIGFuZCBsb2FkcyBldmVyeSBiYWNrZW5kKS5cbiAqL1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcblxuLyoqIFRoZSBraW5kcyBvZiBmaWxlIGEgdXNlciB3cml0ZXMuICovXG5leHBvcnQgdHlwZSBTY2hlbWFLaW5kID0gJ3RlbXBsYXRlJyB8ICd1c2VycycgfCAncG9saWN5JyB8ICdwZXJtaXQnIHwgJ2xhYicgfCAna3ViZXJuZXRlcy1sYWInIHwgJ3Byb3htb3gtbGFiJ1xuICB8ICdwZXJtaXQtc2V0dGluZ3MtYXdzJyB8ICdwZXJtaXQtc2V0dGluZ3Mta3ViZXJuZXRlcycgfCAncGVybWl0LXNldHRpbmdzLXByb3htb3gnIHwgJ3Blcm1pdC1zZXJ2aWNlJyB8ICdwZXJtaXQtc2VydmljZS10b2tlbnMnIHwgJ2luc3RpdHV0aW9uJztcblxuLyoqIFRoZSBmb2xkZXIgb2YgdGhlIGdlbmVyYXRlZCBzY2hlbWFzIGluIHRoZSBwYWNrYWdlIChiZXNpZGUgYGxpYi9gIGFuZCBgdGVtcGxhdGVzL2ApLiAqL1xuZXhwb3J0IGNvbnN0IFNDSEVNQVNfRElSID0gcGF0aC5qb2luKF9fZGlybmFtZSwgJy4uJywgJy4uJywgJ3NjaGVtYXMnKTtcblxuLyoqIFdoZXJlIHRoZSBwYWNrYWdlIGlzIGluc3RhbGxlZCBpbiBhIHVzZXIncyByZXBvc2l0b3J5LCByZWxhdGl2ZSB0byBpdHMgcm9vdC4gKi9cbmV4cG9ydCBjb25zdCBJTlNUQUxMRURfUEFDS0FHRV9ESVIgPSAnbm9kZV9tb2R1bGVzL2Nkay1yZXNlYXJjaC13b3Jrc3BhY2VzJztcblxuLyoqIFRoZSBmaWxlIG5hbWUgb2YgYSBraW5kJ3Mgc2NoZW1hOiBgbGFiLnNjaGVtYS5qc29uYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFGaWxlTmFtZShraW5kOiBTY2hlbWFLaW5kKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2tpbmR9LnNjaGVtYS5qc29uYDtcbn1cblxuLyoqIFRoZSBhYnNvbHV0ZSBwYXRoIG9mIGEga2luZCdzIHNjaGVtYSBmaWxlIGluIHRoZSBpbnN0YWxsZWQgcGFja2FnZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFQYXRoKGtpbmQ6IFNjaGVtYUtpbmQpOiBzdHJpbmcge1xuICByZXR1cm4gcGF0aC5qb2luKFNDSEVNQVNfRElSLCBzY2hlbWFGaWxlTmFtZShraW5kKSk7XG59XG5cbi8qKlxuICogVGhlIGZpcnN0IGxpbmUgb2YgYSBZQU1MIGZpbGUgYSB1c2VyIHdyaXRlcywgbmFtaW5nIGl0cyBzY2hlbWEgZm9yIHRoZSBZQU1MIGxhbmd1YWdlIHNlcnZlcjpcbiAqIGAjIHlhbWwtbGFuZ3VhZ2Utc2VydmVyOiAkc2NoZW1hPS4vbm9kZV9tb2R1bGVzL2Nkay1yZXNlYXJjaC13b3Jrc3BhY2VzL3NjaGVtYXMvbGFiLnNjaGVtYS5qc29uYC5cbiAqIGBmb2xkZXJgIGlzIHRoZSBmaWxlJ3MgZm9sZGVyIHJlbGF0aXZlIHRvIHRoZSByZXBvc2l0b3J5IHJvb3QgKGB0ZW1wbGF0ZXNgIGZvclxuICogYHRlbXBsYXRlcy9teS55bWxgOyB0aGUgZGVmYXVsdCBpcyB0aGUgcm9vdCBpdHNlbGYpLiBgcndzIGluaXRgIGNhbiBzdGFydCBldmVyeSBmaWxlIGl0IHdyaXRlcyB3aXRoIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2NoZW1hTW9kZWxpbmUoa2luZDogU2NoZW1hS2luZCwgZm9sZGVyOiBzdHJpbmcgPSAnLicpOiBzdHJpbmcge1xuICBjb25zdCByZWwgPSBwYXRoLnBvc2l4LnJlbGF0aXZlKHBhdGgucG9zaXgubm9ybWFsaXplKGZvbGRlciksIGAke0lOU1RBTExFRF9QQUNLQUdFX0RJUn0vc2NoZW1hcy8ke3NjaGVtYUZpbGVOYW1lKGtpbmQpfWApO1xuICByZXR1cm4gYCMgeWFtbC1sYW5ndWFnZS1zZXJ2ZXI6ICRzY2hlbWE9JHtyZWwuc3RhcnRzV2l0aCgnLicpID8gcmVsIDogYC4vJHtyZWx9YH1gO1xufVxuIl19