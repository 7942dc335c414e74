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
exports.institutionGroup = void 0;
exports.buildInstitutionDiagram = buildInstitutionDiagram;
exports.pipelineStacks = pipelineStacks;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const cur_report_1 = require("./cur-report");
const institution_pipeline_1 = require("./institution-pipeline");
const lab_diagram_1 = require("./lab-diagram");
const out_path_1 = require("./out-path");
const sources_1 = require("./sources");
/** Reads the file and builds the Institution (quotas are checked here), without synthesizing. */
async function loadInstitution(ctx, input) {
    const file = (0, sources_1.userPath)(ctx, input.args[0]);
    if (!fs.existsSync(file))
        throw new command_1.CliInputError(`${file}: the institution file does not exist`);
    ctx.out.progress(`reading ${file}...`);
    try {
        // Loaded here, not at the top: \`rws --help\` and the other groups never load aws-cdk-lib.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { App } = require('aws-cdk-lib');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { Institution: InstitutionClass } = require('../stacks/aws/institution');
        const definition = InstitutionClass.loadDefinition(file);
        const institution = new InstitutionClass(new App(), definition.name, { definition });
        return { file, definition, institution };
    }
    finally {
        ctx.out.progressDone();
    }
}
function money(n, digits) {
    return `$${n.toFixed(digits)}`;
}
const report = {
    name: 'report',
    summary: 'Usage per tenant: workspaces, vCPUs, GPUs, storage, hours, estimated cost and users, against the quotas',
    description: `Builds the institution from its file (every lab file it names; quotas and policies are checked as
at synth) and prints per tenant and per lab: workspaces, vCPUs, GPUs, root volume storage, the
hours a month counted (spend_hours_per_month, or --hours), the estimated cost an hour and a month
at on-demand prices, the research users with an account and the workspace owners, each against the
tenant's quota. Only instances are priced (as rws lab cost). Nothing is deployed or looked up.

With --cur, the actual cost beside the estimate: the lines of an AWS Cost and Usage Report (the
CSV, or .csv.gz, AWS delivers) summed by their research:tenant and research:lab tags
(lineItem/UnblendedCost of resourceTags/user:research:tenant and user:research:lab; activate both
as cost allocation tags), with the period the lines cover and the cost no tenant tag claims.`,
    args: [{ name: 'institution.yaml', help: 'the institution file' }],
    options: [
        { name: 'hours', value: 'N', help: 'hours a month a workspace runs (default: the file\'s spend_hours_per_month, else 730)' },
        { name: 'cur', value: 'file.csv', help: 'a Cost and Usage Report (CSV or .csv.gz): the actual cost per tenant and lab beside the estimate' },
    ],
    examples: ['rws institution report institution.yaml', 'rws institution report institution.yaml --hours 176 --json',
        'rws institution report institution.yaml --cur 2025-06-cur.csv.gz'],
    exitCodes: '  0  the report was printed\n  2  usage or input error: a missing or invalid institution or lab file, a quota exceeded',
    async run(ctx, input) {
        const hoursOpt = input.int('hours');
        if (hoursOpt !== undefined && (hoursOpt < 1 || hoursOpt > 744))
            throw new command_1.UsageError(`--hours must be from 1 to 744 (got ${hoursOpt})`, ctx.commandName);
        const curFile = input.str('cur');
        const loaded = await loadInstitution(ctx, input);
        const cur = curFile === undefined ? undefined : await (0, cur_report_1.readCurCosts)((0, sources_1.userPath)(ctx, curFile));
        const hours = hoursOpt ?? loaded.definition.spendHoursPerMonth ?? 730;
        const tenants = loaded.institution.usage().map((u, i) => {
            const t = loaded.definition.tenants[i];
            const labs = loaded.institution.labsOf(u.tenant).map((lab) => ({
                lab: lab.labName,
                stack: lab.stackName,
                workspaces: lab.workspaces.length,
                vcpus: lab.workspaces.reduce((n, w) => n + w.sizing.vcpus, 0),
                gpus: lab.workspaces.reduce((n, w) => n + w.sizing.gpus, 0),
                storageGiB: lab.workspaces.reduce((n, w) => n + w.rootVolumeGiB, 0),
                hourlyCost: lab.estimatedHourlyCost,
                monthlyCost: lab.estimatedHourlyCost * hours,
            }));
            const actual = cur?.tenants.find((x) => x.tenant === u.tenant);
            return {
                ...u,
                monthlyCost: u.hourlyCost * hours,
                hoursPerMonth: hours,
                quota: t.quota ?? {},
                budget: t.budget?.monthlyUsd,
                ...(cur ? { actualCost: actual?.cost ?? 0 } : {}),
                labsDetail: cur ? labs.map((l) => ({ ...l, actualCost: actual?.labs.find((x) => x.lab === l.lab)?.cost ?? 0 })) : labs,
            };
        });
        const known = new Set(tenants.map((t) => t.tenant));
        const curSummary = cur ? {
            file: cur.file,
            lines: cur.lines,
            currency: cur.currency,
            start: cur.start,
            end: cur.end,
            total: cur.total,
            untagged: cur.untagged,
            // Tagged with a tenant the file does not have (removed, renamed, or another institution's).
            otherTenants: cur.tenants.filter((x) => !known.has(x.tenant)).map((x) => ({ tenant: x.tenant, cost: x.cost })),
            // The tenants' lines without a lab tag (the tenant stacks: key, topic, trail).
            tenantStacks: cur.tenants.filter((x) => known.has(x.tenant)).map((x) => ({ tenant: x.tenant, cost: x.unlabelled })),
            labColumn: cur.hasLabColumn,
        } : undefined;
        if (ctx.out.json) {
            ctx.out.printJson({
                institution: loaded.definition.name,
                file: (0, sources_1.shownPath)(loaded.file),
                hoursPerMonth: hours,
                tenants: tenants.map(({ labsDetail, ...rest }) => ({ ...rest, labs: labsDetail })),
                total: {
                    workspaces: tenants.reduce((n, t) => n + t.workspaces, 0),
                    hourlyCost: tenants.reduce((n, t) => n + t.hourlyCost, 0),
                    monthlyCost: tenants.reduce((n, t) => n + t.monthlyCost, 0),
                },
                ...(curSummary ? { cur: curSummary } : {}),
            });
            return command_1.EXIT_OK;
        }
        const of = (used, limit) => (limit === undefined ? String(used) : `${used}/${limit}`);
        ctx.out.heading(`institution ${loaded.definition.name} (${(0, sources_1.shownPath)(loaded.file)}): ${tenants.length} tenants, ${hours} h a month`);
        ctx.out.table(['TENANT', 'LABS', 'WORKSPACES', 'VCPUS', 'GPUS', 'STORAGE GIB', '$/HOUR', `$/MONTH (${hours} H)`, 'BUDGET', 'USERS', 'OWNERS'], tenants.map((t) => [
            t.tenant, t.labs.length, of(t.workspaces, t.quota.workspaces), of(t.vcpus, t.quota.vcpus), of(t.gpus, t.quota.gpus),
            of(t.storageGiB, t.quota.storageGiB),
            money(t.hourlyCost, 4), t.quota.monthlySpend === undefined ? money(t.monthlyCost, 2) : `${money(t.monthlyCost, 2)}/${money(t.quota.monthlySpend, 0)}`,
            t.budget === undefined ? undefined : money(t.budget, 0), t.users, t.owners.length,
        ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
        ctx.out.line();
        ctx.out.table(['TENANT', 'LAB', 'STACK', 'WORKSPACES', 'VCPUS', 'GPUS', 'STORAGE GIB', '$/HOUR', `$/MONTH (${hours} H)`], tenants.flatMap((t) => t.labsDetail.map((l) => [
            t.tenant, l.lab, l.stack, l.workspaces, l.vcpus, l.gpus, l.storageGiB, money(l.hourlyCost, 4), money(l.monthlyCost, 2),
        ])), ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
        ctx.out.line();
        ctx.out.line('used/quota where the tenant has a quota. Only instances are priced (on-demand, bundled us-east-1 table): storage, NAT, endpoints and data transfer are not.');
        if (cur && curSummary) {
            const c = cur.currency === 'USD' ? '$' : `${cur.currency} `;
            const amount = (n) => `${c}${n.toFixed(2)}`;
            const period = cur.start && cur.end ? `${cur.start} to ${cur.end}` : 'period not in the report';
            ctx.out.line();
            ctx.out.heading(`actual cost from ${cur.file} (${cur.lines} lines, ${period})`);
            ctx.out.table(['TENANT', 'LAB', `ESTIMATE $/MONTH (${hours} H)`, 'ACTUAL'], [
                ...tenants.flatMap((t) => [
                    ...t.labsDetail.map((l) => [t.tenant, l.lab, money(l.monthlyCost, 2), cur.hasLabColumn ? amount(l.actualCost ?? 0) : '-']),
                    [t.tenant, '(tenant stack, no lab tag)', '', amount(curSummary.tenantStacks.find((x) => x.tenant === t.tenant)?.cost ?? 0)],
                    [t.tenant, 'total', money(t.monthlyCost, 2), amount(t.actualCost ?? 0)],
                ]),
                ...curSummary.otherTenants.map((x) => [x.tenant, '(not a tenant of this file)', '', amount(x.cost)]),
                ['(no tenant tag)', '', '', amount(cur.untagged)],
                ['all lines', '', '', amount(cur.total)],
            ], ['l', 'l', 'r', 'r']);
            ctx.out.line();
            ctx.out.line('actual: lineItem/UnblendedCost of the lines by their research:tenant and research:lab tags; the estimate prices instances only, the report everything.');
            if (!cur.hasLabColumn)
                ctx.out.line('the report has no column resourceTags/user:research:lab: activate research:lab as a cost allocation tag for the cost per lab.');
        }
        return command_1.EXIT_OK;
    },
};
/** The institution as a graph: organization, tenants with their isolation and labs. */
function buildInstitutionDiagram(def, inst) {
    const groups = [];
    const edges = [];
    const id = (s) => s.replace(/[^A-Za-z0-9]+/g, '_');
    if (def.organization) {
        groups.push({
            id: 'org',
            title: `AWS Organization (under ${def.organization.parentId})`,
            column: 0,
            nodes: def.tenants.map((t) => ({
                id: `ou_${id(t.name)}`,
                lines: [`OU ${def.name}-${t.name}`, 'service control policy: boundary kept, audit kept on, no leaving', ...(t.allowedRegions ? [`regions: ${t.allowedRegions.join(', ')}`] : []),
                    t.account ? `own account (${t.account.email})` : 'no account of its own'],
                kind: 'network',
            })),
        });
    }
    def.tenants.forEach((t, i) => {
        const labs = inst.labsOf(t.name);
        const tenantNode = `tenant_${id(t.name)}`;
        groups.push({
            id: `g_${id(t.name)}`,
            title: `Tenant ${t.name}`,
            column: i + 1,
            nodes: [
                {
                    id: tenantNode,
                    lines: [`${t.name}: tenant stack`, 'KMS key, alert topic, dashboard', t.budget ? `budget ${t.budget.monthlyUsd} USD a month` : 'no budget',
                        ...(t.account ? ['CloudTrail: all regions, encrypted, retained'] : []), ...(t.contacts ?? []).map((c) => `contact: ${c.name}`)],
                    kind: 'group',
                },
                ...labs.map((lab) => ({
                    id: `lab_${id(lab.labName)}`,
                    lines: [`lab ${lab.labName}`, `${lab.workspaces.length} workspace${lab.workspaces.length === 1 ? '' : 's'}, egress ${lab.egress}`, 'own key, VPC and boundary', `boundary rws-boundary-${t.name}-${lab.labName}`],
                    kind: 'workspace',
                })),
            ],
        });
        if (def.organization)
            edges.push({ from: `ou_${id(t.name)}`, to: tenantNode, label: 'SCP', style: 'dashed' });
        for (const lab of labs)
            edges.push({ from: tenantNode, to: `lab_${id(lab.labName)}`, label: 'tenant', style: 'solid' });
    });
    return {
        title: `Institution ${def.name}`,
        subtitle: `${def.tenants.length} tenants, ${inst.labStacks.length} labs; no tenant can use another's keys, networks or buckets`,
        groups,
        edges,
    };
}
async function writeOrPrint(ctx, outFile, text) {
    if (outFile === undefined) {
        ctx.out.write(text);
        return;
    }
    const file = path.resolve(ctx.cwd, outFile);
    (0, out_path_1.prepareOutputFile)(file, outFile);
    try {
        fs.writeFileSync(file, text);
    }
    catch (e) {
        throw (0, out_path_1.outputFailure)(e, outFile) ?? e;
    }
    ctx.out.note(`wrote ${(0, sources_1.shownPath)(file)}`);
}
const diagram = {
    name: 'diagram',
    summary: 'Draw an institution: organization, tenants with their isolation, and labs (Mermaid or SVG)',
    args: [{ name: 'institution.yaml', help: 'the institution file' }],
    options: [
        { name: 'format', value: 'mermaid|svg', help: 'mermaid (default) or svg' },
        { name: 'out', value: 'file', help: 'write the diagram to this file instead of stdout' },
    ],
    examples: ['rws institution diagram institution.yaml --format svg --out institution.svg'],
    exitCodes: '  0  the diagram was written\n  2  usage or input error',
    async run(ctx, input) {
        const format = (input.str('format') ?? 'mermaid').toLowerCase();
        if (format !== 'mermaid' && format !== 'svg')
            throw new command_1.UsageError(`--format must be mermaid or svg (got "${input.str('format')}")`, ctx.commandName);
        const loaded = await loadInstitution(ctx, input);
        const graph = buildInstitutionDiagram(loaded.definition, loaded.institution);
        await writeOrPrint(ctx, input.str('out'), format === 'svg' ? (0, lab_diagram_1.toSvg)(graph) : (0, lab_diagram_1.toMermaid)(graph));
        return command_1.EXIT_OK;
    },
};
/** Stacks of an institution in deployment order: organization, labs, tenant stacks (their dashboards name the labs' alarms). */
function pipelineStacks(inst) {
    const out = [];
    if (inst.organizationStack)
        out.push({ stack: inst.organizationStack.stackName, tenant: 'organization' });
    for (const t of inst.definition.tenants)
        for (const lab of inst.labsOf(t.name))
            out.push({ stack: lab.stackName, tenant: t.name });
    for (const [i, s] of inst.tenantStacks.entries())
        out.push({ stack: s.stackName, tenant: inst.definition.tenants[i].name });
    return out;
}
const pipeline = {
    name: 'pipeline',
    summary: 'Write the delivery pipeline: a GitHub Actions workflow and a GitLab CI file (synth, audit, diff, deploy with approval)',
    description: `Writes .github/workflows/institution.yml and .gitlab-ci.yml under --out (default: the current folder).
Both synthesize every lab (quotas checked), run the egress audit (rws audit cdk.out), diff every stack
against what is deployed, and on a merge to --branch deploy every stack in order (organization, labs,
tenant stacks) after a manual approval: the "production" environment's reviewers on GitHub, the manual
job approve-production on GitLab. Each stack is deployed with its tenant's role, from the CI variable
DEPLOY_ROLE_<TENANT> (DEPLOY_ROLE_ORGANIZATION for the organization stack), through OIDC.`,
    args: [{ name: 'institution.yaml', help: 'the institution file' }],
    options: [
        { name: 'out', value: 'dir', help: 'repository root to write into (default: the current folder)' },
        { name: 'branch', value: 'name', help: 'branch that deploys (default main)' },
    ],
    examples: ['rws institution pipeline institution.yaml', 'rws institution pipeline institution.yaml --branch production --out .'],
    exitCodes: '  0  the files were written\n  2  usage or input error',
    async run(ctx, input) {
        const branch = input.str('branch') ?? 'main';
        if (!/^[A-Za-z0-9._/-]{1,100}$/.test(branch))
            throw new command_1.UsageError(`--branch must be a branch name (got "${branch}")`, ctx.commandName);
        const loaded = await loadInstitution(ctx, input);
        const root = path.resolve(ctx.cwd, input.str('out') ?? '.');
        const options = {
            institution: loaded.definition.name,
            stacks: pipelineStacks(loaded.institution),
            file: path.relative(root, loaded.file) || path.basename(loaded.file),
            branch,
            nodeVersion: '20',
        };
        const files = [
            [path.join(root, '.github', 'workflows', 'institution.yml'), (0, institution_pipeline_1.githubWorkflow)(options)],
            [path.join(root, '.gitlab-ci.yml'), (0, institution_pipeline_1.gitlabCi)(options)],
        ];
        for (const [file, text] of files) {
            fs.mkdirSync(path.dirname(file), { recursive: true });
            await writeOrPrint(ctx, path.relative(ctx.cwd, file), text);
        }
        if (ctx.out.json)
            ctx.out.printJson({ institution: options.institution, stacks: options.stacks, files: files.map(([f]) => (0, sources_1.shownPath)(f)) });
        return command_1.EXIT_OK;
    },
};
exports.institutionGroup = {
    name: 'institution',
    summary: 'Report, draw and ship an institution: tenants, their labs, quotas and budgets',
    description: `An institution file (institution.yaml, see docs/institution.md) names tenants (departments), each with its
lab files, contacts, quotas, budget and optionally an AWS account of its own in an organization.`,
    commands: [report, diagram, pipeline],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5zdGl0dXRpb24uanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL2luc3RpdHV0aW9uLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXFLQSwwREErQ0M7QUFzQ0Qsd0NBTUM7QUFoUUQsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qix1Q0FBc0c7QUFDdEcsNkNBQXNEO0FBQ3RELGlFQUFpRjtBQUNqRiwrQ0FBd0Y7QUFDeEYseUNBQThEO0FBQzlELHVDQUFnRDtBQWVoRCxpR0FBaUc7QUFDakcsS0FBSyxVQUFVLGVBQWUsQ0FBQyxHQUFZLEVBQUUsS0FBWTtJQUN2RCxNQUFNLElBQUksR0FBRyxJQUFBLGtCQUFRLEVBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMxQyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUM7UUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLElBQUksdUNBQXVDLENBQUMsQ0FBQztJQUNsRyxHQUFHLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxXQUFXLElBQUksS0FBSyxDQUFDLENBQUM7SUFDdkMsSUFBSSxDQUFDO1FBQ0gsMkZBQTJGO1FBQzNGLGlFQUFpRTtRQUNqRSxNQUFNLEVBQUUsR0FBRyxFQUFFLEdBQUcsT0FBTyxDQUFDLGFBQWEsQ0FBaUMsQ0FBQztRQUN2RSxpRUFBaUU7UUFDakUsTUFBTSxFQUFFLFdBQVcsRUFBRSxnQkFBZ0IsRUFBRSxHQUFHLE9BQU8sQ0FBQywyQkFBMkIsQ0FBK0MsQ0FBQztRQUM3SCxNQUFNLFVBQVUsR0FBRyxnQkFBZ0IsQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDekQsTUFBTSxXQUFXLEdBQUcsSUFBSSxnQkFBZ0IsQ0FBQyxJQUFJLEdBQUcsRUFBRSxFQUFFLFVBQVUsQ0FBQyxJQUFJLEVBQUUsRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQ3JGLE9BQU8sRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLFdBQVcsRUFBRSxDQUFDO0lBQzNDLENBQUM7WUFBUyxDQUFDO1FBQ1QsR0FBRyxDQUFDLEdBQUcsQ0FBQyxZQUFZLEVBQUUsQ0FBQztJQUN6QixDQUFDO0FBQ0gsQ0FBQztBQUVELFNBQVMsS0FBSyxDQUFDLENBQVMsRUFBRSxNQUFjO0lBQ3RDLE9BQU8sSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7QUFDakMsQ0FBQztBQUVELE1BQU0sTUFBTSxHQUFZO0lBQ3RCLElBQUksRUFBRSxRQUFRO0lBQ2QsT0FBTyxFQUFFLHlHQUF5RztJQUNsSCxXQUFXLEVBQUU7Ozs7Ozs7Ozs2RkFTOEU7SUFDM0YsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLHNCQUFzQixFQUFFLENBQUM7SUFDbEUsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLHVGQUF1RixFQUFFO1FBQzVILEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSxrR0FBa0csRUFBRTtLQUM3STtJQUNELFFBQVEsRUFBRSxDQUFDLHlDQUF5QyxFQUFFLDREQUE0RDtRQUNoSCxrRUFBa0UsQ0FBQztJQUNyRSxTQUFTLEVBQUUsd0hBQXdIO0lBQ25JLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUNwQyxJQUFJLFFBQVEsS0FBSyxTQUFTLElBQUksQ0FBQyxRQUFRLEdBQUcsQ0FBQyxJQUFJLFFBQVEsR0FBRyxHQUFHLENBQUM7WUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyxzQ0FBc0MsUUFBUSxHQUFHLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3pKLE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDakMsTUFBTSxNQUFNLEdBQUcsTUFBTSxlQUFlLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2pELE1BQU0sR0FBRyxHQUF5QixPQUFPLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBQSx5QkFBWSxFQUFDLElBQUEsa0JBQVEsRUFBQyxHQUFHLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQztRQUNqSCxNQUFNLEtBQUssR0FBRyxRQUFRLElBQUksTUFBTSxDQUFDLFVBQVUsQ0FBQyxrQkFBa0IsSUFBSSxHQUFHLENBQUM7UUFDdEUsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLFdBQVcsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7WUFDdEQsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDdkMsTUFBTSxJQUFJLEdBQUcsTUFBTSxDQUFDLFdBQVcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFDN0QsR0FBRyxFQUFFLEdBQUcsQ0FBQyxPQUFPO2dCQUNoQixLQUFLLEVBQUUsR0FBRyxDQUFDLFNBQVM7Z0JBQ3BCLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLE1BQU07Z0JBQ2pDLEtBQUssRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUM7Z0JBQzdELElBQUksRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7Z0JBQzNELFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsYUFBYSxFQUFFLENBQUMsQ0FBQztnQkFDbkUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxtQkFBbUI7Z0JBQ25DLFdBQVcsRUFBRSxHQUFHLENBQUMsbUJBQW1CLEdBQUcsS0FBSzthQUM3QyxDQUFDLENBQUMsQ0FBQztZQUNKLE1BQU0sTUFBTSxHQUFHLEdBQUcsRUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQztZQUMvRCxPQUFPO2dCQUNMLEdBQUcsQ0FBQztnQkFDSixXQUFXLEVBQUUsQ0FBQyxDQUFDLFVBQVUsR0FBRyxLQUFLO2dCQUNqQyxhQUFhLEVBQUUsS0FBSztnQkFDcEIsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLElBQUksRUFBRTtnQkFDcEIsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsVUFBVTtnQkFDNUIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUNqRCxVQUFVLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsVUFBVSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxJQUFJLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJO2FBQ3ZILENBQUM7UUFDSixDQUFDLENBQUMsQ0FBQztRQUNILE1BQU0sS0FBSyxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO1FBQ3BELE1BQU0sVUFBVSxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDdkIsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJO1lBQ2QsS0FBSyxFQUFFLEdBQUcsQ0FBQyxLQUFLO1lBQ2hCLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUTtZQUN0QixLQUFLLEVBQUUsR0FBRyxDQUFDLEtBQUs7WUFDaEIsR0FBRyxFQUFFLEdBQUcsQ0FBQyxHQUFHO1lBQ1osS0FBSyxFQUFFLEdBQUcsQ0FBQyxLQUFLO1lBQ2hCLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUTtZQUN0Qiw0RkFBNEY7WUFDNUYsWUFBWSxFQUFFLEdBQUcsQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO1lBQzlHLCtFQUErRTtZQUMvRSxZQUFZLEVBQUUsR0FBRyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDO1lBQ25ILFNBQVMsRUFBRSxHQUFHLENBQUMsWUFBWTtTQUM1QixDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDZCxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDakIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUM7Z0JBQ2hCLFdBQVcsRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUk7Z0JBQ25DLElBQUksRUFBRSxJQUFBLG1CQUFTLEVBQUMsTUFBTSxDQUFDLElBQUksQ0FBQztnQkFDNUIsYUFBYSxFQUFFLEtBQUs7Z0JBQ3BCLE9BQU8sRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsR0FBRyxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsSUFBSSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsQ0FBQyxDQUFDO2dCQUNsRixLQUFLLEVBQUU7b0JBQ0wsVUFBVSxFQUFFLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUM7b0JBQ3pELFVBQVUsRUFBRSxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDO29CQUN6RCxXQUFXLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztpQkFDNUQ7Z0JBQ0QsR0FBRyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQzthQUMzQyxDQUFDLENBQUM7WUFDSCxPQUFPLGlCQUFPLENBQUM7UUFDakIsQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLENBQUMsSUFBWSxFQUFFLEtBQXlCLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1FBQ2xILEdBQUcsQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLGVBQWUsTUFBTSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEtBQUssSUFBQSxtQkFBUyxFQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsTUFBTSxPQUFPLENBQUMsTUFBTSxhQUFhLEtBQUssWUFBWSxDQUFDLENBQUM7UUFDcEksR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLFlBQVksRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsWUFBWSxLQUFLLEtBQUssRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ2hLLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDO1lBQ25ILEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsVUFBVSxDQUFDO1lBQ3BDLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsWUFBWSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQyxFQUFFO1lBQ3JKLENBQUMsQ0FBQyxNQUFNLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNO1NBQ2xGLENBQUMsRUFBRSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQzdELEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDZixHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxPQUFPLEVBQUUsTUFBTSxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsWUFBWSxLQUFLLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUN2SyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztTQUN2SCxDQUFDLENBQUMsRUFBRSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNwRCxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2YsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsNkpBQTZKLENBQUMsQ0FBQztRQUM1SyxJQUFJLEdBQUcsSUFBSSxVQUFVLEVBQUUsQ0FBQztZQUN0QixNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsUUFBUSxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxRQUFRLEdBQUcsQ0FBQztZQUM1RCxNQUFNLE1BQU0sR0FBRyxDQUFDLENBQVMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3BELE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxLQUFLLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsS0FBSyxPQUFPLEdBQUcsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsMEJBQTBCLENBQUM7WUFDaEcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNmLEdBQUcsQ0FBQyxHQUFHLENBQUMsT0FBTyxDQUFDLG9CQUFvQixHQUFHLENBQUMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxLQUFLLFdBQVcsTUFBTSxHQUFHLENBQUMsQ0FBQztZQUNoRixHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUscUJBQXFCLEtBQUssS0FBSyxFQUFFLFFBQVEsQ0FBQyxFQUFFO2dCQUMxRSxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO29CQUN4QixHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUUsQ0FBNkIsQ0FBQyxVQUFVLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO29CQUN2SixDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsNEJBQTRCLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxVQUFVLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDO29CQUMzSCxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsVUFBVSxJQUFJLENBQUMsQ0FBQyxDQUFDO2lCQUN4RSxDQUFDO2dCQUNGLEdBQUcsVUFBVSxDQUFDLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSw2QkFBNkIsRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO2dCQUNwRyxDQUFDLGlCQUFpQixFQUFFLEVBQUUsRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztnQkFDakQsQ0FBQyxXQUFXLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDO2FBQ3pDLEVBQUUsQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQ3pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDZixHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyx3SkFBd0osQ0FBQyxDQUFDO1lBQ3ZLLElBQUksQ0FBQyxHQUFHLENBQUMsWUFBWTtnQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQywrSEFBK0gsQ0FBQyxDQUFDO1FBQ3ZLLENBQUM7UUFDRCxPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFFRix1RkFBdUY7QUFDdkYsU0FBZ0IsdUJBQXVCLENBQUMsR0FBMEIsRUFBRSxJQUFpQjtJQUNuRixNQUFNLE1BQU0sR0FBbUIsRUFBRSxDQUFDO0lBQ2xDLE1BQU0sS0FBSyxHQUFrQixFQUFFLENBQUM7SUFDaEMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsZ0JBQWdCLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDM0QsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDckIsTUFBTSxDQUFDLElBQUksQ0FBQztZQUNWLEVBQUUsRUFBRSxLQUFLO1lBQ1QsS0FBSyxFQUFFLDJCQUEyQixHQUFHLENBQUMsWUFBWSxDQUFDLFFBQVEsR0FBRztZQUM5RCxNQUFNLEVBQUUsQ0FBQztZQUNULEtBQUssRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFDN0IsRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRTtnQkFDdEIsS0FBSyxFQUFFLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxrRUFBa0UsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO29CQUM5SyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsdUJBQXVCLENBQUM7Z0JBQzNFLElBQUksRUFBRSxTQUFrQjthQUN6QixDQUFDLENBQUM7U0FDSixDQUFDLENBQUM7SUFDTCxDQUFDO0lBQ0QsR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDM0IsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDakMsTUFBTSxVQUFVLEdBQUcsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDMUMsTUFBTSxDQUFDLElBQUksQ0FBQztZQUNWLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUU7WUFDckIsS0FBSyxFQUFFLFVBQVUsQ0FBQyxDQUFDLElBQUksRUFBRTtZQUN6QixNQUFNLEVBQUUsQ0FBQyxHQUFHLENBQUM7WUFDYixLQUFLLEVBQUU7Z0JBQ0w7b0JBQ0UsRUFBRSxFQUFFLFVBQVU7b0JBQ2QsS0FBSyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxnQkFBZ0IsRUFBRSxpQ0FBaUMsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxNQUFNLENBQUMsVUFBVSxjQUFjLENBQUMsQ0FBQyxDQUFDLFdBQVc7d0JBQ3hJLEdBQUcsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLDhDQUE4QyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsWUFBWSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztvQkFDakksSUFBSSxFQUFFLE9BQU87aUJBQ2Q7Z0JBQ0QsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDO29CQUNwQixFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxFQUFFO29CQUM1QixLQUFLLEVBQUUsQ0FBQyxPQUFPLEdBQUcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLEdBQUcsQ0FBQyxVQUFVLENBQUMsTUFBTSxhQUFhLEdBQUcsQ0FBQyxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLFlBQVksR0FBRyxDQUFDLE1BQU0sRUFBRSxFQUFFLDJCQUEyQixFQUFFLHlCQUF5QixDQUFDLENBQUMsSUFBSSxJQUFJLEdBQUcsQ0FBQyxPQUFPLEVBQUUsQ0FBQztvQkFDak4sSUFBSSxFQUFFLFdBQW9CO2lCQUMzQixDQUFDLENBQUM7YUFDSjtTQUNGLENBQUMsQ0FBQztRQUNILElBQUksR0FBRyxDQUFDLFlBQVk7WUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQztRQUM5RyxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUk7WUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQztJQUMxSCxDQUFDLENBQUMsQ0FBQztJQUNILE9BQU87UUFDTCxLQUFLLEVBQUUsZUFBZSxHQUFHLENBQUMsSUFBSSxFQUFFO1FBQ2hDLFFBQVEsRUFBRSxHQUFHLEdBQUcsQ0FBQyxPQUFPLENBQUMsTUFBTSxhQUFhLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSw4REFBOEQ7UUFDL0gsTUFBTTtRQUNOLEtBQUs7S0FDTixDQUFDO0FBQ0osQ0FBQztBQUVELEtBQUssVUFBVSxZQUFZLENBQUMsR0FBWSxFQUFFLE9BQTJCLEVBQUUsSUFBWTtJQUNqRixJQUFJLE9BQU8sS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUMxQixHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNwQixPQUFPO0lBQ1QsQ0FBQztJQUNELE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztJQUM1QyxJQUFBLDRCQUFpQixFQUFDLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQztJQUNqQyxJQUFJLENBQUM7UUFDSCxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztJQUMvQixDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLE1BQU0sSUFBQSx3QkFBYSxFQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDdkMsQ0FBQztJQUNELEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsSUFBQSxtQkFBUyxFQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUMzQyxDQUFDO0FBRUQsTUFBTSxPQUFPLEdBQVk7SUFDdkIsSUFBSSxFQUFFLFNBQVM7SUFDZixPQUFPLEVBQUUsNEZBQTRGO0lBQ3JHLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxDQUFDO0lBQ2xFLE9BQU8sRUFBRTtRQUNQLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSwwQkFBMEIsRUFBRTtRQUMxRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsa0RBQWtELEVBQUU7S0FDekY7SUFDRCxRQUFRLEVBQUUsQ0FBQyw2RUFBNkUsQ0FBQztJQUN6RixTQUFTLEVBQUUseURBQXlEO0lBQ3BFLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLFNBQVMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQ2hFLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEtBQUssS0FBSztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHlDQUF5QyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3RKLE1BQU0sTUFBTSxHQUFHLE1BQU0sZUFBZSxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNqRCxNQUFNLEtBQUssR0FBRyx1QkFBdUIsQ0FBQyxNQUFNLENBQUMsVUFBVSxFQUFFLE1BQU0sQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUM3RSxNQUFNLFlBQVksQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsRUFBRSxNQUFNLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFLLEVBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUEsdUJBQVMsRUFBQyxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBQzlGLE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLGdJQUFnSTtBQUNoSSxTQUFnQixjQUFjLENBQUMsSUFBaUI7SUFDOUMsTUFBTSxHQUFHLEdBQW9CLEVBQUUsQ0FBQztJQUNoQyxJQUFJLElBQUksQ0FBQyxpQkFBaUI7UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxTQUFTLEVBQUUsTUFBTSxFQUFFLGNBQWMsRUFBRSxDQUFDLENBQUM7SUFDMUcsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJLENBQUMsVUFBVSxDQUFDLE9BQU87UUFBRSxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7SUFDbkksS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxZQUFZLENBQUMsT0FBTyxFQUFFO1FBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQzVILE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELE1BQU0sUUFBUSxHQUFZO0lBQ3hCLElBQUksRUFBRSxVQUFVO0lBQ2hCLE9BQU8sRUFBRSx3SEFBd0g7SUFDakksV0FBVyxFQUFFOzs7OzswRkFLMkU7SUFDeEYsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLHNCQUFzQixFQUFFLENBQUM7SUFDbEUsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLDZEQUE2RCxFQUFFO1FBQ2xHLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxvQ0FBb0MsRUFBRTtLQUM5RTtJQUNELFFBQVEsRUFBRSxDQUFDLDJDQUEyQyxFQUFFLHVFQUF1RSxDQUFDO0lBQ2hJLFNBQVMsRUFBRSx3REFBd0Q7SUFDbkUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNsQixNQUFNLE1BQU0sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLE1BQU0sQ0FBQztRQUM3QyxJQUFJLENBQUMsMEJBQTBCLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHdDQUF3QyxNQUFNLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDeEksTUFBTSxNQUFNLEdBQUcsTUFBTSxlQUFlLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2pELE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO1FBQzVELE1BQU0sT0FBTyxHQUFHO1lBQ2QsV0FBVyxFQUFFLE1BQU0sQ0FBQyxVQUFVLENBQUMsSUFBSTtZQUNuQyxNQUFNLEVBQUUsY0FBYyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUM7WUFDMUMsSUFBSSxFQUFFLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUM7WUFDcEUsTUFBTTtZQUNOLFdBQVcsRUFBRSxJQUFJO1NBQ2xCLENBQUM7UUFDRixNQUFNLEtBQUssR0FBNEI7WUFDckMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLGlCQUFpQixDQUFDLEVBQUUsSUFBQSxxQ0FBYyxFQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQ3JGLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsRUFBRSxJQUFBLCtCQUFRLEVBQUMsT0FBTyxDQUFDLENBQUM7U0FDdkQsQ0FBQztRQUNGLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUNqQyxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUN0RCxNQUFNLFlBQVksQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQzlELENBQUM7UUFDRCxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSTtZQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLEVBQUUsV0FBVyxFQUFFLE9BQU8sQ0FBQyxXQUFXLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDM0ksT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7Q0FDRixDQUFDO0FBRVcsUUFBQSxnQkFBZ0IsR0FBaUI7SUFDNUMsSUFBSSxFQUFFLGFBQWE7SUFDbkIsT0FBTyxFQUFFLCtFQUErRTtJQUN4RixXQUFXLEVBQUU7aUdBQ2tGO0lBQy9GLFFBQVEsRUFBRSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxDQUFDO0NBQ3RDLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciwgQ29tbWFuZCwgQ29tbWFuZEdyb3VwLCBDb250ZXh0LCBFWElUX09LLCBJbnB1dCwgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBDdXJDb3N0cywgcmVhZEN1ckNvc3RzIH0gZnJvbSAnLi9jdXItcmVwb3J0JztcbmltcG9ydCB7IGdpdGh1YldvcmtmbG93LCBnaXRsYWJDaSwgUGlwZWxpbmVTdGFjayB9IGZyb20gJy4vaW5zdGl0dXRpb24tcGlwZWxpbmUnO1xuaW1wb3J0IHsgRGlhZ3JhbUVkZ2UsIERpYWdyYW1Hcm91cCwgTGFiRGlhZ3JhbSwgdG9NZXJtYWlkLCB0b1N2ZyB9IGZyb20gJy4vbGFiLWRpYWdyYW0nO1xuaW1wb3J0IHsgb3V0cHV0RmFpbHVyZSwgcHJlcGFyZU91dHB1dEZpbGUgfSBmcm9tICcuL291dC1wYXRoJztcbmltcG9ydCB7IHNob3duUGF0aCwgdXNlclBhdGggfSBmcm9tICcuL3NvdXJjZXMnO1xuaW1wb3J0IHR5cGUgeyBJbnN0aXR1dGlvbiwgSW5zdGl0dXRpb25EZWZpbml0aW9uIH0gZnJvbSAnLi4vc3RhY2tzL2F3cy9pbnN0aXR1dGlvbic7XG5cbi8qKlxuICogYHJ3cyBpbnN0aXR1dGlvbmA6IGFuIGluc3RpdHV0aW9uIGZpbGUgKGluc3RpdHV0aW9uLnlhbWw6IHRlbmFudHMsIHRoZWlyIGxhYnMsIHF1b3RhcywgYnVkZ2V0cylcbiAqIHJlcG9ydGVkIChgcmVwb3J0YCksIGRyYXduIChgZGlhZ3JhbWApIGFuZCBzaGlwcGVkIChgcGlwZWxpbmVgKS4gYXdzLWNkay1saWIgaXMgbG9hZGVkIGluc2lkZVxuICogcnVuKCksIHNvIGByd3MgLS1oZWxwYCBuZXZlciBsb2FkcyBpdC5cbiAqL1xuXG5pbnRlcmZhY2UgTG9hZGVkSW5zdGl0dXRpb24ge1xuICByZWFkb25seSBmaWxlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGRlZmluaXRpb246IEluc3RpdHV0aW9uRGVmaW5pdGlvbjtcbiAgcmVhZG9ubHkgaW5zdGl0dXRpb246IEluc3RpdHV0aW9uO1xufVxuXG4vKiogUmVhZHMgdGhlIGZpbGUgYW5kIGJ1aWxkcyB0aGUgSW5zdGl0dXRpb24gKHF1b3RhcyBhcmUgY2hlY2tlZCBoZXJlKSwgd2l0aG91dCBzeW50aGVzaXppbmcuICovXG5hc3luYyBmdW5jdGlvbiBsb2FkSW5zdGl0dXRpb24oY3R4OiBDb250ZXh0LCBpbnB1dDogSW5wdXQpOiBQcm9taXNlPExvYWRlZEluc3RpdHV0aW9uPiB7XG4gIGNvbnN0IGZpbGUgPSB1c2VyUGF0aChjdHgsIGlucHV0LmFyZ3NbMF0pO1xuICBpZiAoIWZzLmV4aXN0c1N5bmMoZmlsZSkpIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke2ZpbGV9OiB0aGUgaW5zdGl0dXRpb24gZmlsZSBkb2VzIG5vdCBleGlzdGApO1xuICBjdHgub3V0LnByb2dyZXNzKGByZWFkaW5nICR7ZmlsZX0uLi5gKTtcbiAgdHJ5IHtcbiAgICAvLyBMb2FkZWQgaGVyZSwgbm90IGF0IHRoZSB0b3A6IFxcYHJ3cyAtLWhlbHBcXGAgYW5kIHRoZSBvdGhlciBncm91cHMgbmV2ZXIgbG9hZCBhd3MtY2RrLWxpYi5cbiAgICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgQHR5cGVzY3JpcHQtZXNsaW50L25vLXJlcXVpcmUtaW1wb3J0c1xuICAgIGNvbnN0IHsgQXBwIH0gPSByZXF1aXJlKCdhd3MtY2RrLWxpYicpIGFzIHR5cGVvZiBpbXBvcnQoJ2F3cy1jZGstbGliJyk7XG4gICAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbiAgICBjb25zdCB7IEluc3RpdHV0aW9uOiBJbnN0aXR1dGlvbkNsYXNzIH0gPSByZXF1aXJlKCcuLi9zdGFja3MvYXdzL2luc3RpdHV0aW9uJykgYXMgdHlwZW9mIGltcG9ydCgnLi4vc3RhY2tzL2F3cy9pbnN0aXR1dGlvbicpO1xuICAgIGNvbnN0IGRlZmluaXRpb24gPSBJbnN0aXR1dGlvbkNsYXNzLmxvYWREZWZpbml0aW9uKGZpbGUpO1xuICAgIGNvbnN0IGluc3RpdHV0aW9uID0gbmV3IEluc3RpdHV0aW9uQ2xhc3MobmV3IEFwcCgpLCBkZWZpbml0aW9uLm5hbWUsIHsgZGVmaW5pdGlvbiB9KTtcbiAgICByZXR1cm4geyBmaWxlLCBkZWZpbml0aW9uLCBpbnN0aXR1dGlvbiB9O1xuICB9IGZpbmFsbHkge1xuICAgIGN0eC5vdXQucHJvZ3Jlc3NEb25lKCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbW9uZXkobjogbnVtYmVyLCBkaWdpdHM6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBgJCR7bi50b0ZpeGVkKGRpZ2l0cyl9YDtcbn1cblxuY29uc3QgcmVwb3J0OiBDb21tYW5kID0ge1xuICBuYW1lOiAncmVwb3J0JyxcbiAgc3VtbWFyeTogJ1VzYWdlIHBlciB0ZW5hbnQ6IHdvcmtzcGFjZXMsIHZDUFVzLCBHUFVzLCBzdG9yYWdlLCBob3VycywgZXN0aW1hdGVkIGNvc3QgYW5kIHVzZXJzLCBhZ2FpbnN0IHRoZSBxdW90YXMnLFxuICBkZXNjcmlwdGlvbjogYEJ1aWxkcyB0aGUgaW5zdGl0dXRpb24gZnJvbSBpdHMgZmlsZSAoZXZlcnkgbGFiIGZpbGUgaXQgbmFtZXM7IHF1b3RhcyBhbmQgcG9saWNpZXMgYXJlIGNoZWNrZWQgYXNcbmF0IHN5bnRoKSBhbmQgcHJpbnRzIHBlciB0ZW5hbnQgYW5kIHBlciBsYWI6IHdvcmtzcGFjZXMsIHZDUFVzLCBHUFVzLCByb290IHZvbHVtZSBzdG9yYWdlLCB0aGVcbmhvdXJzIGEgbW9udGggY291bnRlZCAoc3BlbmRfaG91cnNfcGVyX21vbnRoLCBvciAtLWhvdXJzKSwgdGhlIGVzdGltYXRlZCBjb3N0IGFuIGhvdXIgYW5kIGEgbW9udGhcbmF0IG9uLWRlbWFuZCBwcmljZXMsIHRoZSByZXNlYXJjaCB1c2VycyB3aXRoIGFuIGFjY291bnQgYW5kIHRoZSB3b3Jrc3BhY2Ugb3duZXJzLCBlYWNoIGFnYWluc3QgdGhlXG50ZW5hbnQncyBxdW90YS4gT25seSBpbnN0YW5jZXMgYXJlIHByaWNlZCAoYXMgcndzIGxhYiBjb3N0KS4gTm90aGluZyBpcyBkZXBsb3llZCBvciBsb29rZWQgdXAuXG5cbldpdGggLS1jdXIsIHRoZSBhY3R1YWwgY29zdCBiZXNpZGUgdGhlIGVzdGltYXRlOiB0aGUgbGluZXMgb2YgYW4gQVdTIENvc3QgYW5kIFVzYWdlIFJlcG9ydCAodGhlXG5DU1YsIG9yIC5jc3YuZ3osIEFXUyBkZWxpdmVycykgc3VtbWVkIGJ5IHRoZWlyIHJlc2VhcmNoOnRlbmFudCBhbmQgcmVzZWFyY2g6bGFiIHRhZ3NcbihsaW5lSXRlbS9VbmJsZW5kZWRDb3N0IG9mIHJlc291cmNlVGFncy91c2VyOnJlc2VhcmNoOnRlbmFudCBhbmQgdXNlcjpyZXNlYXJjaDpsYWI7IGFjdGl2YXRlIGJvdGhcbmFzIGNvc3QgYWxsb2NhdGlvbiB0YWdzKSwgd2l0aCB0aGUgcGVyaW9kIHRoZSBsaW5lcyBjb3ZlciBhbmQgdGhlIGNvc3Qgbm8gdGVuYW50IHRhZyBjbGFpbXMuYCxcbiAgYXJnczogW3sgbmFtZTogJ2luc3RpdHV0aW9uLnlhbWwnLCBoZWxwOiAndGhlIGluc3RpdHV0aW9uIGZpbGUnIH1dLFxuICBvcHRpb25zOiBbXG4gICAgeyBuYW1lOiAnaG91cnMnLCB2YWx1ZTogJ04nLCBoZWxwOiAnaG91cnMgYSBtb250aCBhIHdvcmtzcGFjZSBydW5zIChkZWZhdWx0OiB0aGUgZmlsZVxcJ3Mgc3BlbmRfaG91cnNfcGVyX21vbnRoLCBlbHNlIDczMCknIH0sXG4gICAgeyBuYW1lOiAnY3VyJywgdmFsdWU6ICdmaWxlLmNzdicsIGhlbHA6ICdhIENvc3QgYW5kIFVzYWdlIFJlcG9ydCAoQ1NWIG9yIC5jc3YuZ3opOiB0aGUgYWN0dWFsIGNvc3QgcGVyIHRlbmFudCBhbmQgbGFiIGJlc2lkZSB0aGUgZXN0aW1hdGUnIH0sXG4gIF0sXG4gIGV4YW1wbGVzOiBbJ3J3cyBpbnN0aXR1dGlvbiByZXBvcnQgaW5zdGl0dXRpb24ueWFtbCcsICdyd3MgaW5zdGl0dXRpb24gcmVwb3J0IGluc3RpdHV0aW9uLnlhbWwgLS1ob3VycyAxNzYgLS1qc29uJyxcbiAgICAncndzIGluc3RpdHV0aW9uIHJlcG9ydCBpbnN0aXR1dGlvbi55YW1sIC0tY3VyIDIwMjUtMDYtY3VyLmNzdi5neiddLFxuICBleGl0Q29kZXM6ICcgIDAgIHRoZSByZXBvcnQgd2FzIHByaW50ZWRcXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yOiBhIG1pc3Npbmcgb3IgaW52YWxpZCBpbnN0aXR1dGlvbiBvciBsYWIgZmlsZSwgYSBxdW90YSBleGNlZWRlZCcsXG4gIGFzeW5jIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgaG91cnNPcHQgPSBpbnB1dC5pbnQoJ2hvdXJzJyk7XG4gICAgaWYgKGhvdXJzT3B0ICE9PSB1bmRlZmluZWQgJiYgKGhvdXJzT3B0IDwgMSB8fCBob3Vyc09wdCA+IDc0NCkpIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWhvdXJzIG11c3QgYmUgZnJvbSAxIHRvIDc0NCAoZ290ICR7aG91cnNPcHR9KWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3QgY3VyRmlsZSA9IGlucHV0LnN0cignY3VyJyk7XG4gICAgY29uc3QgbG9hZGVkID0gYXdhaXQgbG9hZEluc3RpdHV0aW9uKGN0eCwgaW5wdXQpO1xuICAgIGNvbnN0IGN1cjogQ3VyQ29zdHMgfCB1bmRlZmluZWQgPSBjdXJGaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBhd2FpdCByZWFkQ3VyQ29zdHModXNlclBhdGgoY3R4LCBjdXJGaWxlKSk7XG4gICAgY29uc3QgaG91cnMgPSBob3Vyc09wdCA/PyBsb2FkZWQuZGVmaW5pdGlvbi5zcGVuZEhvdXJzUGVyTW9udGggPz8gNzMwO1xuICAgIGNvbnN0IHRlbmFudHMgPSBsb2FkZWQuaW5zdGl0dXRpb24udXNhZ2UoKS5tYXAoKHUsIGkpID0+IHtcbiAgICAgIGNvbnN0IHQgPSBsb2FkZWQuZGVmaW5pdGlvbi50ZW5hbnRzW2ldO1xuICAgICAgY29uc3QgbGFicyA9IGxvYWRlZC5pbnN0aXR1dGlvbi5sYWJzT2YodS50ZW5hbnQpLm1hcCgobGFiKSA9PiAoe1xuICAgICAgICBsYWI6IGxhYi5sYWJOYW1lLFxuICAgICAgICBzdGFjazogbGFiLnN0YWNrTmFtZSxcbiAgICAgICAgd29ya3NwYWNlczogbGFiLndvcmtzcGFjZXMubGVuZ3RoLFxuICAgICAgICB2Y3B1czogbGFiLndvcmtzcGFjZXMucmVkdWNlKChuLCB3KSA9PiBuICsgdy5zaXppbmcudmNwdXMsIDApLFxuICAgICAgICBncHVzOiBsYWIud29ya3NwYWNlcy5yZWR1Y2UoKG4sIHcpID0+IG4gKyB3LnNpemluZy5ncHVzLCAwKSxcbiAgICAgICAgc3RvcmFnZUdpQjogbGFiLndvcmtzcGFjZXMucmVkdWNlKChuLCB3KSA9PiBuICsgdy5yb290Vm9sdW1lR2lCLCAwKSxcbiAgICAgICAgaG91cmx5Q29zdDogbGFiLmVzdGltYXRlZEhvdXJseUNvc3QsXG4gICAgICAgIG1vbnRobHlDb3N0OiBsYWIuZXN0aW1hdGVkSG91cmx5Q29zdCAqIGhvdXJzLFxuICAgICAgfSkpO1xuICAgICAgY29uc3QgYWN0dWFsID0gY3VyPy50ZW5hbnRzLmZpbmQoKHgpID0+IHgudGVuYW50ID09PSB1LnRlbmFudCk7XG4gICAgICByZXR1cm4ge1xuICAgICAgICAuLi51LFxuICAgICAgICBtb250aGx5Q29zdDogdS5ob3VybHlDb3N0ICogaG91cnMsXG4gICAgICAgIGhvdXJzUGVyTW9udGg6IGhvdXJzLFxuICAgICAgICBxdW90YTogdC5xdW90YSA/PyB7fSxcbiAgICAgICAgYnVkZ2V0OiB0LmJ1ZGdldD8ubW9udGhseVVzZCxcbiAgICAgICAgLi4uKGN1ciA/IHsgYWN0dWFsQ29zdDogYWN0dWFsPy5jb3N0ID8/IDAgfSA6IHt9KSxcbiAgICAgICAgbGFic0RldGFpbDogY3VyID8gbGFicy5tYXAoKGwpID0+ICh7IC4uLmwsIGFjdHVhbENvc3Q6IGFjdHVhbD8ubGFicy5maW5kKCh4KSA9PiB4LmxhYiA9PT0gbC5sYWIpPy5jb3N0ID8/IDAgfSkpIDogbGFicyxcbiAgICAgIH07XG4gICAgfSk7XG4gICAgY29uc3Qga25vd24gPSBuZXcgU2V0KHRlbmFudHMubWFwKCh0KSA9PiB0LnRlbmFudCkpO1xuICAgIGNvbnN0IGN1clN1bW1hcnkgPSBjdXIgPyB7XG4gICAgICBmaWxlOiBjdXIuZmlsZSxcbiAgICAgIGxpbmVzOiBjdXIubGluZXMsXG4gICAgICBjdXJyZW5jeTogY3VyLmN1cnJlbmN5LFxuICAgICAgc3RhcnQ6IGN1ci5zdGFydCxcbiAgICAgIGVuZDogY3VyLmVuZCxcbiAgICAgIHRvdGFsOiBjdXIudG90YWwsXG4gICAgICB1bnRhZ2dlZDogY3VyLnVudGFnZ2VkLFxuICAgICAgLy8gVGFnZ2VkIHdpdGggYSB0ZW5hbnQgdGhlIGZpbGUgZG9lcyBub3QgaGF2ZSAocmVtb3ZlZCwgcmVuYW1lZCwgb3IgYW5vdGhlciBpbnN0aXR1dGlvbidzKS5cbiAgICAgIG90aGVyVGVuYW50czogY3VyLnRlbmFudHMuZmlsdGVyKCh4KSA9PiAha25vd24uaGFzKHgudGVuYW50KSkubWFwKCh4KSA9PiAoeyB0ZW5hbnQ6IHgudGVuYW50LCBjb3N0OiB4LmNvc3QgfSkpLFxuICAgICAgLy8gVGhlIHRlbmFudHMnIGxpbmVzIHdpdGhvdXQgYSBsYWIgdGFnICh0aGUgdGVuYW50IHN0YWNrczoga2V5LCB0b3BpYywgdHJhaWwpLlxuICAgICAgdGVuYW50U3RhY2tzOiBjdXIudGVuYW50cy5maWx0ZXIoKHgpID0+IGtub3duLmhhcyh4LnRlbmFudCkpLm1hcCgoeCkgPT4gKHsgdGVuYW50OiB4LnRlbmFudCwgY29zdDogeC51bmxhYmVsbGVkIH0pKSxcbiAgICAgIGxhYkNvbHVtbjogY3VyLmhhc0xhYkNvbHVtbixcbiAgICB9IDogdW5kZWZpbmVkO1xuICAgIGlmIChjdHgub3V0Lmpzb24pIHtcbiAgICAgIGN0eC5vdXQucHJpbnRKc29uKHtcbiAgICAgICAgaW5zdGl0dXRpb246IGxvYWRlZC5kZWZpbml0aW9uLm5hbWUsXG4gICAgICAgIGZpbGU6IHNob3duUGF0aChsb2FkZWQuZmlsZSksXG4gICAgICAgIGhvdXJzUGVyTW9udGg6IGhvdXJzLFxuICAgICAgICB0ZW5hbnRzOiB0ZW5hbnRzLm1hcCgoeyBsYWJzRGV0YWlsLCAuLi5yZXN0IH0pID0+ICh7IC4uLnJlc3QsIGxhYnM6IGxhYnNEZXRhaWwgfSkpLFxuICAgICAgICB0b3RhbDoge1xuICAgICAgICAgIHdvcmtzcGFjZXM6IHRlbmFudHMucmVkdWNlKChuLCB0KSA9PiBuICsgdC53b3Jrc3BhY2VzLCAwKSxcbiAgICAgICAgICBob3VybHlDb3N0OiB0ZW5hbnRzLnJlZHVjZSgobiwgdCkgPT4gbiArIHQuaG91cmx5Q29zdCwgMCksXG4gICAgICAgICAgbW9udGhseUNvc3Q6IHRlbmFudHMucmVkdWNlKChuLCB0KSA9PiBuICsgdC5tb250aGx5Q29zdCwgMCksXG4gICAgICAgIH0sXG4gICAgICAgIC4uLihjdXJTdW1tYXJ5ID8geyBjdXI6IGN1clN1bW1hcnkgfSA6IHt9KSxcbiAgICAgIH0pO1xuICAgICAgcmV0dXJuIEVYSVRfT0s7XG4gICAgfVxuICAgIGNvbnN0IG9mID0gKHVzZWQ6IG51bWJlciwgbGltaXQ6IG51bWJlciB8IHVuZGVmaW5lZCkgPT4gKGxpbWl0ID09PSB1bmRlZmluZWQgPyBTdHJpbmcodXNlZCkgOiBgJHt1c2VkfS8ke2xpbWl0fWApO1xuICAgIGN0eC5vdXQuaGVhZGluZyhgaW5zdGl0dXRpb24gJHtsb2FkZWQuZGVmaW5pdGlvbi5uYW1lfSAoJHtzaG93blBhdGgobG9hZGVkLmZpbGUpfSk6ICR7dGVuYW50cy5sZW5ndGh9IHRlbmFudHMsICR7aG91cnN9IGggYSBtb250aGApO1xuICAgIGN0eC5vdXQudGFibGUoWydURU5BTlQnLCAnTEFCUycsICdXT1JLU1BBQ0VTJywgJ1ZDUFVTJywgJ0dQVVMnLCAnU1RPUkFHRSBHSUInLCAnJC9IT1VSJywgYCQvTU9OVEggKCR7aG91cnN9IEgpYCwgJ0JVREdFVCcsICdVU0VSUycsICdPV05FUlMnXSwgdGVuYW50cy5tYXAoKHQpID0+IFtcbiAgICAgIHQudGVuYW50LCB0LmxhYnMubGVuZ3RoLCBvZih0LndvcmtzcGFjZXMsIHQucXVvdGEud29ya3NwYWNlcyksIG9mKHQudmNwdXMsIHQucXVvdGEudmNwdXMpLCBvZih0LmdwdXMsIHQucXVvdGEuZ3B1cyksXG4gICAgICBvZih0LnN0b3JhZ2VHaUIsIHQucXVvdGEuc3RvcmFnZUdpQiksXG4gICAgICBtb25leSh0LmhvdXJseUNvc3QsIDQpLCB0LnF1b3RhLm1vbnRobHlTcGVuZCA9PT0gdW5kZWZpbmVkID8gbW9uZXkodC5tb250aGx5Q29zdCwgMikgOiBgJHttb25leSh0Lm1vbnRobHlDb3N0LCAyKX0vJHttb25leSh0LnF1b3RhLm1vbnRobHlTcGVuZCwgMCl9YCxcbiAgICAgIHQuYnVkZ2V0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBtb25leSh0LmJ1ZGdldCwgMCksIHQudXNlcnMsIHQub3duZXJzLmxlbmd0aCxcbiAgICBdKSwgWydsJywgJ3InLCAncicsICdyJywgJ3InLCAncicsICdyJywgJ3InLCAncicsICdyJywgJ3InXSk7XG4gICAgY3R4Lm91dC5saW5lKCk7XG4gICAgY3R4Lm91dC50YWJsZShbJ1RFTkFOVCcsICdMQUInLCAnU1RBQ0snLCAnV09SS1NQQUNFUycsICdWQ1BVUycsICdHUFVTJywgJ1NUT1JBR0UgR0lCJywgJyQvSE9VUicsIGAkL01PTlRIICgke2hvdXJzfSBIKWBdLCB0ZW5hbnRzLmZsYXRNYXAoKHQpID0+IHQubGFic0RldGFpbC5tYXAoKGwpID0+IFtcbiAgICAgIHQudGVuYW50LCBsLmxhYiwgbC5zdGFjaywgbC53b3Jrc3BhY2VzLCBsLnZjcHVzLCBsLmdwdXMsIGwuc3RvcmFnZUdpQiwgbW9uZXkobC5ob3VybHlDb3N0LCA0KSwgbW9uZXkobC5tb250aGx5Q29zdCwgMiksXG4gICAgXSkpLCBbJ2wnLCAnbCcsICdsJywgJ3InLCAncicsICdyJywgJ3InLCAncicsICdyJ10pO1xuICAgIGN0eC5vdXQubGluZSgpO1xuICAgIGN0eC5vdXQubGluZSgndXNlZC9xdW90YSB3aGVyZSB0aGUgdGVuYW50IGhhcyBhIHF1b3RhLiBPbmx5IGluc3RhbmNlcyBhcmUgcHJpY2VkIChvbi1kZW1hbmQsIGJ1bmRsZWQgdXMtZWFzdC0xIHRhYmxlKTogc3RvcmFnZSwgTkFULCBlbmRwb2ludHMgYW5kIGRhdGEgdHJhbnNmZXIgYXJlIG5vdC4nKTtcbiAgICBpZiAoY3VyICYmIGN1clN1bW1hcnkpIHtcbiAgICAgIGNvbnN0IGMgPSBjdXIuY3VycmVuY3kgPT09ICdVU0QnID8gJyQnIDogYCR7Y3VyLmN1cnJlbmN5fSBgO1xuICAgICAgY29uc3QgYW1vdW50ID0gKG46IG51bWJlcikgPT4gYCR7Y30ke24udG9GaXhlZCgyKX1gO1xuICAgICAgY29uc3QgcGVyaW9kID0gY3VyLnN0YXJ0ICYmIGN1ci5lbmQgPyBgJHtjdXIuc3RhcnR9IHRvICR7Y3VyLmVuZH1gIDogJ3BlcmlvZCBub3QgaW4gdGhlIHJlcG9ydCc7XG4gICAgICBjdHgub3V0LmxpbmUoKTtcbiAgICAgIGN0eC5vdXQuaGVhZGluZyhgYWN0dWFsIGNvc3QgZnJvbSAke2N1ci5maWxlfSAoJHtjdXIubGluZXN9IGxpbmVzLCAke3BlcmlvZH0pYCk7XG4gICAgICBjdHgub3V0LnRhYmxlKFsnVEVOQU5UJywgJ0xBQicsIGBFU1RJTUFURSAkL01PTlRIICgke2hvdXJzfSBIKWAsICdBQ1RVQUwnXSwgW1xuICAgICAgICAuLi50ZW5hbnRzLmZsYXRNYXAoKHQpID0+IFtcbiAgICAgICAgICAuLi50LmxhYnNEZXRhaWwubWFwKChsKSA9PiBbdC50ZW5hbnQsIGwubGFiLCBtb25leShsLm1vbnRobHlDb3N0LCAyKSwgY3VyLmhhc0xhYkNvbHVtbiA/IGFtb3VudCgobCBhcyB7IGFjdHVhbENvc3Q/OiBudW1iZXIgfSkuYWN0dWFsQ29zdCA/PyAwKSA6ICctJ10pLFxuICAgICAgICAgIFt0LnRlbmFudCwgJyh0ZW5hbnQgc3RhY2ssIG5vIGxhYiB0YWcpJywgJycsIGFtb3VudChjdXJTdW1tYXJ5LnRlbmFudFN0YWNrcy5maW5kKCh4KSA9PiB4LnRlbmFudCA9PT0gdC50ZW5hbnQpPy5jb3N0ID8/IDApXSxcbiAgICAgICAgICBbdC50ZW5hbnQsICd0b3RhbCcsIG1vbmV5KHQubW9udGhseUNvc3QsIDIpLCBhbW91bnQodC5hY3R1YWxDb3N0ID8/IDApXSxcbiAgICAgICAgXSksXG4gICAgICAgIC4uLmN1clN1bW1hcnkub3RoZXJUZW5hbnRzLm1hcCgoeCkgPT4gW3gudGVuYW50LCAnKG5vdCBhIHRlbmFudCBvZiB0aGlzIGZpbGUpJywgJycsIGFtb3VudCh4LmNvc3QpXSksXG4gICAgICAgIFsnKG5vIHRlbmFudCB0YWcpJywgJycsICcnLCBhbW91bnQoY3VyLnVudGFnZ2VkKV0sXG4gICAgICAgIFsnYWxsIGxpbmVzJywgJycsICcnLCBhbW91bnQoY3VyLnRvdGFsKV0sXG4gICAgICBdLCBbJ2wnLCAnbCcsICdyJywgJ3InXSk7XG4gICAgICBjdHgub3V0LmxpbmUoKTtcbiAgICAgIGN0eC5vdXQubGluZSgnYWN0dWFsOiBsaW5lSXRlbS9VbmJsZW5kZWRDb3N0IG9mIHRoZSBsaW5lcyBieSB0aGVpciByZXNlYXJjaDp0ZW5hbnQgYW5kIHJlc2VhcmNoOmxhYiB0YWdzOyB0aGUgZXN0aW1hdGUgcHJpY2VzIGluc3RhbmNlcyBvbmx5LCB0aGUgcmVwb3J0IGV2ZXJ5dGhpbmcuJyk7XG4gICAgICBpZiAoIWN1ci5oYXNMYWJDb2x1bW4pIGN0eC5vdXQubGluZSgndGhlIHJlcG9ydCBoYXMgbm8gY29sdW1uIHJlc291cmNlVGFncy91c2VyOnJlc2VhcmNoOmxhYjogYWN0aXZhdGUgcmVzZWFyY2g6bGFiIGFzIGEgY29zdCBhbGxvY2F0aW9uIHRhZyBmb3IgdGhlIGNvc3QgcGVyIGxhYi4nKTtcbiAgICB9XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG4vKiogVGhlIGluc3RpdHV0aW9uIGFzIGEgZ3JhcGg6IG9yZ2FuaXphdGlvbiwgdGVuYW50cyB3aXRoIHRoZWlyIGlzb2xhdGlvbiBhbmQgbGFicy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBidWlsZEluc3RpdHV0aW9uRGlhZ3JhbShkZWY6IEluc3RpdHV0aW9uRGVmaW5pdGlvbiwgaW5zdDogSW5zdGl0dXRpb24pOiBMYWJEaWFncmFtIHtcbiAgY29uc3QgZ3JvdXBzOiBEaWFncmFtR3JvdXBbXSA9IFtdO1xuICBjb25zdCBlZGdlczogRGlhZ3JhbUVkZ2VbXSA9IFtdO1xuICBjb25zdCBpZCA9IChzOiBzdHJpbmcpID0+IHMucmVwbGFjZSgvW15BLVphLXowLTldKy9nLCAnXycpO1xuICBpZiAoZGVmLm9yZ2FuaXphdGlvbikge1xuICAgIGdyb3Vwcy5wdXNoKHtcbiAgICAgIGlkOiAnb3JnJyxcbiAgICAgIHRpdGxlOiBgQVdTIE9yZ2FuaXphdGlvbiAodW5kZXIgJHtkZWYub3JnYW5pemF0aW9uLnBhcmVudElkfSlgLFxuICAgICAgY29sdW1uOiAwLFxuICAgICAgbm9kZXM6IGRlZi50ZW5hbnRzLm1hcCgodCkgPT4gKHtcbiAgICAgICAgaWQ6IGBvdV8ke2lkKHQubmFtZSl9YCxcbiAgICAgICAgbGluZXM6IFtgT1UgJHtkZWYubmFtZX0tJHt0Lm5hbWV9YCwgJ3NlcnZpY2UgY29udHJvbCBwb2xpY3k6IGJvdW5kYXJ5IGtlcHQsIGF1ZGl0IGtlcHQgb24sIG5vIGxlYXZpbmcnLCAuLi4odC5hbGxvd2VkUmVnaW9ucyA/IFtgcmVnaW9uczogJHt0LmFsbG93ZWRSZWdpb25zLmpvaW4oJywgJyl9YF0gOiBbXSksXG4gICAgICAgICAgdC5hY2NvdW50ID8gYG93biBhY2NvdW50ICgke3QuYWNjb3VudC5lbWFpbH0pYCA6ICdubyBhY2NvdW50IG9mIGl0cyBvd24nXSxcbiAgICAgICAga2luZDogJ25ldHdvcmsnIGFzIGNvbnN0LFxuICAgICAgfSkpLFxuICAgIH0pO1xuICB9XG4gIGRlZi50ZW5hbnRzLmZvckVhY2goKHQsIGkpID0+IHtcbiAgICBjb25zdCBsYWJzID0gaW5zdC5sYWJzT2YodC5uYW1lKTtcbiAgICBjb25zdCB0ZW5hbnROb2RlID0gYHRlbmFudF8ke2lkKHQubmFtZSl9YDtcbiAgICBncm91cHMucHVzaCh7XG4gICAgICBpZDogYGdfJHtpZCh0Lm5hbWUpfWAsXG4gICAgICB0aXRsZTogYFRlbmFudCAke3QubmFtZX1gLFxuICAgICAgY29sdW1uOiBpICsgMSxcbiAgICAgIG5vZGVzOiBbXG4gICAgICAgIHtcbiAgICAgICAgICBpZDogdGVuYW50Tm9kZSxcbiAgICAgICAgICBsaW5lczogW2Ake3QubmFtZX06IHRlbmFudCBzdGFja2AsICdLTVMga2V5LCBhbGVydCB0b3BpYywgZGFzaGJvYXJkJywgdC5idWRnZXQgPyBgYnVkZ2V0ICR7dC5idWRnZXQubW9udGhseVVzZH0gVVNEIGEgbW9udGhgIDogJ25vIGJ1ZGdldCcsXG4gICAgICAgICAgICAuLi4odC5hY2NvdW50ID8gWydDbG91ZFRyYWlsOiBhbGwgcmVnaW9ucywgZW5jcnlwdGVkLCByZXRhaW5lZCddIDogW10pLCAuLi4odC5jb250YWN0cyA/PyBbXSkubWFwKChjKSA9PiBgY29udGFjdDogJHtjLm5hbWV9YCldLFxuICAgICAgICAgIGtpbmQ6ICdncm91cCcsXG4gICAgICAgIH0sXG4gICAgICAgIC4uLmxhYnMubWFwKChsYWIpID0+ICh7XG4gICAgICAgICAgaWQ6IGBsYWJfJHtpZChsYWIubGFiTmFtZSl9YCxcbiAgICAgICAgICBsaW5lczogW2BsYWIgJHtsYWIubGFiTmFtZX1gLCBgJHtsYWIud29ya3NwYWNlcy5sZW5ndGh9IHdvcmtzcGFjZSR7bGFiLndvcmtzcGFjZXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9LCBlZ3Jlc3MgJHtsYWIuZWdyZXNzfWAsICdvd24ga2V5LCBWUEMgYW5kIGJvdW5kYXJ5JywgYGJvdW5kYXJ5IHJ3cy1ib3VuZGFyeS0ke3QubmFtZX0tJHtsYWIubGFiTmFtZX1gXSxcbiAgICAgICAgICBraW5kOiAnd29ya3NwYWNlJyBhcyBjb25zdCxcbiAgICAgICAgfSkpLFxuICAgICAgXSxcbiAgICB9KTtcbiAgICBpZiAoZGVmLm9yZ2FuaXphdGlvbikgZWRnZXMucHVzaCh7IGZyb206IGBvdV8ke2lkKHQubmFtZSl9YCwgdG86IHRlbmFudE5vZGUsIGxhYmVsOiAnU0NQJywgc3R5bGU6ICdkYXNoZWQnIH0pO1xuICAgIGZvciAoY29uc3QgbGFiIG9mIGxhYnMpIGVkZ2VzLnB1c2goeyBmcm9tOiB0ZW5hbnROb2RlLCB0bzogYGxhYl8ke2lkKGxhYi5sYWJOYW1lKX1gLCBsYWJlbDogJ3RlbmFudCcsIHN0eWxlOiAnc29saWQnIH0pO1xuICB9KTtcbiAgcmV0dXJuIHtcbiAgICB0aXRsZTogYEluc3RpdHV0aW9uICR7ZGVmLm5hbWV9YCxcbiAgICBzdWJ0aXRsZTogYCR7ZGVmLnRlbmFudHMubGVuZ3RofSB0ZW5hbnRzLCAke2luc3QubGFiU3RhY2tzLmxlbmd0aH0gbGFiczsgbm8gdGVuYW50IGNhbiB1c2UgYW5vdGhlcidzIGtleXMsIG5ldHdvcmtzIG9yIGJ1Y2tldHNgLFxuICAgIGdyb3VwcyxcbiAgICBlZGdlcyxcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gd3JpdGVPclByaW50KGN0eDogQ29udGV4dCwgb3V0RmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkLCB0ZXh0OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKG91dEZpbGUgPT09IHVuZGVmaW5lZCkge1xuICAgIGN0eC5vdXQud3JpdGUodGV4dCk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGZpbGUgPSBwYXRoLnJlc29sdmUoY3R4LmN3ZCwgb3V0RmlsZSk7XG4gIHByZXBhcmVPdXRwdXRGaWxlKGZpbGUsIG91dEZpbGUpO1xuICB0cnkge1xuICAgIGZzLndyaXRlRmlsZVN5bmMoZmlsZSwgdGV4dCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICB0aHJvdyBvdXRwdXRGYWlsdXJlKGUsIG91dEZpbGUpID8/IGU7XG4gIH1cbiAgY3R4Lm91dC5ub3RlKGB3cm90ZSAke3Nob3duUGF0aChmaWxlKX1gKTtcbn1cblxuY29uc3QgZGlhZ3JhbTogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ2RpYWdyYW0nLFxuICBzdW1tYXJ5OiAnRHJhdyBhbiBpbnN0aXR1dGlvbjogb3JnYW5pemF0aW9uLCB0ZW5hbnRzIHdpdGggdGhlaXIgaXNvbGF0aW9uLCBhbmQgbGFicyAoTWVybWFpZCBvciBTVkcpJyxcbiAgYXJnczogW3sgbmFtZTogJ2luc3RpdHV0aW9uLnlhbWwnLCBoZWxwOiAndGhlIGluc3RpdHV0aW9uIGZpbGUnIH1dLFxuICBvcHRpb25zOiBbXG4gICAgeyBuYW1lOiAnZm9ybWF0JywgdmFsdWU6ICdtZXJtYWlkfHN2ZycsIGhlbHA6ICdtZXJtYWlkIChkZWZhdWx0KSBvciBzdmcnIH0sXG4gICAgeyBuYW1lOiAnb3V0JywgdmFsdWU6ICdmaWxlJywgaGVscDogJ3dyaXRlIHRoZSBkaWFncmFtIHRvIHRoaXMgZmlsZSBpbnN0ZWFkIG9mIHN0ZG91dCcgfSxcbiAgXSxcbiAgZXhhbXBsZXM6IFsncndzIGluc3RpdHV0aW9uIGRpYWdyYW0gaW5zdGl0dXRpb24ueWFtbCAtLWZvcm1hdCBzdmcgLS1vdXQgaW5zdGl0dXRpb24uc3ZnJ10sXG4gIGV4aXRDb2RlczogJyAgMCAgdGhlIGRpYWdyYW0gd2FzIHdyaXR0ZW5cXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBmb3JtYXQgPSAoaW5wdXQuc3RyKCdmb3JtYXQnKSA/PyAnbWVybWFpZCcpLnRvTG93ZXJDYXNlKCk7XG4gICAgaWYgKGZvcm1hdCAhPT0gJ21lcm1haWQnICYmIGZvcm1hdCAhPT0gJ3N2ZycpIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWZvcm1hdCBtdXN0IGJlIG1lcm1haWQgb3Igc3ZnIChnb3QgXCIke2lucHV0LnN0cignZm9ybWF0Jyl9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBjb25zdCBsb2FkZWQgPSBhd2FpdCBsb2FkSW5zdGl0dXRpb24oY3R4LCBpbnB1dCk7XG4gICAgY29uc3QgZ3JhcGggPSBidWlsZEluc3RpdHV0aW9uRGlhZ3JhbShsb2FkZWQuZGVmaW5pdGlvbiwgbG9hZGVkLmluc3RpdHV0aW9uKTtcbiAgICBhd2FpdCB3cml0ZU9yUHJpbnQoY3R4LCBpbnB1dC5zdHIoJ291dCcpLCBmb3JtYXQgPT09ICdzdmcnID8gdG9TdmcoZ3JhcGgpIDogdG9NZXJtYWlkKGdyYXBoKSk7XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG4vKiogU3RhY2tzIG9mIGFuIGluc3RpdHV0aW9uIGluIGRlcGxveW1lbnQgb3JkZXI6IG9yZ2FuaXphdGlvbiwgbGFicywgdGVuYW50IHN0YWNrcyAodGhlaXIgZGFzaGJvYXJkcyBuYW1lIHRoZSBsYWJzJyBhbGFybXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpcGVsaW5lU3RhY2tzKGluc3Q6IEluc3RpdHV0aW9uKTogUGlwZWxpbmVTdGFja1tdIHtcbiAgY29uc3Qgb3V0OiBQaXBlbGluZVN0YWNrW10gPSBbXTtcbiAgaWYgKGluc3Qub3JnYW5pemF0aW9uU3RhY2spIG91dC5wdXNoKHsgc3RhY2s6IGluc3Qub3JnYW5pemF0aW9uU3RhY2suc3RhY2tOYW1lLCB0ZW5hbnQ6ICdvcmdhbml6YXRpb24nIH0pO1xuICBmb3IgKGNvbnN0IHQgb2YgaW5zdC5kZWZpbml0aW9uLnRlbmFudHMpIGZvciAoY29uc3QgbGFiIG9mIGluc3QubGFic09mKHQubmFtZSkpIG91dC5wdXNoKHsgc3RhY2s6IGxhYi5zdGFja05hbWUsIHRlbmFudDogdC5uYW1lIH0pO1xuICBmb3IgKGNvbnN0IFtpLCBzXSBvZiBpbnN0LnRlbmFudFN0YWNrcy5lbnRyaWVzKCkpIG91dC5wdXNoKHsgc3RhY2s6IHMuc3RhY2tOYW1lLCB0ZW5hbnQ6IGluc3QuZGVmaW5pdGlvbi50ZW5hbnRzW2ldLm5hbWUgfSk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmNvbnN0IHBpcGVsaW5lOiBDb21tYW5kID0ge1xuICBuYW1lOiAncGlwZWxpbmUnLFxuICBzdW1tYXJ5OiAnV3JpdGUgdGhlIGRlbGl2ZXJ5IHBpcGVsaW5lOiBhIEdpdEh1YiBBY3Rpb25zIHdvcmtmbG93IGFuZCBhIEdpdExhYiBDSSBmaWxlIChzeW50aCwgYXVkaXQsIGRpZmYsIGRlcGxveSB3aXRoIGFwcHJvdmFsKScsXG4gIGRlc2NyaXB0aW9uOiBgV3JpdGVzIC5naXRodWIvd29ya2Zsb3dzL2luc3RpdHV0aW9uLnltbCBhbmQgLmdpdGxhYi1jaS55bWwgdW5kZXIgLS1vdXQgKGRlZmF1bHQ6IHRoZSBjdXJyZW50IGZvbGRlcikuXG5Cb3RoIHN5bnRoZXNpemUgZXZlcnkgbGFiIChxdW90YXMgY2hlY2tlZCksIHJ1biB0aGUgZWdyZXNzIGF1ZGl0IChyd3MgYXVkaXQgY2RrLm91dCksIGRpZmYgZXZlcnkgc3RhY2tcbmFnYWluc3Qgd2hhdCBpcyBkZXBsb3llZCwgYW5kIG9uIGEgbWVyZ2UgdG8gLS1icmFuY2ggZGVwbG95IGV2ZXJ5IHN0YWNrIGluIG9yZGVyIChvcmdhbml6YXRpb24sIGxhYnMsXG50ZW5hbnQgc3RhY2tzKSBhZnRlciBhIG1hbnVhbCBhcHByb3ZhbDogdGhlIFwicHJvZHVjdGlvblwiIGVudmlyb25tZW50J3MgcmV2aWV3ZXJzIG9uIEdpdEh1YiwgdGhlIG1hbnVhbFxuam9iIGFwcHJvdmUtcHJvZHVjdGlvbiBvbiBHaXRMYWIuIEVhY2ggc3RhY2sgaXMgZGVwbG95ZWQgd2l0aCBpdHMgdGVuYW50J3Mgcm9sZSwgZnJvbSB0aGUgQ0kgdmFyaWFibGVcbkRFUExPWV9ST0xFXzxURU5BTlQ+IChERVBMT1lfUk9MRV9PUkdBTklaQVRJT04gZm9yIHRoZSBvcmdhbml6YXRpb24gc3RhY2spLCB0aHJvdWdoIE9JREMuYCxcbiAgYXJnczogW3sgbmFtZTogJ2luc3RpdHV0aW9uLnlhbWwnLCBoZWxwOiAndGhlIGluc3RpdHV0aW9uIGZpbGUnIH1dLFxuICBvcHRpb25zOiBbXG4gICAgeyBuYW1lOiAnb3V0JywgdmFsdWU6ICdkaXInLCBoZWxwOiAncmVwb3NpdG9yeSByb290IHRvIHdyaXRlIGludG8gKGRlZmF1bHQ6IHRoZSBjdXJyZW50IGZvbGRlciknIH0sXG4gICAgeyBuYW1lOiAnYnJhbmNoJywgdmFsdWU6ICduYW1lJywgaGVscDogJ2JyYW5jaCB0aGF0IGRlcGxveXMgKGRlZmF1bHQgbWFpbiknIH0sXG4gIF0sXG4gIGV4YW1wbGVzOiBbJ3J3cyBpbnN0aXR1dGlvbiBwaXBlbGluZSBpbnN0aXR1dGlvbi55YW1sJywgJ3J3cyBpbnN0aXR1dGlvbiBwaXBlbGluZSBpbnN0aXR1dGlvbi55YW1sIC0tYnJhbmNoIHByb2R1Y3Rpb24gLS1vdXQgLiddLFxuICBleGl0Q29kZXM6ICcgIDAgIHRoZSBmaWxlcyB3ZXJlIHdyaXR0ZW5cXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBicmFuY2ggPSBpbnB1dC5zdHIoJ2JyYW5jaCcpID8/ICdtYWluJztcbiAgICBpZiAoIS9eW0EtWmEtejAtOS5fLy1dezEsMTAwfSQvLnRlc3QoYnJhbmNoKSkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0tYnJhbmNoIG11c3QgYmUgYSBicmFuY2ggbmFtZSAoZ290IFwiJHticmFuY2h9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBjb25zdCBsb2FkZWQgPSBhd2FpdCBsb2FkSW5zdGl0dXRpb24oY3R4LCBpbnB1dCk7XG4gICAgY29uc3Qgcm9vdCA9IHBhdGgucmVzb2x2ZShjdHguY3dkLCBpbnB1dC5zdHIoJ291dCcpID8/ICcuJyk7XG4gICAgY29uc3Qgb3B0aW9ucyA9IHtcbiAgICAgIGluc3RpdHV0aW9uOiBsb2FkZWQuZGVmaW5pdGlvbi5uYW1lLFxuICAgICAgc3RhY2tzOiBwaXBlbGluZVN0YWNrcyhsb2FkZWQuaW5zdGl0dXRpb24pLFxuICAgICAgZmlsZTogcGF0aC5yZWxhdGl2ZShyb290LCBsb2FkZWQuZmlsZSkgfHwgcGF0aC5iYXNlbmFtZShsb2FkZWQuZmlsZSksXG4gICAgICBicmFuY2gsXG4gICAgICBub2RlVmVyc2lvbjogJzIwJyxcbiAgICB9O1xuICAgIGNvbnN0IGZpbGVzOiBBcnJheTxbc3RyaW5nLCBzdHJpbmddPiA9IFtcbiAgICAgIFtwYXRoLmpvaW4ocm9vdCwgJy5naXRodWInLCAnd29ya2Zsb3dzJywgJ2luc3RpdHV0aW9uLnltbCcpLCBnaXRodWJXb3JrZmxvdyhvcHRpb25zKV0sXG4gICAgICBbcGF0aC5qb2luKHJvb3QsICcuZ2l0bGFiLWNpLnltbCcpLCBnaXRsYWJDaShvcHRpb25zKV0sXG4gICAgXTtcbiAgICBmb3IgKGNvbnN0IFtmaWxlLCB0ZXh0XSBvZiBmaWxlcykge1xuICAgICAgZnMubWtkaXJTeW5jKHBhdGguZGlybmFtZShmaWxlKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgICBhd2FpdCB3cml0ZU9yUHJpbnQoY3R4LCBwYXRoLnJlbGF0aXZlKGN0eC5jd2QsIGZpbGUpLCB0ZXh0KTtcbiAgICB9XG4gICAgaWYgKGN0eC5vdXQuanNvbikgY3R4Lm91dC5wcmludEpzb24oeyBpbnN0aXR1dGlvbjogb3B0aW9ucy5pbnN0aXR1dGlvbiwgc3RhY2tzOiBvcHRpb25zLnN0YWNrcywgZmlsZXM6IGZpbGVzLm1hcCgoW2ZdKSA9PiBzaG93blBhdGgoZikpIH0pO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZXhwb3J0IGNvbnN0IGluc3RpdHV0aW9uR3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ2luc3RpdHV0aW9uJyxcbiAgc3VtbWFyeTogJ1JlcG9ydCwgZHJhdyBhbmQgc2hpcCBhbiBpbnN0aXR1dGlvbjogdGVuYW50cywgdGhlaXIgbGFicywgcXVvdGFzIGFuZCBidWRnZXRzJyxcbiAgZGVzY3JpcHRpb246IGBBbiBpbnN0aXR1dGlvbiBmaWxlIChpbnN0aXR1dGlvbi55YW1sLCBzZWUgZG9jcy9pbnN0aXR1dGlvbi5tZCkgbmFtZXMgdGVuYW50cyAoZGVwYXJ0bWVudHMpLCBlYWNoIHdpdGggaXRzXG5sYWIgZmlsZXMsIGNvbnRhY3RzLCBxdW90YXMsIGJ1ZGdldCBhbmQgb3B0aW9uYWxseSBhbiBBV1MgYWNjb3VudCBvZiBpdHMgb3duIGluIGFuIG9yZ2FuaXphdGlvbi5gLFxuICBjb21tYW5kczogW3JlcG9ydCwgZGlhZ3JhbSwgcGlwZWxpbmVdLFxufTtcbiJdfQ==