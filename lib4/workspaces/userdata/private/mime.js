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
exports.renderMultipart = renderMultipart;
const crypto = __importStar(require("crypto"));
/**
 * Renders a MIME multipart/mixed message as cloud-init reads it. The boundary is derived from
 * the content (stable output) and never occurs in it.
 */
function renderMultipart(parts) {
    const all = parts.map((p) => p.content).join('\n');
    let boundary = '';
    for (let i = 0; !boundary || all.includes(boundary); i++) {
        boundary = `==RWS-${crypto.createHash('sha256').update(`${i}:${all}`).digest('hex').slice(0, 24)}==`;
    }
    const out = [
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        'MIME-Version: 1.0',
        '',
    ];
    for (const p of parts) {
        // eslint-disable-next-line no-control-regex
        const ascii = /^[\x00-\x7f]*$/.test(p.content);
        out.push(`--${boundary}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0', `Content-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}`, `Content-Disposition: attachment; filename="${p.name}"`, '', p.content);
    }
    out.push(`--${boundary}--`, '');
    return out.join('\n');
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibWltZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3VzZXJkYXRhL3ByaXZhdGUvbWltZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWFBLDBDQTBCQztBQXZDRCwrQ0FBaUM7QUFTakM7OztHQUdHO0FBQ0gsU0FBZ0IsZUFBZSxDQUFDLEtBQTBCO0lBQ3hELE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbkQsSUFBSSxRQUFRLEdBQUcsRUFBRSxDQUFDO0lBQ2xCLEtBQUssSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsUUFBUSxJQUFJLEdBQUcsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUN6RCxRQUFRLEdBQUcsU0FBUyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsSUFBSSxHQUFHLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUM7SUFDdkcsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUFhO1FBQ3BCLDRDQUE0QyxRQUFRLEdBQUc7UUFDdkQsbUJBQW1CO1FBQ25CLEVBQUU7S0FDSCxDQUFDO0lBQ0YsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN0Qiw0Q0FBNEM7UUFDNUMsTUFBTSxLQUFLLEdBQUcsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQyxHQUFHLENBQUMsSUFBSSxDQUNOLEtBQUssUUFBUSxFQUFFLEVBQ2YsaUJBQWlCLENBQUMsQ0FBQyxXQUFXLG1CQUFtQixFQUNqRCxtQkFBbUIsRUFDbkIsOEJBQThCLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsRUFDdkQsOENBQThDLENBQUMsQ0FBQyxJQUFJLEdBQUcsRUFDdkQsRUFBRSxFQUNGLENBQUMsQ0FBQyxPQUFPLENBQ1YsQ0FBQztJQUNKLENBQUM7SUFDRCxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssUUFBUSxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDaEMsT0FBTyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ3hCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBjcnlwdG8gZnJvbSAnY3J5cHRvJztcblxuLyoqIEEgcGFydCBvZiBhIG11bHRpcGFydCBtZXNzYWdlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNaW1lUGFydCB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgY29udGVudFR5cGU6IHN0cmluZztcbiAgcmVhZG9ubHkgY29udGVudDogc3RyaW5nO1xufVxuXG4vKipcbiAqIFJlbmRlcnMgYSBNSU1FIG11bHRpcGFydC9taXhlZCBtZXNzYWdlIGFzIGNsb3VkLWluaXQgcmVhZHMgaXQuIFRoZSBib3VuZGFyeSBpcyBkZXJpdmVkIGZyb21cbiAqIHRoZSBjb250ZW50IChzdGFibGUgb3V0cHV0KSBhbmQgbmV2ZXIgb2NjdXJzIGluIGl0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyTXVsdGlwYXJ0KHBhcnRzOiByZWFkb25seSBNaW1lUGFydFtdKTogc3RyaW5nIHtcbiAgY29uc3QgYWxsID0gcGFydHMubWFwKChwKSA9PiBwLmNvbnRlbnQpLmpvaW4oJ1xcbicpO1xuICBsZXQgYm91bmRhcnkgPSAnJztcbiAgZm9yIChsZXQgaSA9IDA7ICFib3VuZGFyeSB8fCBhbGwuaW5jbHVkZXMoYm91bmRhcnkpOyBpKyspIHtcbiAgICBib3VuZGFyeSA9IGA9PVJXUy0ke2NyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoYCR7aX06JHthbGx9YCkuZGlnZXN0KCdoZXgnKS5zbGljZSgwLCAyNCl9PT1gO1xuICB9XG4gIGNvbnN0IG91dDogc3RyaW5nW10gPSBbXG4gICAgYENvbnRlbnQtVHlwZTogbXVsdGlwYXJ0L21peGVkOyBib3VuZGFyeT1cIiR7Ym91bmRhcnl9XCJgLFxuICAgICdNSU1FLVZlcnNpb246IDEuMCcsXG4gICAgJycsXG4gIF07XG4gIGZvciAoY29uc3QgcCBvZiBwYXJ0cykge1xuICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1jb250cm9sLXJlZ2V4XG4gICAgY29uc3QgYXNjaWkgPSAvXltcXHgwMC1cXHg3Zl0qJC8udGVzdChwLmNvbnRlbnQpO1xuICAgIG91dC5wdXNoKFxuICAgICAgYC0tJHtib3VuZGFyeX1gLFxuICAgICAgYENvbnRlbnQtVHlwZTogJHtwLmNvbnRlbnRUeXBlfTsgY2hhcnNldD1cInV0Zi04XCJgLFxuICAgICAgJ01JTUUtVmVyc2lvbjogMS4wJyxcbiAgICAgIGBDb250ZW50LVRyYW5zZmVyLUVuY29kaW5nOiAke2FzY2lpID8gJzdiaXQnIDogJzhiaXQnfWAsXG4gICAgICBgQ29udGVudC1EaXNwb3NpdGlvbjogYXR0YWNobWVudDsgZmlsZW5hbWU9XCIke3AubmFtZX1cImAsXG4gICAgICAnJyxcbiAgICAgIHAuY29udGVudCxcbiAgICApO1xuICB9XG4gIG91dC5wdXNoKGAtLSR7Ym91bmRhcnl9LS1gLCAnJyk7XG4gIHJldHVybiBvdXQuam9pbignXFxuJyk7XG59XG4iXX0=