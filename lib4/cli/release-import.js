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
exports.importFromFolder = importFromFolder;
exports.importFromBucket = importFromBucket;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const release_store_1 = require("./release-store");
const error_1 = require("../workspaces/private/error");
/**
 * `rws permit release import --from <source>`: brings the snapshots the workspace's `rws-release`
 * made into the release store, where `adopt()` records them once each file's hash matches its
 * `request.json`. The source is a copy of the request area (a folder: the area itself, or its
 * `requests/` folder, e.g. mounted read-only or taken with `kubectl cp`) or the AWS egress-review
 * bucket's `requests/` prefix (`s3://<bucket>/requests/`, what the workspace's upload service
 * writes).
 *
 * Only plain request folders are taken: ids of the request pattern, regular files only (a link,
 * a device or a fifo refuses the whole request), at most MAX_FILES files and MAX_BYTES bytes. A
 * request already in the store is left alone. Each request is copied into a hidden folder of the
 * store and renamed into `requests/<id>/` only when complete, then sealed read-only.
 */
const ID = /^rq-[0-9]{14}-[0-9a-f]{6}$/;
/** At most this many files per imported request (the workspace command's own limit is 1000). */
const MAX_FILES = 2000;
/** At most this many bytes per imported request. */
const MAX_BYTES = 20 * 1024 ** 3;
async function place(store, id, files) {
    if (!files.has('request.json') || !files.has('SHA256SUMS'))
        (0, error_1.fail)({ code: 'incomplete-request', message: 'request.json or SHA256SUMS is missing', value: id, fix: 'import the request once the workspace has finished it' });
    if (files.size > MAX_FILES)
        (0, error_1.fail)({ code: 'too-many-files', message: `more than ${MAX_FILES} files`, value: files.size, fix: 'split the request' });
    const total = [...files.values()].reduce((a, f) => a + f.size, 0);
    if (total > MAX_BYTES)
        (0, error_1.fail)({ code: 'too-large', message: `more than ${MAX_BYTES} bytes`, value: total, fix: 'split the request' });
    const request = JSON.parse((await files.get('request.json').read()).toString('utf8'));
    if (request.id !== id || request.permitId !== store.permitId) {
        (0, error_1.fail)({ code: 'wrong-request', message: `request.json names request ${request.id} of permit ${request.permitId}`, value: id, fix: `import only permit ${store.permitId}'s requests into its store` });
    }
    for (const rel of files.keys()) {
        if (rel !== 'request.json' && rel !== 'SHA256SUMS' && !rel.startsWith('files/'))
            (0, error_1.fail)({ code: 'unexpected-file', message: `${rel} is not part of a request`, value: rel, fix: 'import the request area as rws-release wrote it' });
        if (rel.split('/').some((c) => c === '' || c === '.' || c === '..'))
            (0, error_1.fail)({ code: 'unexpected-file', message: `${rel} is not a plain path`, value: rel, fix: 'import the request area as rws-release wrote it' });
    }
    fs.mkdirSync(store.requestsDir, { recursive: true });
    const tmp = path.join(store.requestsDir, `.import-${id}-${process.pid}`);
    (0, release_store_1.removeSnapshot)(tmp);
    try {
        for (const [rel, f] of files) {
            const out = path.join(tmp, rel);
            fs.mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });
            fs.writeFileSync(out, await f.read(), { mode: 0o600, flag: 'wx' });
        }
        (0, release_store_1.sealSnapshot)(tmp);
        fs.renameSync(tmp, path.join(store.requestsDir, id));
    }
    catch (e) {
        (0, release_store_1.removeSnapshot)(tmp);
        throw e;
    }
}
/** A file's bytes, refusing a link put there after the listing (O_NOFOLLOW). */
function readNoFollow(p) {
    // eslint-disable-next-line no-bitwise
    const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
        return fs.readFileSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
}
/** The files of a request folder; a link or anything but regular files and folders refuses it. */
function folderFiles(root, id) {
    const out = new Map();
    const walk = (d, rel) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            const p = path.join(d, e.name);
            const st = fs.lstatSync(p);
            if (st.isDirectory())
                walk(p, r);
            else if (st.isFile())
                out.set(r, { size: st.size, read: async () => readNoFollow(p) });
            else
                (0, error_1.fail)({ code: 'not-a-file', message: `${r} is not a regular file (a link, device or fifo)`, value: `${id}/${r}`, fix: 'nothing is taken from a request that holds anything but files and folders' });
        }
    };
    walk(root, '');
    return out;
}
/** Imports from a folder: the request area or its `requests/` folder. */
async function importFromFolder(store, from) {
    if (!fs.existsSync(from) || !fs.statSync(from).isDirectory())
        (0, error_1.fail)({ code: 'no-source', message: 'not a folder', value: from, fix: 'name the request area (or its requests/ folder)' });
    const dir = fs.existsSync(path.join(from, 'requests')) ? path.join(from, 'requests') : from;
    const result = { copied: [], skipped: [], refused: [] };
    for (const id of fs.readdirSync(dir).sort()) {
        const p = path.join(dir, id);
        if (!ID.test(id))
            continue;
        if (!fs.lstatSync(p).isDirectory()) {
            result.refused.push(`${id}: not a folder`);
            continue;
        }
        if (fs.existsSync(path.join(store.requestsDir, id))) {
            result.skipped.push(id);
            continue;
        }
        try {
            await place(store, id, folderFiles(p, id));
            result.copied.push(id);
        }
        catch (e) {
            result.refused.push(`${id}: ${e.message}`);
        }
    }
    return result;
}
/** Imports from `s3://bucket/prefix/` (`<prefix><id>/...`), with the AWS SDK's S3 client. */
async function importFromBucket(store, url, env) {
    const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*)$/.exec(url);
    if (!m)
        return (0, error_1.fail)({ code: 'no-source', message: 'not an s3://bucket/prefix/ address', value: url, fix: 'write e.g. s3://permit-p-001-egress-review/requests/' });
    const [, bucket, rawPrefix] = m;
    const prefix = rawPrefix && !rawPrefix.endsWith('/') ? `${rawPrefix}/` : rawPrefix;
    let s3;
    try {
        // An optional dependency (as for delivery to a bucket); require() so that it also loads in tests.
        // eslint-disable-next-line import/no-extraneous-dependencies, @typescript-eslint/no-require-imports
        s3 = require('@aws-sdk/client-s3');
    }
    catch {
        return (0, error_1.fail)({ code: 'missing-package', message: 'importing from a bucket needs the AWS SDK\'s S3 client', value: '@aws-sdk/client-s3', fix: 'npm install @aws-sdk/client-s3 beside cdk-research-workspaces' });
    }
    const client = new s3.S3Client({
        ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
        ...(env.RWS_S3_ENDPOINT ? { endpoint: env.RWS_S3_ENDPOINT, forcePathStyle: true } : {}),
        // The command's own environment first (the same as the process's when run as rws); else the SDK's chain.
        ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? {
            credentials: {
                accessKeyId: env.AWS_ACCESS_KEY_ID,
                secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
            },
        } : {}),
    });
    const byId = new Map();
    const result = { copied: [], skipped: [], refused: [] };
    try {
        let token;
        do {
            const page = await client.send(new s3.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
            for (const o of page.Contents ?? []) {
                const rest = o.Key.slice(prefix.length);
                const slash = rest.indexOf('/');
                const id = rest.slice(0, slash);
                if (slash < 0 || !ID.test(id))
                    continue;
                if (!byId.has(id))
                    byId.set(id, new Map());
                const key = o.Key;
                byId.get(id).set(rest.slice(slash + 1), {
                    size: o.Size ?? 0,
                    read: async () => {
                        const got = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
                        return Buffer.from(await got.Body.transformToByteArray());
                    },
                });
            }
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        for (const [id, files] of [...byId.entries()].sort()) {
            if (fs.existsSync(path.join(store.requestsDir, id))) {
                result.skipped.push(id);
                continue;
            }
            try {
                await place(store, id, files);
                result.copied.push(id);
            }
            catch (e) {
                result.refused.push(`${id}: ${e.message}`);
            }
        }
    }
    finally {
        client.destroy();
    }
    return result;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS1pbXBvcnQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL3JlbGVhc2UtaW1wb3J0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBOEZBLDRDQXVCQztBQUdELDRDQWdFQztBQXhMRCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLG1EQUE2RTtBQUM3RSx1REFBbUQ7QUFFbkQ7Ozs7Ozs7Ozs7OztHQVlHO0FBRUgsTUFBTSxFQUFFLEdBQUcsNEJBQTRCLENBQUM7QUFDeEMsZ0dBQWdHO0FBQ2hHLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQztBQUN2QixvREFBb0Q7QUFDcEQsTUFBTSxTQUFTLEdBQUcsRUFBRSxHQUFHLElBQUksSUFBSSxDQUFDLENBQUM7QUFZakMsS0FBSyxVQUFVLEtBQUssQ0FBQyxLQUFtQixFQUFFLEVBQVUsRUFBRSxLQUFhO0lBQ2pFLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUM7UUFBRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxvQkFBb0IsRUFBRSxPQUFPLEVBQUUsdUNBQXVDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsdURBQXVELEVBQUUsQ0FBQyxDQUFDO0lBQzVOLElBQUksS0FBSyxDQUFDLElBQUksR0FBRyxTQUFTO1FBQUUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFLGFBQWEsU0FBUyxRQUFRLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLG1CQUFtQixFQUFFLENBQUMsQ0FBQztJQUNuSixNQUFNLEtBQUssR0FBRyxDQUFDLEdBQUcsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbEUsSUFBSSxLQUFLLEdBQUcsU0FBUztRQUFFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxPQUFPLEVBQUUsYUFBYSxTQUFTLFFBQVEsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxDQUFDLENBQUM7SUFDcEksTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLEdBQUcsQ0FBQyxjQUFjLENBQUUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO0lBQ3ZGLElBQUksT0FBTyxDQUFDLEVBQUUsS0FBSyxFQUFFLElBQUksT0FBTyxDQUFDLFFBQVEsS0FBSyxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUM7UUFDN0QsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSw4QkFBOEIsT0FBTyxDQUFDLEVBQUUsY0FBYyxPQUFPLENBQUMsUUFBUSxFQUFFLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsc0JBQXNCLEtBQUssQ0FBQyxRQUFRLDRCQUE0QixFQUFFLENBQUMsQ0FBQztJQUN2TSxDQUFDO0lBQ0QsS0FBSyxNQUFNLEdBQUcsSUFBSSxLQUFLLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztRQUMvQixJQUFJLEdBQUcsS0FBSyxjQUFjLElBQUksR0FBRyxLQUFLLFlBQVksSUFBSSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDO1lBQUUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsT0FBTyxFQUFFLEdBQUcsR0FBRywyQkFBMkIsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxpREFBaUQsRUFBRSxDQUFDLENBQUM7UUFDbk8sSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxJQUFJLENBQUM7WUFBRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsR0FBRyxHQUFHLHNCQUFzQixFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLGlEQUFpRCxFQUFFLENBQUMsQ0FBQztJQUNwTixDQUFDO0lBQ0QsRUFBRSxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsV0FBVyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7SUFDckQsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsV0FBVyxFQUFFLFdBQVcsRUFBRSxJQUFJLE9BQU8sQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0lBQ3pFLElBQUEsOEJBQWMsRUFBQyxHQUFHLENBQUMsQ0FBQztJQUNwQixJQUFJLENBQUM7UUFDSCxLQUFLLE1BQU0sQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLElBQUksS0FBSyxFQUFFLENBQUM7WUFDN0IsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUM7WUFDaEMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztZQUNsRSxFQUFFLENBQUMsYUFBYSxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDckUsQ0FBQztRQUNELElBQUEsNEJBQVksRUFBQyxHQUFHLENBQUMsQ0FBQztRQUNsQixFQUFFLENBQUMsVUFBVSxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUN2RCxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLElBQUEsOEJBQWMsRUFBQyxHQUFHLENBQUMsQ0FBQztRQUNwQixNQUFNLENBQUMsQ0FBQztJQUNWLENBQUM7QUFDSCxDQUFDO0FBRUQsZ0ZBQWdGO0FBQ2hGLFNBQVMsWUFBWSxDQUFDLENBQVM7SUFDN0Isc0NBQXNDO0lBQ3RDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsUUFBUSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDM0UsSUFBSSxDQUFDO1FBQ0gsT0FBTyxFQUFFLENBQUMsWUFBWSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzdCLENBQUM7WUFBUyxDQUFDO1FBQ1QsRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUNuQixDQUFDO0FBQ0gsQ0FBQztBQUVELGtHQUFrRztBQUNsRyxTQUFTLFdBQVcsQ0FBQyxJQUFZLEVBQUUsRUFBVTtJQUMzQyxNQUFNLEdBQUcsR0FBVyxJQUFJLEdBQUcsRUFBRSxDQUFDO0lBQzlCLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBUyxFQUFFLEdBQVcsRUFBRSxFQUFFO1FBQ3RDLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQzNELE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1lBQzVDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUMvQixNQUFNLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQzNCLElBQUksRUFBRSxDQUFDLFdBQVcsRUFBRTtnQkFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO2lCQUM1QixJQUFJLEVBQUUsQ0FBQyxNQUFNLEVBQUU7Z0JBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSxDQUFDLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxJQUFJLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDOztnQkFDbEYsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsaURBQWlELEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSwyRUFBMkUsRUFBRSxDQUFDLENBQUM7UUFDM00sQ0FBQztJQUNILENBQUMsQ0FBQztJQUNGLElBQUksQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDZixPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCx5RUFBeUU7QUFDbEUsS0FBSyxVQUFVLGdCQUFnQixDQUFDLEtBQW1CLEVBQUUsSUFBWTtJQUN0RSxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFO1FBQUUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLE9BQU8sRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsaURBQWlELEVBQUUsQ0FBQyxDQUFDO0lBQ3hMLE1BQU0sR0FBRyxHQUFHLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztJQUM1RixNQUFNLE1BQU0sR0FBaUIsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQ3RFLEtBQUssTUFBTSxFQUFFLElBQUksRUFBRSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDO1FBQzVDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzdCLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUFFLFNBQVM7UUFDM0IsSUFBSSxDQUFDLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLEVBQUUsQ0FBQztZQUNuQyxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQztZQUMzQyxTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3BELE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ3hCLFNBQVM7UUFDWCxDQUFDO1FBQ0QsSUFBSSxDQUFDO1lBQ0gsTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRSxXQUFXLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDM0MsTUFBTSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDekIsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBTSxDQUFXLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztRQUN4RCxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRCw2RkFBNkY7QUFDdEYsS0FBSyxVQUFVLGdCQUFnQixDQUFDLEtBQW1CLEVBQUUsR0FBVyxFQUFFLEdBQXVDO0lBQzlHLE1BQU0sQ0FBQyxHQUFHLG1EQUFtRCxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUN4RSxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLE9BQU8sRUFBRSxvQ0FBb0MsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxzREFBc0QsRUFBRSxDQUFDLENBQUM7SUFDbkssTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNoQyxNQUFNLE1BQU0sR0FBRyxTQUFTLElBQUksQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLFNBQVMsR0FBRyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDbkYsSUFBSSxFQUF1QyxDQUFDO0lBQzVDLElBQUksQ0FBQztRQUNILGtHQUFrRztRQUNsRyxvR0FBb0c7UUFDcEcsRUFBRSxHQUFHLE9BQU8sQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDO0lBQ3JDLENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxPQUFPLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixFQUFFLE9BQU8sRUFBRSx3REFBd0QsRUFBRSxLQUFLLEVBQUUsb0JBQW9CLEVBQUUsR0FBRyxFQUFFLCtEQUErRCxFQUFFLENBQUMsQ0FBQztJQUNqTixDQUFDO0lBQ0QsTUFBTSxNQUFNLEdBQUcsSUFBSSxFQUFFLENBQUMsUUFBUSxDQUFDO1FBQzdCLEdBQUcsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNyRCxHQUFHLENBQUMsR0FBRyxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLGVBQWUsRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN2Rix5R0FBeUc7UUFDekcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxpQkFBaUIsSUFBSSxHQUFHLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO1lBQ3ZELFdBQVcsRUFBRTtnQkFDWCxXQUFXLEVBQUUsR0FBRyxDQUFDLGlCQUFpQjtnQkFDbEMsZUFBZSxFQUFFLEdBQUcsQ0FBQyxxQkFBcUI7Z0JBQzFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLEdBQUcsQ0FBQyxpQkFBaUIsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7YUFDMUU7U0FDRixDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDUixDQUFDLENBQUM7SUFDSCxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUN2QyxNQUFNLE1BQU0sR0FBaUIsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQ3RFLElBQUksQ0FBQztRQUNILElBQUksS0FBeUIsQ0FBQztRQUM5QixHQUFHLENBQUM7WUFDRixNQUFNLElBQUksR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUMsb0JBQW9CLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsaUJBQWlCLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQzFILEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLFFBQVEsSUFBSSxFQUFFLEVBQUUsQ0FBQztnQkFDcEMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO2dCQUN6QyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO2dCQUNoQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQztnQkFDaEMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7b0JBQUUsU0FBUztnQkFDeEMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO29CQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQztnQkFDM0MsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUksQ0FBQztnQkFDbkIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLEVBQUU7b0JBQ3ZDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUM7b0JBQ2pCLElBQUksRUFBRSxLQUFLLElBQUksRUFBRTt3QkFDZixNQUFNLEdBQUcsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUMsZ0JBQWdCLENBQUMsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7d0JBQ3JGLE9BQU8sTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxJQUFLLENBQUMsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDO29CQUM3RCxDQUFDO2lCQUNGLENBQUMsQ0FBQztZQUNMLENBQUM7WUFDRCxLQUFLLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7UUFDcEUsQ0FBQyxRQUFRLEtBQUssRUFBRTtRQUNoQixLQUFLLE1BQU0sQ0FBQyxFQUFFLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7WUFDckQsSUFBSSxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFdBQVcsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3BELE1BQU0sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO2dCQUN4QixTQUFTO1lBQ1gsQ0FBQztZQUNELElBQUksQ0FBQztnQkFDSCxNQUFNLEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFLEtBQUssQ0FBQyxDQUFDO2dCQUM5QixNQUFNLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUN6QixDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBTSxDQUFXLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztZQUN4RCxDQUFDO1FBQ0gsQ0FBQztJQUNILENBQUM7WUFBUyxDQUFDO1FBQ1QsTUFBTSxDQUFDLE9BQU8sRUFBRSxDQUFDO0lBQ25CLENBQUM7SUFDRCxPQUFPLE1BQU0sQ0FBQztBQUNoQixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IFJlbGVhc2VTdG9yZSwgcmVtb3ZlU25hcHNob3QsIHNlYWxTbmFwc2hvdCB9IGZyb20gJy4vcmVsZWFzZS1zdG9yZSc7XG5pbXBvcnQgeyBmYWlsIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2Vycm9yJztcblxuLyoqXG4gKiBgcndzIHBlcm1pdCByZWxlYXNlIGltcG9ydCAtLWZyb20gPHNvdXJjZT5gOiBicmluZ3MgdGhlIHNuYXBzaG90cyB0aGUgd29ya3NwYWNlJ3MgYHJ3cy1yZWxlYXNlYFxuICogbWFkZSBpbnRvIHRoZSByZWxlYXNlIHN0b3JlLCB3aGVyZSBgYWRvcHQoKWAgcmVjb3JkcyB0aGVtIG9uY2UgZWFjaCBmaWxlJ3MgaGFzaCBtYXRjaGVzIGl0c1xuICogYHJlcXVlc3QuanNvbmAuIFRoZSBzb3VyY2UgaXMgYSBjb3B5IG9mIHRoZSByZXF1ZXN0IGFyZWEgKGEgZm9sZGVyOiB0aGUgYXJlYSBpdHNlbGYsIG9yIGl0c1xuICogYHJlcXVlc3RzL2AgZm9sZGVyLCBlLmcuIG1vdW50ZWQgcmVhZC1vbmx5IG9yIHRha2VuIHdpdGggYGt1YmVjdGwgY3BgKSBvciB0aGUgQVdTIGVncmVzcy1yZXZpZXdcbiAqIGJ1Y2tldCdzIGByZXF1ZXN0cy9gIHByZWZpeCAoYHMzOi8vPGJ1Y2tldD4vcmVxdWVzdHMvYCwgd2hhdCB0aGUgd29ya3NwYWNlJ3MgdXBsb2FkIHNlcnZpY2VcbiAqIHdyaXRlcykuXG4gKlxuICogT25seSBwbGFpbiByZXF1ZXN0IGZvbGRlcnMgYXJlIHRha2VuOiBpZHMgb2YgdGhlIHJlcXVlc3QgcGF0dGVybiwgcmVndWxhciBmaWxlcyBvbmx5IChhIGxpbmssXG4gKiBhIGRldmljZSBvciBhIGZpZm8gcmVmdXNlcyB0aGUgd2hvbGUgcmVxdWVzdCksIGF0IG1vc3QgTUFYX0ZJTEVTIGZpbGVzIGFuZCBNQVhfQllURVMgYnl0ZXMuIEFcbiAqIHJlcXVlc3QgYWxyZWFkeSBpbiB0aGUgc3RvcmUgaXMgbGVmdCBhbG9uZS4gRWFjaCByZXF1ZXN0IGlzIGNvcGllZCBpbnRvIGEgaGlkZGVuIGZvbGRlciBvZiB0aGVcbiAqIHN0b3JlIGFuZCByZW5hbWVkIGludG8gYHJlcXVlc3RzLzxpZD4vYCBvbmx5IHdoZW4gY29tcGxldGUsIHRoZW4gc2VhbGVkIHJlYWQtb25seS5cbiAqL1xuXG5jb25zdCBJRCA9IC9ecnEtWzAtOV17MTR9LVswLTlhLWZdezZ9JC87XG4vKiogQXQgbW9zdCB0aGlzIG1hbnkgZmlsZXMgcGVyIGltcG9ydGVkIHJlcXVlc3QgKHRoZSB3b3Jrc3BhY2UgY29tbWFuZCdzIG93biBsaW1pdCBpcyAxMDAwKS4gKi9cbmNvbnN0IE1BWF9GSUxFUyA9IDIwMDA7XG4vKiogQXQgbW9zdCB0aGlzIG1hbnkgYnl0ZXMgcGVyIGltcG9ydGVkIHJlcXVlc3QuICovXG5jb25zdCBNQVhfQllURVMgPSAyMCAqIDEwMjQgKiogMztcblxuLyoqIFdoYXQgYW4gaW1wb3J0IGRpZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW1wb3J0UmVzdWx0IHtcbiAgcmVhZG9ubHkgY29waWVkOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgc2tpcHBlZDogc3RyaW5nW107XG4gIHJlYWRvbmx5IHJlZnVzZWQ6IHN0cmluZ1tdO1xufVxuXG4vKiogQSByZXF1ZXN0J3MgZmlsZXMgYXQgdGhlIHNvdXJjZTogcmVsYXRpdmUgcGF0aCAtPiBhIHJlYWRlciBvZiBpdHMgYnl0ZXMuICovXG50eXBlIFNvdXJjZSA9IE1hcDxzdHJpbmcsIHsgc2l6ZTogbnVtYmVyOyByZWFkOiAoKSA9PiBQcm9taXNlPEJ1ZmZlcj4gfT47XG5cbmFzeW5jIGZ1bmN0aW9uIHBsYWNlKHN0b3JlOiBSZWxlYXNlU3RvcmUsIGlkOiBzdHJpbmcsIGZpbGVzOiBTb3VyY2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCFmaWxlcy5oYXMoJ3JlcXVlc3QuanNvbicpIHx8ICFmaWxlcy5oYXMoJ1NIQTI1NlNVTVMnKSkgZmFpbCh7IGNvZGU6ICdpbmNvbXBsZXRlLXJlcXVlc3QnLCBtZXNzYWdlOiAncmVxdWVzdC5qc29uIG9yIFNIQTI1NlNVTVMgaXMgbWlzc2luZycsIHZhbHVlOiBpZCwgZml4OiAnaW1wb3J0IHRoZSByZXF1ZXN0IG9uY2UgdGhlIHdvcmtzcGFjZSBoYXMgZmluaXNoZWQgaXQnIH0pO1xuICBpZiAoZmlsZXMuc2l6ZSA+IE1BWF9GSUxFUykgZmFpbCh7IGNvZGU6ICd0b28tbWFueS1maWxlcycsIG1lc3NhZ2U6IGBtb3JlIHRoYW4gJHtNQVhfRklMRVN9IGZpbGVzYCwgdmFsdWU6IGZpbGVzLnNpemUsIGZpeDogJ3NwbGl0IHRoZSByZXF1ZXN0JyB9KTtcbiAgY29uc3QgdG90YWwgPSBbLi4uZmlsZXMudmFsdWVzKCldLnJlZHVjZSgoYSwgZikgPT4gYSArIGYuc2l6ZSwgMCk7XG4gIGlmICh0b3RhbCA+IE1BWF9CWVRFUykgZmFpbCh7IGNvZGU6ICd0b28tbGFyZ2UnLCBtZXNzYWdlOiBgbW9yZSB0aGFuICR7TUFYX0JZVEVTfSBieXRlc2AsIHZhbHVlOiB0b3RhbCwgZml4OiAnc3BsaXQgdGhlIHJlcXVlc3QnIH0pO1xuICBjb25zdCByZXF1ZXN0ID0gSlNPTi5wYXJzZSgoYXdhaXQgZmlsZXMuZ2V0KCdyZXF1ZXN0Lmpzb24nKSEucmVhZCgpKS50b1N0cmluZygndXRmOCcpKTtcbiAgaWYgKHJlcXVlc3QuaWQgIT09IGlkIHx8IHJlcXVlc3QucGVybWl0SWQgIT09IHN0b3JlLnBlcm1pdElkKSB7XG4gICAgZmFpbCh7IGNvZGU6ICd3cm9uZy1yZXF1ZXN0JywgbWVzc2FnZTogYHJlcXVlc3QuanNvbiBuYW1lcyByZXF1ZXN0ICR7cmVxdWVzdC5pZH0gb2YgcGVybWl0ICR7cmVxdWVzdC5wZXJtaXRJZH1gLCB2YWx1ZTogaWQsIGZpeDogYGltcG9ydCBvbmx5IHBlcm1pdCAke3N0b3JlLnBlcm1pdElkfSdzIHJlcXVlc3RzIGludG8gaXRzIHN0b3JlYCB9KTtcbiAgfVxuICBmb3IgKGNvbnN0IHJlbCBvZiBmaWxlcy5rZXlzKCkpIHtcbiAgICBpZiAocmVsICE9PSAncmVxdWVzdC5qc29uJyAmJiByZWwgIT09ICdTSEEyNTZTVU1TJyAmJiAhcmVsLnN0YXJ0c1dpdGgoJ2ZpbGVzLycpKSBmYWlsKHsgY29kZTogJ3VuZXhwZWN0ZWQtZmlsZScsIG1lc3NhZ2U6IGAke3JlbH0gaXMgbm90IHBhcnQgb2YgYSByZXF1ZXN0YCwgdmFsdWU6IHJlbCwgZml4OiAnaW1wb3J0IHRoZSByZXF1ZXN0IGFyZWEgYXMgcndzLXJlbGVhc2Ugd3JvdGUgaXQnIH0pO1xuICAgIGlmIChyZWwuc3BsaXQoJy8nKS5zb21lKChjKSA9PiBjID09PSAnJyB8fCBjID09PSAnLicgfHwgYyA9PT0gJy4uJykpIGZhaWwoeyBjb2RlOiAndW5leHBlY3RlZC1maWxlJywgbWVzc2FnZTogYCR7cmVsfSBpcyBub3QgYSBwbGFpbiBwYXRoYCwgdmFsdWU6IHJlbCwgZml4OiAnaW1wb3J0IHRoZSByZXF1ZXN0IGFyZWEgYXMgcndzLXJlbGVhc2Ugd3JvdGUgaXQnIH0pO1xuICB9XG4gIGZzLm1rZGlyU3luYyhzdG9yZS5yZXF1ZXN0c0RpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IHRtcCA9IHBhdGguam9pbihzdG9yZS5yZXF1ZXN0c0RpciwgYC5pbXBvcnQtJHtpZH0tJHtwcm9jZXNzLnBpZH1gKTtcbiAgcmVtb3ZlU25hcHNob3QodG1wKTtcbiAgdHJ5IHtcbiAgICBmb3IgKGNvbnN0IFtyZWwsIGZdIG9mIGZpbGVzKSB7XG4gICAgICBjb25zdCBvdXQgPSBwYXRoLmpvaW4odG1wLCByZWwpO1xuICAgICAgZnMubWtkaXJTeW5jKHBhdGguZGlybmFtZShvdXQpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgbW9kZTogMG83MDAgfSk7XG4gICAgICBmcy53cml0ZUZpbGVTeW5jKG91dCwgYXdhaXQgZi5yZWFkKCksIHsgbW9kZTogMG82MDAsIGZsYWc6ICd3eCcgfSk7XG4gICAgfVxuICAgIHNlYWxTbmFwc2hvdCh0bXApO1xuICAgIGZzLnJlbmFtZVN5bmModG1wLCBwYXRoLmpvaW4oc3RvcmUucmVxdWVzdHNEaXIsIGlkKSk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICByZW1vdmVTbmFwc2hvdCh0bXApO1xuICAgIHRocm93IGU7XG4gIH1cbn1cblxuLyoqIEEgZmlsZSdzIGJ5dGVzLCByZWZ1c2luZyBhIGxpbmsgcHV0IHRoZXJlIGFmdGVyIHRoZSBsaXN0aW5nIChPX05PRk9MTE9XKS4gKi9cbmZ1bmN0aW9uIHJlYWROb0ZvbGxvdyhwOiBzdHJpbmcpOiBCdWZmZXIge1xuICAvLyBlc2xpbnQtZGlzYWJsZS1uZXh0LWxpbmUgbm8tYml0d2lzZVxuICBjb25zdCBmZCA9IGZzLm9wZW5TeW5jKHAsIGZzLmNvbnN0YW50cy5PX1JET05MWSB8IGZzLmNvbnN0YW50cy5PX05PRk9MTE9XKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gZnMucmVhZEZpbGVTeW5jKGZkKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBmcy5jbG9zZVN5bmMoZmQpO1xuICB9XG59XG5cbi8qKiBUaGUgZmlsZXMgb2YgYSByZXF1ZXN0IGZvbGRlcjsgYSBsaW5rIG9yIGFueXRoaW5nIGJ1dCByZWd1bGFyIGZpbGVzIGFuZCBmb2xkZXJzIHJlZnVzZXMgaXQuICovXG5mdW5jdGlvbiBmb2xkZXJGaWxlcyhyb290OiBzdHJpbmcsIGlkOiBzdHJpbmcpOiBTb3VyY2Uge1xuICBjb25zdCBvdXQ6IFNvdXJjZSA9IG5ldyBNYXAoKTtcbiAgY29uc3Qgd2FsayA9IChkOiBzdHJpbmcsIHJlbDogc3RyaW5nKSA9PiB7XG4gICAgZm9yIChjb25zdCBlIG9mIGZzLnJlYWRkaXJTeW5jKGQsIHsgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KSkge1xuICAgICAgY29uc3QgciA9IHJlbCA/IGAke3JlbH0vJHtlLm5hbWV9YCA6IGUubmFtZTtcbiAgICAgIGNvbnN0IHAgPSBwYXRoLmpvaW4oZCwgZS5uYW1lKTtcbiAgICAgIGNvbnN0IHN0ID0gZnMubHN0YXRTeW5jKHApO1xuICAgICAgaWYgKHN0LmlzRGlyZWN0b3J5KCkpIHdhbGsocCwgcik7XG4gICAgICBlbHNlIGlmIChzdC5pc0ZpbGUoKSkgb3V0LnNldChyLCB7IHNpemU6IHN0LnNpemUsIHJlYWQ6IGFzeW5jICgpID0+IHJlYWROb0ZvbGxvdyhwKSB9KTtcbiAgICAgIGVsc2UgZmFpbCh7IGNvZGU6ICdub3QtYS1maWxlJywgbWVzc2FnZTogYCR7cn0gaXMgbm90IGEgcmVndWxhciBmaWxlIChhIGxpbmssIGRldmljZSBvciBmaWZvKWAsIHZhbHVlOiBgJHtpZH0vJHtyfWAsIGZpeDogJ25vdGhpbmcgaXMgdGFrZW4gZnJvbSBhIHJlcXVlc3QgdGhhdCBob2xkcyBhbnl0aGluZyBidXQgZmlsZXMgYW5kIGZvbGRlcnMnIH0pO1xuICAgIH1cbiAgfTtcbiAgd2Fsayhyb290LCAnJyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBJbXBvcnRzIGZyb20gYSBmb2xkZXI6IHRoZSByZXF1ZXN0IGFyZWEgb3IgaXRzIGByZXF1ZXN0cy9gIGZvbGRlci4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpbXBvcnRGcm9tRm9sZGVyKHN0b3JlOiBSZWxlYXNlU3RvcmUsIGZyb206IHN0cmluZyk6IFByb21pc2U8SW1wb3J0UmVzdWx0PiB7XG4gIGlmICghZnMuZXhpc3RzU3luYyhmcm9tKSB8fCAhZnMuc3RhdFN5bmMoZnJvbSkuaXNEaXJlY3RvcnkoKSkgZmFpbCh7IGNvZGU6ICduby1zb3VyY2UnLCBtZXNzYWdlOiAnbm90IGEgZm9sZGVyJywgdmFsdWU6IGZyb20sIGZpeDogJ25hbWUgdGhlIHJlcXVlc3QgYXJlYSAob3IgaXRzIHJlcXVlc3RzLyBmb2xkZXIpJyB9KTtcbiAgY29uc3QgZGlyID0gZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4oZnJvbSwgJ3JlcXVlc3RzJykpID8gcGF0aC5qb2luKGZyb20sICdyZXF1ZXN0cycpIDogZnJvbTtcbiAgY29uc3QgcmVzdWx0OiBJbXBvcnRSZXN1bHQgPSB7IGNvcGllZDogW10sIHNraXBwZWQ6IFtdLCByZWZ1c2VkOiBbXSB9O1xuICBmb3IgKGNvbnN0IGlkIG9mIGZzLnJlYWRkaXJTeW5jKGRpcikuc29ydCgpKSB7XG4gICAgY29uc3QgcCA9IHBhdGguam9pbihkaXIsIGlkKTtcbiAgICBpZiAoIUlELnRlc3QoaWQpKSBjb250aW51ZTtcbiAgICBpZiAoIWZzLmxzdGF0U3luYyhwKS5pc0RpcmVjdG9yeSgpKSB7XG4gICAgICByZXN1bHQucmVmdXNlZC5wdXNoKGAke2lkfTogbm90IGEgZm9sZGVyYCk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGZzLmV4aXN0c1N5bmMocGF0aC5qb2luKHN0b3JlLnJlcXVlc3RzRGlyLCBpZCkpKSB7XG4gICAgICByZXN1bHQuc2tpcHBlZC5wdXNoKGlkKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgYXdhaXQgcGxhY2Uoc3RvcmUsIGlkLCBmb2xkZXJGaWxlcyhwLCBpZCkpO1xuICAgICAgcmVzdWx0LmNvcGllZC5wdXNoKGlkKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICByZXN1bHQucmVmdXNlZC5wdXNoKGAke2lkfTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHJlc3VsdDtcbn1cblxuLyoqIEltcG9ydHMgZnJvbSBgczM6Ly9idWNrZXQvcHJlZml4L2AgKGA8cHJlZml4PjxpZD4vLi4uYCksIHdpdGggdGhlIEFXUyBTREsncyBTMyBjbGllbnQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaW1wb3J0RnJvbUJ1Y2tldChzdG9yZTogUmVsZWFzZVN0b3JlLCB1cmw6IHN0cmluZywgZW52OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+KTogUHJvbWlzZTxJbXBvcnRSZXN1bHQ+IHtcbiAgY29uc3QgbSA9IC9eczM6XFwvXFwvKFthLXowLTldW2EtejAtOS4tXXsxLDYxfVthLXowLTldKVxcLyguKikkLy5leGVjKHVybCk7XG4gIGlmICghbSkgcmV0dXJuIGZhaWwoeyBjb2RlOiAnbm8tc291cmNlJywgbWVzc2FnZTogJ25vdCBhbiBzMzovL2J1Y2tldC9wcmVmaXgvIGFkZHJlc3MnLCB2YWx1ZTogdXJsLCBmaXg6ICd3cml0ZSBlLmcuIHMzOi8vcGVybWl0LXAtMDAxLWVncmVzcy1yZXZpZXcvcmVxdWVzdHMvJyB9KTtcbiAgY29uc3QgWywgYnVja2V0LCByYXdQcmVmaXhdID0gbTtcbiAgY29uc3QgcHJlZml4ID0gcmF3UHJlZml4ICYmICFyYXdQcmVmaXguZW5kc1dpdGgoJy8nKSA/IGAke3Jhd1ByZWZpeH0vYCA6IHJhd1ByZWZpeDtcbiAgbGV0IHMzOiB0eXBlb2YgaW1wb3J0KCdAYXdzLXNkay9jbGllbnQtczMnKTtcbiAgdHJ5IHtcbiAgICAvLyBBbiBvcHRpb25hbCBkZXBlbmRlbmN5IChhcyBmb3IgZGVsaXZlcnkgdG8gYSBidWNrZXQpOyByZXF1aXJlKCkgc28gdGhhdCBpdCBhbHNvIGxvYWRzIGluIHRlc3RzLlxuICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBpbXBvcnQvbm8tZXh0cmFuZW91cy1kZXBlbmRlbmNpZXMsIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbiAgICBzMyA9IHJlcXVpcmUoJ0Bhd3Mtc2RrL2NsaWVudC1zMycpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gZmFpbCh7IGNvZGU6ICdtaXNzaW5nLXBhY2thZ2UnLCBtZXNzYWdlOiAnaW1wb3J0aW5nIGZyb20gYSBidWNrZXQgbmVlZHMgdGhlIEFXUyBTREtcXCdzIFMzIGNsaWVudCcsIHZhbHVlOiAnQGF3cy1zZGsvY2xpZW50LXMzJywgZml4OiAnbnBtIGluc3RhbGwgQGF3cy1zZGsvY2xpZW50LXMzIGJlc2lkZSBjZGstcmVzZWFyY2gtd29ya3NwYWNlcycgfSk7XG4gIH1cbiAgY29uc3QgY2xpZW50ID0gbmV3IHMzLlMzQ2xpZW50KHtcbiAgICAuLi4oZW52LkFXU19SRUdJT04gPyB7IHJlZ2lvbjogZW52LkFXU19SRUdJT04gfSA6IHt9KSxcbiAgICAuLi4oZW52LlJXU19TM19FTkRQT0lOVCA/IHsgZW5kcG9pbnQ6IGVudi5SV1NfUzNfRU5EUE9JTlQsIGZvcmNlUGF0aFN0eWxlOiB0cnVlIH0gOiB7fSksXG4gICAgLy8gVGhlIGNvbW1hbmQncyBvd24gZW52aXJvbm1lbnQgZmlyc3QgKHRoZSBzYW1lIGFzIHRoZSBwcm9jZXNzJ3Mgd2hlbiBydW4gYXMgcndzKTsgZWxzZSB0aGUgU0RLJ3MgY2hhaW4uXG4gICAgLi4uKGVudi5BV1NfQUNDRVNTX0tFWV9JRCAmJiBlbnYuQVdTX1NFQ1JFVF9BQ0NFU1NfS0VZID8ge1xuICAgICAgY3JlZGVudGlhbHM6IHtcbiAgICAgICAgYWNjZXNzS2V5SWQ6IGVudi5BV1NfQUNDRVNTX0tFWV9JRCxcbiAgICAgICAgc2VjcmV0QWNjZXNzS2V5OiBlbnYuQVdTX1NFQ1JFVF9BQ0NFU1NfS0VZLFxuICAgICAgICAuLi4oZW52LkFXU19TRVNTSU9OX1RPS0VOID8geyBzZXNzaW9uVG9rZW46IGVudi5BV1NfU0VTU0lPTl9UT0tFTiB9IDoge30pLFxuICAgICAgfSxcbiAgICB9IDoge30pLFxuICB9KTtcbiAgY29uc3QgYnlJZCA9IG5ldyBNYXA8c3RyaW5nLCBTb3VyY2U+KCk7XG4gIGNvbnN0IHJlc3VsdDogSW1wb3J0UmVzdWx0ID0geyBjb3BpZWQ6IFtdLCBza2lwcGVkOiBbXSwgcmVmdXNlZDogW10gfTtcbiAgdHJ5IHtcbiAgICBsZXQgdG9rZW46IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICBkbyB7XG4gICAgICBjb25zdCBwYWdlID0gYXdhaXQgY2xpZW50LnNlbmQobmV3IHMzLkxpc3RPYmplY3RzVjJDb21tYW5kKHsgQnVja2V0OiBidWNrZXQsIFByZWZpeDogcHJlZml4LCBDb250aW51YXRpb25Ub2tlbjogdG9rZW4gfSkpO1xuICAgICAgZm9yIChjb25zdCBvIG9mIHBhZ2UuQ29udGVudHMgPz8gW10pIHtcbiAgICAgICAgY29uc3QgcmVzdCA9IG8uS2V5IS5zbGljZShwcmVmaXgubGVuZ3RoKTtcbiAgICAgICAgY29uc3Qgc2xhc2ggPSByZXN0LmluZGV4T2YoJy8nKTtcbiAgICAgICAgY29uc3QgaWQgPSByZXN0LnNsaWNlKDAsIHNsYXNoKTtcbiAgICAgICAgaWYgKHNsYXNoIDwgMCB8fCAhSUQudGVzdChpZCkpIGNvbnRpbnVlO1xuICAgICAgICBpZiAoIWJ5SWQuaGFzKGlkKSkgYnlJZC5zZXQoaWQsIG5ldyBNYXAoKSk7XG4gICAgICAgIGNvbnN0IGtleSA9IG8uS2V5ITtcbiAgICAgICAgYnlJZC5nZXQoaWQpIS5zZXQocmVzdC5zbGljZShzbGFzaCArIDEpLCB7XG4gICAgICAgICAgc2l6ZTogby5TaXplID8/IDAsXG4gICAgICAgICAgcmVhZDogYXN5bmMgKCkgPT4ge1xuICAgICAgICAgICAgY29uc3QgZ290ID0gYXdhaXQgY2xpZW50LnNlbmQobmV3IHMzLkdldE9iamVjdENvbW1hbmQoeyBCdWNrZXQ6IGJ1Y2tldCwgS2V5OiBrZXkgfSkpO1xuICAgICAgICAgICAgcmV0dXJuIEJ1ZmZlci5mcm9tKGF3YWl0IGdvdC5Cb2R5IS50cmFuc2Zvcm1Ub0J5dGVBcnJheSgpKTtcbiAgICAgICAgICB9LFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIHRva2VuID0gcGFnZS5Jc1RydW5jYXRlZCA/IHBhZ2UuTmV4dENvbnRpbnVhdGlvblRva2VuIDogdW5kZWZpbmVkO1xuICAgIH0gd2hpbGUgKHRva2VuKTtcbiAgICBmb3IgKGNvbnN0IFtpZCwgZmlsZXNdIG9mIFsuLi5ieUlkLmVudHJpZXMoKV0uc29ydCgpKSB7XG4gICAgICBpZiAoZnMuZXhpc3RzU3luYyhwYXRoLmpvaW4oc3RvcmUucmVxdWVzdHNEaXIsIGlkKSkpIHtcbiAgICAgICAgcmVzdWx0LnNraXBwZWQucHVzaChpZCk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgdHJ5IHtcbiAgICAgICAgYXdhaXQgcGxhY2Uoc3RvcmUsIGlkLCBmaWxlcyk7XG4gICAgICAgIHJlc3VsdC5jb3BpZWQucHVzaChpZCk7XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIHJlc3VsdC5yZWZ1c2VkLnB1c2goYCR7aWR9OiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfWApO1xuICAgICAgfVxuICAgIH1cbiAgfSBmaW5hbGx5IHtcbiAgICBjbGllbnQuZGVzdHJveSgpO1xuICB9XG4gIHJldHVybiByZXN1bHQ7XG59XG4iXX0=