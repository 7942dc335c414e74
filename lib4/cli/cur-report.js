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
exports.CUR_COST_COLUMN = void 0;
exports.curTagColumn = curTagColumn;
exports.readCurCosts = readCurCosts;
/**
 * The actual cost per tenant and lab from an AWS Cost and Usage Report (the legacy CUR's CSV
 * export, `.csv` or `.csv.gz`), by the cost allocation tags the kit puts on every resource:
 * `research:tenant` (every resource of an institution's tenant) and `research:lab` (the lab's
 * resources). In a CUR a user tag `K` is the column `resourceTags/user:K`; it is there only once
 * `K` is activated as a cost allocation tag (Billing > Cost allocation tags) and only for usage
 * after that. The cost of a line is `lineItem/UnblendedCost`. Lines without the tenant tag (tax,
 * support, shared network, resources outside the kit) are summed as untagged. The file is read
 * as a stream, so a month of a large account's lines fits in memory.
 */
const fs = __importStar(require("fs"));
const string_decoder_1 = require("string_decoder");
const zlib = __importStar(require("zlib"));
const command_1 = require("./command");
const sources_1 = require("./sources");
const tags_1 = require("../workspaces/private/tags");
/** The cost column read. */
exports.CUR_COST_COLUMN = 'lineItem/UnblendedCost';
/** The CUR column of a user-defined cost allocation tag. */
function curTagColumn(key) {
    return `resourceTags/user:${key}`;
}
/**
 * A CSV reader (RFC 4180: quoted fields with commas, quotes and line breaks; CRLF or LF) fed
 * in chunks; calls `onRecord` with each record and the line it starts on.
 */
class CsvStream {
    onRecord;
    where;
    field = '';
    record = [];
    quoted = false;
    afterQuote = false;
    line = 1;
    recordLine = 1;
    pendingCr = false;
    constructor(onRecord, where) {
        this.onRecord = onRecord;
        this.where = where;
    }
    push(text) {
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (this.pendingCr) {
                this.pendingCr = false;
                if (c === '\n')
                    continue;
            }
            if (this.quoted) {
                if (c === '"') {
                    this.quoted = false;
                    this.afterQuote = true;
                }
                else {
                    if (c === '\n')
                        this.line++;
                    this.field += c;
                }
                continue;
            }
            if (c === '"') {
                if (this.afterQuote) {
                    // "" inside a quoted field: one quote.
                    this.field += '"';
                    this.quoted = true;
                    this.afterQuote = false;
                }
                else if (this.field === '') {
                    this.quoted = true;
                }
                else {
                    throw new command_1.CliInputError(`${this.where}:${this.line}: a quote inside an unquoted field. Fix: export the report again as CSV (fields with quotes are quoted)`);
                }
                continue;
            }
            this.afterQuote = false;
            if (c === ',') {
                this.record.push(this.field);
                this.field = '';
            }
            else if (c === '\n' || c === '\r') {
                this.endRecord();
                this.line++;
                this.recordLine = this.line;
                if (c === '\r')
                    this.pendingCr = true;
            }
            else {
                this.field += c;
            }
        }
    }
    end() {
        if (this.quoted)
            throw new command_1.CliInputError(`${this.where}:${this.recordLine}: a quoted field is not closed before the end of the file. Fix: export the report again (the file is cut short)`);
        if (this.field !== '' || this.record.length > 0)
            this.endRecord();
    }
    endRecord() {
        this.record.push(this.field);
        this.field = '';
        this.afterQuote = false;
        const r = this.record;
        this.record = [];
        if (r.length === 1 && r[0] === '')
            return; // a blank line
        this.onRecord(r, this.recordLine);
    }
}
/** Reads a CUR CSV (or .csv.gz) and sums the cost per tenant and lab tag. */
async function readCurCosts(file) {
    const where = (0, sources_1.shownPath)(file);
    if (!fs.existsSync(file))
        throw new command_1.CliInputError(`${where}: the Cost and Usage Report does not exist. Fix: give the path of the report's CSV (or .csv.gz) file`);
    let header;
    let col;
    const tenants = new Map();
    let lines = 0;
    let total = 0;
    let untagged = 0;
    let currency;
    let start;
    let end;
    const csv = new CsvStream((fields, line) => {
        if (!header) {
            header = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
            const at = (name) => header.indexOf(name);
            col = {
                cost: at(exports.CUR_COST_COLUMN),
                tenant: at(curTagColumn(tags_1.TENANT_TAG)),
                lab: at(curTagColumn(tags_1.LAB_TAG)),
                currency: at('lineItem/CurrencyCode'),
                start: at('lineItem/UsageStartDate'),
                end: at('lineItem/UsageEndDate'),
            };
            if (col.cost < 0) {
                const cur2 = header.includes('line_item_unblended_cost');
                throw new command_1.CliInputError(`${where}:1: no column ${exports.CUR_COST_COLUMN}: this is not a Cost and Usage Report's CSV${cur2 ? ' of the legacy format (it is a CUR 2.0 export)' : ''}. `
                    + `Fix: give the legacy CUR's CSV${cur2 ? ', or a CUR 2.0 export whose query names its columns as the legacy CUR does (lineItem/UnblendedCost, resourceTags/user:research:tenant, ...)' : ' (its header names columns like lineItem/UnblendedCost)'}`);
            }
            if (col.tenant < 0) {
                throw new command_1.CliInputError(`${where}:1: no column ${curTagColumn(tags_1.TENANT_TAG)}: the report does not carry the tenant tag. `
                    + `Fix: activate ${tags_1.TENANT_TAG} (and ${tags_1.LAB_TAG}) as cost allocation tags (Billing > Cost allocation tags) and include resource IDs in the report; usage from then on carries them`);
            }
            return;
        }
        const c = col;
        lines++;
        const raw = fields[c.cost] ?? '';
        const cost = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(cost)) {
            throw new command_1.CliInputError(`${where}:${line}: ${exports.CUR_COST_COLUMN} ${JSON.stringify(raw)} is not a number. Fix: give the report as AWS exported it`);
        }
        if (c.currency >= 0 && fields[c.currency]) {
            if (currency === undefined) {
                currency = fields[c.currency];
            }
            else if (fields[c.currency] !== currency) {
                throw new command_1.CliInputError(`${where}:${line}: lineItem/CurrencyCode ${JSON.stringify(fields[c.currency])} differs from ${JSON.stringify(currency)} of the lines before. Fix: report one currency at a time`);
            }
        }
        if (c.start >= 0 && fields[c.start] && (start === undefined || fields[c.start] < start))
            start = fields[c.start];
        if (c.end >= 0 && fields[c.end] && (end === undefined || fields[c.end] > end))
            end = fields[c.end];
        total += cost;
        const tenant = fields[c.tenant] ?? '';
        if (!tenant) {
            untagged += cost;
            return;
        }
        let t = tenants.get(tenant);
        if (!t)
            tenants.set(tenant, t = { cost: 0, labs: new Map(), unlabelled: 0 });
        t.cost += cost;
        const lab = c.lab >= 0 ? fields[c.lab] ?? '' : '';
        if (lab)
            t.labs.set(lab, (t.labs.get(lab) ?? 0) + cost);
        else
            t.unlabelled += cost;
    }, where);
    const source = file.endsWith('.gz') ? fs.createReadStream(file).pipe(zlib.createGunzip()) : fs.createReadStream(file);
    // A decoder keeps a character whose bytes straddle two chunks whole.
    const decoder = new string_decoder_1.StringDecoder('utf8');
    try {
        for await (const chunk of source)
            csv.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
        csv.push(decoder.end());
    }
    catch (e) {
        if (e instanceof command_1.CliInputError)
            throw e;
        throw new command_1.CliInputError(`${where}: the report cannot be read (${e.message}). Fix: give the CSV file, or the .csv.gz AWS delivered, unchanged`);
    }
    csv.end();
    if (!header)
        throw new command_1.CliInputError(`${where}: the report is empty. Fix: give the report's CSV file`);
    const round = (n) => Math.round(n * 1e6) / 1e6;
    return {
        file: where,
        lines,
        currency: currency ?? 'USD',
        start,
        end,
        total: round(total),
        untagged: round(untagged),
        hasLabColumn: col.lab >= 0,
        tenants: [...tenants.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([tenant, t]) => ({
            tenant,
            cost: round(t.cost),
            labs: [...t.labs.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([lab, cost]) => ({ lab, cost: round(cost) })),
            unlabelled: round(t.unlabelled),
        })),
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY3VyLXJlcG9ydC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvY3VyLXJlcG9ydC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFvQkEsb0NBRUM7QUEwR0Qsb0NBNEZDO0FBNU5EOzs7Ozs7Ozs7R0FTRztBQUNILHVDQUF5QjtBQUN6QixtREFBK0M7QUFDL0MsMkNBQTZCO0FBQzdCLHVDQUEwQztBQUMxQyx1Q0FBc0M7QUFDdEMscURBQWlFO0FBRWpFLDRCQUE0QjtBQUNmLFFBQUEsZUFBZSxHQUFHLHdCQUF3QixDQUFDO0FBQ3hELDREQUE0RDtBQUM1RCxTQUFnQixZQUFZLENBQUMsR0FBVztJQUN0QyxPQUFPLHFCQUFxQixHQUFHLEVBQUUsQ0FBQztBQUNwQyxDQUFDO0FBNkJEOzs7R0FHRztBQUNILE1BQU0sU0FBUztJQVNnQjtJQUFxRTtJQVIxRixLQUFLLEdBQUcsRUFBRSxDQUFDO0lBQ1gsTUFBTSxHQUFhLEVBQUUsQ0FBQztJQUN0QixNQUFNLEdBQUcsS0FBSyxDQUFDO0lBQ2YsVUFBVSxHQUFHLEtBQUssQ0FBQztJQUNuQixJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ1QsVUFBVSxHQUFHLENBQUMsQ0FBQztJQUNmLFNBQVMsR0FBRyxLQUFLLENBQUM7SUFFMUIsWUFBNkIsUUFBa0QsRUFBbUIsS0FBYTtRQUFsRixhQUFRLEdBQVIsUUFBUSxDQUEwQztRQUFtQixVQUFLLEdBQUwsS0FBSyxDQUFRO0lBQUcsQ0FBQztJQUU1RyxJQUFJLENBQUMsSUFBWTtRQUN0QixLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ3JDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUNsQixJQUFJLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQztnQkFDbkIsSUFBSSxDQUFDLFNBQVMsR0FBRyxLQUFLLENBQUM7Z0JBQ3ZCLElBQUksQ0FBQyxLQUFLLElBQUk7b0JBQUUsU0FBUztZQUMzQixDQUFDO1lBQ0QsSUFBSSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7Z0JBQ2hCLElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUNkLElBQUksQ0FBQyxNQUFNLEdBQUcsS0FBSyxDQUFDO29CQUNwQixJQUFJLENBQUMsVUFBVSxHQUFHLElBQUksQ0FBQztnQkFDekIsQ0FBQztxQkFBTSxDQUFDO29CQUNOLElBQUksQ0FBQyxLQUFLLElBQUk7d0JBQUUsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO29CQUM1QixJQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQztnQkFDbEIsQ0FBQztnQkFDRCxTQUFTO1lBQ1gsQ0FBQztZQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO2dCQUNkLElBQUksSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDO29CQUNwQix1Q0FBdUM7b0JBQ3ZDLElBQUksQ0FBQyxLQUFLLElBQUksR0FBRyxDQUFDO29CQUNsQixJQUFJLENBQUMsTUFBTSxHQUFHLElBQUksQ0FBQztvQkFDbkIsSUFBSSxDQUFDLFVBQVUsR0FBRyxLQUFLLENBQUM7Z0JBQzFCLENBQUM7cUJBQU0sSUFBSSxJQUFJLENBQUMsS0FBSyxLQUFLLEVBQUUsRUFBRSxDQUFDO29CQUM3QixJQUFJLENBQUMsTUFBTSxHQUFHLElBQUksQ0FBQztnQkFDckIsQ0FBQztxQkFBTSxDQUFDO29CQUNOLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsSUFBSSxDQUFDLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSx5R0FBeUcsQ0FBQyxDQUFDO2dCQUMvSixDQUFDO2dCQUNELFNBQVM7WUFDWCxDQUFDO1lBQ0QsSUFBSSxDQUFDLFVBQVUsR0FBRyxLQUFLLENBQUM7WUFDeEIsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7Z0JBQ2QsSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO2dCQUM3QixJQUFJLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztZQUNsQixDQUFDO2lCQUFNLElBQUksQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7Z0JBQ3BDLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQztnQkFDakIsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO2dCQUNaLElBQUksQ0FBQyxVQUFVLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQztnQkFDNUIsSUFBSSxDQUFDLEtBQUssSUFBSTtvQkFBRSxJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQztZQUN4QyxDQUFDO2lCQUFNLENBQUM7Z0JBQ04sSUFBSSxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUM7WUFDbEIsQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0lBRU0sR0FBRztRQUNSLElBQUksSUFBSSxDQUFDLE1BQU07WUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDLFVBQVUsaUhBQWlILENBQUMsQ0FBQztRQUM1TCxJQUFJLElBQUksQ0FBQyxLQUFLLEtBQUssRUFBRSxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUM7WUFBRSxJQUFJLENBQUMsU0FBUyxFQUFFLENBQUM7SUFDcEUsQ0FBQztJQUVPLFNBQVM7UUFDZixJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDN0IsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7UUFDaEIsSUFBSSxDQUFDLFVBQVUsR0FBRyxLQUFLLENBQUM7UUFDeEIsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQztRQUN0QixJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsQ0FBQztRQUNqQixJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFO1lBQUUsT0FBTyxDQUFDLGVBQWU7UUFDMUQsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxDQUFDO0lBQ3BDLENBQUM7Q0FDRjtBQUVELDZFQUE2RTtBQUN0RSxLQUFLLFVBQVUsWUFBWSxDQUFDLElBQVk7SUFDN0MsTUFBTSxLQUFLLEdBQUcsSUFBQSxtQkFBUyxFQUFDLElBQUksQ0FBQyxDQUFDO0lBQzlCLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQztRQUFFLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsS0FBSyxzR0FBc0csQ0FBQyxDQUFDO0lBQ2xLLElBQUksTUFBNEIsQ0FBQztJQUNqQyxJQUFJLEdBQTRHLENBQUM7SUFDakgsTUFBTSxPQUFPLEdBQUcsSUFBSSxHQUFHLEVBQTJFLENBQUM7SUFDbkcsSUFBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0lBQ2QsSUFBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDO0lBQ2QsSUFBSSxRQUFRLEdBQUcsQ0FBQyxDQUFDO0lBQ2pCLElBQUksUUFBNEIsQ0FBQztJQUNqQyxJQUFJLEtBQXlCLENBQUM7SUFDOUIsSUFBSSxHQUF1QixDQUFDO0lBQzVCLE1BQU0sR0FBRyxHQUFHLElBQUksU0FBUyxDQUFDLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxFQUFFO1FBQ3pDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNaLE1BQU0sR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFNBQVMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUN4RSxNQUFNLEVBQUUsR0FBRyxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsTUFBTyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNuRCxHQUFHLEdBQUc7Z0JBQ0osSUFBSSxFQUFFLEVBQUUsQ0FBQyx1QkFBZSxDQUFDO2dCQUN6QixNQUFNLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxpQkFBVSxDQUFDLENBQUM7Z0JBQ3BDLEdBQUcsRUFBRSxFQUFFLENBQUMsWUFBWSxDQUFDLGNBQU8sQ0FBQyxDQUFDO2dCQUM5QixRQUFRLEVBQUUsRUFBRSxDQUFDLHVCQUF1QixDQUFDO2dCQUNyQyxLQUFLLEVBQUUsRUFBRSxDQUFDLHlCQUF5QixDQUFDO2dCQUNwQyxHQUFHLEVBQUUsRUFBRSxDQUFDLHVCQUF1QixDQUFDO2FBQ2pDLENBQUM7WUFDRixJQUFJLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxFQUFFLENBQUM7Z0JBQ2pCLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUMsMEJBQTBCLENBQUMsQ0FBQztnQkFDekQsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxLQUFLLGlCQUFpQix1QkFBZSw4Q0FBOEMsSUFBSSxDQUFDLENBQUMsQ0FBQyxnREFBZ0QsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJO3NCQUMxSyxpQ0FBaUMsSUFBSSxDQUFDLENBQUMsQ0FBQyw2SUFBNkksQ0FBQyxDQUFDLENBQUMseURBQXlELEVBQUUsQ0FBQyxDQUFDO1lBQzNQLENBQUM7WUFDRCxJQUFJLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUM7Z0JBQ25CLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsS0FBSyxpQkFBaUIsWUFBWSxDQUFDLGlCQUFVLENBQUMsOENBQThDO3NCQUNuSCxpQkFBaUIsaUJBQVUsU0FBUyxjQUFPLG9JQUFvSSxDQUFDLENBQUM7WUFDdkwsQ0FBQztZQUNELE9BQU87UUFDVCxDQUFDO1FBQ0QsTUFBTSxDQUFDLEdBQUcsR0FBSSxDQUFDO1FBQ2YsS0FBSyxFQUFFLENBQUM7UUFDUixNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNqQyxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDekIsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ2hELE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsS0FBSyxJQUFJLElBQUksS0FBSyx1QkFBZSxJQUFJLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLDJEQUEyRCxDQUFDLENBQUM7UUFDbEosQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLFFBQVEsSUFBSSxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDO1lBQzFDLElBQUksUUFBUSxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUFBLFFBQVEsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1lBQUEsQ0FBQztpQkFBTSxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssUUFBUSxFQUFFLENBQUM7Z0JBQ3RHLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsS0FBSyxJQUFJLElBQUksMkJBQTJCLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxpQkFBaUIsSUFBSSxDQUFDLFNBQVMsQ0FBQyxRQUFRLENBQUMsMERBQTBELENBQUMsQ0FBQztZQUM1TSxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssS0FBSyxTQUFTLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxLQUFLLENBQUM7WUFBRSxLQUFLLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUNqSCxJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDO1lBQUUsR0FBRyxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDbkcsS0FBSyxJQUFJLElBQUksQ0FBQztRQUNkLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3RDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNaLFFBQVEsSUFBSSxJQUFJLENBQUM7WUFDakIsT0FBTztRQUNULENBQUM7UUFDRCxJQUFJLENBQUMsR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQzVCLElBQUksQ0FBQyxDQUFDO1lBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxHQUFHLEVBQUUsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM3RSxDQUFDLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQztRQUNmLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2xELElBQUksR0FBRztZQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDOztZQUNuRCxDQUFDLENBQUMsVUFBVSxJQUFJLElBQUksQ0FBQztJQUM1QixDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFFVixNQUFNLE1BQU0sR0FBMEIsSUFBSSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLGdCQUFnQixDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLGdCQUFnQixDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzdJLHFFQUFxRTtJQUNyRSxNQUFNLE9BQU8sR0FBRyxJQUFJLDhCQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDMUMsSUFBSSxDQUFDO1FBQ0gsSUFBSSxLQUFLLEVBQUUsTUFBTSxLQUFLLElBQUksTUFBd0M7WUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDdkksR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUMxQixDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLElBQUksQ0FBQyxZQUFZLHVCQUFhO1lBQUUsTUFBTSxDQUFDLENBQUM7UUFDeEMsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxLQUFLLGdDQUFpQyxDQUFXLENBQUMsT0FBTyxvRUFBb0UsQ0FBQyxDQUFDO0lBQzVKLENBQUM7SUFDRCxHQUFHLENBQUMsR0FBRyxFQUFFLENBQUM7SUFDVixJQUFJLENBQUMsTUFBTTtRQUFFLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsS0FBSyx3REFBd0QsQ0FBQyxDQUFDO0lBQ3ZHLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBUyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRyxHQUFHLENBQUM7SUFDdkQsT0FBTztRQUNMLElBQUksRUFBRSxLQUFLO1FBQ1gsS0FBSztRQUNMLFFBQVEsRUFBRSxRQUFRLElBQUksS0FBSztRQUMzQixLQUFLO1FBQ0wsR0FBRztRQUNILEtBQUssRUFBRSxLQUFLLENBQUMsS0FBSyxDQUFDO1FBQ25CLFFBQVEsRUFBRSxLQUFLLENBQUMsUUFBUSxDQUFDO1FBQ3pCLFlBQVksRUFBRSxHQUFJLENBQUMsR0FBRyxJQUFJLENBQUM7UUFDM0IsT0FBTyxFQUFFLENBQUMsR0FBRyxPQUFPLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDN0YsTUFBTTtZQUNOLElBQUksRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztZQUNuQixJQUFJLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDdkgsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDO1NBQ2hDLENBQUMsQ0FBQztLQUNKLENBQUM7QUFDSixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgYWN0dWFsIGNvc3QgcGVyIHRlbmFudCBhbmQgbGFiIGZyb20gYW4gQVdTIENvc3QgYW5kIFVzYWdlIFJlcG9ydCAodGhlIGxlZ2FjeSBDVVIncyBDU1ZcbiAqIGV4cG9ydCwgYC5jc3ZgIG9yIGAuY3N2Lmd6YCksIGJ5IHRoZSBjb3N0IGFsbG9jYXRpb24gdGFncyB0aGUga2l0IHB1dHMgb24gZXZlcnkgcmVzb3VyY2U6XG4gKiBgcmVzZWFyY2g6dGVuYW50YCAoZXZlcnkgcmVzb3VyY2Ugb2YgYW4gaW5zdGl0dXRpb24ncyB0ZW5hbnQpIGFuZCBgcmVzZWFyY2g6bGFiYCAodGhlIGxhYidzXG4gKiByZXNvdXJjZXMpLiBJbiBhIENVUiBhIHVzZXIgdGFnIGBLYCBpcyB0aGUgY29sdW1uIGByZXNvdXJjZVRhZ3MvdXNlcjpLYDsgaXQgaXMgdGhlcmUgb25seSBvbmNlXG4gKiBgS2AgaXMgYWN0aXZhdGVkIGFzIGEgY29zdCBhbGxvY2F0aW9uIHRhZyAoQmlsbGluZyA+IENvc3QgYWxsb2NhdGlvbiB0YWdzKSBhbmQgb25seSBmb3IgdXNhZ2VcbiAqIGFmdGVyIHRoYXQuIFRoZSBjb3N0IG9mIGEgbGluZSBpcyBgbGluZUl0ZW0vVW5ibGVuZGVkQ29zdGAuIExpbmVzIHdpdGhvdXQgdGhlIHRlbmFudCB0YWcgKHRheCxcbiAqIHN1cHBvcnQsIHNoYXJlZCBuZXR3b3JrLCByZXNvdXJjZXMgb3V0c2lkZSB0aGUga2l0KSBhcmUgc3VtbWVkIGFzIHVudGFnZ2VkLiBUaGUgZmlsZSBpcyByZWFkXG4gKiBhcyBhIHN0cmVhbSwgc28gYSBtb250aCBvZiBhIGxhcmdlIGFjY291bnQncyBsaW5lcyBmaXRzIGluIG1lbW9yeS5cbiAqL1xuaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0IHsgU3RyaW5nRGVjb2RlciB9IGZyb20gJ3N0cmluZ19kZWNvZGVyJztcbmltcG9ydCAqIGFzIHpsaWIgZnJvbSAnemxpYic7XG5pbXBvcnQgeyBDbGlJbnB1dEVycm9yIH0gZnJvbSAnLi9jb21tYW5kJztcbmltcG9ydCB7IHNob3duUGF0aCB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgeyBMQUJfVEFHLCBURU5BTlRfVEFHIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3RhZ3MnO1xuXG4vKiogVGhlIGNvc3QgY29sdW1uIHJlYWQuICovXG5leHBvcnQgY29uc3QgQ1VSX0NPU1RfQ09MVU1OID0gJ2xpbmVJdGVtL1VuYmxlbmRlZENvc3QnO1xuLyoqIFRoZSBDVVIgY29sdW1uIG9mIGEgdXNlci1kZWZpbmVkIGNvc3QgYWxsb2NhdGlvbiB0YWcuICovXG5leHBvcnQgZnVuY3Rpb24gY3VyVGFnQ29sdW1uKGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGByZXNvdXJjZVRhZ3MvdXNlcjoke2tleX1gO1xufVxuXG4vKiogVGhlIGFjdHVhbCBjb3N0IG9mIGEgdGVuYW50IGZyb20gdGhlIHJlcG9ydC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3VyVGVuYW50Q29zdCB7XG4gIHJlYWRvbmx5IHRlbmFudDogc3RyaW5nO1xuICByZWFkb25seSBjb3N0OiBudW1iZXI7XG4gIC8qKiBDb3N0IHBlciBsYWIgKHRoZSBgcmVzZWFyY2g6bGFiYCB0YWcpOyBsaW5lcyBvZiB0aGUgdGVuYW50IHdpdGhvdXQgaXQgYXJlIGB1bmxhYmVsbGVkYC4gKi9cbiAgcmVhZG9ubHkgbGFiczogQXJyYXk8eyBsYWI6IHN0cmluZzsgY29zdDogbnVtYmVyIH0+O1xuICAvKiogQ29zdCBvZiB0aGUgdGVuYW50J3MgbGluZXMgd2l0aG91dCBhIGxhYiB0YWcgKGl0cyB0ZW5hbnQgc3RhY2s6IGtleSwgdG9waWMsIHRyYWlsKS4gKi9cbiAgcmVhZG9ubHkgdW5sYWJlbGxlZDogbnVtYmVyO1xufVxuXG4vKiogV2hhdCBhIENvc3QgYW5kIFVzYWdlIFJlcG9ydCBzYXlzIGFib3V0IGFuIGluc3RpdHV0aW9uJ3MgdGVuYW50cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3VyQ29zdHMge1xuICByZWFkb25seSBmaWxlOiBzdHJpbmc7XG4gIC8qKiBMaW5lIGl0ZW1zIHJlYWQuICovXG4gIHJlYWRvbmx5IGxpbmVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGN1cnJlbmN5OiBzdHJpbmc7XG4gIC8qKiBGaXJzdCB1c2FnZSBzdGFydCBhbmQgbGFzdCB1c2FnZSBlbmQgb2YgdGhlIGxpbmVzIChJU08pLCB3aGVuIHRoZSByZXBvcnQgaGFzIHRob3NlIGNvbHVtbnMuICovXG4gIHJlYWRvbmx5IHN0YXJ0Pzogc3RyaW5nO1xuICByZWFkb25seSBlbmQ/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHRvdGFsOiBudW1iZXI7XG4gIC8qKiBDb3N0IG9mIHRoZSBsaW5lcyB3aXRob3V0IHRoZSB0ZW5hbnQgdGFnLiAqL1xuICByZWFkb25seSB1bnRhZ2dlZDogbnVtYmVyO1xuICByZWFkb25seSB0ZW5hbnRzOiBDdXJUZW5hbnRDb3N0W107XG4gIC8qKiBXaGV0aGVyIHRoZSByZXBvcnQgaGFzIHRoZSBsYWIgdGFnIGNvbHVtbiAoZWxzZSBubyBjb3N0IHBlciBsYWIpLiAqL1xuICByZWFkb25seSBoYXNMYWJDb2x1bW46IGJvb2xlYW47XG59XG5cbi8qKlxuICogQSBDU1YgcmVhZGVyIChSRkMgNDE4MDogcXVvdGVkIGZpZWxkcyB3aXRoIGNvbW1hcywgcXVvdGVzIGFuZCBsaW5lIGJyZWFrczsgQ1JMRiBvciBMRikgZmVkXG4gKiBpbiBjaHVua3M7IGNhbGxzIGBvblJlY29yZGAgd2l0aCBlYWNoIHJlY29yZCBhbmQgdGhlIGxpbmUgaXQgc3RhcnRzIG9uLlxuICovXG5jbGFzcyBDc3ZTdHJlYW0ge1xuICBwcml2YXRlIGZpZWxkID0gJyc7XG4gIHByaXZhdGUgcmVjb3JkOiBzdHJpbmdbXSA9IFtdO1xuICBwcml2YXRlIHF1b3RlZCA9IGZhbHNlO1xuICBwcml2YXRlIGFmdGVyUXVvdGUgPSBmYWxzZTtcbiAgcHJpdmF0ZSBsaW5lID0gMTtcbiAgcHJpdmF0ZSByZWNvcmRMaW5lID0gMTtcbiAgcHJpdmF0ZSBwZW5kaW5nQ3IgPSBmYWxzZTtcblxuICBjb25zdHJ1Y3Rvcihwcml2YXRlIHJlYWRvbmx5IG9uUmVjb3JkOiAoZmllbGRzOiBzdHJpbmdbXSwgbGluZTogbnVtYmVyKSA9PiB2b2lkLCBwcml2YXRlIHJlYWRvbmx5IHdoZXJlOiBzdHJpbmcpIHt9XG5cbiAgcHVibGljIHB1c2godGV4dDogc3RyaW5nKTogdm9pZCB7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCB0ZXh0Lmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBjID0gdGV4dFtpXTtcbiAgICAgIGlmICh0aGlzLnBlbmRpbmdDcikge1xuICAgICAgICB0aGlzLnBlbmRpbmdDciA9IGZhbHNlO1xuICAgICAgICBpZiAoYyA9PT0gJ1xcbicpIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKHRoaXMucXVvdGVkKSB7XG4gICAgICAgIGlmIChjID09PSAnXCInKSB7XG4gICAgICAgICAgdGhpcy5xdW90ZWQgPSBmYWxzZTtcbiAgICAgICAgICB0aGlzLmFmdGVyUXVvdGUgPSB0cnVlO1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGlmIChjID09PSAnXFxuJykgdGhpcy5saW5lKys7XG4gICAgICAgICAgdGhpcy5maWVsZCArPSBjO1xuICAgICAgICB9XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKGMgPT09ICdcIicpIHtcbiAgICAgICAgaWYgKHRoaXMuYWZ0ZXJRdW90ZSkge1xuICAgICAgICAgIC8vIFwiXCIgaW5zaWRlIGEgcXVvdGVkIGZpZWxkOiBvbmUgcXVvdGUuXG4gICAgICAgICAgdGhpcy5maWVsZCArPSAnXCInO1xuICAgICAgICAgIHRoaXMucXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgICB0aGlzLmFmdGVyUXVvdGUgPSBmYWxzZTtcbiAgICAgICAgfSBlbHNlIGlmICh0aGlzLmZpZWxkID09PSAnJykge1xuICAgICAgICAgIHRoaXMucXVvdGVkID0gdHJ1ZTtcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHt0aGlzLndoZXJlfToke3RoaXMubGluZX06IGEgcXVvdGUgaW5zaWRlIGFuIHVucXVvdGVkIGZpZWxkLiBGaXg6IGV4cG9ydCB0aGUgcmVwb3J0IGFnYWluIGFzIENTViAoZmllbGRzIHdpdGggcXVvdGVzIGFyZSBxdW90ZWQpYCk7XG4gICAgICAgIH1cbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICB0aGlzLmFmdGVyUXVvdGUgPSBmYWxzZTtcbiAgICAgIGlmIChjID09PSAnLCcpIHtcbiAgICAgICAgdGhpcy5yZWNvcmQucHVzaCh0aGlzLmZpZWxkKTtcbiAgICAgICAgdGhpcy5maWVsZCA9ICcnO1xuICAgICAgfSBlbHNlIGlmIChjID09PSAnXFxuJyB8fCBjID09PSAnXFxyJykge1xuICAgICAgICB0aGlzLmVuZFJlY29yZCgpO1xuICAgICAgICB0aGlzLmxpbmUrKztcbiAgICAgICAgdGhpcy5yZWNvcmRMaW5lID0gdGhpcy5saW5lO1xuICAgICAgICBpZiAoYyA9PT0gJ1xccicpIHRoaXMucGVuZGluZ0NyID0gdHJ1ZTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHRoaXMuZmllbGQgKz0gYztcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICBwdWJsaWMgZW5kKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnF1b3RlZCkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7dGhpcy53aGVyZX06JHt0aGlzLnJlY29yZExpbmV9OiBhIHF1b3RlZCBmaWVsZCBpcyBub3QgY2xvc2VkIGJlZm9yZSB0aGUgZW5kIG9mIHRoZSBmaWxlLiBGaXg6IGV4cG9ydCB0aGUgcmVwb3J0IGFnYWluICh0aGUgZmlsZSBpcyBjdXQgc2hvcnQpYCk7XG4gICAgaWYgKHRoaXMuZmllbGQgIT09ICcnIHx8IHRoaXMucmVjb3JkLmxlbmd0aCA+IDApIHRoaXMuZW5kUmVjb3JkKCk7XG4gIH1cblxuICBwcml2YXRlIGVuZFJlY29yZCgpOiB2b2lkIHtcbiAgICB0aGlzLnJlY29yZC5wdXNoKHRoaXMuZmllbGQpO1xuICAgIHRoaXMuZmllbGQgPSAnJztcbiAgICB0aGlzLmFmdGVyUXVvdGUgPSBmYWxzZTtcbiAgICBjb25zdCByID0gdGhpcy5yZWNvcmQ7XG4gICAgdGhpcy5yZWNvcmQgPSBbXTtcbiAgICBpZiAoci5sZW5ndGggPT09IDEgJiYgclswXSA9PT0gJycpIHJldHVybjsgLy8gYSBibGFuayBsaW5lXG4gICAgdGhpcy5vblJlY29yZChyLCB0aGlzLnJlY29yZExpbmUpO1xuICB9XG59XG5cbi8qKiBSZWFkcyBhIENVUiBDU1YgKG9yIC5jc3YuZ3opIGFuZCBzdW1zIHRoZSBjb3N0IHBlciB0ZW5hbnQgYW5kIGxhYiB0YWcuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZEN1ckNvc3RzKGZpbGU6IHN0cmluZyk6IFByb21pc2U8Q3VyQ29zdHM+IHtcbiAgY29uc3Qgd2hlcmUgPSBzaG93blBhdGgoZmlsZSk7XG4gIGlmICghZnMuZXhpc3RzU3luYyhmaWxlKSkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7d2hlcmV9OiB0aGUgQ29zdCBhbmQgVXNhZ2UgUmVwb3J0IGRvZXMgbm90IGV4aXN0LiBGaXg6IGdpdmUgdGhlIHBhdGggb2YgdGhlIHJlcG9ydCdzIENTViAob3IgLmNzdi5neikgZmlsZWApO1xuICBsZXQgaGVhZGVyOiBzdHJpbmdbXSB8IHVuZGVmaW5lZDtcbiAgbGV0IGNvbDogeyBjb3N0OiBudW1iZXI7IHRlbmFudDogbnVtYmVyOyBsYWI6IG51bWJlcjsgY3VycmVuY3k6IG51bWJlcjsgc3RhcnQ6IG51bWJlcjsgZW5kOiBudW1iZXIgfSB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdGVuYW50cyA9IG5ldyBNYXA8c3RyaW5nLCB7IGNvc3Q6IG51bWJlcjsgbGFiczogTWFwPHN0cmluZywgbnVtYmVyPjsgdW5sYWJlbGxlZDogbnVtYmVyIH0+KCk7XG4gIGxldCBsaW5lcyA9IDA7XG4gIGxldCB0b3RhbCA9IDA7XG4gIGxldCB1bnRhZ2dlZCA9IDA7XG4gIGxldCBjdXJyZW5jeTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBsZXQgc3RhcnQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGVuZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBjb25zdCBjc3YgPSBuZXcgQ3N2U3RyZWFtKChmaWVsZHMsIGxpbmUpID0+IHtcbiAgICBpZiAoIWhlYWRlcikge1xuICAgICAgaGVhZGVyID0gZmllbGRzLm1hcCgoaCwgaSkgPT4gKGkgPT09IDAgPyBoLnJlcGxhY2UoL15cXHVGRUZGLywgJycpIDogaCkpO1xuICAgICAgY29uc3QgYXQgPSAobmFtZTogc3RyaW5nKSA9PiBoZWFkZXIhLmluZGV4T2YobmFtZSk7XG4gICAgICBjb2wgPSB7XG4gICAgICAgIGNvc3Q6IGF0KENVUl9DT1NUX0NPTFVNTiksXG4gICAgICAgIHRlbmFudDogYXQoY3VyVGFnQ29sdW1uKFRFTkFOVF9UQUcpKSxcbiAgICAgICAgbGFiOiBhdChjdXJUYWdDb2x1bW4oTEFCX1RBRykpLFxuICAgICAgICBjdXJyZW5jeTogYXQoJ2xpbmVJdGVtL0N1cnJlbmN5Q29kZScpLFxuICAgICAgICBzdGFydDogYXQoJ2xpbmVJdGVtL1VzYWdlU3RhcnREYXRlJyksXG4gICAgICAgIGVuZDogYXQoJ2xpbmVJdGVtL1VzYWdlRW5kRGF0ZScpLFxuICAgICAgfTtcbiAgICAgIGlmIChjb2wuY29zdCA8IDApIHtcbiAgICAgICAgY29uc3QgY3VyMiA9IGhlYWRlci5pbmNsdWRlcygnbGluZV9pdGVtX3VuYmxlbmRlZF9jb3N0Jyk7XG4gICAgICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke3doZXJlfToxOiBubyBjb2x1bW4gJHtDVVJfQ09TVF9DT0xVTU59OiB0aGlzIGlzIG5vdCBhIENvc3QgYW5kIFVzYWdlIFJlcG9ydCdzIENTViR7Y3VyMiA/ICcgb2YgdGhlIGxlZ2FjeSBmb3JtYXQgKGl0IGlzIGEgQ1VSIDIuMCBleHBvcnQpJyA6ICcnfS4gYFxuICAgICAgICAgICsgYEZpeDogZ2l2ZSB0aGUgbGVnYWN5IENVUidzIENTViR7Y3VyMiA/ICcsIG9yIGEgQ1VSIDIuMCBleHBvcnQgd2hvc2UgcXVlcnkgbmFtZXMgaXRzIGNvbHVtbnMgYXMgdGhlIGxlZ2FjeSBDVVIgZG9lcyAobGluZUl0ZW0vVW5ibGVuZGVkQ29zdCwgcmVzb3VyY2VUYWdzL3VzZXI6cmVzZWFyY2g6dGVuYW50LCAuLi4pJyA6ICcgKGl0cyBoZWFkZXIgbmFtZXMgY29sdW1ucyBsaWtlIGxpbmVJdGVtL1VuYmxlbmRlZENvc3QpJ31gKTtcbiAgICAgIH1cbiAgICAgIGlmIChjb2wudGVuYW50IDwgMCkge1xuICAgICAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHt3aGVyZX06MTogbm8gY29sdW1uICR7Y3VyVGFnQ29sdW1uKFRFTkFOVF9UQUcpfTogdGhlIHJlcG9ydCBkb2VzIG5vdCBjYXJyeSB0aGUgdGVuYW50IHRhZy4gYFxuICAgICAgICAgICsgYEZpeDogYWN0aXZhdGUgJHtURU5BTlRfVEFHfSAoYW5kICR7TEFCX1RBR30pIGFzIGNvc3QgYWxsb2NhdGlvbiB0YWdzIChCaWxsaW5nID4gQ29zdCBhbGxvY2F0aW9uIHRhZ3MpIGFuZCBpbmNsdWRlIHJlc291cmNlIElEcyBpbiB0aGUgcmVwb3J0OyB1c2FnZSBmcm9tIHRoZW4gb24gY2FycmllcyB0aGVtYCk7XG4gICAgICB9XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGMgPSBjb2whO1xuICAgIGxpbmVzKys7XG4gICAgY29uc3QgcmF3ID0gZmllbGRzW2MuY29zdF0gPz8gJyc7XG4gICAgY29uc3QgY29zdCA9IE51bWJlcihyYXcpO1xuICAgIGlmIChyYXcudHJpbSgpID09PSAnJyB8fCAhTnVtYmVyLmlzRmluaXRlKGNvc3QpKSB7XG4gICAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHt3aGVyZX06JHtsaW5lfTogJHtDVVJfQ09TVF9DT0xVTU59ICR7SlNPTi5zdHJpbmdpZnkocmF3KX0gaXMgbm90IGEgbnVtYmVyLiBGaXg6IGdpdmUgdGhlIHJlcG9ydCBhcyBBV1MgZXhwb3J0ZWQgaXRgKTtcbiAgICB9XG4gICAgaWYgKGMuY3VycmVuY3kgPj0gMCAmJiBmaWVsZHNbYy5jdXJyZW5jeV0pIHtcbiAgICAgIGlmIChjdXJyZW5jeSA9PT0gdW5kZWZpbmVkKSB7Y3VycmVuY3kgPSBmaWVsZHNbYy5jdXJyZW5jeV07fSBlbHNlIGlmIChmaWVsZHNbYy5jdXJyZW5jeV0gIT09IGN1cnJlbmN5KSB7XG4gICAgICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke3doZXJlfToke2xpbmV9OiBsaW5lSXRlbS9DdXJyZW5jeUNvZGUgJHtKU09OLnN0cmluZ2lmeShmaWVsZHNbYy5jdXJyZW5jeV0pfSBkaWZmZXJzIGZyb20gJHtKU09OLnN0cmluZ2lmeShjdXJyZW5jeSl9IG9mIHRoZSBsaW5lcyBiZWZvcmUuIEZpeDogcmVwb3J0IG9uZSBjdXJyZW5jeSBhdCBhIHRpbWVgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKGMuc3RhcnQgPj0gMCAmJiBmaWVsZHNbYy5zdGFydF0gJiYgKHN0YXJ0ID09PSB1bmRlZmluZWQgfHwgZmllbGRzW2Muc3RhcnRdIDwgc3RhcnQpKSBzdGFydCA9IGZpZWxkc1tjLnN0YXJ0XTtcbiAgICBpZiAoYy5lbmQgPj0gMCAmJiBmaWVsZHNbYy5lbmRdICYmIChlbmQgPT09IHVuZGVmaW5lZCB8fCBmaWVsZHNbYy5lbmRdID4gZW5kKSkgZW5kID0gZmllbGRzW2MuZW5kXTtcbiAgICB0b3RhbCArPSBjb3N0O1xuICAgIGNvbnN0IHRlbmFudCA9IGZpZWxkc1tjLnRlbmFudF0gPz8gJyc7XG4gICAgaWYgKCF0ZW5hbnQpIHtcbiAgICAgIHVudGFnZ2VkICs9IGNvc3Q7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGxldCB0ID0gdGVuYW50cy5nZXQodGVuYW50KTtcbiAgICBpZiAoIXQpIHRlbmFudHMuc2V0KHRlbmFudCwgdCA9IHsgY29zdDogMCwgbGFiczogbmV3IE1hcCgpLCB1bmxhYmVsbGVkOiAwIH0pO1xuICAgIHQuY29zdCArPSBjb3N0O1xuICAgIGNvbnN0IGxhYiA9IGMubGFiID49IDAgPyBmaWVsZHNbYy5sYWJdID8/ICcnIDogJyc7XG4gICAgaWYgKGxhYikgdC5sYWJzLnNldChsYWIsICh0LmxhYnMuZ2V0KGxhYikgPz8gMCkgKyBjb3N0KTtcbiAgICBlbHNlIHQudW5sYWJlbGxlZCArPSBjb3N0O1xuICB9LCB3aGVyZSk7XG5cbiAgY29uc3Qgc291cmNlOiBOb2RlSlMuUmVhZGFibGVTdHJlYW0gPSBmaWxlLmVuZHNXaXRoKCcuZ3onKSA/IGZzLmNyZWF0ZVJlYWRTdHJlYW0oZmlsZSkucGlwZSh6bGliLmNyZWF0ZUd1bnppcCgpKSA6IGZzLmNyZWF0ZVJlYWRTdHJlYW0oZmlsZSk7XG4gIC8vIEEgZGVjb2RlciBrZWVwcyBhIGNoYXJhY3RlciB3aG9zZSBieXRlcyBzdHJhZGRsZSB0d28gY2h1bmtzIHdob2xlLlxuICBjb25zdCBkZWNvZGVyID0gbmV3IFN0cmluZ0RlY29kZXIoJ3V0ZjgnKTtcbiAgdHJ5IHtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHNvdXJjZSBhcyBBc3luY0l0ZXJhYmxlPEJ1ZmZlciB8IHN0cmluZz4pIGNzdi5wdXNoKHR5cGVvZiBjaHVuayA9PT0gJ3N0cmluZycgPyBjaHVuayA6IGRlY29kZXIud3JpdGUoY2h1bmspKTtcbiAgICBjc3YucHVzaChkZWNvZGVyLmVuZCgpKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGlmIChlIGluc3RhbmNlb2YgQ2xpSW5wdXRFcnJvcikgdGhyb3cgZTtcbiAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHt3aGVyZX06IHRoZSByZXBvcnQgY2Fubm90IGJlIHJlYWQgKCR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9KS4gRml4OiBnaXZlIHRoZSBDU1YgZmlsZSwgb3IgdGhlIC5jc3YuZ3ogQVdTIGRlbGl2ZXJlZCwgdW5jaGFuZ2VkYCk7XG4gIH1cbiAgY3N2LmVuZCgpO1xuICBpZiAoIWhlYWRlcikgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7d2hlcmV9OiB0aGUgcmVwb3J0IGlzIGVtcHR5LiBGaXg6IGdpdmUgdGhlIHJlcG9ydCdzIENTViBmaWxlYCk7XG4gIGNvbnN0IHJvdW5kID0gKG46IG51bWJlcikgPT4gTWF0aC5yb3VuZChuICogMWU2KSAvIDFlNjtcbiAgcmV0dXJuIHtcbiAgICBmaWxlOiB3aGVyZSxcbiAgICBsaW5lcyxcbiAgICBjdXJyZW5jeTogY3VycmVuY3kgPz8gJ1VTRCcsXG4gICAgc3RhcnQsXG4gICAgZW5kLFxuICAgIHRvdGFsOiByb3VuZCh0b3RhbCksXG4gICAgdW50YWdnZWQ6IHJvdW5kKHVudGFnZ2VkKSxcbiAgICBoYXNMYWJDb2x1bW46IGNvbCEubGFiID49IDAsXG4gICAgdGVuYW50czogWy4uLnRlbmFudHMuZW50cmllcygpXS5zb3J0KChhLCBiKSA9PiBhWzBdLmxvY2FsZUNvbXBhcmUoYlswXSkpLm1hcCgoW3RlbmFudCwgdF0pID0+ICh7XG4gICAgICB0ZW5hbnQsXG4gICAgICBjb3N0OiByb3VuZCh0LmNvc3QpLFxuICAgICAgbGFiczogWy4uLnQubGFicy5lbnRyaWVzKCldLnNvcnQoKGEsIGIpID0+IGFbMF0ubG9jYWxlQ29tcGFyZShiWzBdKSkubWFwKChbbGFiLCBjb3N0XSkgPT4gKHsgbGFiLCBjb3N0OiByb3VuZChjb3N0KSB9KSksXG4gICAgICB1bmxhYmVsbGVkOiByb3VuZCh0LnVubGFiZWxsZWQpLFxuICAgIH0pKSxcbiAgfTtcbn1cbiJdfQ==