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
exports.institutionSchema = exports.TENANT_NAME = void 0;
exports.locateInstitutionField = locateInstitutionField;
exports.readInstitutionFile = readInstitutionFile;
/**
 * Reads an institution file (`institution.yaml`): tenants with their contacts, quotas, budgets,
 * accounts and lab files. Every problem comes with file, line and column, field, value and fix,
 * all at once. Lab paths are relative to the institution file and stay inside its folder (or
 * its repository), like a lab file's paths.
 */
const path = __importStar(require("path"));
const lab_file_1 = require("./lab-file");
const clean_1 = require("../../workspaces/private/clean");
const error_1 = require("../../workspaces/private/error");
const fields_1 = require("../../workspaces/private/fields");
const input_files_1 = require("../../workspaces/private/input-files");
const json_schema_1 = require("../../workspaces/private/schemas/json-schema");
const shape_1 = require("../../workspaces/private/schemas/shape");
const yaml_source_1 = require("../../workspaces/private/yaml-source");
/** A tenant or institution name: lower-case letters, digits and dashes (it names stacks, OUs and tags). */
exports.TENANT_NAME = /^[a-z][a-z0-9-]{0,30}$/;
/** JSON Schema of institution.yaml; the reader takes its key lists from here. */
exports.institutionSchema = (0, json_schema_1.lazy)(() => (0, json_schema_1.fileSchema)('cdk-research-workspaces institution', (0, json_schema_1.obj)('An institution: tenants (departments) with their labs, quotas, budgets and isolation. Unknown keys are errors.', {
    name: (0, json_schema_1.text)('Institution name (lower-case letters, digits, dashes).', { pattern: exports.TENANT_NAME.source }),
    description: (0, json_schema_1.text)('Human description.'),
    spend_hours_per_month: (0, json_schema_1.int)('Hours a month a workspace is counted as running in the monthly spend estimate (default 730: always on).', 1, 744),
    organization: (0, json_schema_1.obj)('Tenants in AWS Organizations: an OU per tenant under parent_id, service control policies, and an account for tenants with account:.', {
        parent_id: (0, json_schema_1.explained)((0, json_schema_1.text)('Root (r-...) or OU (ou-...) the tenant OUs are created under.', { pattern: '^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$' }), {
            code: 'invalid-value',
            problem: () => 'not an organization root or OU id',
            fix: 'write the root id (r-abcd) or an OU id (ou-abcd-12345678) from the Organizations console',
        }),
    }, ['parent_id']),
    tenants: (0, json_schema_1.list)('The tenants (departments).', (0, json_schema_1.obj)('A tenant.', {
        name: (0, json_schema_1.text)('Tenant name (lower-case letters, digits, dashes).', { pattern: exports.TENANT_NAME.source }),
        description: (0, json_schema_1.text)('Human description.'),
        contacts: (0, json_schema_1.list)('Named people of the tenant.', (0, json_schema_1.obj)('A person.', {
            name: (0, json_schema_1.text)('Name, as budgets and alerts name them.'),
            email: (0, json_schema_1.text)('Email address.', { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
        }, ['name', 'email'])),
        labs: (0, json_schema_1.textList)('Lab files (AWS lab.yaml), relative to this file.'),
        quota: (0, json_schema_1.obj)('Limits across all the tenant\'s labs, checked at synth.', {
            workspaces: (0, json_schema_1.int)('Workspaces.', 0),
            vcpus: (0, json_schema_1.int)('vCPUs of all workspaces.', 0),
            gpus: (0, json_schema_1.int)('GPUs of all workspaces.', 0),
            storage_gib: (0, json_schema_1.int)('Root volume storage in GiB.', 0),
            monthly_spend: (0, json_schema_1.num)('Estimated USD a month (hourly cost x spend_hours_per_month).', 0),
        }),
        budget: (0, json_schema_1.obj)('The tenant\'s AWS Budget (cost of resources tagged research:tenant).', {
            monthly_usd: (0, json_schema_1.num)('Monthly budget in USD.', 0),
            thresholds: (0, json_schema_1.textList)('Alert thresholds in percent of actual spend (default 50, 80, 100; a forecast alert at 100 is always added).'),
            notify: (0, json_schema_1.textList)('Contacts (by name) who get the alerts.'),
        }, ['monthly_usd']),
        account: (0, json_schema_1.obj)('The tenant\'s own AWS account, created in the organization (needs organization:).', {
            email: (0, json_schema_1.text)('Root email of the new account (unique in AWS).', { pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }),
            name: (0, json_schema_1.text)('Account name (default: <institution>-<tenant>).'),
        }, ['email']),
        allowed_regions: (0, json_schema_1.textList)('Regions the tenant may use (the service control policy denies the others).'),
    }, ['name', 'labs'])),
}, ['name', 'tenants'])));
const TOP = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, exports.institutionSchema)()));
const TENANT = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, exports.institutionSchema)(), ['tenants', '*']));
/** Where the fields of institutions read from files are, for messages with line and column. */
const SOURCES = new WeakMap();
/** The place of a field path (`tenants[0].quota.vcpus`) of a definition: file:line:column, or the file/construct path. */
function locateInstitutionField(def, field, fallback) {
    const src = SOURCES.get(def);
    if (!src)
        return { file: def.sourceFile ?? fallback };
    const p = [];
    for (const part of field.split('.')) {
        const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
        if (!m)
            return { file: src.file };
        p.push(m[1]);
        for (const i of m[2].matchAll(/\[(\d+)\]/g))
            p.push(Number(i[1]));
    }
    // The nearest existing node: a quota that is missing points at its tenant.
    while (p.length > 0 && !src.node(p))
        p.pop();
    return src.locate(p);
}
/** Reads and checks an institution file, and every lab file it names. */
function readInstitutionFile(file) {
    const src = yaml_source_1.YamlSource.fromFile(file, 'lab');
    const dir = path.dirname(path.resolve(file));
    const r = new fields_1.FieldReader(src, src.file);
    const d = src.data ?? {};
    if (typeof d !== 'object' || Array.isArray(d)) {
        r.expect([], d, 'a mapping with name: and tenants:');
        r.throwIfErrors('');
    }
    const strict = () => {
        for (const w of r.warnings.splice(0))
            r.errors.push({ ...w, severity: 'error', message: `${w.message}; a misspelled setting would silently not apply` });
    };
    r.unknownKeys(d, TOP(), []);
    strict();
    const name = r.str(d, 'name', [], { required: true });
    if (name !== undefined && !exports.TENANT_NAME.test(name))
        r.error(['name'], 'invalid-name', 'an institution name holds lower-case letters, digits and dashes (1 to 31), starting with a letter', name, 'use e.g. name: example-university');
    const org = r.mapping(d, 'organization', []);
    const organization = org ? { parentId: r.str(org, 'parent_id', ['organization'], { required: true }) ?? '' } : undefined;
    const spendHoursPerMonth = r.int(d, 'spend_hours_per_month', [], { min: 1, max: 744 });
    const tenantsRaw = r.list(d, 'tenants', []) ?? [];
    if (d.tenants === undefined)
        r.error(['tenants'], 'missing-field', 'required field "tenants" is missing', undefined, 'add tenants: with one entry per department (name, labs)');
    const tenants = [];
    const labErrors = [];
    tenantsRaw.forEach((t, i) => {
        const p = ['tenants', i];
        if (!t || typeof t !== 'object' || Array.isArray(t)) {
            r.expect(p, t, 'a tenant (name, labs, quota, ...)');
            return;
        }
        r.unknownKeys(t, TENANT(), p);
        strict();
        const contactsRaw = r.list(t, 'contacts', p) ?? [];
        const contacts = contactsRaw.filter((c) => c && typeof c === 'object' && !Array.isArray(c)).map((c, j) => ({
            name: r.str(c, 'name', [...p, 'contacts', j], { required: true }) ?? '',
            email: r.str(c, 'email', [...p, 'contacts', j], { required: true }) ?? '',
        }));
        const quotaMap = r.mapping(t, 'quota', p);
        const budgetMap = r.mapping(t, 'budget', p);
        const accountMap = r.mapping(t, 'account', p);
        const labs = [];
        (r.strList(t, 'labs', p) ?? []).forEach((labPath, j) => {
            const c = (0, input_files_1.confinePath)(labPath, dir);
            if (!c.ok) {
                r.error([...p, 'labs', j], 'path-outside-institution', c.problem, labPath, c.fix);
                return;
            }
            try {
                labs.push((0, lab_file_1.readLabFile)(c.abs));
            }
            catch (e) {
                if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
                    throw e;
                labErrors.push(e);
            }
        });
        const thresholdText = budgetMap ? r.strList(budgetMap, 'thresholds', [...p, 'budget']) : undefined;
        const thresholds = thresholdText?.map((x, j) => {
            const n = Number(x);
            if (!(n > 0 && n <= 1000))
                r.error([...p, 'budget', 'thresholds', j], 'out-of-range', 'a threshold is a percentage above 0 and at most 1000', x, 'use values like 50, 80, 100');
            return n;
        });
        tenants.push((0, clean_1.clean)({
            name: r.str(t, 'name', p, { required: true }) ?? '',
            contacts: contacts.length ? contacts : undefined,
            labs,
            quota: quotaMap ? (0, clean_1.clean)({
                workspaces: r.int(quotaMap, 'workspaces', [...p, 'quota'], { min: 0 }),
                vcpus: r.int(quotaMap, 'vcpus', [...p, 'quota'], { min: 0 }),
                gpus: r.int(quotaMap, 'gpus', [...p, 'quota'], { min: 0 }),
                storageGiB: r.int(quotaMap, 'storage_gib', [...p, 'quota'], { min: 0 }),
                monthlySpend: r.num(quotaMap, 'monthly_spend', [...p, 'quota'], { min: 0 }),
            }) : undefined,
            budget: budgetMap ? (0, clean_1.clean)({
                monthlyUsd: r.num(budgetMap, 'monthly_usd', [...p, 'budget'], { min: 0 }) ?? 0,
                thresholds,
                notify: r.strList(budgetMap, 'notify', [...p, 'budget']),
            }) : undefined,
            account: accountMap ? (0, clean_1.clean)({
                email: r.str(accountMap, 'email', [...p, 'account'], { required: true }) ?? '',
                accountName: r.str(accountMap, 'name', [...p, 'account']),
            }) : undefined,
            allowedRegions: r.strList(t, 'allowed_regions', p),
        }));
    });
    (0, shape_1.checkShape)(r, (0, exports.institutionSchema)(), d);
    // The lab files' own problems come first, with their own files and lines.
    const all = [...labErrors.flatMap((e) => e.diagnostics), ...r.errors];
    if (all.length)
        throw new error_1.WorkspaceInputError(all, all.length === 1 ? undefined : `${src.file}: ${all.length} problems in the institution and its lab files`);
    const def = (0, clean_1.clean)({
        name: name ?? '',
        organization,
        spendHoursPerMonth,
        tenants,
        sourceFile: src.file,
    });
    SOURCES.set(def, src);
    return def;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5zdGl0dXRpb24tZmlsZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9zdGFja3MvYXdzL2luc3RpdHV0aW9uLWZpbGUudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBd0VBLHdEQWFDO0FBR0Qsa0RBK0ZDO0FBdkxEOzs7OztHQUtHO0FBQ0gsMkNBQTZCO0FBRTdCLHlDQUF5QztBQUd6QywwREFBdUQ7QUFDdkQsMERBQXFFO0FBQ3JFLDREQUE4RDtBQUM5RCxzRUFBbUU7QUFDbkUsOEVBRXNEO0FBQ3RELGtFQUFvRTtBQUNwRSxzRUFBa0U7QUFFbEUsMkdBQTJHO0FBQzlGLFFBQUEsV0FBVyxHQUFHLHdCQUF3QixDQUFDO0FBRXBELGlGQUFpRjtBQUNwRSxRQUFBLGlCQUFpQixHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFlLEVBQUUsQ0FBQyxJQUFBLHdCQUFVLEVBQUMscUNBQXFDLEVBQUUsSUFBQSxpQkFBRyxFQUMzRyxnSEFBZ0gsRUFBRTtJQUNoSCxJQUFJLEVBQUUsSUFBQSxrQkFBSSxFQUFDLHdEQUF3RCxFQUFFLEVBQUUsT0FBTyxFQUFFLG1CQUFXLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDckcsV0FBVyxFQUFFLElBQUEsa0JBQUksRUFBQyxvQkFBb0IsQ0FBQztJQUN2QyxxQkFBcUIsRUFBRSxJQUFBLGlCQUFHLEVBQUMseUdBQXlHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQztJQUM3SSxZQUFZLEVBQUUsSUFBQSxpQkFBRyxFQUFDLHFJQUFxSSxFQUFFO1FBQ3ZKLFNBQVMsRUFBRSxJQUFBLHVCQUFTLEVBQUMsSUFBQSxrQkFBSSxFQUFDLCtEQUErRCxFQUFFLEVBQUUsT0FBTyxFQUFFLHVEQUF1RCxFQUFFLENBQUMsRUFBRTtZQUNoSyxJQUFJLEVBQUUsZUFBZTtZQUNyQixPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsbUNBQW1DO1lBQ2xELEdBQUcsRUFBRSwwRkFBMEY7U0FDaEcsQ0FBQztLQUNILEVBQUUsQ0FBQyxXQUFXLENBQUMsQ0FBQztJQUNqQixPQUFPLEVBQUUsSUFBQSxrQkFBSSxFQUFDLDRCQUE0QixFQUFFLElBQUEsaUJBQUcsRUFBQyxXQUFXLEVBQUU7UUFDM0QsSUFBSSxFQUFFLElBQUEsa0JBQUksRUFBQyxtREFBbUQsRUFBRSxFQUFFLE9BQU8sRUFBRSxtQkFBVyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ2hHLFdBQVcsRUFBRSxJQUFBLGtCQUFJLEVBQUMsb0JBQW9CLENBQUM7UUFDdkMsUUFBUSxFQUFFLElBQUEsa0JBQUksRUFBQyw2QkFBNkIsRUFBRSxJQUFBLGlCQUFHLEVBQUMsV0FBVyxFQUFFO1lBQzdELElBQUksRUFBRSxJQUFBLGtCQUFJLEVBQUMsd0NBQXdDLENBQUM7WUFDcEQsS0FBSyxFQUFFLElBQUEsa0JBQUksRUFBQyxnQkFBZ0IsRUFBRSxFQUFFLE9BQU8sRUFBRSxnQ0FBZ0MsRUFBRSxDQUFDO1NBQzdFLEVBQUUsQ0FBQyxNQUFNLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztRQUN0QixJQUFJLEVBQUUsSUFBQSxzQkFBUSxFQUFDLGtEQUFrRCxDQUFDO1FBQ2xFLEtBQUssRUFBRSxJQUFBLGlCQUFHLEVBQUMseURBQXlELEVBQUU7WUFDcEUsVUFBVSxFQUFFLElBQUEsaUJBQUcsRUFBQyxhQUFhLEVBQUUsQ0FBQyxDQUFDO1lBQ2pDLEtBQUssRUFBRSxJQUFBLGlCQUFHLEVBQUMsMEJBQTBCLEVBQUUsQ0FBQyxDQUFDO1lBQ3pDLElBQUksRUFBRSxJQUFBLGlCQUFHLEVBQUMseUJBQXlCLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZDLFdBQVcsRUFBRSxJQUFBLGlCQUFHLEVBQUMsNkJBQTZCLEVBQUUsQ0FBQyxDQUFDO1lBQ2xELGFBQWEsRUFBRSxJQUFBLGlCQUFHLEVBQUMsOERBQThELEVBQUUsQ0FBQyxDQUFDO1NBQ3RGLENBQUM7UUFDRixNQUFNLEVBQUUsSUFBQSxpQkFBRyxFQUFDLHNFQUFzRSxFQUFFO1lBQ2xGLFdBQVcsRUFBRSxJQUFBLGlCQUFHLEVBQUMsd0JBQXdCLEVBQUUsQ0FBQyxDQUFDO1lBQzdDLFVBQVUsRUFBRSxJQUFBLHNCQUFRLEVBQUMsNkdBQTZHLENBQUM7WUFDbkksTUFBTSxFQUFFLElBQUEsc0JBQVEsRUFBQyx3Q0FBd0MsQ0FBQztTQUMzRCxFQUFFLENBQUMsYUFBYSxDQUFDLENBQUM7UUFDbkIsT0FBTyxFQUFFLElBQUEsaUJBQUcsRUFBQyxtRkFBbUYsRUFBRTtZQUNoRyxLQUFLLEVBQUUsSUFBQSxrQkFBSSxFQUFDLGdEQUFnRCxFQUFFLEVBQUUsT0FBTyxFQUFFLGdDQUFnQyxFQUFFLENBQUM7WUFDNUcsSUFBSSxFQUFFLElBQUEsa0JBQUksRUFBQyxpREFBaUQsQ0FBQztTQUM5RCxFQUFFLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDYixlQUFlLEVBQUUsSUFBQSxzQkFBUSxFQUFDLDRFQUE0RSxDQUFDO0tBQ3hHLEVBQUUsQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztDQUN0QixFQUFFLENBQUMsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBRTVCLE1BQU0sR0FBRyxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSx5QkFBaUIsR0FBRSxDQUFDLENBQUMsQ0FBQztBQUNwRCxNQUFNLE1BQU0sR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBRyxFQUFFLENBQUMsSUFBQSxvQkFBTSxFQUFDLElBQUEseUJBQWlCLEdBQUUsRUFBRSxDQUFDLFNBQVMsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFFekUsK0ZBQStGO0FBQy9GLE1BQU0sT0FBTyxHQUFHLElBQUksT0FBTyxFQUFxQyxDQUFDO0FBRWpFLDBIQUEwSDtBQUMxSCxTQUFnQixzQkFBc0IsQ0FBQyxHQUEwQixFQUFFLEtBQWEsRUFBRSxRQUFnQjtJQUNoRyxNQUFNLEdBQUcsR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQzdCLElBQUksQ0FBQyxHQUFHO1FBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsVUFBVSxJQUFJLFFBQVEsRUFBRSxDQUFDO0lBQ3RELE1BQU0sQ0FBQyxHQUEyQixFQUFFLENBQUM7SUFDckMsS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDcEMsTUFBTSxDQUFDLEdBQUcseUJBQXlCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQy9DLElBQUksQ0FBQyxDQUFDO1lBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbEMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNiLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxZQUFZLENBQUM7WUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3BFLENBQUM7SUFDRCwyRUFBMkU7SUFDM0UsT0FBTyxDQUFDLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDO0lBQzdDLE9BQU8sR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN2QixDQUFDO0FBRUQseUVBQXlFO0FBQ3pFLFNBQWdCLG1CQUFtQixDQUFDLElBQVk7SUFDOUMsTUFBTSxHQUFHLEdBQUcsd0JBQVUsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQzdDLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQzdDLE1BQU0sQ0FBQyxHQUFHLElBQUksb0JBQVcsQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3pDLE1BQU0sQ0FBQyxHQUFRLEdBQUcsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDO0lBQzlCLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUM5QyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsbUNBQW1DLENBQUMsQ0FBQztRQUNyRCxDQUFDLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3RCLENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyxHQUFHLEVBQUU7UUFDbEIsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7WUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsQ0FBQyxFQUFFLFFBQVEsRUFBRSxPQUFjLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8saURBQWlELEVBQUUsQ0FBQyxDQUFDO0lBQ2xLLENBQUMsQ0FBQztJQUNGLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzVCLE1BQU0sRUFBRSxDQUFDO0lBQ1QsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQ3RELElBQUksSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLG1CQUFXLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztRQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxjQUFjLEVBQUUsbUdBQW1HLEVBQUUsSUFBSSxFQUFFLG1DQUFtQyxDQUFDLENBQUM7SUFDck8sTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzdDLE1BQU0sWUFBWSxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsV0FBVyxFQUFFLENBQUMsY0FBYyxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ3pILE1BQU0sa0JBQWtCLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsdUJBQXVCLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUN2RixNQUFNLFVBQVUsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsRUFBRSxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ2xELElBQUksQ0FBQyxDQUFDLE9BQU8sS0FBSyxTQUFTO1FBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLGVBQWUsRUFBRSxxQ0FBcUMsRUFBRSxTQUFTLEVBQUUseURBQXlELENBQUMsQ0FBQztJQUNoTCxNQUFNLE9BQU8sR0FBdUIsRUFBRSxDQUFDO0lBQ3ZDLE1BQU0sU0FBUyxHQUEwQixFQUFFLENBQUM7SUFDNUMsVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQU0sRUFBRSxDQUFTLEVBQUUsRUFBRTtRQUN2QyxNQUFNLENBQUMsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN6QixJQUFJLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDcEQsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLG1DQUFtQyxDQUFDLENBQUM7WUFDcEQsT0FBTztRQUNULENBQUM7UUFDRCxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUM5QixNQUFNLEVBQUUsQ0FBQztRQUNULE1BQU0sV0FBVyxHQUFHLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDbkQsTUFBTSxRQUFRLEdBQUcsV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQU0sRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFNLEVBQUUsQ0FBUyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQzNILElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFO1lBQ3ZFLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFO1NBQzFFLENBQUMsQ0FBQyxDQUFDO1FBQ0osTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzFDLE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUM1QyxNQUFNLFVBQVUsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDOUMsTUFBTSxJQUFJLEdBQW9CLEVBQUUsQ0FBQztRQUNqQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxFQUFFLEVBQUU7WUFDckQsTUFBTSxDQUFDLEdBQUcsSUFBQSx5QkFBVyxFQUFDLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQztZQUNwQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO2dCQUNWLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLEVBQUUsMEJBQTBCLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO2dCQUNsRixPQUFPO1lBQ1QsQ0FBQztZQUNELElBQUksQ0FBQztnQkFDSCxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUEsc0JBQVcsRUFBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztZQUNoQyxDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO29CQUFFLE1BQU0sQ0FBQyxDQUFDO2dCQUMzRCxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3BCLENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztRQUNILE1BQU0sYUFBYSxHQUFHLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsWUFBWSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQ25HLE1BQU0sVUFBVSxHQUFHLGFBQWEsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7WUFDN0MsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3BCLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksQ0FBQztnQkFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsUUFBUSxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsc0RBQXNELEVBQUUsQ0FBQyxFQUFFLDZCQUE2QixDQUFDLENBQUM7WUFDaEwsT0FBTyxDQUFDLENBQUM7UUFDWCxDQUFDLENBQUMsQ0FBQztRQUNILE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBQSxhQUFLLEVBQUM7WUFDakIsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLENBQUMsSUFBSSxFQUFFO1lBQ25ELFFBQVEsRUFBRSxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLFNBQVM7WUFDaEQsSUFBSTtZQUNKLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUEsYUFBSyxFQUFDO2dCQUN0QixVQUFVLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxRQUFRLEVBQUUsWUFBWSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RFLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLFFBQVEsRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsQ0FBQztnQkFDNUQsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDO2dCQUMxRCxVQUFVLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxRQUFRLEVBQUUsYUFBYSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsT0FBTyxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ3ZFLFlBQVksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLFFBQVEsRUFBRSxlQUFlLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxPQUFPLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsQ0FBQzthQUM1RSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7WUFDZCxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFBLGFBQUssRUFBQztnQkFDeEIsVUFBVSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsU0FBUyxFQUFFLGFBQWEsRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQztnQkFDOUUsVUFBVTtnQkFDVixNQUFNLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsUUFBUSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUM7YUFDekQsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ2QsT0FBTyxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsSUFBQSxhQUFLLEVBQUM7Z0JBQzFCLEtBQUssRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxTQUFTLENBQUMsRUFBRSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxJQUFJLEVBQUU7Z0JBQzlFLFdBQVcsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxTQUFTLENBQUMsQ0FBQzthQUMxRCxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVM7WUFDZCxjQUFjLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDO1NBQ25ELENBQUMsQ0FBQyxDQUFDO0lBQ04sQ0FBQyxDQUFDLENBQUM7SUFDSCxJQUFBLGtCQUFVLEVBQUMsQ0FBQyxFQUFFLElBQUEseUJBQWlCLEdBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN0QywwRUFBMEU7SUFDMUUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxHQUFHLFNBQVMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUN0RSxJQUFJLEdBQUcsQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLEdBQUcsRUFBRSxHQUFHLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssR0FBRyxDQUFDLE1BQU0sZ0RBQWdELENBQUMsQ0FBQztJQUM5SixNQUFNLEdBQUcsR0FBMEIsSUFBQSxhQUFLLEVBQUM7UUFDdkMsSUFBSSxFQUFFLElBQUksSUFBSSxFQUFFO1FBQ2hCLFlBQVk7UUFDWixrQkFBa0I7UUFDbEIsT0FBTztRQUNQLFVBQVUsRUFBRSxHQUFHLENBQUMsSUFBSTtLQUNyQixDQUFDLENBQUM7SUFDSCxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUN0QixPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFJlYWRzIGFuIGluc3RpdHV0aW9uIGZpbGUgKGBpbnN0aXR1dGlvbi55YW1sYCk6IHRlbmFudHMgd2l0aCB0aGVpciBjb250YWN0cywgcXVvdGFzLCBidWRnZXRzLFxuICogYWNjb3VudHMgYW5kIGxhYiBmaWxlcy4gRXZlcnkgcHJvYmxlbSBjb21lcyB3aXRoIGZpbGUsIGxpbmUgYW5kIGNvbHVtbiwgZmllbGQsIHZhbHVlIGFuZCBmaXgsXG4gKiBhbGwgYXQgb25jZS4gTGFiIHBhdGhzIGFyZSByZWxhdGl2ZSB0byB0aGUgaW5zdGl0dXRpb24gZmlsZSBhbmQgc3RheSBpbnNpZGUgaXRzIGZvbGRlciAob3JcbiAqIGl0cyByZXBvc2l0b3J5KSwgbGlrZSBhIGxhYiBmaWxlJ3MgcGF0aHMuXG4gKi9cbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgdHlwZSB7IEluc3RpdHV0aW9uRGVmaW5pdGlvbiwgVGVuYW50RGVmaW5pdGlvbiB9IGZyb20gJy4vaW5zdGl0dXRpb24nO1xuaW1wb3J0IHsgcmVhZExhYkZpbGUgfSBmcm9tICcuL2xhYi1maWxlJztcbmltcG9ydCB0eXBlIHsgTGFiRGVmaW5pdGlvbiB9IGZyb20gJy4vbGFiLXN0YWNrJztcbmltcG9ydCB7IFNvdXJjZUxvY2F0aW9uIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9lcnJvcnMnO1xuaW1wb3J0IHsgY2xlYW4gfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvY2xlYW4nO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBGaWVsZFJlYWRlciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9maWVsZHMnO1xuaW1wb3J0IHsgY29uZmluZVBhdGggfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvaW5wdXQtZmlsZXMnO1xuaW1wb3J0IHtcbiAgZXhwbGFpbmVkLCBmaWxlU2NoZW1hLCBpbnQsIEpzb25TY2hlbWEsIGtleXNBdCwgbGF6eSwgbGlzdCwgbnVtLCBvYmosIHRleHQsIHRleHRMaXN0LFxufSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvc2NoZW1hcy9qc29uLXNjaGVtYSc7XG5pbXBvcnQgeyBjaGVja1NoYXBlIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvc2hhcGUnO1xuaW1wb3J0IHsgWWFtbFNvdXJjZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS95YW1sLXNvdXJjZSc7XG5cbi8qKiBBIHRlbmFudCBvciBpbnN0aXR1dGlvbiBuYW1lOiBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgZGFzaGVzIChpdCBuYW1lcyBzdGFja3MsIE9VcyBhbmQgdGFncykuICovXG5leHBvcnQgY29uc3QgVEVOQU5UX05BTUUgPSAvXlthLXpdW2EtejAtOS1dezAsMzB9JC87XG5cbi8qKiBKU09OIFNjaGVtYSBvZiBpbnN0aXR1dGlvbi55YW1sOyB0aGUgcmVhZGVyIHRha2VzIGl0cyBrZXkgbGlzdHMgZnJvbSBoZXJlLiAqL1xuZXhwb3J0IGNvbnN0IGluc3RpdHV0aW9uU2NoZW1hID0gbGF6eSgoKTogSnNvblNjaGVtYSA9PiBmaWxlU2NoZW1hKCdjZGstcmVzZWFyY2gtd29ya3NwYWNlcyBpbnN0aXR1dGlvbicsIG9iaihcbiAgJ0FuIGluc3RpdHV0aW9uOiB0ZW5hbnRzIChkZXBhcnRtZW50cykgd2l0aCB0aGVpciBsYWJzLCBxdW90YXMsIGJ1ZGdldHMgYW5kIGlzb2xhdGlvbi4gVW5rbm93biBrZXlzIGFyZSBlcnJvcnMuJywge1xuICAgIG5hbWU6IHRleHQoJ0luc3RpdHV0aW9uIG5hbWUgKGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBkYXNoZXMpLicsIHsgcGF0dGVybjogVEVOQU5UX05BTUUuc291cmNlIH0pLFxuICAgIGRlc2NyaXB0aW9uOiB0ZXh0KCdIdW1hbiBkZXNjcmlwdGlvbi4nKSxcbiAgICBzcGVuZF9ob3Vyc19wZXJfbW9udGg6IGludCgnSG91cnMgYSBtb250aCBhIHdvcmtzcGFjZSBpcyBjb3VudGVkIGFzIHJ1bm5pbmcgaW4gdGhlIG1vbnRobHkgc3BlbmQgZXN0aW1hdGUgKGRlZmF1bHQgNzMwOiBhbHdheXMgb24pLicsIDEsIDc0NCksXG4gICAgb3JnYW5pemF0aW9uOiBvYmooJ1RlbmFudHMgaW4gQVdTIE9yZ2FuaXphdGlvbnM6IGFuIE9VIHBlciB0ZW5hbnQgdW5kZXIgcGFyZW50X2lkLCBzZXJ2aWNlIGNvbnRyb2wgcG9saWNpZXMsIGFuZCBhbiBhY2NvdW50IGZvciB0ZW5hbnRzIHdpdGggYWNjb3VudDouJywge1xuICAgICAgcGFyZW50X2lkOiBleHBsYWluZWQodGV4dCgnUm9vdCAoci0uLi4pIG9yIE9VIChvdS0uLi4pIHRoZSB0ZW5hbnQgT1VzIGFyZSBjcmVhdGVkIHVuZGVyLicsIHsgcGF0dGVybjogJ14oci1bMC05YS16XXs0LDMyfXxvdS1bMC05YS16XXs0LDMyfS1bYS16MC05XXs4LDMyfSkkJyB9KSwge1xuICAgICAgICBjb2RlOiAnaW52YWxpZC12YWx1ZScsXG4gICAgICAgIHByb2JsZW06ICgpID0+ICdub3QgYW4gb3JnYW5pemF0aW9uIHJvb3Qgb3IgT1UgaWQnLFxuICAgICAgICBmaXg6ICd3cml0ZSB0aGUgcm9vdCBpZCAoci1hYmNkKSBvciBhbiBPVSBpZCAob3UtYWJjZC0xMjM0NTY3OCkgZnJvbSB0aGUgT3JnYW5pemF0aW9ucyBjb25zb2xlJyxcbiAgICAgIH0pLFxuICAgIH0sIFsncGFyZW50X2lkJ10pLFxuICAgIHRlbmFudHM6IGxpc3QoJ1RoZSB0ZW5hbnRzIChkZXBhcnRtZW50cykuJywgb2JqKCdBIHRlbmFudC4nLCB7XG4gICAgICBuYW1lOiB0ZXh0KCdUZW5hbnQgbmFtZSAobG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIGRhc2hlcykuJywgeyBwYXR0ZXJuOiBURU5BTlRfTkFNRS5zb3VyY2UgfSksXG4gICAgICBkZXNjcmlwdGlvbjogdGV4dCgnSHVtYW4gZGVzY3JpcHRpb24uJyksXG4gICAgICBjb250YWN0czogbGlzdCgnTmFtZWQgcGVvcGxlIG9mIHRoZSB0ZW5hbnQuJywgb2JqKCdBIHBlcnNvbi4nLCB7XG4gICAgICAgIG5hbWU6IHRleHQoJ05hbWUsIGFzIGJ1ZGdldHMgYW5kIGFsZXJ0cyBuYW1lIHRoZW0uJyksXG4gICAgICAgIGVtYWlsOiB0ZXh0KCdFbWFpbCBhZGRyZXNzLicsIHsgcGF0dGVybjogJ15bXkBcXFxcc10rQFteQFxcXFxzXStcXFxcLlteQFxcXFxzXSskJyB9KSxcbiAgICAgIH0sIFsnbmFtZScsICdlbWFpbCddKSksXG4gICAgICBsYWJzOiB0ZXh0TGlzdCgnTGFiIGZpbGVzIChBV1MgbGFiLnlhbWwpLCByZWxhdGl2ZSB0byB0aGlzIGZpbGUuJyksXG4gICAgICBxdW90YTogb2JqKCdMaW1pdHMgYWNyb3NzIGFsbCB0aGUgdGVuYW50XFwncyBsYWJzLCBjaGVja2VkIGF0IHN5bnRoLicsIHtcbiAgICAgICAgd29ya3NwYWNlczogaW50KCdXb3Jrc3BhY2VzLicsIDApLFxuICAgICAgICB2Y3B1czogaW50KCd2Q1BVcyBvZiBhbGwgd29ya3NwYWNlcy4nLCAwKSxcbiAgICAgICAgZ3B1czogaW50KCdHUFVzIG9mIGFsbCB3b3Jrc3BhY2VzLicsIDApLFxuICAgICAgICBzdG9yYWdlX2dpYjogaW50KCdSb290IHZvbHVtZSBzdG9yYWdlIGluIEdpQi4nLCAwKSxcbiAgICAgICAgbW9udGhseV9zcGVuZDogbnVtKCdFc3RpbWF0ZWQgVVNEIGEgbW9udGggKGhvdXJseSBjb3N0IHggc3BlbmRfaG91cnNfcGVyX21vbnRoKS4nLCAwKSxcbiAgICAgIH0pLFxuICAgICAgYnVkZ2V0OiBvYmooJ1RoZSB0ZW5hbnRcXCdzIEFXUyBCdWRnZXQgKGNvc3Qgb2YgcmVzb3VyY2VzIHRhZ2dlZCByZXNlYXJjaDp0ZW5hbnQpLicsIHtcbiAgICAgICAgbW9udGhseV91c2Q6IG51bSgnTW9udGhseSBidWRnZXQgaW4gVVNELicsIDApLFxuICAgICAgICB0aHJlc2hvbGRzOiB0ZXh0TGlzdCgnQWxlcnQgdGhyZXNob2xkcyBpbiBwZXJjZW50IG9mIGFjdHVhbCBzcGVuZCAoZGVmYXVsdCA1MCwgODAsIDEwMDsgYSBmb3JlY2FzdCBhbGVydCBhdCAxMDAgaXMgYWx3YXlzIGFkZGVkKS4nKSxcbiAgICAgICAgbm90aWZ5OiB0ZXh0TGlzdCgnQ29udGFjdHMgKGJ5IG5hbWUpIHdobyBnZXQgdGhlIGFsZXJ0cy4nKSxcbiAgICAgIH0sIFsnbW9udGhseV91c2QnXSksXG4gICAgICBhY2NvdW50OiBvYmooJ1RoZSB0ZW5hbnRcXCdzIG93biBBV1MgYWNjb3VudCwgY3JlYXRlZCBpbiB0aGUgb3JnYW5pemF0aW9uIChuZWVkcyBvcmdhbml6YXRpb246KS4nLCB7XG4gICAgICAgIGVtYWlsOiB0ZXh0KCdSb290IGVtYWlsIG9mIHRoZSBuZXcgYWNjb3VudCAodW5pcXVlIGluIEFXUykuJywgeyBwYXR0ZXJuOiAnXlteQFxcXFxzXStAW15AXFxcXHNdK1xcXFwuW15AXFxcXHNdKyQnIH0pLFxuICAgICAgICBuYW1lOiB0ZXh0KCdBY2NvdW50IG5hbWUgKGRlZmF1bHQ6IDxpbnN0aXR1dGlvbj4tPHRlbmFudD4pLicpLFxuICAgICAgfSwgWydlbWFpbCddKSxcbiAgICAgIGFsbG93ZWRfcmVnaW9uczogdGV4dExpc3QoJ1JlZ2lvbnMgdGhlIHRlbmFudCBtYXkgdXNlICh0aGUgc2VydmljZSBjb250cm9sIHBvbGljeSBkZW5pZXMgdGhlIG90aGVycykuJyksXG4gICAgfSwgWyduYW1lJywgJ2xhYnMnXSkpLFxuICB9LCBbJ25hbWUnLCAndGVuYW50cyddKSkpO1xuXG5jb25zdCBUT1AgPSBsYXp5KCgpID0+IGtleXNBdChpbnN0aXR1dGlvblNjaGVtYSgpKSk7XG5jb25zdCBURU5BTlQgPSBsYXp5KCgpID0+IGtleXNBdChpbnN0aXR1dGlvblNjaGVtYSgpLCBbJ3RlbmFudHMnLCAnKiddKSk7XG5cbi8qKiBXaGVyZSB0aGUgZmllbGRzIG9mIGluc3RpdHV0aW9ucyByZWFkIGZyb20gZmlsZXMgYXJlLCBmb3IgbWVzc2FnZXMgd2l0aCBsaW5lIGFuZCBjb2x1bW4uICovXG5jb25zdCBTT1VSQ0VTID0gbmV3IFdlYWtNYXA8SW5zdGl0dXRpb25EZWZpbml0aW9uLCBZYW1sU291cmNlPigpO1xuXG4vKiogVGhlIHBsYWNlIG9mIGEgZmllbGQgcGF0aCAoYHRlbmFudHNbMF0ucXVvdGEudmNwdXNgKSBvZiBhIGRlZmluaXRpb246IGZpbGU6bGluZTpjb2x1bW4sIG9yIHRoZSBmaWxlL2NvbnN0cnVjdCBwYXRoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvY2F0ZUluc3RpdHV0aW9uRmllbGQoZGVmOiBJbnN0aXR1dGlvbkRlZmluaXRpb24sIGZpZWxkOiBzdHJpbmcsIGZhbGxiYWNrOiBzdHJpbmcpOiBTb3VyY2VMb2NhdGlvbiB7XG4gIGNvbnN0IHNyYyA9IFNPVVJDRVMuZ2V0KGRlZik7XG4gIGlmICghc3JjKSByZXR1cm4geyBmaWxlOiBkZWYuc291cmNlRmlsZSA/PyBmYWxsYmFjayB9O1xuICBjb25zdCBwOiBBcnJheTxzdHJpbmcgfCBudW1iZXI+ID0gW107XG4gIGZvciAoY29uc3QgcGFydCBvZiBmaWVsZC5zcGxpdCgnLicpKSB7XG4gICAgY29uc3QgbSA9IC9eKFteW10rKSgoPzpcXFtcXGQrXFxdKSopJC8uZXhlYyhwYXJ0KTtcbiAgICBpZiAoIW0pIHJldHVybiB7IGZpbGU6IHNyYy5maWxlIH07XG4gICAgcC5wdXNoKG1bMV0pO1xuICAgIGZvciAoY29uc3QgaSBvZiBtWzJdLm1hdGNoQWxsKC9cXFsoXFxkKylcXF0vZykpIHAucHVzaChOdW1iZXIoaVsxXSkpO1xuICB9XG4gIC8vIFRoZSBuZWFyZXN0IGV4aXN0aW5nIG5vZGU6IGEgcXVvdGEgdGhhdCBpcyBtaXNzaW5nIHBvaW50cyBhdCBpdHMgdGVuYW50LlxuICB3aGlsZSAocC5sZW5ndGggPiAwICYmICFzcmMubm9kZShwKSkgcC5wb3AoKTtcbiAgcmV0dXJuIHNyYy5sb2NhdGUocCk7XG59XG5cbi8qKiBSZWFkcyBhbmQgY2hlY2tzIGFuIGluc3RpdHV0aW9uIGZpbGUsIGFuZCBldmVyeSBsYWIgZmlsZSBpdCBuYW1lcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkSW5zdGl0dXRpb25GaWxlKGZpbGU6IHN0cmluZyk6IEluc3RpdHV0aW9uRGVmaW5pdGlvbiB7XG4gIGNvbnN0IHNyYyA9IFlhbWxTb3VyY2UuZnJvbUZpbGUoZmlsZSwgJ2xhYicpO1xuICBjb25zdCBkaXIgPSBwYXRoLmRpcm5hbWUocGF0aC5yZXNvbHZlKGZpbGUpKTtcbiAgY29uc3QgciA9IG5ldyBGaWVsZFJlYWRlcihzcmMsIHNyYy5maWxlKTtcbiAgY29uc3QgZDogYW55ID0gc3JjLmRhdGEgPz8ge307XG4gIGlmICh0eXBlb2YgZCAhPT0gJ29iamVjdCcgfHwgQXJyYXkuaXNBcnJheShkKSkge1xuICAgIHIuZXhwZWN0KFtdLCBkLCAnYSBtYXBwaW5nIHdpdGggbmFtZTogYW5kIHRlbmFudHM6Jyk7XG4gICAgci50aHJvd0lmRXJyb3JzKCcnKTtcbiAgfVxuICBjb25zdCBzdHJpY3QgPSAoKSA9PiB7XG4gICAgZm9yIChjb25zdCB3IG9mIHIud2FybmluZ3Muc3BsaWNlKDApKSByLmVycm9ycy5wdXNoKHsgLi4udywgc2V2ZXJpdHk6ICdlcnJvcicgYXMgYW55LCBtZXNzYWdlOiBgJHt3Lm1lc3NhZ2V9OyBhIG1pc3NwZWxsZWQgc2V0dGluZyB3b3VsZCBzaWxlbnRseSBub3QgYXBwbHlgIH0pO1xuICB9O1xuICByLnVua25vd25LZXlzKGQsIFRPUCgpLCBbXSk7XG4gIHN0cmljdCgpO1xuICBjb25zdCBuYW1lID0gci5zdHIoZCwgJ25hbWUnLCBbXSwgeyByZXF1aXJlZDogdHJ1ZSB9KTtcbiAgaWYgKG5hbWUgIT09IHVuZGVmaW5lZCAmJiAhVEVOQU5UX05BTUUudGVzdChuYW1lKSkgci5lcnJvcihbJ25hbWUnXSwgJ2ludmFsaWQtbmFtZScsICdhbiBpbnN0aXR1dGlvbiBuYW1lIGhvbGRzIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBkYXNoZXMgKDEgdG8gMzEpLCBzdGFydGluZyB3aXRoIGEgbGV0dGVyJywgbmFtZSwgJ3VzZSBlLmcuIG5hbWU6IGV4YW1wbGUtdW5pdmVyc2l0eScpO1xuICBjb25zdCBvcmcgPSByLm1hcHBpbmcoZCwgJ29yZ2FuaXphdGlvbicsIFtdKTtcbiAgY29uc3Qgb3JnYW5pemF0aW9uID0gb3JnID8geyBwYXJlbnRJZDogci5zdHIob3JnLCAncGFyZW50X2lkJywgWydvcmdhbml6YXRpb24nXSwgeyByZXF1aXJlZDogdHJ1ZSB9KSA/PyAnJyB9IDogdW5kZWZpbmVkO1xuICBjb25zdCBzcGVuZEhvdXJzUGVyTW9udGggPSByLmludChkLCAnc3BlbmRfaG91cnNfcGVyX21vbnRoJywgW10sIHsgbWluOiAxLCBtYXg6IDc0NCB9KTtcbiAgY29uc3QgdGVuYW50c1JhdyA9IHIubGlzdChkLCAndGVuYW50cycsIFtdKSA/PyBbXTtcbiAgaWYgKGQudGVuYW50cyA9PT0gdW5kZWZpbmVkKSByLmVycm9yKFsndGVuYW50cyddLCAnbWlzc2luZy1maWVsZCcsICdyZXF1aXJlZCBmaWVsZCBcInRlbmFudHNcIiBpcyBtaXNzaW5nJywgdW5kZWZpbmVkLCAnYWRkIHRlbmFudHM6IHdpdGggb25lIGVudHJ5IHBlciBkZXBhcnRtZW50IChuYW1lLCBsYWJzKScpO1xuICBjb25zdCB0ZW5hbnRzOiBUZW5hbnREZWZpbml0aW9uW10gPSBbXTtcbiAgY29uc3QgbGFiRXJyb3JzOiBXb3Jrc3BhY2VJbnB1dEVycm9yW10gPSBbXTtcbiAgdGVuYW50c1Jhdy5mb3JFYWNoKCh0OiBhbnksIGk6IG51bWJlcikgPT4ge1xuICAgIGNvbnN0IHAgPSBbJ3RlbmFudHMnLCBpXTtcbiAgICBpZiAoIXQgfHwgdHlwZW9mIHQgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkodCkpIHtcbiAgICAgIHIuZXhwZWN0KHAsIHQsICdhIHRlbmFudCAobmFtZSwgbGFicywgcXVvdGEsIC4uLiknKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgci51bmtub3duS2V5cyh0LCBURU5BTlQoKSwgcCk7XG4gICAgc3RyaWN0KCk7XG4gICAgY29uc3QgY29udGFjdHNSYXcgPSByLmxpc3QodCwgJ2NvbnRhY3RzJywgcCkgPz8gW107XG4gICAgY29uc3QgY29udGFjdHMgPSBjb250YWN0c1Jhdy5maWx0ZXIoKGM6IGFueSkgPT4gYyAmJiB0eXBlb2YgYyA9PT0gJ29iamVjdCcgJiYgIUFycmF5LmlzQXJyYXkoYykpLm1hcCgoYzogYW55LCBqOiBudW1iZXIpID0+ICh7XG4gICAgICBuYW1lOiByLnN0cihjLCAnbmFtZScsIFsuLi5wLCAnY29udGFjdHMnLCBqXSwgeyByZXF1aXJlZDogdHJ1ZSB9KSA/PyAnJyxcbiAgICAgIGVtYWlsOiByLnN0cihjLCAnZW1haWwnLCBbLi4ucCwgJ2NvbnRhY3RzJywgal0sIHsgcmVxdWlyZWQ6IHRydWUgfSkgPz8gJycsXG4gICAgfSkpO1xuICAgIGNvbnN0IHF1b3RhTWFwID0gci5tYXBwaW5nKHQsICdxdW90YScsIHApO1xuICAgIGNvbnN0IGJ1ZGdldE1hcCA9IHIubWFwcGluZyh0LCAnYnVkZ2V0JywgcCk7XG4gICAgY29uc3QgYWNjb3VudE1hcCA9IHIubWFwcGluZyh0LCAnYWNjb3VudCcsIHApO1xuICAgIGNvbnN0IGxhYnM6IExhYkRlZmluaXRpb25bXSA9IFtdO1xuICAgIChyLnN0ckxpc3QodCwgJ2xhYnMnLCBwKSA/PyBbXSkuZm9yRWFjaCgobGFiUGF0aCwgaikgPT4ge1xuICAgICAgY29uc3QgYyA9IGNvbmZpbmVQYXRoKGxhYlBhdGgsIGRpcik7XG4gICAgICBpZiAoIWMub2spIHtcbiAgICAgICAgci5lcnJvcihbLi4ucCwgJ2xhYnMnLCBqXSwgJ3BhdGgtb3V0c2lkZS1pbnN0aXR1dGlvbicsIGMucHJvYmxlbSwgbGFiUGF0aCwgYy5maXgpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICB0cnkge1xuICAgICAgICBsYWJzLnB1c2gocmVhZExhYkZpbGUoYy5hYnMpKTtcbiAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICAgICAgbGFiRXJyb3JzLnB1c2goZSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgY29uc3QgdGhyZXNob2xkVGV4dCA9IGJ1ZGdldE1hcCA/IHIuc3RyTGlzdChidWRnZXRNYXAsICd0aHJlc2hvbGRzJywgWy4uLnAsICdidWRnZXQnXSkgOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgdGhyZXNob2xkcyA9IHRocmVzaG9sZFRleHQ/Lm1hcCgoeCwgaikgPT4ge1xuICAgICAgY29uc3QgbiA9IE51bWJlcih4KTtcbiAgICAgIGlmICghKG4gPiAwICYmIG4gPD0gMTAwMCkpIHIuZXJyb3IoWy4uLnAsICdidWRnZXQnLCAndGhyZXNob2xkcycsIGpdLCAnb3V0LW9mLXJhbmdlJywgJ2EgdGhyZXNob2xkIGlzIGEgcGVyY2VudGFnZSBhYm92ZSAwIGFuZCBhdCBtb3N0IDEwMDAnLCB4LCAndXNlIHZhbHVlcyBsaWtlIDUwLCA4MCwgMTAwJyk7XG4gICAgICByZXR1cm4gbjtcbiAgICB9KTtcbiAgICB0ZW5hbnRzLnB1c2goY2xlYW4oe1xuICAgICAgbmFtZTogci5zdHIodCwgJ25hbWUnLCBwLCB7IHJlcXVpcmVkOiB0cnVlIH0pID8/ICcnLFxuICAgICAgY29udGFjdHM6IGNvbnRhY3RzLmxlbmd0aCA/IGNvbnRhY3RzIDogdW5kZWZpbmVkLFxuICAgICAgbGFicyxcbiAgICAgIHF1b3RhOiBxdW90YU1hcCA/IGNsZWFuKHtcbiAgICAgICAgd29ya3NwYWNlczogci5pbnQocXVvdGFNYXAsICd3b3Jrc3BhY2VzJywgWy4uLnAsICdxdW90YSddLCB7IG1pbjogMCB9KSxcbiAgICAgICAgdmNwdXM6IHIuaW50KHF1b3RhTWFwLCAndmNwdXMnLCBbLi4ucCwgJ3F1b3RhJ10sIHsgbWluOiAwIH0pLFxuICAgICAgICBncHVzOiByLmludChxdW90YU1hcCwgJ2dwdXMnLCBbLi4ucCwgJ3F1b3RhJ10sIHsgbWluOiAwIH0pLFxuICAgICAgICBzdG9yYWdlR2lCOiByLmludChxdW90YU1hcCwgJ3N0b3JhZ2VfZ2liJywgWy4uLnAsICdxdW90YSddLCB7IG1pbjogMCB9KSxcbiAgICAgICAgbW9udGhseVNwZW5kOiByLm51bShxdW90YU1hcCwgJ21vbnRobHlfc3BlbmQnLCBbLi4ucCwgJ3F1b3RhJ10sIHsgbWluOiAwIH0pLFxuICAgICAgfSkgOiB1bmRlZmluZWQsXG4gICAgICBidWRnZXQ6IGJ1ZGdldE1hcCA/IGNsZWFuKHtcbiAgICAgICAgbW9udGhseVVzZDogci5udW0oYnVkZ2V0TWFwLCAnbW9udGhseV91c2QnLCBbLi4ucCwgJ2J1ZGdldCddLCB7IG1pbjogMCB9KSA/PyAwLFxuICAgICAgICB0aHJlc2hvbGRzLFxuICAgICAgICBub3RpZnk6IHIuc3RyTGlzdChidWRnZXRNYXAsICdub3RpZnknLCBbLi4ucCwgJ2J1ZGdldCddKSxcbiAgICAgIH0pIDogdW5kZWZpbmVkLFxuICAgICAgYWNjb3VudDogYWNjb3VudE1hcCA/IGNsZWFuKHtcbiAgICAgICAgZW1haWw6IHIuc3RyKGFjY291bnRNYXAsICdlbWFpbCcsIFsuLi5wLCAnYWNjb3VudCddLCB7IHJlcXVpcmVkOiB0cnVlIH0pID8/ICcnLFxuICAgICAgICBhY2NvdW50TmFtZTogci5zdHIoYWNjb3VudE1hcCwgJ25hbWUnLCBbLi4ucCwgJ2FjY291bnQnXSksXG4gICAgICB9KSA6IHVuZGVmaW5lZCxcbiAgICAgIGFsbG93ZWRSZWdpb25zOiByLnN0ckxpc3QodCwgJ2FsbG93ZWRfcmVnaW9ucycsIHApLFxuICAgIH0pKTtcbiAgfSk7XG4gIGNoZWNrU2hhcGUociwgaW5zdGl0dXRpb25TY2hlbWEoKSwgZCk7XG4gIC8vIFRoZSBsYWIgZmlsZXMnIG93biBwcm9ibGVtcyBjb21lIGZpcnN0LCB3aXRoIHRoZWlyIG93biBmaWxlcyBhbmQgbGluZXMuXG4gIGNvbnN0IGFsbCA9IFsuLi5sYWJFcnJvcnMuZmxhdE1hcCgoZSkgPT4gZS5kaWFnbm9zdGljcyksIC4uLnIuZXJyb3JzXTtcbiAgaWYgKGFsbC5sZW5ndGgpIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKGFsbCwgYWxsLmxlbmd0aCA9PT0gMSA/IHVuZGVmaW5lZCA6IGAke3NyYy5maWxlfTogJHthbGwubGVuZ3RofSBwcm9ibGVtcyBpbiB0aGUgaW5zdGl0dXRpb24gYW5kIGl0cyBsYWIgZmlsZXNgKTtcbiAgY29uc3QgZGVmOiBJbnN0aXR1dGlvbkRlZmluaXRpb24gPSBjbGVhbih7XG4gICAgbmFtZTogbmFtZSA/PyAnJyxcbiAgICBvcmdhbml6YXRpb24sXG4gICAgc3BlbmRIb3Vyc1Blck1vbnRoLFxuICAgIHRlbmFudHMsXG4gICAgc291cmNlRmlsZTogc3JjLmZpbGUsXG4gIH0pO1xuICBTT1VSQ0VTLnNldChkZWYsIHNyYyk7XG4gIHJldHVybiBkZWY7XG59XG5cbiJdfQ==