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
exports.yamlPathOfField = yamlPathOfField;
exports.relocate = relocate;
const fs = __importStar(require("fs"));
const error_1 = require("../workspaces/private/error");
const yaml_source_1 = require("../workspaces/private/yaml-source");
/**
 * Points problems that a stack or construct found in its properties (fields like
 * `workspaces[2] (alice-gpu).nodeName`, located at `construct lab/alice-gpu` or at the lab file
 * without a line) at the line of the YAML file the properties were read from.
 */
/** `workspaces[0] (alice).nodeName` -> ['workspaces', 0, 'node'] with the aliases, else snake_case. */
function yamlPathOfField(field, aliases) {
    const out = [];
    for (const m of field.replace(/\s*\([^)]*\)/g, '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)) {
        if (m[2] !== undefined)
            out.push(Number(m[2]));
        else
            out.push(aliases[m[1]] ?? m[1].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    }
    return out;
}
/** The index of the workspace a construct path names (`[construct ]Lab/Workspaces017/alice-ml`), if any. */
function workspaceOf(src, file) {
    if (fs.existsSync(file))
        return undefined;
    const list = src.data?.workspaces;
    if (!Array.isArray(list))
        return undefined;
    const parts = file.replace(/^construct /, '').split('/');
    for (let j = parts.length - 1; j > 0; j--) {
        const i = list.findIndex((w) => w && typeof w === 'object' && w.name === parts[j]);
        if (i >= 0)
            return i;
    }
    return undefined;
}
/** Relocates the problems of `e` that have no line into `src`; returns `e` itself when none moved. */
function relocate(e, src, aliases = {}) {
    let moved = false;
    const diagnostics = e.diagnostics.map((d) => {
        const file = d.location?.file;
        if (d.location?.line !== undefined)
            return d;
        const ws = file !== undefined && file !== src.file ? workspaceOf(src, file) : undefined;
        if (file !== undefined && file !== src.file && !file.startsWith('construct ') && ws === undefined)
            return d;
        let p = d.field ? yamlPathOfField(d.field, aliases) : [];
        if (ws !== undefined && p[0] !== 'workspaces')
            p = ['workspaces', ws, ...p];
        if (p.length === 0 || src.node([p[0]]) === undefined)
            return d;
        moved = true;
        return { ...d, field: (0, yaml_source_1.formatPath)(p), location: src.locate(p) };
    });
    if (!moved)
        return e;
    return new error_1.WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `${src.file}: ${diagnostics.length} problems in the lab definition` : undefined);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibG9jYXRlLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9sb2NhdGUudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFZQSwwQ0FPQztBQWdCRCw0QkFlQztBQWxERCx1Q0FBeUI7QUFFekIsdURBQWtFO0FBQ2xFLG1FQUFxRjtBQUVyRjs7OztHQUlHO0FBRUgsdUdBQXVHO0FBQ3ZHLFNBQWdCLGVBQWUsQ0FBQyxLQUFhLEVBQUUsT0FBb0M7SUFDakYsTUFBTSxHQUFHLEdBQTJCLEVBQUUsQ0FBQztJQUN2QyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsZUFBZSxFQUFFLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxxQ0FBcUMsQ0FBQyxFQUFFLENBQUM7UUFDbkcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssU0FBUztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7O1lBQzFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN2RixDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQsNEdBQTRHO0FBQzVHLFNBQVMsV0FBVyxDQUFDLEdBQWUsRUFBRSxJQUFZO0lBQ2hELElBQUksRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUMxQyxNQUFNLElBQUksR0FBSSxHQUFHLENBQUMsSUFBWSxFQUFFLFVBQVUsQ0FBQztJQUMzQyxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUMzQyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLGFBQWEsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDekQsS0FBSyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDMUMsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQU0sRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3hGLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLENBQUMsQ0FBQztJQUN2QixDQUFDO0lBQ0QsT0FBTyxTQUFTLENBQUM7QUFDbkIsQ0FBQztBQUVELHNHQUFzRztBQUN0RyxTQUFnQixRQUFRLENBQUMsQ0FBc0IsRUFBRSxHQUFlLEVBQUUsVUFBdUMsRUFBRTtJQUN6RyxJQUFJLEtBQUssR0FBRyxLQUFLLENBQUM7SUFDbEIsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQWMsRUFBRTtRQUN0RCxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksQ0FBQztRQUM5QixJQUFJLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxLQUFLLFNBQVM7WUFBRSxPQUFPLENBQUMsQ0FBQztRQUM3QyxNQUFNLEVBQUUsR0FBRyxJQUFJLEtBQUssU0FBUyxJQUFJLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDeEYsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxZQUFZLENBQUMsSUFBSSxFQUFFLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQzVHLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDekQsSUFBSSxFQUFFLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxZQUFZO1lBQUUsQ0FBQyxHQUFHLENBQUMsWUFBWSxFQUFFLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQzVFLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssU0FBUztZQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQy9ELEtBQUssR0FBRyxJQUFJLENBQUM7UUFDYixPQUFPLEVBQUUsR0FBRyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUEsd0JBQVUsRUFBQyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQ2pFLENBQUMsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxDQUFDLEtBQUs7UUFBRSxPQUFPLENBQUMsQ0FBQztJQUNyQixPQUFPLElBQUksMkJBQW1CLENBQUMsV0FBVyxFQUFFLFdBQVcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssV0FBVyxDQUFDLE1BQU0saUNBQWlDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0FBQ3hKLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgeyBEaWFnbm9zdGljIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9lcnJvcnMnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBmb3JtYXRQYXRoLCBZYW1sUGF0aCwgWWFtbFNvdXJjZSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS95YW1sLXNvdXJjZSc7XG5cbi8qKlxuICogUG9pbnRzIHByb2JsZW1zIHRoYXQgYSBzdGFjayBvciBjb25zdHJ1Y3QgZm91bmQgaW4gaXRzIHByb3BlcnRpZXMgKGZpZWxkcyBsaWtlXG4gKiBgd29ya3NwYWNlc1syXSAoYWxpY2UtZ3B1KS5ub2RlTmFtZWAsIGxvY2F0ZWQgYXQgYGNvbnN0cnVjdCBsYWIvYWxpY2UtZ3B1YCBvciBhdCB0aGUgbGFiIGZpbGVcbiAqIHdpdGhvdXQgYSBsaW5lKSBhdCB0aGUgbGluZSBvZiB0aGUgWUFNTCBmaWxlIHRoZSBwcm9wZXJ0aWVzIHdlcmUgcmVhZCBmcm9tLlxuICovXG5cbi8qKiBgd29ya3NwYWNlc1swXSAoYWxpY2UpLm5vZGVOYW1lYCAtPiBbJ3dvcmtzcGFjZXMnLCAwLCAnbm9kZSddIHdpdGggdGhlIGFsaWFzZXMsIGVsc2Ugc25ha2VfY2FzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB5YW1sUGF0aE9mRmllbGQoZmllbGQ6IHN0cmluZywgYWxpYXNlczogeyBbY2FtZWw6IHN0cmluZ106IHN0cmluZyB9KTogWWFtbFBhdGgge1xuICBjb25zdCBvdXQ6IEFycmF5PHN0cmluZyB8IG51bWJlcj4gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIGZpZWxkLnJlcGxhY2UoL1xccypcXChbXildKlxcKS9nLCAnJykubWF0Y2hBbGwoLyhbQS1aYS16X11bQS1aYS16MC05X10qKXxcXFsoXFxkKylcXF0vZykpIHtcbiAgICBpZiAobVsyXSAhPT0gdW5kZWZpbmVkKSBvdXQucHVzaChOdW1iZXIobVsyXSkpO1xuICAgIGVsc2Ugb3V0LnB1c2goYWxpYXNlc1ttWzFdXSA/PyBtWzFdLnJlcGxhY2UoL1tBLVpdL2csIChjKSA9PiBgXyR7Yy50b0xvd2VyQ2FzZSgpfWApKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIGluZGV4IG9mIHRoZSB3b3Jrc3BhY2UgYSBjb25zdHJ1Y3QgcGF0aCBuYW1lcyAoYFtjb25zdHJ1Y3QgXUxhYi9Xb3Jrc3BhY2VzMDE3L2FsaWNlLW1sYCksIGlmIGFueS4gKi9cbmZ1bmN0aW9uIHdvcmtzcGFjZU9mKHNyYzogWWFtbFNvdXJjZSwgZmlsZTogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGZzLmV4aXN0c1N5bmMoZmlsZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGxpc3QgPSAoc3JjLmRhdGEgYXMgYW55KT8ud29ya3NwYWNlcztcbiAgaWYgKCFBcnJheS5pc0FycmF5KGxpc3QpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwYXJ0cyA9IGZpbGUucmVwbGFjZSgvXmNvbnN0cnVjdCAvLCAnJykuc3BsaXQoJy8nKTtcbiAgZm9yIChsZXQgaiA9IHBhcnRzLmxlbmd0aCAtIDE7IGogPiAwOyBqLS0pIHtcbiAgICBjb25zdCBpID0gbGlzdC5maW5kSW5kZXgoKHc6IGFueSkgPT4gdyAmJiB0eXBlb2YgdyA9PT0gJ29iamVjdCcgJiYgdy5uYW1lID09PSBwYXJ0c1tqXSk7XG4gICAgaWYgKGkgPj0gMCkgcmV0dXJuIGk7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFJlbG9jYXRlcyB0aGUgcHJvYmxlbXMgb2YgYGVgIHRoYXQgaGF2ZSBubyBsaW5lIGludG8gYHNyY2A7IHJldHVybnMgYGVgIGl0c2VsZiB3aGVuIG5vbmUgbW92ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVsb2NhdGUoZTogV29ya3NwYWNlSW5wdXRFcnJvciwgc3JjOiBZYW1sU291cmNlLCBhbGlhc2VzOiB7IFtjYW1lbDogc3RyaW5nXTogc3RyaW5nIH0gPSB7fSk6IFdvcmtzcGFjZUlucHV0RXJyb3Ige1xuICBsZXQgbW92ZWQgPSBmYWxzZTtcbiAgY29uc3QgZGlhZ25vc3RpY3MgPSBlLmRpYWdub3N0aWNzLm1hcCgoZCk6IERpYWdub3N0aWMgPT4ge1xuICAgIGNvbnN0IGZpbGUgPSBkLmxvY2F0aW9uPy5maWxlO1xuICAgIGlmIChkLmxvY2F0aW9uPy5saW5lICE9PSB1bmRlZmluZWQpIHJldHVybiBkO1xuICAgIGNvbnN0IHdzID0gZmlsZSAhPT0gdW5kZWZpbmVkICYmIGZpbGUgIT09IHNyYy5maWxlID8gd29ya3NwYWNlT2Yoc3JjLCBmaWxlKSA6IHVuZGVmaW5lZDtcbiAgICBpZiAoZmlsZSAhPT0gdW5kZWZpbmVkICYmIGZpbGUgIT09IHNyYy5maWxlICYmICFmaWxlLnN0YXJ0c1dpdGgoJ2NvbnN0cnVjdCAnKSAmJiB3cyA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZDtcbiAgICBsZXQgcCA9IGQuZmllbGQgPyB5YW1sUGF0aE9mRmllbGQoZC5maWVsZCwgYWxpYXNlcykgOiBbXTtcbiAgICBpZiAod3MgIT09IHVuZGVmaW5lZCAmJiBwWzBdICE9PSAnd29ya3NwYWNlcycpIHAgPSBbJ3dvcmtzcGFjZXMnLCB3cywgLi4ucF07XG4gICAgaWYgKHAubGVuZ3RoID09PSAwIHx8IHNyYy5ub2RlKFtwWzBdXSkgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGQ7XG4gICAgbW92ZWQgPSB0cnVlO1xuICAgIHJldHVybiB7IC4uLmQsIGZpZWxkOiBmb3JtYXRQYXRoKHApLCBsb2NhdGlvbjogc3JjLmxvY2F0ZShwKSB9O1xuICB9KTtcbiAgaWYgKCFtb3ZlZCkgcmV0dXJuIGU7XG4gIHJldHVybiBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihkaWFnbm9zdGljcywgZGlhZ25vc3RpY3MubGVuZ3RoID4gMSA/IGAke3NyYy5maWxlfTogJHtkaWFnbm9zdGljcy5sZW5ndGh9IHByb2JsZW1zIGluIHRoZSBsYWIgZGVmaW5pdGlvbmAgOiB1bmRlZmluZWQpO1xufVxuIl19