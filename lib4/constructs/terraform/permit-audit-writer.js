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
exports.writeAuditRecordOnSynth = writeAuditRecordOnSynth;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
/**
 * Makes a permit's Terraform stack write its audit record (`audit.json`) beside `cdk.tf.json`,
 * with the resources actually synthesized and those protected by `prevent_destroy`.
 */
function writeAuditRecordOnSynth(stack, record) {
    stack.synthesizer = new AuditWriter(stack, stack.synthesizer, record);
}
class AuditWriter {
    stack;
    inner;
    record;
    constructor(stack, inner, record) {
        this.stack = stack;
        this.inner = inner;
        this.record = record;
    }
    synthesize(session) {
        this.inner.synthesize(session);
        const manifest = session.manifest.forStack(this.stack);
        const config = JSON.parse(fs.readFileSync(path.join(session.outdir, manifest.synthesizedStackPath), 'utf8'));
        const resources = [];
        const protectedResources = [];
        for (const [type, byName] of Object.entries(config.resource ?? {})) {
            for (const [name, body] of Object.entries(byName)) {
                resources.push(`${type}.${name}`);
                if (body?.lifecycle?.prevent_destroy)
                    protectedResources.push(`${type}.${name}`);
            }
        }
        const record = { ...this.record, resources: resources.sort(), protectedResources: protectedResources.sort() };
        fs.writeFileSync(path.join(session.outdir, manifest.workingDirectory, 'audit.json'), `${JSON.stringify(record, null, 2)}\n`);
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LWF1ZGl0LXdyaXRlci5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9wZXJtaXQtYXVkaXQtd3JpdGVyLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBU0EsMERBRUM7QUFYRCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBSTdCOzs7R0FHRztBQUNILFNBQWdCLHVCQUF1QixDQUFDLEtBQXFCLEVBQUUsTUFBeUI7SUFDdEYsS0FBSyxDQUFDLFdBQVcsR0FBRyxJQUFJLFdBQVcsQ0FBQyxLQUFLLEVBQUUsS0FBSyxDQUFDLFdBQVcsRUFBRSxNQUFNLENBQUMsQ0FBQztBQUN4RSxDQUFDO0FBRUQsTUFBTSxXQUFXO0lBQ2M7SUFBd0M7SUFBMkM7SUFBaEgsWUFBNkIsS0FBcUIsRUFBbUIsS0FBd0IsRUFBbUIsTUFBeUI7UUFBNUcsVUFBSyxHQUFMLEtBQUssQ0FBZ0I7UUFBbUIsVUFBSyxHQUFMLEtBQUssQ0FBbUI7UUFBbUIsV0FBTSxHQUFOLE1BQU0sQ0FBbUI7SUFBRyxDQUFDO0lBRXRJLFVBQVUsQ0FBQyxPQUEwQjtRQUMxQyxJQUFJLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQixNQUFNLFFBQVEsR0FBRyxPQUFPLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDdkQsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sRUFBRSxRQUFRLENBQUMsb0JBQW9CLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDO1FBQzdHLE1BQU0sU0FBUyxHQUFhLEVBQUUsQ0FBQztRQUMvQixNQUFNLGtCQUFrQixHQUFhLEVBQUUsQ0FBQztRQUN4QyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBc0IsTUFBTSxDQUFDLFFBQVEsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3hGLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7Z0JBQ2xELFNBQVMsQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQztnQkFDbEMsSUFBSSxJQUFJLEVBQUUsU0FBUyxFQUFFLGVBQWU7b0JBQUUsa0JBQWtCLENBQUMsSUFBSSxDQUFDLEdBQUcsSUFBSSxJQUFJLElBQUksRUFBRSxDQUFDLENBQUM7WUFDbkYsQ0FBQztRQUNILENBQUM7UUFDRCxNQUFNLE1BQU0sR0FBRyxFQUFFLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsU0FBUyxDQUFDLElBQUksRUFBRSxFQUFFLGtCQUFrQixFQUFFLGtCQUFrQixDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDOUcsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLGdCQUFnQixFQUFFLFlBQVksQ0FBQyxFQUFFLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUMvSCxDQUFDO0NBQ0YiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgSVN0YWNrU3ludGhlc2l6ZXIsIElTeW50aGVzaXNTZXNzaW9uLCBUZXJyYWZvcm1TdGFjayB9IGZyb20gJy4vY2RrdGYnO1xuaW1wb3J0IHsgUGVybWl0QXVkaXRSZWNvcmQgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5cbi8qKlxuICogTWFrZXMgYSBwZXJtaXQncyBUZXJyYWZvcm0gc3RhY2sgd3JpdGUgaXRzIGF1ZGl0IHJlY29yZCAoYGF1ZGl0Lmpzb25gKSBiZXNpZGUgYGNkay50Zi5qc29uYCxcbiAqIHdpdGggdGhlIHJlc291cmNlcyBhY3R1YWxseSBzeW50aGVzaXplZCBhbmQgdGhvc2UgcHJvdGVjdGVkIGJ5IGBwcmV2ZW50X2Rlc3Ryb3lgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd3JpdGVBdWRpdFJlY29yZE9uU3ludGgoc3RhY2s6IFRlcnJhZm9ybVN0YWNrLCByZWNvcmQ6IFBlcm1pdEF1ZGl0UmVjb3JkKTogdm9pZCB7XG4gIHN0YWNrLnN5bnRoZXNpemVyID0gbmV3IEF1ZGl0V3JpdGVyKHN0YWNrLCBzdGFjay5zeW50aGVzaXplciwgcmVjb3JkKTtcbn1cblxuY2xhc3MgQXVkaXRXcml0ZXIgaW1wbGVtZW50cyBJU3RhY2tTeW50aGVzaXplciB7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgc3RhY2s6IFRlcnJhZm9ybVN0YWNrLCBwcml2YXRlIHJlYWRvbmx5IGlubmVyOiBJU3RhY2tTeW50aGVzaXplciwgcHJpdmF0ZSByZWFkb25seSByZWNvcmQ6IFBlcm1pdEF1ZGl0UmVjb3JkKSB7fVxuXG4gIHB1YmxpYyBzeW50aGVzaXplKHNlc3Npb246IElTeW50aGVzaXNTZXNzaW9uKTogdm9pZCB7XG4gICAgdGhpcy5pbm5lci5zeW50aGVzaXplKHNlc3Npb24pO1xuICAgIGNvbnN0IG1hbmlmZXN0ID0gc2Vzc2lvbi5tYW5pZmVzdC5mb3JTdGFjayh0aGlzLnN0YWNrKTtcbiAgICBjb25zdCBjb25maWcgPSBKU09OLnBhcnNlKGZzLnJlYWRGaWxlU3luYyhwYXRoLmpvaW4oc2Vzc2lvbi5vdXRkaXIsIG1hbmlmZXN0LnN5bnRoZXNpemVkU3RhY2tQYXRoKSwgJ3V0ZjgnKSk7XG4gICAgY29uc3QgcmVzb3VyY2VzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGNvbnN0IHByb3RlY3RlZFJlc291cmNlczogc3RyaW5nW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IFt0eXBlLCBieU5hbWVdIG9mIE9iamVjdC5lbnRyaWVzPFJlY29yZDxzdHJpbmcsIGFueT4+KGNvbmZpZy5yZXNvdXJjZSA/PyB7fSkpIHtcbiAgICAgIGZvciAoY29uc3QgW25hbWUsIGJvZHldIG9mIE9iamVjdC5lbnRyaWVzKGJ5TmFtZSkpIHtcbiAgICAgICAgcmVzb3VyY2VzLnB1c2goYCR7dHlwZX0uJHtuYW1lfWApO1xuICAgICAgICBpZiAoYm9keT8ubGlmZWN5Y2xlPy5wcmV2ZW50X2Rlc3Ryb3kpIHByb3RlY3RlZFJlc291cmNlcy5wdXNoKGAke3R5cGV9LiR7bmFtZX1gKTtcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgcmVjb3JkID0geyAuLi50aGlzLnJlY29yZCwgcmVzb3VyY2VzOiByZXNvdXJjZXMuc29ydCgpLCBwcm90ZWN0ZWRSZXNvdXJjZXM6IHByb3RlY3RlZFJlc291cmNlcy5zb3J0KCkgfTtcbiAgICBmcy53cml0ZUZpbGVTeW5jKHBhdGguam9pbihzZXNzaW9uLm91dGRpciwgbWFuaWZlc3Qud29ya2luZ0RpcmVjdG9yeSwgJ2F1ZGl0Lmpzb24nKSwgYCR7SlNPTi5zdHJpbmdpZnkocmVjb3JkLCBudWxsLCAyKX1cXG5gKTtcbiAgfVxufVxuIl19