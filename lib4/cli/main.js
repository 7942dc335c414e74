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
exports.GROUPS = void 0;
exports.version = version;
exports.main = main;
exports.reportError = reportError;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const args_1 = require("./args");
const audit_1 = require("./audit");
const command_1 = require("./command");
const groups_1 = require("./groups");
const init_1 = require("./init");
const institution_1 = require("./institution");
const lab_1 = require("./lab");
const output_1 = require("./output");
const permit_1 = require("./permit");
const policy_1 = require("./policy");
const templates_1 = require("./templates");
const users_1 = require("./users");
const error_1 = require("../workspaces/private/error");
const fields_1 = require("../workspaces/private/fields");
/**
 * The command groups, in the order `rws --help` lists them. A new group is one more file
 * exporting a CommandGroup, added here.
 */
exports.GROUPS = [
    init_1.initGroup, templates_1.templatesGroup, users_1.usersGroup, groups_1.groupsGroup, policy_1.policyGroup, permit_1.permitGroup, lab_1.labGroup, institution_1.institutionGroup, audit_1.auditGroup,
];
/** Options that may also be written before the group name (`rws --json templates list`). */
const LEADING_GLOBALS = new Set(['--json', '--no-color']);
/** The package version, read from package.json (two levels above lib/cli and src/cli). */
function version() {
    try {
        return JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')).version ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/**
 * Runs one command line and returns the exit code. Never throws: every error becomes one
 * message on stderr (with the stack trace only when RWS_DEBUG=1) and exit code 2.
 */
async function main(argv, io) {
    const noColor = argv.includes('--no-color');
    const errOut = new output_1.Output(io, false, false, (0, output_1.colourFor)(io.stderr, io.env, noColor));
    try {
        const leading = [];
        let rest = [...argv];
        while (rest.length > 0 && LEADING_GLOBALS.has(rest[0]))
            leading.push(rest.shift());
        const [first, ...more] = rest;
        if (first === undefined) {
            io.stderr.write((0, args_1.programHelp)(exports.GROUPS, version()));
            return command_1.EXIT_ERROR;
        }
        if (first === '--version' || first === '-V') {
            io.stdout.write(`${version()}\n`);
            return command_1.EXIT_OK;
        }
        if (first === '--help' || first === '-h') {
            io.stdout.write((0, args_1.programHelp)(exports.GROUPS, version()));
            return command_1.EXIT_OK;
        }
        if (first === 'help')
            return help(more, io);
        if (first.startsWith('-'))
            throw new command_1.UsageError(`unknown option ${first} (options come after the command, e.g. rws templates list --json)`);
        const group = findGroup(first);
        // A group of one command named like the group (`rws audit <path>`) runs it without naming it.
        const direct = group.commands.length === 1 && group.commands[0].name === group.name && more[0] !== group.name;
        const [commandName, ...args] = direct && more.length > 0 && more[0] !== '--help' && more[0] !== '-h' ? [group.name, ...more] : more;
        if (commandName === undefined) {
            io.stderr.write((0, args_1.groupHelp)(group));
            return command_1.EXIT_ERROR;
        }
        if (commandName === '--help' || commandName === '-h') {
            // A group of one command named like it (`rws init --help`): that command's help, with its options.
            const single = group.commands.length === 1 && group.commands[0].name === group.name;
            io.stdout.write(single ? (0, args_1.commandHelp)(group, group.commands[0]) : (0, args_1.groupHelp)(group));
            return command_1.EXIT_OK;
        }
        const command = group.commands.find((c) => c.name === commandName);
        if (!command) {
            const near = (0, fields_1.closest)(commandName, group.commands.map((c) => c.name));
            throw new command_1.UsageError(`unknown command "${commandName}" in rws ${group.name}${near ? ` (did you mean "${near}"?)` : ''}`, `rws ${group.name}`);
        }
        const fullName = direct ? `rws ${group.name}` : `rws ${group.name} ${command.name}`;
        if ((0, args_1.wantsHelp)(args)) {
            io.stdout.write((0, args_1.commandHelp)(group, command));
            return command_1.EXIT_OK;
        }
        const input = (0, args_1.parseArgs)([...args, ...leading], command, fullName);
        const ctx = {
            out: new output_1.Output(io, input.flag('json') === true, (0, output_1.colourFor)(io.stdout, io.env, noColor), (0, output_1.colourFor)(io.stderr, io.env, noColor)),
            cwd: io.cwd,
            env: io.env,
            commandName: fullName,
        };
        return await command.run(ctx, input);
    }
    catch (e) {
        return reportError(e, errOut, io.env.RWS_DEBUG === '1' || io.env.RWS_DEBUG === 'true');
    }
}
function findGroup(name) {
    const group = exports.GROUPS.find((g) => g.name === name);
    if (!group) {
        const near = (0, fields_1.closest)(name, exports.GROUPS.map((g) => g.name));
        throw new command_1.UsageError(`unknown command group "${name}"${near ? ` (did you mean "${near}"?)` : ''}; groups: ${exports.GROUPS.map((g) => g.name).join(', ')}`);
    }
    return group;
}
function help(args, io) {
    if (args.length === 0) {
        io.stdout.write((0, args_1.programHelp)(exports.GROUPS, version()));
        return command_1.EXIT_OK;
    }
    const group = findGroup(args[0]);
    if (args.length === 1) {
        io.stdout.write((0, args_1.groupHelp)(group));
        return command_1.EXIT_OK;
    }
    const command = group.commands.find((c) => c.name === args[1]);
    if (!command)
        throw new command_1.UsageError(`unknown command "${args[1]}" in rws ${group.name}`, `rws ${group.name}`);
    io.stdout.write((0, args_1.commandHelp)(group, command));
    return command_1.EXIT_OK;
}
/** Prints one clear message for an error and returns exit code 2. */
function reportError(e, out, debug) {
    const err = e instanceof Error ? e : new Error(String(e));
    if (e instanceof command_1.UsageError) {
        out.error(`rws: ${e.message}`);
        out.error(`Run "${e.helpFor ?? 'rws'} --help" for usage.`);
    }
    else if (error_1.WorkspaceInputError.isWorkspaceInputError(e)) {
        // The model's message already names file, line, field, value and fix (the first problems
        // one by one, the rest counted); with --json every problem goes to stdout as well.
        out.error(e.message);
        if (out.json)
            out.printJson({ errors: e.diagnostics.map(output_1.diagnosticJson) });
    }
    else if (e instanceof command_1.CliInputError || isSystemError(e)) {
        out.error(`rws: ${err.message}`);
    }
    else if (e instanceof TypeError || e instanceof ReferenceError || e instanceof RangeError || e instanceof SyntaxError) {
        out.error(`rws: internal error: ${err.message} (set RWS_DEBUG=1 for the stack trace, and please report it)`);
    }
    else {
        out.error(`rws: ${err.message}`);
    }
    if (debug && err.stack)
        out.error(err.stack);
    return command_1.EXIT_ERROR;
}
function isSystemError(e) {
    return e instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibWFpbi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvbWFpbi50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUE2QkEsMEJBTUM7QUFNRCxvQkEwREM7QUE0QkQsa0NBbUJDO0FBbEpELHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsaUNBQW1GO0FBQ25GLG1DQUFxQztBQUNyQyx1Q0FBa0c7QUFDbEcscUNBQXVDO0FBQ3ZDLGlDQUFtQztBQUNuQywrQ0FBaUQ7QUFDakQsK0JBQWlDO0FBQ2pDLHFDQUFpRTtBQUNqRSxxQ0FBdUM7QUFDdkMscUNBQXVDO0FBQ3ZDLDJDQUE2QztBQUM3QyxtQ0FBcUM7QUFDckMsdURBQWtFO0FBQ2xFLHlEQUF1RDtBQUV2RDs7O0dBR0c7QUFDVSxRQUFBLE1BQU0sR0FBbUI7SUFDcEMsZ0JBQVMsRUFBRSwwQkFBYyxFQUFFLGtCQUFVLEVBQUUsb0JBQVcsRUFBRSxvQkFBVyxFQUFFLG9CQUFXLEVBQUUsY0FBUSxFQUFFLDhCQUFnQixFQUFFLGtCQUFVO0NBQ3JILENBQUM7QUFFRiw0RkFBNEY7QUFDNUYsTUFBTSxlQUFlLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLEVBQUUsWUFBWSxDQUFDLENBQUMsQ0FBQztBQUUxRCwwRkFBMEY7QUFDMUYsU0FBZ0IsT0FBTztJQUNyQixJQUFJLENBQUM7UUFDSCxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLGNBQWMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxJQUFJLFNBQVMsQ0FBQztJQUN2SCxDQUFDO0lBQUMsTUFBTSxDQUFDO1FBQ1AsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQztBQUNILENBQUM7QUFFRDs7O0dBR0c7QUFDSSxLQUFLLFVBQVUsSUFBSSxDQUFDLElBQWMsRUFBRSxFQUFNO0lBQy9DLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDNUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxlQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBQSxrQkFBUyxFQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQ25GLElBQUksQ0FBQztRQUNILE1BQU0sT0FBTyxHQUFhLEVBQUUsQ0FBQztRQUM3QixJQUFJLElBQUksR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUM7UUFDckIsT0FBTyxJQUFJLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxlQUFlLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRyxDQUFDLENBQUM7UUFDcEYsTUFBTSxDQUFDLEtBQUssRUFBRSxHQUFHLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQztRQUM5QixJQUFJLEtBQUssS0FBSyxTQUFTLEVBQUUsQ0FBQztZQUN4QixFQUFFLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFBLGtCQUFXLEVBQUMsY0FBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNoRCxPQUFPLG9CQUFVLENBQUM7UUFDcEIsQ0FBQztRQUNELElBQUksS0FBSyxLQUFLLFdBQVcsSUFBSSxLQUFLLEtBQUssSUFBSSxFQUFFLENBQUM7WUFDNUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsR0FBRyxPQUFPLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDbEMsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxJQUFJLEtBQUssS0FBSyxRQUFRLElBQUksS0FBSyxLQUFLLElBQUksRUFBRSxDQUFDO1lBQ3pDLEVBQUUsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLElBQUEsa0JBQVcsRUFBQyxjQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ2hELE9BQU8saUJBQU8sQ0FBQztRQUNqQixDQUFDO1FBQ0QsSUFBSSxLQUFLLEtBQUssTUFBTTtZQUFFLE9BQU8sSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztRQUM1QyxJQUFJLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDO1lBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsa0JBQWtCLEtBQUssbUVBQW1FLENBQUMsQ0FBQztRQUU1SSxNQUFNLEtBQUssR0FBRyxTQUFTLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDL0IsOEZBQThGO1FBQzlGLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxRQUFRLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxLQUFLLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsSUFBSSxDQUFDO1FBQzlHLE1BQU0sQ0FBQyxXQUFXLEVBQUUsR0FBRyxJQUFJLENBQUMsR0FBRyxNQUFNLElBQUksSUFBSSxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLFFBQVEsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1FBQ3BJLElBQUksV0FBVyxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQzlCLEVBQUUsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLElBQUEsZ0JBQVMsRUFBQyxLQUFLLENBQUMsQ0FBQyxDQUFDO1lBQ2xDLE9BQU8sb0JBQVUsQ0FBQztRQUNwQixDQUFDO1FBQ0QsSUFBSSxXQUFXLEtBQUssUUFBUSxJQUFJLFdBQVcsS0FBSyxJQUFJLEVBQUUsQ0FBQztZQUNyRCxtR0FBbUc7WUFDbkcsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLFFBQVEsQ0FBQyxNQUFNLEtBQUssQ0FBQyxJQUFJLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxJQUFJLENBQUM7WUFDcEYsRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFBLGtCQUFXLEVBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBQSxnQkFBUyxFQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7WUFDbkYsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxXQUFXLENBQUMsQ0FBQztRQUNuRSxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDYixNQUFNLElBQUksR0FBRyxJQUFBLGdCQUFPLEVBQUMsV0FBVyxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztZQUNyRSxNQUFNLElBQUksb0JBQVUsQ0FBQyxvQkFBb0IsV0FBVyxZQUFZLEtBQUssQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsSUFBSSxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLE9BQU8sS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDaEosQ0FBQztRQUNELE1BQU0sUUFBUSxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxDQUFDLElBQUksSUFBSSxPQUFPLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDcEYsSUFBSSxJQUFBLGdCQUFTLEVBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUNwQixFQUFFLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFBLGtCQUFXLEVBQUMsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7WUFDN0MsT0FBTyxpQkFBTyxDQUFDO1FBQ2pCLENBQUM7UUFDRCxNQUFNLEtBQUssR0FBRyxJQUFBLGdCQUFTLEVBQUMsQ0FBQyxHQUFHLElBQUksRUFBRSxHQUFHLE9BQU8sQ0FBQyxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsQ0FBQztRQUNsRSxNQUFNLEdBQUcsR0FBWTtZQUNuQixHQUFHLEVBQUUsSUFBSSxlQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEtBQUssSUFBSSxFQUFFLElBQUEsa0JBQVMsRUFBQyxFQUFFLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDLEVBQUUsSUFBQSxrQkFBUyxFQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQztZQUM5SCxHQUFHLEVBQUUsRUFBRSxDQUFDLEdBQUc7WUFDWCxHQUFHLEVBQUUsRUFBRSxDQUFDLEdBQUc7WUFDWCxXQUFXLEVBQUUsUUFBUTtTQUN0QixDQUFDO1FBQ0YsT0FBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3ZDLENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsT0FBTyxXQUFXLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLFNBQVMsS0FBSyxHQUFHLElBQUksRUFBRSxDQUFDLEdBQUcsQ0FBQyxTQUFTLEtBQUssTUFBTSxDQUFDLENBQUM7SUFDekYsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxJQUFZO0lBQzdCLE1BQU0sS0FBSyxHQUFHLGNBQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUM7SUFDbEQsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO1FBQ1gsTUFBTSxJQUFJLEdBQUcsSUFBQSxnQkFBTyxFQUFDLElBQUksRUFBRSxjQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztRQUN0RCxNQUFNLElBQUksb0JBQVUsQ0FBQywwQkFBMEIsSUFBSSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsbUJBQW1CLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLGFBQWEsY0FBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDdEosQ0FBQztJQUNELE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELFNBQVMsSUFBSSxDQUFDLElBQWMsRUFBRSxFQUFNO0lBQ2xDLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUN0QixFQUFFLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFBLGtCQUFXLEVBQUMsY0FBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNoRCxPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztJQUNELE1BQU0sS0FBSyxHQUFHLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNqQyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7UUFDdEIsRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBQSxnQkFBUyxFQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDbEMsT0FBTyxpQkFBTyxDQUFDO0lBQ2pCLENBQUM7SUFDRCxNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMvRCxJQUFJLENBQUMsT0FBTztRQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLG9CQUFvQixJQUFJLENBQUMsQ0FBQyxDQUFDLFlBQVksS0FBSyxDQUFDLElBQUksRUFBRSxFQUFFLE9BQU8sS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7SUFDN0csRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBQSxrQkFBVyxFQUFDLEtBQUssRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDO0lBQzdDLE9BQU8saUJBQU8sQ0FBQztBQUNqQixDQUFDO0FBRUQscUVBQXFFO0FBQ3JFLFNBQWdCLFdBQVcsQ0FBQyxDQUFVLEVBQUUsR0FBVyxFQUFFLEtBQWM7SUFDakUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMxRCxJQUFJLENBQUMsWUFBWSxvQkFBVSxFQUFFLENBQUM7UUFDNUIsR0FBRyxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQy9CLEdBQUcsQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUMsT0FBTyxJQUFJLEtBQUsscUJBQXFCLENBQUMsQ0FBQztJQUM3RCxDQUFDO1NBQU0sSUFBSSwyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3hELHlGQUF5RjtRQUN6RixtRkFBbUY7UUFDbkYsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDckIsSUFBSSxHQUFHLENBQUMsSUFBSTtZQUFFLEdBQUcsQ0FBQyxTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsdUJBQWMsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM3RSxDQUFDO1NBQU0sSUFBSSxDQUFDLFlBQVksdUJBQWEsSUFBSSxhQUFhLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUMxRCxHQUFHLENBQUMsS0FBSyxDQUFDLFFBQVEsR0FBRyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7SUFDbkMsQ0FBQztTQUFNLElBQUksQ0FBQyxZQUFZLFNBQVMsSUFBSSxDQUFDLFlBQVksY0FBYyxJQUFJLENBQUMsWUFBWSxVQUFVLElBQUksQ0FBQyxZQUFZLFdBQVcsRUFBRSxDQUFDO1FBQ3hILEdBQUcsQ0FBQyxLQUFLLENBQUMsd0JBQXdCLEdBQUcsQ0FBQyxPQUFPLDhEQUE4RCxDQUFDLENBQUM7SUFDL0csQ0FBQztTQUFNLENBQUM7UUFDTixHQUFHLENBQUMsS0FBSyxDQUFDLFFBQVEsR0FBRyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7SUFDbkMsQ0FBQztJQUNELElBQUksS0FBSyxJQUFJLEdBQUcsQ0FBQyxLQUFLO1FBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDN0MsT0FBTyxvQkFBVSxDQUFDO0FBQ3BCLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FBQyxDQUFVO0lBQy9CLE9BQU8sQ0FBQyxZQUFZLEtBQUssSUFBSSxPQUFRLENBQTJCLENBQUMsSUFBSSxLQUFLLFFBQVEsSUFBSSxPQUFRLENBQTJCLENBQUMsT0FBTyxLQUFLLFFBQVEsQ0FBQztBQUNqSixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IGNvbW1hbmRIZWxwLCBncm91cEhlbHAsIHBhcnNlQXJncywgcHJvZ3JhbUhlbHAsIHdhbnRzSGVscCB9IGZyb20gJy4vYXJncyc7XG5pbXBvcnQgeyBhdWRpdEdyb3VwIH0gZnJvbSAnLi9hdWRpdCc7XG5pbXBvcnQgeyBDbGlJbnB1dEVycm9yLCBDb21tYW5kR3JvdXAsIENvbnRleHQsIEVYSVRfRVJST1IsIEVYSVRfT0ssIFVzYWdlRXJyb3IgfSBmcm9tICcuL2NvbW1hbmQnO1xuaW1wb3J0IHsgZ3JvdXBzR3JvdXAgfSBmcm9tICcuL2dyb3Vwcyc7XG5pbXBvcnQgeyBpbml0R3JvdXAgfSBmcm9tICcuL2luaXQnO1xuaW1wb3J0IHsgaW5zdGl0dXRpb25Hcm91cCB9IGZyb20gJy4vaW5zdGl0dXRpb24nO1xuaW1wb3J0IHsgbGFiR3JvdXAgfSBmcm9tICcuL2xhYic7XG5pbXBvcnQgeyBjb2xvdXJGb3IsIGRpYWdub3N0aWNKc29uLCBJbywgT3V0cHV0IH0gZnJvbSAnLi9vdXRwdXQnO1xuaW1wb3J0IHsgcGVybWl0R3JvdXAgfSBmcm9tICcuL3Blcm1pdCc7XG5pbXBvcnQgeyBwb2xpY3lHcm91cCB9IGZyb20gJy4vcG9saWN5JztcbmltcG9ydCB7IHRlbXBsYXRlc0dyb3VwIH0gZnJvbSAnLi90ZW1wbGF0ZXMnO1xuaW1wb3J0IHsgdXNlcnNHcm91cCB9IGZyb20gJy4vdXNlcnMnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBjbG9zZXN0IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2ZpZWxkcyc7XG5cbi8qKlxuICogVGhlIGNvbW1hbmQgZ3JvdXBzLCBpbiB0aGUgb3JkZXIgYHJ3cyAtLWhlbHBgIGxpc3RzIHRoZW0uIEEgbmV3IGdyb3VwIGlzIG9uZSBtb3JlIGZpbGVcbiAqIGV4cG9ydGluZyBhIENvbW1hbmRHcm91cCwgYWRkZWQgaGVyZS5cbiAqL1xuZXhwb3J0IGNvbnN0IEdST1VQUzogQ29tbWFuZEdyb3VwW10gPSBbXG4gIGluaXRHcm91cCwgdGVtcGxhdGVzR3JvdXAsIHVzZXJzR3JvdXAsIGdyb3Vwc0dyb3VwLCBwb2xpY3lHcm91cCwgcGVybWl0R3JvdXAsIGxhYkdyb3VwLCBpbnN0aXR1dGlvbkdyb3VwLCBhdWRpdEdyb3VwLFxuXTtcblxuLyoqIE9wdGlvbnMgdGhhdCBtYXkgYWxzbyBiZSB3cml0dGVuIGJlZm9yZSB0aGUgZ3JvdXAgbmFtZSAoYHJ3cyAtLWpzb24gdGVtcGxhdGVzIGxpc3RgKS4gKi9cbmNvbnN0IExFQURJTkdfR0xPQkFMUyA9IG5ldyBTZXQoWyctLWpzb24nLCAnLS1uby1jb2xvciddKTtcblxuLyoqIFRoZSBwYWNrYWdlIHZlcnNpb24sIHJlYWQgZnJvbSBwYWNrYWdlLmpzb24gKHR3byBsZXZlbHMgYWJvdmUgbGliL2NsaSBhbmQgc3JjL2NsaSkuICovXG5leHBvcnQgZnVuY3Rpb24gdmVyc2lvbigpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnBhcnNlKGZzLnJlYWRGaWxlU3luYyhwYXRoLnJlc29sdmUoX19kaXJuYW1lLCAnLi4nLCAnLi4nLCAncGFja2FnZS5qc29uJyksICd1dGY4JykpLnZlcnNpb24gPz8gJ3Vua25vd24nO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gJ3Vua25vd24nO1xuICB9XG59XG5cbi8qKlxuICogUnVucyBvbmUgY29tbWFuZCBsaW5lIGFuZCByZXR1cm5zIHRoZSBleGl0IGNvZGUuIE5ldmVyIHRocm93czogZXZlcnkgZXJyb3IgYmVjb21lcyBvbmVcbiAqIG1lc3NhZ2Ugb24gc3RkZXJyICh3aXRoIHRoZSBzdGFjayB0cmFjZSBvbmx5IHdoZW4gUldTX0RFQlVHPTEpIGFuZCBleGl0IGNvZGUgMi5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1haW4oYXJndjogc3RyaW5nW10sIGlvOiBJbyk6IFByb21pc2U8bnVtYmVyPiB7XG4gIGNvbnN0IG5vQ29sb3IgPSBhcmd2LmluY2x1ZGVzKCctLW5vLWNvbG9yJyk7XG4gIGNvbnN0IGVyck91dCA9IG5ldyBPdXRwdXQoaW8sIGZhbHNlLCBmYWxzZSwgY29sb3VyRm9yKGlvLnN0ZGVyciwgaW8uZW52LCBub0NvbG9yKSk7XG4gIHRyeSB7XG4gICAgY29uc3QgbGVhZGluZzogc3RyaW5nW10gPSBbXTtcbiAgICBsZXQgcmVzdCA9IFsuLi5hcmd2XTtcbiAgICB3aGlsZSAocmVzdC5sZW5ndGggPiAwICYmIExFQURJTkdfR0xPQkFMUy5oYXMocmVzdFswXSkpIGxlYWRpbmcucHVzaChyZXN0LnNoaWZ0KCkhKTtcbiAgICBjb25zdCBbZmlyc3QsIC4uLm1vcmVdID0gcmVzdDtcbiAgICBpZiAoZmlyc3QgPT09IHVuZGVmaW5lZCkge1xuICAgICAgaW8uc3RkZXJyLndyaXRlKHByb2dyYW1IZWxwKEdST1VQUywgdmVyc2lvbigpKSk7XG4gICAgICByZXR1cm4gRVhJVF9FUlJPUjtcbiAgICB9XG4gICAgaWYgKGZpcnN0ID09PSAnLS12ZXJzaW9uJyB8fCBmaXJzdCA9PT0gJy1WJykge1xuICAgICAgaW8uc3Rkb3V0LndyaXRlKGAke3ZlcnNpb24oKX1cXG5gKTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBpZiAoZmlyc3QgPT09ICctLWhlbHAnIHx8IGZpcnN0ID09PSAnLWgnKSB7XG4gICAgICBpby5zdGRvdXQud3JpdGUocHJvZ3JhbUhlbHAoR1JPVVBTLCB2ZXJzaW9uKCkpKTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBpZiAoZmlyc3QgPT09ICdoZWxwJykgcmV0dXJuIGhlbHAobW9yZSwgaW8pO1xuICAgIGlmIChmaXJzdC5zdGFydHNXaXRoKCctJykpIHRocm93IG5ldyBVc2FnZUVycm9yKGB1bmtub3duIG9wdGlvbiAke2ZpcnN0fSAob3B0aW9ucyBjb21lIGFmdGVyIHRoZSBjb21tYW5kLCBlLmcuIHJ3cyB0ZW1wbGF0ZXMgbGlzdCAtLWpzb24pYCk7XG5cbiAgICBjb25zdCBncm91cCA9IGZpbmRHcm91cChmaXJzdCk7XG4gICAgLy8gQSBncm91cCBvZiBvbmUgY29tbWFuZCBuYW1lZCBsaWtlIHRoZSBncm91cCAoYHJ3cyBhdWRpdCA8cGF0aD5gKSBydW5zIGl0IHdpdGhvdXQgbmFtaW5nIGl0LlxuICAgIGNvbnN0IGRpcmVjdCA9IGdyb3VwLmNvbW1hbmRzLmxlbmd0aCA9PT0gMSAmJiBncm91cC5jb21tYW5kc1swXS5uYW1lID09PSBncm91cC5uYW1lICYmIG1vcmVbMF0gIT09IGdyb3VwLm5hbWU7XG4gICAgY29uc3QgW2NvbW1hbmROYW1lLCAuLi5hcmdzXSA9IGRpcmVjdCAmJiBtb3JlLmxlbmd0aCA+IDAgJiYgbW9yZVswXSAhPT0gJy0taGVscCcgJiYgbW9yZVswXSAhPT0gJy1oJyA/IFtncm91cC5uYW1lLCAuLi5tb3JlXSA6IG1vcmU7XG4gICAgaWYgKGNvbW1hbmROYW1lID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGlvLnN0ZGVyci53cml0ZShncm91cEhlbHAoZ3JvdXApKTtcbiAgICAgIHJldHVybiBFWElUX0VSUk9SO1xuICAgIH1cbiAgICBpZiAoY29tbWFuZE5hbWUgPT09ICctLWhlbHAnIHx8IGNvbW1hbmROYW1lID09PSAnLWgnKSB7XG4gICAgICAvLyBBIGdyb3VwIG9mIG9uZSBjb21tYW5kIG5hbWVkIGxpa2UgaXQgKGByd3MgaW5pdCAtLWhlbHBgKTogdGhhdCBjb21tYW5kJ3MgaGVscCwgd2l0aCBpdHMgb3B0aW9ucy5cbiAgICAgIGNvbnN0IHNpbmdsZSA9IGdyb3VwLmNvbW1hbmRzLmxlbmd0aCA9PT0gMSAmJiBncm91cC5jb21tYW5kc1swXS5uYW1lID09PSBncm91cC5uYW1lO1xuICAgICAgaW8uc3Rkb3V0LndyaXRlKHNpbmdsZSA/IGNvbW1hbmRIZWxwKGdyb3VwLCBncm91cC5jb21tYW5kc1swXSkgOiBncm91cEhlbHAoZ3JvdXApKTtcbiAgICAgIHJldHVybiBFWElUX09LO1xuICAgIH1cbiAgICBjb25zdCBjb21tYW5kID0gZ3JvdXAuY29tbWFuZHMuZmluZCgoYykgPT4gYy5uYW1lID09PSBjb21tYW5kTmFtZSk7XG4gICAgaWYgKCFjb21tYW5kKSB7XG4gICAgICBjb25zdCBuZWFyID0gY2xvc2VzdChjb21tYW5kTmFtZSwgZ3JvdXAuY29tbWFuZHMubWFwKChjKSA9PiBjLm5hbWUpKTtcbiAgICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGB1bmtub3duIGNvbW1hbmQgXCIke2NvbW1hbmROYW1lfVwiIGluIHJ3cyAke2dyb3VwLm5hbWV9JHtuZWFyID8gYCAoZGlkIHlvdSBtZWFuIFwiJHtuZWFyfVwiPylgIDogJyd9YCwgYHJ3cyAke2dyb3VwLm5hbWV9YCk7XG4gICAgfVxuICAgIGNvbnN0IGZ1bGxOYW1lID0gZGlyZWN0ID8gYHJ3cyAke2dyb3VwLm5hbWV9YCA6IGByd3MgJHtncm91cC5uYW1lfSAke2NvbW1hbmQubmFtZX1gO1xuICAgIGlmICh3YW50c0hlbHAoYXJncykpIHtcbiAgICAgIGlvLnN0ZG91dC53cml0ZShjb21tYW5kSGVscChncm91cCwgY29tbWFuZCkpO1xuICAgICAgcmV0dXJuIEVYSVRfT0s7XG4gICAgfVxuICAgIGNvbnN0IGlucHV0ID0gcGFyc2VBcmdzKFsuLi5hcmdzLCAuLi5sZWFkaW5nXSwgY29tbWFuZCwgZnVsbE5hbWUpO1xuICAgIGNvbnN0IGN0eDogQ29udGV4dCA9IHtcbiAgICAgIG91dDogbmV3IE91dHB1dChpbywgaW5wdXQuZmxhZygnanNvbicpID09PSB0cnVlLCBjb2xvdXJGb3IoaW8uc3Rkb3V0LCBpby5lbnYsIG5vQ29sb3IpLCBjb2xvdXJGb3IoaW8uc3RkZXJyLCBpby5lbnYsIG5vQ29sb3IpKSxcbiAgICAgIGN3ZDogaW8uY3dkLFxuICAgICAgZW52OiBpby5lbnYsXG4gICAgICBjb21tYW5kTmFtZTogZnVsbE5hbWUsXG4gICAgfTtcbiAgICByZXR1cm4gYXdhaXQgY29tbWFuZC5ydW4oY3R4LCBpbnB1dCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICByZXR1cm4gcmVwb3J0RXJyb3IoZSwgZXJyT3V0LCBpby5lbnYuUldTX0RFQlVHID09PSAnMScgfHwgaW8uZW52LlJXU19ERUJVRyA9PT0gJ3RydWUnKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaW5kR3JvdXAobmFtZTogc3RyaW5nKTogQ29tbWFuZEdyb3VwIHtcbiAgY29uc3QgZ3JvdXAgPSBHUk9VUFMuZmluZCgoZykgPT4gZy5uYW1lID09PSBuYW1lKTtcbiAgaWYgKCFncm91cCkge1xuICAgIGNvbnN0IG5lYXIgPSBjbG9zZXN0KG5hbWUsIEdST1VQUy5tYXAoKGcpID0+IGcubmFtZSkpO1xuICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGB1bmtub3duIGNvbW1hbmQgZ3JvdXAgXCIke25hbWV9XCIke25lYXIgPyBgIChkaWQgeW91IG1lYW4gXCIke25lYXJ9XCI/KWAgOiAnJ307IGdyb3VwczogJHtHUk9VUFMubWFwKChnKSA9PiBnLm5hbWUpLmpvaW4oJywgJyl9YCk7XG4gIH1cbiAgcmV0dXJuIGdyb3VwO1xufVxuXG5mdW5jdGlvbiBoZWxwKGFyZ3M6IHN0cmluZ1tdLCBpbzogSW8pOiBudW1iZXIge1xuICBpZiAoYXJncy5sZW5ndGggPT09IDApIHtcbiAgICBpby5zdGRvdXQud3JpdGUocHJvZ3JhbUhlbHAoR1JPVVBTLCB2ZXJzaW9uKCkpKTtcbiAgICByZXR1cm4gRVhJVF9PSztcbiAgfVxuICBjb25zdCBncm91cCA9IGZpbmRHcm91cChhcmdzWzBdKTtcbiAgaWYgKGFyZ3MubGVuZ3RoID09PSAxKSB7XG4gICAgaW8uc3Rkb3V0LndyaXRlKGdyb3VwSGVscChncm91cCkpO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9XG4gIGNvbnN0IGNvbW1hbmQgPSBncm91cC5jb21tYW5kcy5maW5kKChjKSA9PiBjLm5hbWUgPT09IGFyZ3NbMV0pO1xuICBpZiAoIWNvbW1hbmQpIHRocm93IG5ldyBVc2FnZUVycm9yKGB1bmtub3duIGNvbW1hbmQgXCIke2FyZ3NbMV19XCIgaW4gcndzICR7Z3JvdXAubmFtZX1gLCBgcndzICR7Z3JvdXAubmFtZX1gKTtcbiAgaW8uc3Rkb3V0LndyaXRlKGNvbW1hbmRIZWxwKGdyb3VwLCBjb21tYW5kKSk7XG4gIHJldHVybiBFWElUX09LO1xufVxuXG4vKiogUHJpbnRzIG9uZSBjbGVhciBtZXNzYWdlIGZvciBhbiBlcnJvciBhbmQgcmV0dXJucyBleGl0IGNvZGUgMi4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXBvcnRFcnJvcihlOiB1bmtub3duLCBvdXQ6IE91dHB1dCwgZGVidWc6IGJvb2xlYW4pOiBudW1iZXIge1xuICBjb25zdCBlcnIgPSBlIGluc3RhbmNlb2YgRXJyb3IgPyBlIDogbmV3IEVycm9yKFN0cmluZyhlKSk7XG4gIGlmIChlIGluc3RhbmNlb2YgVXNhZ2VFcnJvcikge1xuICAgIG91dC5lcnJvcihgcndzOiAke2UubWVzc2FnZX1gKTtcbiAgICBvdXQuZXJyb3IoYFJ1biBcIiR7ZS5oZWxwRm9yID8/ICdyd3MnfSAtLWhlbHBcIiBmb3IgdXNhZ2UuYCk7XG4gIH0gZWxzZSBpZiAoV29ya3NwYWNlSW5wdXRFcnJvci5pc1dvcmtzcGFjZUlucHV0RXJyb3IoZSkpIHtcbiAgICAvLyBUaGUgbW9kZWwncyBtZXNzYWdlIGFscmVhZHkgbmFtZXMgZmlsZSwgbGluZSwgZmllbGQsIHZhbHVlIGFuZCBmaXggKHRoZSBmaXJzdCBwcm9ibGVtc1xuICAgIC8vIG9uZSBieSBvbmUsIHRoZSByZXN0IGNvdW50ZWQpOyB3aXRoIC0tanNvbiBldmVyeSBwcm9ibGVtIGdvZXMgdG8gc3Rkb3V0IGFzIHdlbGwuXG4gICAgb3V0LmVycm9yKGUubWVzc2FnZSk7XG4gICAgaWYgKG91dC5qc29uKSBvdXQucHJpbnRKc29uKHsgZXJyb3JzOiBlLmRpYWdub3N0aWNzLm1hcChkaWFnbm9zdGljSnNvbikgfSk7XG4gIH0gZWxzZSBpZiAoZSBpbnN0YW5jZW9mIENsaUlucHV0RXJyb3IgfHwgaXNTeXN0ZW1FcnJvcihlKSkge1xuICAgIG91dC5lcnJvcihgcndzOiAke2Vyci5tZXNzYWdlfWApO1xuICB9IGVsc2UgaWYgKGUgaW5zdGFuY2VvZiBUeXBlRXJyb3IgfHwgZSBpbnN0YW5jZW9mIFJlZmVyZW5jZUVycm9yIHx8IGUgaW5zdGFuY2VvZiBSYW5nZUVycm9yIHx8IGUgaW5zdGFuY2VvZiBTeW50YXhFcnJvcikge1xuICAgIG91dC5lcnJvcihgcndzOiBpbnRlcm5hbCBlcnJvcjogJHtlcnIubWVzc2FnZX0gKHNldCBSV1NfREVCVUc9MSBmb3IgdGhlIHN0YWNrIHRyYWNlLCBhbmQgcGxlYXNlIHJlcG9ydCBpdClgKTtcbiAgfSBlbHNlIHtcbiAgICBvdXQuZXJyb3IoYHJ3czogJHtlcnIubWVzc2FnZX1gKTtcbiAgfVxuICBpZiAoZGVidWcgJiYgZXJyLnN0YWNrKSBvdXQuZXJyb3IoZXJyLnN0YWNrKTtcbiAgcmV0dXJuIEVYSVRfRVJST1I7XG59XG5cbmZ1bmN0aW9uIGlzU3lzdGVtRXJyb3IoZTogdW5rbm93bik6IGUgaXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uIHtcbiAgcmV0dXJuIGUgaW5zdGFuY2VvZiBFcnJvciAmJiB0eXBlb2YgKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnc3RyaW5nJyAmJiB0eXBlb2YgKGUgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5zeXNjYWxsID09PSAnc3RyaW5nJztcbn1cbiJdfQ==