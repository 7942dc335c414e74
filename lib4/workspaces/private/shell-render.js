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
exports.renderShellTemplate = renderShellTemplate;
const crypto = __importStar(require("crypto"));
const go_template_1 = require("./go-template");
const shell_context_1 = require("./shell-context");
/**
 * Renders a template script (post_install, user_data, a service command). Values of the names
 * for which `isData` is true (free-text parameters, and variables built from them) are written
 * as data: a word quoted for the quoting they land in, so the shell never reads them as code.
 * Other names (choices, numbers, the author's own variables) are written as they are.
 * Where a value would still be read as code (the name of the command, inside backticks, an
 * argument of eval/sh -c/sed/awk, a here-document fed to an interpreter) a problem is returned.
 */
function renderShellTemplate(text, values, isData) {
    if (!text.includes('{{'))
        return { text, problems: [], sites: [] };
    const nonce = crypto.randomBytes(8).toString('hex');
    const subs = [];
    const rendered = (0, go_template_1.renderGoTemplate)(text, values, (name, value, snippet) => {
        if (!isData(name))
            return value;
        subs.push({ name, value, snippet });
        return `RWSQ${nonce}x${subs.length - 1}x`;
    });
    if (!subs.length)
        return { text: rendered, problems: [], sites: [] };
    const sites = (0, shell_context_1.scanShell)(rendered, new RegExp(`RWSQ${nonce}x(\\d+)x`));
    const problems = [];
    const seen = new Set();
    const report = (p) => {
        const k = `${p.code}|${p.name}`;
        if (!seen.has(k)) {
            seen.add(k);
            problems.push(p);
        }
    };
    let out = '';
    let last = 0;
    const used = [];
    for (const site of sites.sort((a, b) => a.start - b.start)) {
        const s = subs[site.id];
        out += rendered.slice(last, site.start);
        last = site.end;
        used.push({ name: s.name, context: site.context });
        if (site.commandName) {
            report({
                code: 'parameter-as-command',
                name: s.name,
                snippet: s.snippet,
                message: `${s.snippet} is the name of a command: the value would choose the program that runs`,
                fix: `make ${s.name} a choice parameter (type: choice with the programs allowed), or write the command and pass ${s.snippet} as an argument`,
            });
        }
        if (site.interpreter) {
            report({
                code: 'parameter-as-code',
                name: s.name,
                snippet: s.snippet,
                message: `${s.snippet} is passed to ${site.interpreter}, which reads it as code`,
                fix: `pass the value as data instead (e.g. an environment variable: the script sees it as "$RWS_PARAM_${s.name}"), or make ${s.name} a choice parameter`,
            });
        }
        const q = (0, shell_context_1.quoteForContext)(s.value, site.context);
        if (q === undefined) {
            report({
                code: site.context === 'backtick' ? 'parameter-in-backticks' : 'parameter-unquotable',
                name: s.name,
                snippet: s.snippet,
                message: site.context === 'backtick'
                    ? `${s.snippet} is inside backticks, where a value cannot be quoted reliably`
                    : `the value of ${s.name} cannot be written here as data (${site.context.startsWith('heredoc') || site.context === 'comment' ? 'it has a line break' : 'a quote, "<(" or ">(" inside ${...} within double quotes'})`,
                fix: site.context === 'backtick' ? 'use $(...) instead of backticks' : `use "$RWS_PARAM_${s.name}" in the script instead of ${s.snippet}`,
            });
            out += s.value;
        }
        else {
            out += q;
        }
    }
    out += rendered.slice(last);
    return { text: out, problems, sites: used };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hlbGwtcmVuZGVyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL3dvcmtzcGFjZXMvcHJpdmF0ZS9zaGVsbC1yZW5kZXIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUE4QkEsa0RBZ0VDO0FBOUZELCtDQUFpQztBQUNqQywrQ0FBaUQ7QUFDakQsbURBQTJFO0FBb0IzRTs7Ozs7OztHQU9HO0FBQ0gsU0FBZ0IsbUJBQW1CLENBQUMsSUFBWSxFQUFFLE1BQXdDLEVBQUUsTUFBaUM7SUFDM0gsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQztJQUNuRSxNQUFNLEtBQUssR0FBRyxNQUFNLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUNwRCxNQUFNLElBQUksR0FBNEQsRUFBRSxDQUFDO0lBQ3pFLE1BQU0sUUFBUSxHQUFHLElBQUEsOEJBQWdCLEVBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEVBQUU7UUFDdkUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLEtBQUssQ0FBQztRQUNoQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ3BDLE9BQU8sT0FBTyxLQUFLLElBQUksSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLEdBQUcsQ0FBQztJQUM1QyxDQUFDLENBQUMsQ0FBQztJQUNILElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTTtRQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQ3JFLE1BQU0sS0FBSyxHQUFHLElBQUEseUJBQVMsRUFBQyxRQUFRLEVBQUUsSUFBSSxNQUFNLENBQUMsT0FBTyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUM7SUFDdEUsTUFBTSxRQUFRLEdBQXlCLEVBQUUsQ0FBQztJQUMxQyxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQy9CLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBcUIsRUFBRSxFQUFFO1FBQ3ZDLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDaEMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNqQixJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ1osUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuQixDQUFDO0lBQ0gsQ0FBQyxDQUFDO0lBQ0YsSUFBSSxHQUFHLEdBQUcsRUFBRSxDQUFDO0lBQ2IsSUFBSSxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ2IsTUFBTSxJQUFJLEdBQW1ELEVBQUUsQ0FBQztJQUNoRSxLQUFLLE1BQU0sSUFBSSxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQzNELE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDeEIsR0FBRyxJQUFJLFFBQVEsQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUN4QyxJQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQztRQUNoQixJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ25ELElBQUksSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ3JCLE1BQU0sQ0FBQztnQkFDTCxJQUFJLEVBQUUsc0JBQXNCO2dCQUM1QixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ1osT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO2dCQUNsQixPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyx5RUFBeUU7Z0JBQzlGLEdBQUcsRUFBRSxRQUFRLENBQUMsQ0FBQyxJQUFJLCtGQUErRixDQUFDLENBQUMsT0FBTyxpQkFBaUI7YUFDN0ksQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELElBQUksSUFBSSxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ3JCLE1BQU0sQ0FBQztnQkFDTCxJQUFJLEVBQUUsbUJBQW1CO2dCQUN6QixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ1osT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPO2dCQUNsQixPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyxpQkFBaUIsSUFBSSxDQUFDLFdBQVcsMEJBQTBCO2dCQUNoRixHQUFHLEVBQUUsbUdBQW1HLENBQUMsQ0FBQyxJQUFJLGVBQWUsQ0FBQyxDQUFDLElBQUkscUJBQXFCO2FBQ3pKLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxNQUFNLENBQUMsR0FBRyxJQUFBLCtCQUFlLEVBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDakQsSUFBSSxDQUFDLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDcEIsTUFBTSxDQUFDO2dCQUNMLElBQUksRUFBRSxJQUFJLENBQUMsT0FBTyxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUMsd0JBQXdCLENBQUMsQ0FBQyxDQUFDLHNCQUFzQjtnQkFDckYsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO2dCQUNaLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztnQkFDbEIsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLEtBQUssVUFBVTtvQkFDbEMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sK0RBQStEO29CQUM3RSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxJQUFJLG9DQUFvQyxJQUFJLENBQUMsT0FBTyxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsSUFBSSxJQUFJLENBQUMsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDLDBEQUEwRCxHQUFHO2dCQUN0TixHQUFHLEVBQUUsSUFBSSxDQUFDLE9BQU8sS0FBSyxVQUFVLENBQUMsQ0FBQyxDQUFDLGlDQUFpQyxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDLElBQUksOEJBQThCLENBQUMsQ0FBQyxPQUFPLEVBQUU7YUFDMUksQ0FBQyxDQUFDO1lBQ0gsR0FBRyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUM7UUFDakIsQ0FBQzthQUFNLENBQUM7WUFDTixHQUFHLElBQUksQ0FBQyxDQUFDO1FBQ1gsQ0FBQztJQUNILENBQUM7SUFDRCxHQUFHLElBQUksUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUM1QixPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDO0FBQzlDLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBjcnlwdG8gZnJvbSAnY3J5cHRvJztcbmltcG9ydCB7IHJlbmRlckdvVGVtcGxhdGUgfSBmcm9tICcuL2dvLXRlbXBsYXRlJztcbmltcG9ydCB7IHF1b3RlRm9yQ29udGV4dCwgc2NhblNoZWxsLCBTaGVsbENvbnRleHQgfSBmcm9tICcuL3NoZWxsLWNvbnRleHQnO1xuXG4vKiogQSBge3submFtZX19YCBpbiBhIHNjcmlwdCB3aG9zZSB2YWx1ZSBjYW5ub3QgYmUgd3JpdHRlbiB0aGVyZSBhcyBkYXRhLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTaGVsbFJlbmRlclByb2JsZW0ge1xuICByZWFkb25seSBjb2RlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBhY3Rpb24gYXMgd3JpdHRlbiwgZS5nLiBge3suYXJjaGl2ZX19YC4gKi9cbiAgcmVhZG9ubHkgc25pcHBldDogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGZpeDogc3RyaW5nO1xufVxuXG4vKiogUmVzdWx0IG9mIHJlbmRlcmluZyBhIHNjcmlwdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2hlbGxSZW5kZXJSZXN1bHQge1xuICByZWFkb25seSB0ZXh0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHByb2JsZW1zOiBTaGVsbFJlbmRlclByb2JsZW1bXTtcbiAgLyoqIEVhY2ggcXVvdGVkIHN1YnN0aXR1dGlvbiBhbmQgdGhlIGNvbnRleHQgaXQgbGFuZGVkIGluIChmb3IgdGVzdHMgYW5kIHRoZSBsaW50ZXIpLiAqL1xuICByZWFkb25seSBzaXRlczogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IGNvbnRleHQ6IFNoZWxsQ29udGV4dCB9Pjtcbn1cblxuLyoqXG4gKiBSZW5kZXJzIGEgdGVtcGxhdGUgc2NyaXB0IChwb3N0X2luc3RhbGwsIHVzZXJfZGF0YSwgYSBzZXJ2aWNlIGNvbW1hbmQpLiBWYWx1ZXMgb2YgdGhlIG5hbWVzXG4gKiBmb3Igd2hpY2ggYGlzRGF0YWAgaXMgdHJ1ZSAoZnJlZS10ZXh0IHBhcmFtZXRlcnMsIGFuZCB2YXJpYWJsZXMgYnVpbHQgZnJvbSB0aGVtKSBhcmUgd3JpdHRlblxuICogYXMgZGF0YTogYSB3b3JkIHF1b3RlZCBmb3IgdGhlIHF1b3RpbmcgdGhleSBsYW5kIGluLCBzbyB0aGUgc2hlbGwgbmV2ZXIgcmVhZHMgdGhlbSBhcyBjb2RlLlxuICogT3RoZXIgbmFtZXMgKGNob2ljZXMsIG51bWJlcnMsIHRoZSBhdXRob3IncyBvd24gdmFyaWFibGVzKSBhcmUgd3JpdHRlbiBhcyB0aGV5IGFyZS5cbiAqIFdoZXJlIGEgdmFsdWUgd291bGQgc3RpbGwgYmUgcmVhZCBhcyBjb2RlICh0aGUgbmFtZSBvZiB0aGUgY29tbWFuZCwgaW5zaWRlIGJhY2t0aWNrcywgYW5cbiAqIGFyZ3VtZW50IG9mIGV2YWwvc2ggLWMvc2VkL2F3aywgYSBoZXJlLWRvY3VtZW50IGZlZCB0byBhbiBpbnRlcnByZXRlcikgYSBwcm9ibGVtIGlzIHJldHVybmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyU2hlbGxUZW1wbGF0ZSh0ZXh0OiBzdHJpbmcsIHZhbHVlczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4sIGlzRGF0YTogKG5hbWU6IHN0cmluZykgPT4gYm9vbGVhbik6IFNoZWxsUmVuZGVyUmVzdWx0IHtcbiAgaWYgKCF0ZXh0LmluY2x1ZGVzKCd7eycpKSByZXR1cm4geyB0ZXh0LCBwcm9ibGVtczogW10sIHNpdGVzOiBbXSB9O1xuICBjb25zdCBub25jZSA9IGNyeXB0by5yYW5kb21CeXRlcyg4KS50b1N0cmluZygnaGV4Jyk7XG4gIGNvbnN0IHN1YnM6IEFycmF5PHsgbmFtZTogc3RyaW5nOyB2YWx1ZTogc3RyaW5nOyBzbmlwcGV0OiBzdHJpbmcgfT4gPSBbXTtcbiAgY29uc3QgcmVuZGVyZWQgPSByZW5kZXJHb1RlbXBsYXRlKHRleHQsIHZhbHVlcywgKG5hbWUsIHZhbHVlLCBzbmlwcGV0KSA9PiB7XG4gICAgaWYgKCFpc0RhdGEobmFtZSkpIHJldHVybiB2YWx1ZTtcbiAgICBzdWJzLnB1c2goeyBuYW1lLCB2YWx1ZSwgc25pcHBldCB9KTtcbiAgICByZXR1cm4gYFJXU1Eke25vbmNlfXgke3N1YnMubGVuZ3RoIC0gMX14YDtcbiAgfSk7XG4gIGlmICghc3Vicy5sZW5ndGgpIHJldHVybiB7IHRleHQ6IHJlbmRlcmVkLCBwcm9ibGVtczogW10sIHNpdGVzOiBbXSB9O1xuICBjb25zdCBzaXRlcyA9IHNjYW5TaGVsbChyZW5kZXJlZCwgbmV3IFJlZ0V4cChgUldTUSR7bm9uY2V9eChcXFxcZCspeGApKTtcbiAgY29uc3QgcHJvYmxlbXM6IFNoZWxsUmVuZGVyUHJvYmxlbVtdID0gW107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgcmVwb3J0ID0gKHA6IFNoZWxsUmVuZGVyUHJvYmxlbSkgPT4ge1xuICAgIGNvbnN0IGsgPSBgJHtwLmNvZGV9fCR7cC5uYW1lfWA7XG4gICAgaWYgKCFzZWVuLmhhcyhrKSkge1xuICAgICAgc2Vlbi5hZGQoayk7XG4gICAgICBwcm9ibGVtcy5wdXNoKHApO1xuICAgIH1cbiAgfTtcbiAgbGV0IG91dCA9ICcnO1xuICBsZXQgbGFzdCA9IDA7XG4gIGNvbnN0IHVzZWQ6IEFycmF5PHsgbmFtZTogc3RyaW5nOyBjb250ZXh0OiBTaGVsbENvbnRleHQgfT4gPSBbXTtcbiAgZm9yIChjb25zdCBzaXRlIG9mIHNpdGVzLnNvcnQoKGEsIGIpID0+IGEuc3RhcnQgLSBiLnN0YXJ0KSkge1xuICAgIGNvbnN0IHMgPSBzdWJzW3NpdGUuaWRdO1xuICAgIG91dCArPSByZW5kZXJlZC5zbGljZShsYXN0LCBzaXRlLnN0YXJ0KTtcbiAgICBsYXN0ID0gc2l0ZS5lbmQ7XG4gICAgdXNlZC5wdXNoKHsgbmFtZTogcy5uYW1lLCBjb250ZXh0OiBzaXRlLmNvbnRleHQgfSk7XG4gICAgaWYgKHNpdGUuY29tbWFuZE5hbWUpIHtcbiAgICAgIHJlcG9ydCh7XG4gICAgICAgIGNvZGU6ICdwYXJhbWV0ZXItYXMtY29tbWFuZCcsXG4gICAgICAgIG5hbWU6IHMubmFtZSxcbiAgICAgICAgc25pcHBldDogcy5zbmlwcGV0LFxuICAgICAgICBtZXNzYWdlOiBgJHtzLnNuaXBwZXR9IGlzIHRoZSBuYW1lIG9mIGEgY29tbWFuZDogdGhlIHZhbHVlIHdvdWxkIGNob29zZSB0aGUgcHJvZ3JhbSB0aGF0IHJ1bnNgLFxuICAgICAgICBmaXg6IGBtYWtlICR7cy5uYW1lfSBhIGNob2ljZSBwYXJhbWV0ZXIgKHR5cGU6IGNob2ljZSB3aXRoIHRoZSBwcm9ncmFtcyBhbGxvd2VkKSwgb3Igd3JpdGUgdGhlIGNvbW1hbmQgYW5kIHBhc3MgJHtzLnNuaXBwZXR9IGFzIGFuIGFyZ3VtZW50YCxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBpZiAoc2l0ZS5pbnRlcnByZXRlcikge1xuICAgICAgcmVwb3J0KHtcbiAgICAgICAgY29kZTogJ3BhcmFtZXRlci1hcy1jb2RlJyxcbiAgICAgICAgbmFtZTogcy5uYW1lLFxuICAgICAgICBzbmlwcGV0OiBzLnNuaXBwZXQsXG4gICAgICAgIG1lc3NhZ2U6IGAke3Muc25pcHBldH0gaXMgcGFzc2VkIHRvICR7c2l0ZS5pbnRlcnByZXRlcn0sIHdoaWNoIHJlYWRzIGl0IGFzIGNvZGVgLFxuICAgICAgICBmaXg6IGBwYXNzIHRoZSB2YWx1ZSBhcyBkYXRhIGluc3RlYWQgKGUuZy4gYW4gZW52aXJvbm1lbnQgdmFyaWFibGU6IHRoZSBzY3JpcHQgc2VlcyBpdCBhcyBcIiRSV1NfUEFSQU1fJHtzLm5hbWV9XCIpLCBvciBtYWtlICR7cy5uYW1lfSBhIGNob2ljZSBwYXJhbWV0ZXJgLFxuICAgICAgfSk7XG4gICAgfVxuICAgIGNvbnN0IHEgPSBxdW90ZUZvckNvbnRleHQocy52YWx1ZSwgc2l0ZS5jb250ZXh0KTtcbiAgICBpZiAocSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICByZXBvcnQoe1xuICAgICAgICBjb2RlOiBzaXRlLmNvbnRleHQgPT09ICdiYWNrdGljaycgPyAncGFyYW1ldGVyLWluLWJhY2t0aWNrcycgOiAncGFyYW1ldGVyLXVucXVvdGFibGUnLFxuICAgICAgICBuYW1lOiBzLm5hbWUsXG4gICAgICAgIHNuaXBwZXQ6IHMuc25pcHBldCxcbiAgICAgICAgbWVzc2FnZTogc2l0ZS5jb250ZXh0ID09PSAnYmFja3RpY2snXG4gICAgICAgICAgPyBgJHtzLnNuaXBwZXR9IGlzIGluc2lkZSBiYWNrdGlja3MsIHdoZXJlIGEgdmFsdWUgY2Fubm90IGJlIHF1b3RlZCByZWxpYWJseWBcbiAgICAgICAgICA6IGB0aGUgdmFsdWUgb2YgJHtzLm5hbWV9IGNhbm5vdCBiZSB3cml0dGVuIGhlcmUgYXMgZGF0YSAoJHtzaXRlLmNvbnRleHQuc3RhcnRzV2l0aCgnaGVyZWRvYycpIHx8IHNpdGUuY29udGV4dCA9PT0gJ2NvbW1lbnQnID8gJ2l0IGhhcyBhIGxpbmUgYnJlYWsnIDogJ2EgcXVvdGUsIFwiPChcIiBvciBcIj4oXCIgaW5zaWRlICR7Li4ufSB3aXRoaW4gZG91YmxlIHF1b3Rlcyd9KWAsXG4gICAgICAgIGZpeDogc2l0ZS5jb250ZXh0ID09PSAnYmFja3RpY2snID8gJ3VzZSAkKC4uLikgaW5zdGVhZCBvZiBiYWNrdGlja3MnIDogYHVzZSBcIiRSV1NfUEFSQU1fJHtzLm5hbWV9XCIgaW4gdGhlIHNjcmlwdCBpbnN0ZWFkIG9mICR7cy5zbmlwcGV0fWAsXG4gICAgICB9KTtcbiAgICAgIG91dCArPSBzLnZhbHVlO1xuICAgIH0gZWxzZSB7XG4gICAgICBvdXQgKz0gcTtcbiAgICB9XG4gIH1cbiAgb3V0ICs9IHJlbmRlcmVkLnNsaWNlKGxhc3QpO1xuICByZXR1cm4geyB0ZXh0OiBvdXQsIHByb2JsZW1zLCBzaXRlczogdXNlZCB9O1xufVxuIl19